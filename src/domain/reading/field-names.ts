import type { Field } from './headers';
import type { Bilingual } from '../typography/language';

/**
 * Each field named in a sentence, with its article. Kept in the core for now only because
 * i18n/reading-text.ts takes it from here; it moves to src/i18n/<lang>/ with that catalogue.
 */
export const FIELD_NAMES: Readonly<Record<Field, Bilingual>> = {
  action: { fr: 'le numéro d’action', en: 'the action number' },
  axis: { fr: 'l’axe', en: 'the axis' },
  title: { fr: 'l’intitulé', en: 'the title' },
  cost: { fr: 'le coût total', en: 'the total cost' },
  state: { fr: 'la part de l’État', en: 'the State share' },
  department: { fr: 'la part du Département', en: 'the Department share' },
  other: { fr: 'les autres financements', en: 'the other funding' },
  beneficiary: { fr: 'le bénéficiaire', en: 'the beneficiary' },
};
