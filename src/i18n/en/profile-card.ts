import type { Sentences } from '../catalogue';
import type { PROFILE_CARD_FR } from '../fr/profile-card';

/** The English half of profile-card-text.ts: the compiler holds it to French's keys. */
export const PROFILE_CARD_EN = {
  envelopeFromConvention: 'The convention’s envelope: {amount}.',
  envelopeNone: 'The convention gives none: the envelope is not checked.',
} satisfies Sentences<typeof PROFILE_CARD_FR>;
