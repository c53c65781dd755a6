import type { Bilingual } from '../domain';

/**
 * The few words about a convention profile that the pane shows at start (cards, settings, the
 * clause's envelope): apart from profile-text.ts, whose reader and review texts load with the
 * review screen, so that the pane's first load stays small.
 */
export const profileCardText = {
  envelopeFromConvention: { fr: 'Enveloppe de la convention : {amount}.', en: 'The convention’s envelope: {amount}.' },
  envelopeNone: { fr: 'La convention n’en donne pas : l’enveloppe n’est pas vérifiée.', en: 'The convention gives none: the envelope is not checked.' },
} satisfies Record<string, Bilingual>;
