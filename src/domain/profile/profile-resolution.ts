import { BUILT_IN_PROFILE, type ConventionProfile, type Parameter, type ParameterOrigin, PARAMETERS } from './profile';
import { type ProfileJson, type ProfileParse, parseProfileJson } from './profile-json';
import { PARAMETER_OF, PROFILE_KEYS, type ProfileKey } from './profile-keys';
import { profileToJson } from './profile-to-json';
import type { ProfileReading } from './profile-reader';
import { readingToJson } from './reading-json';

/** What the officer settled after reading: values typed (or chosen between two sentences), and built-in values confirmed. */
export interface ProfileDecisions {
  /** As a profile's JSON holds them; null for a year or an envelope settled as none. */
  readonly typed?: Readonly<Partial<Omit<ProfileJson, 'origins'>>>;
  /** Parameters whose built-in (2022) value the officer confirmed, explicitly. */
  readonly confirmed?: readonly Parameter[];
}

/** The keys of each parameter, in the JSON. */
export function keysOf(parameter: Parameter): ProfileKey[] {
  return PROFILE_KEYS.filter((key) => PARAMETER_OF[key] === parameter);
}

/**
 * The profile a check, a card or a clause may use: each parameter read from the text, typed by the
 * officer, or the built-in value the officer confirmed; the origin of each is kept so that reports
 * and cards can say « valeur de 2022 confirmée ». A parameter none of these gives is listed under
 * `unresolved` and holds no value anything may use. A value typed wrong is an error naming its key.
 */
export function resolveProfile(reading: ProfileReading, decisions: ProfileDecisions = {}): ProfileParse {
  const read = readingToJson(reading).profile;
  const builtIn = profileToJson(BUILT_IN_PROFILE) as Record<string, unknown>;
  const typed = (decisions.typed ?? {}) as Record<string, unknown>;
  const json: Record<string, unknown> = { name: typed.name ?? read.name };
  const origins: Partial<Record<Parameter, ParameterOrigin>> = {};
  for (const parameter of PARAMETERS) {
    const keys = keysOf(parameter);
    const readWhole =
      parameter === 'sentences' ? (['listHeading', 'listItem', 'costSentence'] as const).every((part) => reading.sentenceSources[part] !== undefined) : reading.status[parameter] === 'read';
    if (keys.some((key) => key in typed)) {
      // What the officer typed replaces the whole parameter: a typed envelope is no longer one per beneficiary.
      for (const key of keys) json[key] = key in typed ? typed[key] : key === 'envelopes' ? {} : readWhole ? read[key] : null;
      if (parameter === 'stateCapPercent' && !('stateCapEqualAllowed' in typed) && !readWhole) json.stateCapEqualAllowed = true;
      origins[parameter] = 'typed';
    } else if (readWhole) {
      for (const key of keys) json[key] = read[key];
      origins[parameter] = 'read';
    } else if (decisions.confirmed?.includes(parameter) === true) {
      for (const key of keys) json[key] = parameter === 'sentences' ? { ...(builtIn.sentences as object), ...withoutNulls(read.sentences) } : builtIn[key];
      origins[parameter] = 'confirmed';
    }
  }
  json.origins = origins;
  return parseProfileJson(json);
}

function withoutNulls(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, part]) => part !== null && part !== undefined));
}

/**
 * A profile from JSON (a file, the workbook's own) with what the officer adds on the command line:
 * values typed (--matching, --envelope, --year) and built-in values confirmed (--assume) for the
 * parameters it leaves unresolved. What the JSON settled stays as it is.
 */
export function settleProfile(profile: ConventionProfile, decisions: ProfileDecisions): ProfileParse {
  const json = profileToJson(profile) as Record<string, unknown>;
  const builtIn = profileToJson(BUILT_IN_PROFILE) as Record<string, unknown>;
  const typed = (decisions.typed ?? {}) as Record<string, unknown>;
  const origins: Partial<Record<Parameter, ParameterOrigin>> = { ...profile.origins };
  for (const parameter of PARAMETERS) {
    const keys = keysOf(parameter);
    if (keys.some((key) => key in typed)) {
      for (const key of keys) if (key in typed) json[key] = typed[key];
      if (parameter === 'envelope' && !('envelopes' in typed)) json.envelopes = {};
      origins[parameter] = 'typed';
    } else if (origins[parameter] === 'unresolved' && decisions.confirmed?.includes(parameter) === true) {
      for (const key of keys) json[key] = builtIn[key];
      origins[parameter] = 'confirmed';
    }
  }
  // Drop the nulls of what stays unresolved: a null matching would read as "no commitment".
  for (const parameter of PARAMETERS) if (origins[parameter] === 'unresolved') for (const key of keysOf(parameter)) delete json[key];
  json.origins = origins;
  return parseProfileJson(json);
}
