import type { Parameter } from '../../domain';

/** The French half of parameter-labels.ts. */
export const PARAMETER_LABELS_FR = {
  year: 'l’année',
  stateCapPercent: 'la part maximale de l’État par action',
  matchingRatio: 'l’engagement du Département',
  matchingScope: 'l’échelle de cet engagement (par action ou au total)',
  envelope: 'l’enveloppe de l’État',
  listArticle: 'l’article de la liste des actions',
  costArticle: 'l’article du coût total',
  sentences: 'les phrases de l’article',
} satisfies Readonly<Record<Parameter, string>>;

export const PARAMETER_SENTENCES_FR = {
  /** « Valeurs de 2022 confirmées : … », on the settings screen. */
  confirmedInUse: 'Valeurs de 2022 confirmées : {keys}.',
};
