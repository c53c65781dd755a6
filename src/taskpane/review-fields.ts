import { BUILT_IN_PROFILE, type Lang, type Parameter, PARAMETER_OF, plainNumber, type ProfileReading, profileToJson } from '../domain';
import { shownValue } from '../i18n/profile-text';
import type { TypedField } from './review-decisions';

/** The fields of each parameter the officer may type. */
export const FIELDS_OF: Readonly<Partial<Record<Parameter, readonly TypedField[]>>> = {
  year: ['year'],
  stateCapPercent: ['stateCapPercent'],
  matchingRatio: ['matchingRatio', 'departmentMinPercent'],
  envelope: ['envelope'],
  listArticle: ['listArticle'],
  costArticle: ['costArticle'],
};

/** A read value as the field shows it before the officer types ("33,33", "350 000"). */
export function fieldText(field: TypedField, reading: ProfileReading, lang: Lang): string {
  const json = profileToJson(reading.profile);
  const parameter = PARAMETER_OF[field];
  if (field !== 'name' && parameter !== null && reading.status[field] !== 'read') return '';
  const value = json[field];
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? plainNumber(value, lang) : String(value);
}

/** The built-in (2022) value of a parameter, as the confirm button says it. */
export function builtInValue(parameter: Parameter, lang: Lang): string {
  if (parameter === 'matchingRatio') return shownValue('matchingRatio', BUILT_IN_PROFILE, lang);
  if (parameter === 'sentences') return `« ${BUILT_IN_PROFILE.sentences.listHeading.replace('{article} ', '').slice(0, 48)}… »`;
  return shownValue(parameter, BUILT_IN_PROFILE, lang);
}
