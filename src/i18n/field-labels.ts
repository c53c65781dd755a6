import type { Bilingual, Field } from '../domain';
import { catalogue } from './catalogue';
import { FIELD_LABELS_EN } from './en/fields';
import { FIELD_LABELS_FR } from './fr/fields';

/** The name of each column of a budget, as a label (no article). */
export const fieldLabels: Readonly<Record<Field, Bilingual>> = catalogue({ fr: FIELD_LABELS_FR, en: FIELD_LABELS_EN });
