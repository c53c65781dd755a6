import * as z from 'zod/mini';
import type { Bilingual } from './findings';
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

export type ProfileParse = { readonly profile: ConventionProfile } | { readonly error: Bilingual };

/** A profile from JSON, over the built-in one; a bad value is one sentence naming its key. */
export function parseProfileJson(raw: unknown, base: ConventionProfile = BUILT_IN_PROFILE): ProfileParse {
  const parsed = profileJsonSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join('.') ?? '';
    return {
      error: key === ''
        ? { fr: 'le profil doit être un objet JSON ({"stateCapPercent": 50, …})', en: 'the profile must be a JSON object ({"stateCapPercent": 50, …})' }
        : { fr: `« ${key} » n’a pas une valeur admise (${describe(key).fr})`, en: `"${key}" does not have an accepted value (${describe(key).en})` },
    };
  }
  const json = parsed.data;
  const hundredths = (value: number, key: string, scale = 100): number | Bilingual => {
    const result = hundredthsOf(value * (scale === WHOLE ? 100 : 1));
    return result === null ? { fr: `« ${key} » : deux décimales au plus`, en: `"${key}": two decimals at most` } : result;
  };
  const cap = json.stateCapPercent === undefined ? base.stateCap.percent : hundredths(json.stateCapPercent, 'stateCapPercent');
  const ratio = json.matchingRatio === undefined ? base.matching.ratio : json.matchingRatio === null ? null : hundredths(json.matchingRatio, 'matchingRatio', WHOLE);
  const minimum = json.departmentMinPercent === undefined ? base.matching.minPercentOfCost : json.departmentMinPercent === null ? null : hundredths(json.departmentMinPercent, 'departmentMinPercent');
  for (const value of [cap, ratio, minimum]) if (typeof value === 'object' && value !== null) return { error: value };
  if (ratio === null && minimum === null) {
    return { error: { fr: '« matchingRatio » et « departmentMinPercent » ne peuvent être tous deux vides : le Département doit un engagement', en: '"matchingRatio" and "departmentMinPercent" cannot both be null: the Department owes a commitment' } };
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

function describe(key: string): Bilingual {
  if (key === 'year') return { fr: 'une année, de 1900 à 2100', en: 'a year, 1900 to 2100' };
  if (key.endsWith('Percent')) return { fr: 'un pourcentage de 0 à 100', en: 'a percent from 0 to 100' };
  if (key === 'matchingRatio') return { fr: 'un rapport à la part de l’État, 1 pour « au moins équivalents »', en: 'a ratio to the State share, 1 for "at least equal"' };
  if (key.startsWith('envelope')) return { fr: 'un montant en euros, positif', en: 'an amount in euros, not negative' };
  if (key.endsWith('Article')) return { fr: 'un numéro d’article tel que 4.1', en: 'an article number such as 4.1' };
  if (key === 'matchingScope') return { fr: '« action » ou « total »', en: '"action" or "total"' };
  return { fr: 'voir le README', en: 'see the README' };
}
