import type { Bilingual, Parameter } from '../domain';
import { catalogue } from './catalogue';
import { PARAMETER_LABELS_EN, PARAMETER_SENTENCES_EN } from './en/parameters';
import { PARAMETER_LABELS_FR, PARAMETER_SENTENCES_FR } from './fr/parameters';

/** Each parameter as a sentence names it (« la convention ne donne pas : l’enveloppe de l’État, … »). */
export const PARAMETER_LABELS: Readonly<Record<Parameter, Bilingual>> = catalogue({ fr: PARAMETER_LABELS_FR, en: PARAMETER_LABELS_EN });

/** « Valeurs de 2022 confirmées : … », on the settings screen. */
export const { confirmedInUse } = catalogue({ fr: PARAMETER_SENTENCES_FR, en: PARAMETER_SENTENCES_EN });
