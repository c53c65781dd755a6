import * as z from 'zod/mini';
import { eurosToCents } from '../money/money';
import { hundredthsOf } from '../money/percent';
import { BUILT_IN_PROFILE, type ConventionProfile, type Parameter, type ParameterOrigin, PARAMETERS } from './profile';

/**
 * A profile as JSON (`convention-budget profile --json`, `--profile FILE.json`, the workbook's
 * settings and the profile kept in the file): euros and percents as plain numbers, null where
 * nothing gives the value. It comes from files anyone may write, so it is parsed with this schema.
 * `origins` says how each parameter came (read, typed, confirmed); without it, a value given is
 * the writer's (typed) and a value left out or null is unresolved: nothing is taken from 2022.
 */
const euros = z.number().check(z.gte(0), z.lte(1_000_000_000_000));
const percent = z.number().check(z.gte(0), z.lte(100));
const article = z.string().check(z.regex(/^(?:\d+|[IVXLC]+)(?:\.\d+)*$/));
const sentence = z.string().check(z.minLength(1), z.maxLength(1000));

export const profileJsonSchema = z.object({
  name: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(200)))),
  year: z.optional(z.nullable(z.int().check(z.gte(1900), z.lte(2100)))),
  stateCapPercent: z.optional(z.nullable(percent)),
  stateCapEqualAllowed: z.optional(z.nullable(z.boolean())),
  matchingRatio: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(100)))),
  departmentMinPercent: z.optional(z.nullable(percent)),
  matchingScope: z.optional(z.nullable(z.enum(['action', 'total']))),
  envelope: z.optional(z.nullable(euros)),
  envelopes: z.optional(z.nullable(z.record(z.string().check(z.minLength(1)), euros))),
  listArticle: z.optional(z.nullable(article)),
  costArticle: z.optional(z.nullable(article)),
  sentences: z.optional(
    z.nullable(
      z.object({
        listHeading: z.optional(z.nullable(sentence)),
        listItem: z.optional(z.nullable(sentence)),
        costSentence: z.optional(z.nullable(sentence)),
      }),
    ),
  ),
  origins: z.optional(z.partialRecord(z.enum(PARAMETERS), z.enum(['read', 'typed', 'confirmed', 'unresolved']))),
});

export type ProfileJson = z.infer<typeof profileJsonSchema>;

/** What is wrong with a profile's JSON: the key, and how (the catalogue words it, i18n/profile-text.ts). */
export interface ProfileJsonError {
  readonly key: string;
  readonly kind: 'shape' | 'value' | 'decimals' | 'no-commitment';
}

/** A profile from JSON, and the parameters nothing in it gives (a command that needs one refuses). */
export type ProfileParse = { readonly profile: ConventionProfile; readonly unresolved: readonly Parameter[] } | { readonly error: ProfileJsonError };

/**
 * A profile from JSON. A parameter the JSON leaves out or null, with no origin saying it was settled,
 * is unresolved: it holds a placeholder (the base's cap, matching and sentences; no year, envelope or
 * article) that no check, card or clause may use. A bad value names its key.
 */
export function parseProfileJson(raw: unknown, base: ConventionProfile = BUILT_IN_PROFILE): ProfileParse {
  const parsed = profileJsonSchema.safeParse(raw);
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.path.join('.') ?? '';
    return { error: { key, kind: key === '' ? 'shape' : 'value' } };
  }
  const json = parsed.data;
  const given = (value: unknown) => value !== undefined && value !== null;
  const stated = (parameter: Parameter): ParameterOrigin | undefined => {
    const origin = json.origins?.[parameter];
    return origin === 'unresolved' ? undefined : origin;
  };
  const hundredths = (value: number, key: string): number | ProfileJsonError => hundredthsOf(value) ?? { key, kind: 'decimals' };
  const cap = given(json.stateCapPercent) ? hundredths(json.stateCapPercent, 'stateCapPercent') : null;
  // A ratio to the State (1 is "au moins équivalents") is 100 % of it.
  const ratio = given(json.matchingRatio) ? hundredths(json.matchingRatio * 100, 'matchingRatio') : null;
  const minimum = given(json.departmentMinPercent) ? hundredths(json.departmentMinPercent, 'departmentMinPercent') : null;
  for (const value of [cap, ratio, minimum]) if (typeof value === 'object' && value !== null) return { error: value };
  if (json.matchingRatio === null && json.departmentMinPercent === null) return { error: { key: 'matchingRatio', kind: 'no-commitment' } };

  const sentenceParts = json.sentences ?? {};
  const wholeSentences = given(sentenceParts.listHeading) && given(sentenceParts.listItem) && given(sentenceParts.costSentence);
  const has: Record<Parameter, boolean> = {
    year: given(json.year),
    stateCapPercent: cap !== null,
    matchingRatio: ratio !== null || minimum !== null,
    matchingScope: given(json.matchingScope),
    envelope: given(json.envelope) || (json.envelopes !== undefined && json.envelopes !== null && Object.keys(json.envelopes).length > 0),
    listArticle: given(json.listArticle),
    costArticle: given(json.costArticle),
    sentences: wholeSentences,
  };
  const origins = {} as Record<Parameter, ParameterOrigin>;
  for (const parameter of PARAMETERS) {
    const origin = stated(parameter);
    // A year or an envelope may be settled as none; the others need a value.
    const mayBeNone = parameter === 'year' || parameter === 'envelope' || parameter === 'sentences';
    origins[parameter] = has[parameter] ? (origin ?? 'typed') : origin !== undefined && mayBeNone ? origin : 'unresolved';
  }
  const known = (parameter: Parameter) => origins[parameter] !== 'unresolved';
  const envelopes: Record<string, number> = {};
  // Envelopes given make the envelope known (has), so an unresolved one has none to copy.
  for (const [name, value] of Object.entries(json.envelopes ?? {})) envelopes[name] = eurosToCents(value) ?? 0;
  const parts = Object.fromEntries(Object.entries(sentenceParts).filter(([, value]) => given(value)));
  return {
    profile: {
      name: json.name ?? base.name,
      year: known('year') ? (json.year ?? null) : null,
      stateCap: { percent: (cap as number | null) ?? base.stateCap.percent, equalAllowed: json.stateCapEqualAllowed ?? (cap === null ? base.stateCap.equalAllowed : true) },
      matching: known('matchingRatio')
        ? { ratio: ratio as number | null, minPercentOfCost: minimum as number | null, scope: json.matchingScope ?? base.matching.scope }
        : { ...base.matching, scope: json.matchingScope ?? base.matching.scope },
      envelope: known('envelope') && given(json.envelope) ? eurosToCents(json.envelope) : null,
      envelopes,
      listArticle: known('listArticle') ? (json.listArticle ?? '') : '',
      costArticle: known('costArticle') ? (json.costArticle ?? '') : '',
      sentences: { ...base.sentences, ...parts },
      origins,
      origin: 'chosen',
    },
    unresolved: PARAMETERS.filter((parameter) => !known(parameter)),
  };
}
