import type { Parameter } from './profile';

/** The keys a profile's values and their sources are reported under. */
export const PROFILE_KEYS = [
  'name',
  'year',
  'stateCapPercent',
  'stateCapEqualAllowed',
  'matchingRatio',
  'departmentMinPercent',
  'matchingScope',
  'envelope',
  'envelopes',
  'listArticle',
  'costArticle',
  'sentences',
] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];

/** The parameter a key belongs to: the cap's strictness goes with its percent, the envelopes with the envelope. Null: the name, never a figure. */
export const PARAMETER_OF: Readonly<Record<ProfileKey, Parameter | null>> = {
  name: null,
  year: 'year',
  stateCapPercent: 'stateCapPercent',
  stateCapEqualAllowed: 'stateCapPercent',
  matchingRatio: 'matchingRatio',
  departmentMinPercent: 'matchingRatio',
  matchingScope: 'matchingScope',
  envelope: 'envelope',
  envelopes: 'envelope',
  listArticle: 'listArticle',
  costArticle: 'costArticle',
  sentences: 'sentences',
};
