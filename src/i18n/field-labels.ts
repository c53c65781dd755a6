import type { Bilingual, Field } from '../domain';

/** The name of each column of a budget, as a label (no article). */
export const fieldLabels: Readonly<Record<Field, Bilingual>> = {
  action: { fr: 'Numéro d’action', en: 'Action number' },
  axis: { fr: 'Axe', en: 'Axis' },
  title: { fr: 'Intitulé', en: 'Title' },
  cost: { fr: 'Coût total', en: 'Total cost' },
  state: { fr: 'Part État', en: 'State share' },
  department: { fr: 'Part Département', en: 'Department share' },
  other: { fr: 'Autres financements', en: 'Other funding' },
  beneficiary: { fr: 'Bénéficiaire', en: 'Beneficiary' },
};
