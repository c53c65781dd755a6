import * as z from 'zod/mini';
import { centsToEuros, eurosToCents } from './money';
import { hundredthsOf, WHOLE } from './percent';
import { BUILT_IN_PROFILE, type ConventionProfile } from './profile';

/**
 * A profile as JSON (`convention-budget profile --json`, `--profile FILE.json`, the workbook's
 * settings): euros and percents as plain numbers, null where the convention gives nothing. It comes
 * from files anyone may write, so it is parsed with this schema; a key left out keeps the built-in value.
 */
const euros = z.number().check(z.gte(0), z.lte(1_000_000_000_000));
const percent = z.number().check(z.gte(0), z.lte(100));
const article = z.string().check(z.regex(/^\d+(\.\d+)*$/));
const sentence = z.string().check(z.minLength(1), z.maxLength(1000));

export const profileJsonSchema = z.object({
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  year: z.optional(z.nullable(z.int().check(z.gte(1900), z.lte(2100)))),
  stateCapPercent: z.optional(percent),
  stateCapEqualAllowed: z.optional(z.boolean()),
  matchingRatio: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(100)))),
  departmentMinPercent: z.optional(z.nullable(percent)),
  matchingScope: z.optional(z.enum(['action', 'total'])),
  envelope: z.optional(z.nullable(euros)),
  envelopes: z.optional(z.record(z.string().check(z.minLength(1)), euros)),
  listArticle: z.optional(article),
  costArticle: z.optional(article),
  sentences: z.optional(z.object({
    listHeading: z.optional(sentence),
    listItem: z.optional(sentence),
    costSentence: z.optional(sentence),
  })),
});

export type ProfileJson = z.infer<typeof profileJsonSchema>;

/** The keys a profile's values and their sources are reported under. */
export const PROFILE_KEYS = [
  'name', 'year', 'stateCapPercent', 'stateCapEqualAllowed', 'matchingRatio', 'departmentMinPercent', 'matchingScope',
  'envelope', 'envelopes', 'listArticle', 'costArticle', 'sentences',
] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];

export function profileToJson(profile: ConventionProfile): Required<ProfileJson> {
  const envelopes: Record<string, number> = {};
  for (const [name, cents] of Object.entries(profile.envelopes)) envelopes[name] = centsToEuros(cents);
  return {
    name: profile.name,
    year: profile.year,
    stateCapPercent: profile.stateCap.percent / 100,
    stateCapEqualAllowed: profile.stateCap.equalAllowed,
    matchingRatio: profile.matching.ratio === null ? null : profile.matching.ratio / WHOLE,
    departmentMinPercent: profile.matching.minPercentOfCost === null ? null : profile.matching.minPercentOfCost / 100,
    matchingScope: profile.matching.scope,
    envelope: profile.envelope === null ? null : centsToEuros(profile.envelope),
    envelopes,
    listArticle: profile.listArticle,
    costArticle: profile.costArticle,
    sentences: { ...profile.sentences },
  };
}

/** What is wrong with a profile's JSON: the key, and how (the catalogue words it, i18n/profile-text.ts). */
export interface ProfileJsonError {
  readonly key: string;
  readonly kind: 'shape' | 'value' | 'decimals' | 'no-commitment';
}

export type ProfileParse = { readonly profile: ConventionProfile } | { readonly error: ProfileJsonError };

/** A profile from JSON, over the built-in one; a bad value names its key. */
export function parseProfileJson(raw: unknown, base: ConventionProfile = BUILT_IN_PROFILE): ProfileParse {
  const parsed = profileJsonSchema.safeParse(raw);
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.path.join('.') ?? '';
    return { error: { key, kind: key === '' ? 'shape' : 'value' } };
  }
  const json = parsed.data;
  // A ratio to the State (1 is "au moins équivalents") is 100 % of it.
  const hundredths = (percent: number, key: string): number | ProfileJsonError => hundredthsOf(percent) ?? { key, kind: 'decimals' };
  const cap = json.stateCapPercent === undefined ? base.stateCap.percent : hundredths(json.stateCapPercent, 'stateCapPercent');
  const ratio = json.matchingRatio === undefined ? base.matching.ratio : json.matchingRatio === null ? null : hundredths(json.matchingRatio * 100, 'matchingRatio');
  const minimum = json.departmentMinPercent === undefined ? base.matching.minPercentOfCost : json.departmentMinPercent === null ? null : hundredths(json.departmentMinPercent, 'departmentMinPercent');
  for (const value of [cap, ratio, minimum]) if (typeof value === 'object' && value !== null) return { error: value };
  if (ratio === null && minimum === null) {
    return { error: { key: 'matchingRatio', kind: 'no-commitment' } };
  }
  const cents = (value: number | null | undefined, fallback: number | null) => (value === undefined ? fallback : value === null ? null : eurosToCents(value));
  const envelopes: Record<string, number> = {};
  if (json.envelopes !== undefined) for (const [name, value] of Object.entries(json.envelopes)) envelopes[name] = eurosToCents(value) ?? 0;
  return {
    profile: {
      name: json.name ?? base.name,
      year: json.year === undefined ? base.year : json.year,
      stateCap: { percent: cap as number, equalAllowed: json.stateCapEqualAllowed ?? base.stateCap.equalAllowed },
      matching: { ratio: ratio as number | null, minPercentOfCost: minimum as number | null, scope: json.matchingScope ?? base.matching.scope },
      envelope: cents(json.envelope, base.envelope),
      envelopes: json.envelopes === undefined ? base.envelopes : envelopes,
      listArticle: json.listArticle ?? base.listArticle,
      costArticle: json.costArticle ?? base.costArticle,
      sentences: { ...base.sentences, ...json.sentences },
      origin: 'chosen',
    },
  };
}
