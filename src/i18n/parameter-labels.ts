import type { Bilingual, Parameter } from '../domain';

/** Each parameter as a sentence names it (« la convention ne donne pas : l’enveloppe de l’État, … »). */
export const PARAMETER_LABELS: Readonly<Record<Parameter, Bilingual>> = {
  year: { fr: 'l’année', en: 'the year' },
  stateCapPercent: { fr: 'la part maximale de l’État par action', en: 'the State’s maximum share per action' },
  matchingRatio: { fr: 'l’engagement du Département', en: 'the Department’s commitment' },
  matchingScope: { fr: 'l’échelle de cet engagement (par action ou au total)', en: 'where that commitment applies (per action or in total)' },
  envelope: { fr: 'l’enveloppe de l’État', en: 'the State envelope' },
  listArticle: { fr: 'l’article de la liste des actions', en: 'the article listing the actions' },
  costArticle: { fr: 'l’article du coût total', en: 'the article stating the total cost' },
  sentences: { fr: 'les phrases de l’article', en: 'the article’s sentences' },
};

/** « Valeurs de 2022 confirmées : … », on the settings screen. */
export const confirmedInUse: Bilingual = { fr: 'Valeurs de 2022 confirmées : {keys}.', en: '2022 values confirmed: {keys}.' };
