import type { Sentences } from '../catalogue';
import type { FIELD_LABELS_FR } from '../fr/fields';

/** The English half of field-labels.ts: the compiler holds it to French's keys. */
export const FIELD_LABELS_EN = {
  action: 'Action number',
  axis: 'Axis',
  title: 'Title',
  cost: 'Total cost',
  state: 'State share',
  department: 'Department share',
  other: 'Other funding',
  beneficiary: 'Beneficiary',
} satisfies Sentences<typeof FIELD_LABELS_FR>;
