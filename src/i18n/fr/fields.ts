import type { Field } from '../../domain';

/** The French half of field-labels.ts. */
export const FIELD_LABELS_FR = {
  action: 'Numéro d’action',
  axis: 'Axe',
  title: 'Intitulé',
  cost: 'Coût total',
  state: 'Part État',
  department: 'Part Département',
  other: 'Autres financements',
  beneficiary: 'Bénéficiaire',
} satisfies Readonly<Record<Field, string>>;
