import type { Sentences } from '../catalogue';
import type { PARAMETER_LABELS_FR, PARAMETER_SENTENCES_FR } from '../fr/parameters';

/** The English half of parameter-labels.ts: the compiler holds it to French's keys. */
export const PARAMETER_LABELS_EN = {
  year: 'the year',
  stateCapPercent: 'the State’s maximum share per action',
  matchingRatio: 'the Department’s commitment',
  matchingScope: 'where that commitment applies (per action or in total)',
  envelope: 'the State envelope',
  listArticle: 'the article listing the actions',
  costArticle: 'the article stating the total cost',
  sentences: 'the article’s sentences',
} satisfies Sentences<typeof PARAMETER_LABELS_FR>;

export const PARAMETER_SENTENCES_EN = {
  /** « Valeurs de 2022 confirmées : … », on the settings screen. */
  confirmedInUse: '2022 values confirmed: {keys}.',
} satisfies Sentences<typeof PARAMETER_SENTENCES_FR>;
