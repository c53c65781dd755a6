import { type Sentence, sentencesOf } from './convention-text';
import { formatMoney } from '../money/format';
import { french } from '../typography/french-spacing';
import type { Cents } from '../money/money';
import { type Hundredths, WHOLE } from '../money/percent';
import { BUILT_IN_PROFILE, type ClauseSentences, type ConventionProfile, type MatchingScope, placeWords } from './profile';
import { PROFILE_KEYS, type ProfileKey } from './profile-keys';
import { readArticles, readName } from './reader-articles';
import { type Figure, isPastAccount, readCap, readEnvelopes, readingText, readMatching, readYear } from './reader-figures';

/** Where a value was read: the sentence (a table row: its cells joined by « | »), its line (1-based) and its offset in the text. */
export interface ReadSource {
  readonly sentence: string;
  readonly line: number;
  readonly offset: number;
}

/** Two sentences or more that give one parameter different values: all shown, none applied. */
export interface ProfileConflict {
  readonly key: ProfileKey;
  /** Each value as shown ("80 %") and as a profile's JSON holds it (80), with its sentence. */
  readonly candidates: ReadonlyArray<ReadSource & { readonly shown: string; readonly json: unknown }>;
}

/** A parameter of a reading: read from a sentence, given by no sentence, or given differently by two. */
export type ParameterStatus = 'read' | 'missing' | 'conflict';

export interface ProfileReading {
  /**
   * A draft: the values read, over the built-in profile's for what the text does not give. It is
   * never applied as it is: `resolveProfile` makes the profile a check or a clause may use, once every
   * parameter not read is typed or confirmed by the officer.
   */
  readonly profile: ConventionProfile;
  readonly sources: Readonly<Partial<Record<ProfileKey, ReadSource>>>;
  /** Parameters the text does not give. */
  readonly missing: readonly ProfileKey[];
  /** Parameters two sentences disagree on: the profile cannot be used until the officer settles them. */
  readonly conflicts: readonly ProfileConflict[];
  /** Each parameter's status. */
  readonly status: Readonly<Record<ProfileKey, ParameterStatus>>;
  /** Each of the clause's sentences read from the text, with its source: the others are not the convention's. */
  readonly sentenceSources: Readonly<Partial<Record<keyof ClauseSentences, ReadSource>>>;
}

interface Candidate {
  readonly value: unknown;
  readonly shown: string;
  readonly source: ReadSource;
  readonly priority: number;
  readonly forYear?: number | undefined;
}

/** The keys read apart before they make the profile's: the cap (percent and strictness), each clause sentence. */
type ReadKey = Exclude<ProfileKey, 'stateCapEqualAllowed' | 'sentences' | 'name'> | 'stateCap' | 'listHeading' | 'listItem' | 'costSentence';

/**
 * Reads a convention's financial parameters from its text, each from a sentence or a table row: the
 * State's cap, the Department's matching, the envelope and beneficiaries, the year, the articles that
 * list the actions and state the cost, and their sentences. Recitals (« Vu … »), the wording an
 * amendment replaces and a past-tense account of a former year give nothing; two sentences that give
 * one parameter different values are a contradiction. Nothing is guessed, nothing taken from 2022.
 */
export function readProfile(text: string): ProfileReading {
  const sentences = sentencesOf(text);
  const found = new Map<ReadKey, Candidate[]>();
  const add = (key: ReadKey, value: unknown, shown: string, sentence: Sentence, priority = 0, forYear?: number) => {
    const list = found.get(key) ?? [];
    list.push({ value, shown, source: sourceOf(sentence), priority, forYear });
    found.set(key, list);
  };

  sentences.forEach((sentence, index) => {
    if (sentence.voice === 'replaced') return;
    const plain = readingText(sentence);
    // Recitals cite other documents; a past-tense account tells what a former convention said.
    if (/^(?:vu|considerant)\b/.test(plain) || isPastAccount(plain)) return;
    const years = readYear(plain);
    const rowYear = sentence.cells !== undefined && years.length === 1 ? (years[0]?.value as number) : null;
    const sentenceYear = sentence.cells === undefined && years.length === 1 ? (years[0]?.value as number) : undefined;
    const figures: Figure[] = [...years, ...readCap(plain), ...readMatching(plain), ...readEnvelopes(plain, sentence, rowYear)];
    // A year in a table's first cell (« 2025 | 1 010 000 € »), or in a row's label its amount is read for
    // (« Contribution de l'État pour 2024 | 400 000 € »), says which year the row's amount is for, not the text's year.
    const firstCellYear = sentence.cells !== undefined && /^(?:19|20)\d\d$/.test((sentence.cells[0] ?? '').trim());
    const amountYear = rowYear !== null && figures.some((figure) => figure.key === 'envelope' && figure.forYear === rowYear);
    for (const figure of figures) {
      if (figure.key === 'year' && (firstCellYear || amountYear)) continue;
      const key: ReadKey = figure.key;
      const forYear = figure.forYear ?? (figure.key === 'envelope' || figure.key === 'envelopes' ? sentenceYear : undefined);
      add(key, figure.value, figure.shown, sentence, figure.priority ?? 0, forYear);
    }
    for (const finding of readArticles(sentence, sentences, index)) {
      add(finding.key, finding.article, finding.article, finding.sentence);
      for (const [part, template] of Object.entries(finding.sentences) as Array<[keyof ClauseSentences, string]>) add(part, template, template, finding.sentence);
    }
  });

  const conflicts: Array<{ key: ProfileKey; candidates: ProfileConflict['candidates'] }> = [];
  const settled = new Map<ReadKey, Candidate>();
  const settle = (key: ReadKey, candidates: readonly Candidate[]) => {
    const distinct = new Map<string, Candidate>();
    for (const candidate of candidates) {
      const id = JSON.stringify(candidate.value);
      const kept = distinct.get(id);
      if (kept === undefined || candidate.priority > kept.priority) distinct.set(id, candidate);
    }
    if (distinct.size === 0) return;
    if (distinct.size > 1) {
      const profileKey = profileKeyOf(key);
      const existing = conflicts.find((conflict) => conflict.key === profileKey);
      const listed = [...distinct.values()].map((candidate) => ({ ...candidate.source, shown: candidate.shown, json: jsonOf(key, candidate.value) }));
      if (existing === undefined) conflicts.push({ key: profileKey, candidates: listed });
      else existing.candidates = [...existing.candidates, ...listed];
      return;
    }
    settled.set(key, [...distinct.values()][0] as Candidate);
  };
  for (const key of ['year', 'stateCap', 'matchingRatio', 'departmentMinPercent', 'matchingScope', 'listArticle', 'costArticle', 'listHeading', 'listItem', 'costSentence'] as const) {
    settle(key, found.get(key) ?? []);
  }
  const conflicted = new Set<ProfileKey>(conflicts.map((conflict) => conflict.key));
  const year = settled.get('year')?.value as number | undefined;

  // Amounts given for one year of a multi-year text count only for the text's year; with no year, none of them
  // does, unless one year alone is named (a text whose only amount is « 2024 | 400 000 € »).
  const forTheYear = (candidates: readonly Candidate[]) => {
    const tagged = new Set(candidates.map((candidate) => candidate.forYear).filter((tag): tag is number => tag !== undefined));
    if (tagged.size === 0 || (tagged.size === 1 && year === undefined)) return candidates;
    return candidates.filter((candidate) => candidate.forYear === undefined || candidate.forYear === year);
  };
  settle('envelope', forTheYear(found.get('envelope') ?? []));
  const envelopes = mergeEnvelopes(forTheYear(found.get('envelopes') ?? []));
  if ('conflict' in envelopes) {
    conflicts.push({ key: 'envelopes', candidates: envelopes.conflict });
    conflicted.add('envelopes');
  }
  for (const conflict of conflicts) conflicted.add(conflict.key);

  const sources: Partial<Record<ProfileKey, ReadSource>> = {};
  const sourceFor = (key: ReadKey) => settled.get(key)?.source;
  const base = BUILT_IN_PROFILE;
  const status = {} as Record<ProfileKey, ParameterStatus>;
  const mark = (key: ProfileKey, source: ReadSource | undefined, tiedRead = false) => {
    if (conflicted.has(key)) status[key] = 'conflict';
    else if (source !== undefined) {
      status[key] = 'read';
      sources[key] = source;
    } else status[key] = tiedRead ? 'read' : 'missing';
  };

  // The cap: its percent and whether reaching it is allowed come from one sentence.
  const cap = settled.get('stateCap')?.value as { percent: Hundredths; equalAllowed: boolean } | undefined;
  mark('stateCapPercent', sourceFor('stateCap'));
  mark('stateCapEqualAllowed', sourceFor('stateCap'));
  if (conflicted.has('stateCapPercent')) status.stateCapEqualAllowed = 'conflict';

  // The matching is one commitment, in one or both forms: the sentence that gives one form says the other is not there.
  const ratio = settled.get('matchingRatio')?.value as Hundredths | undefined;
  const minimum = settled.get('departmentMinPercent')?.value as Hundredths | undefined;
  const matchingRead = ratio !== undefined || minimum !== undefined;
  mark('matchingRatio', sourceFor('matchingRatio') ?? (conflicted.has('departmentMinPercent') ? undefined : sourceFor('departmentMinPercent')));
  mark('departmentMinPercent', sourceFor('departmentMinPercent') ?? (conflicted.has('matchingRatio') ? undefined : sourceFor('matchingRatio')));
  mark('matchingScope', sourceFor('matchingScope'));
  mark('year', sourceFor('year'));

  // The envelope: one amount, or one per beneficiary (all equal: that amount is the envelope too).
  let envelope = settled.get('envelope')?.value as Cents | undefined;
  const perBeneficiary = 'envelopes' in envelopes ? envelopes.envelopes : undefined;
  let envelopeSource = sourceFor('envelope');
  if (envelope === undefined && perBeneficiary !== undefined && !conflicted.has('envelope') && !conflicted.has('envelopes')) {
    const amounts = new Set(Object.values(perBeneficiary.values));
    if (amounts.size === 1) {
      envelope = [...amounts][0];
      envelopeSource = perBeneficiary.source;
    }
  }
  const envelopeRead = envelope !== undefined || perBeneficiary !== undefined;
  mark('envelope', envelopeSource ?? (perBeneficiary !== undefined ? perBeneficiary.source : undefined));
  mark('envelopes', perBeneficiary?.source ?? (conflicted.has('envelope') ? undefined : envelopeSource));
  if (conflicted.has('envelopes') && !conflicted.has('envelope')) status.envelope = envelope === undefined ? 'conflict' : status.envelope;
  if (conflicted.has('envelope') && status.envelopes !== 'read') status.envelopes = 'conflict';

  mark('listArticle', sourceFor('listArticle'));
  mark('costArticle', sourceFor('costArticle'));
  const sentenceSources: Partial<Record<keyof ClauseSentences, ReadSource>> = {};
  for (const part of ['listHeading', 'listItem', 'costSentence'] as const) {
    const source = sourceFor(part);
    if (source !== undefined) sentenceSources[part] = source;
  }
  mark('sentences', sentenceSources.listHeading ?? sentenceSources.costSentence ?? sentenceSources.listItem);
  if (conflicted.has('sentences')) status.sentences = 'conflict';

  const title = readName(text);
  const yearOfName = status.year === 'read' ? year : undefined;
  const name = `Convention ${title?.name ?? ''}${yearOfName === undefined ? '' : ` ${yearOfName}`}`.replace(/ {2,}/g, ' ').trim();
  mark('name', title === null ? undefined : { sentence: title.sentence, line: title.line, offset: title.offset });

  const read = <T>(key: ReadKey) => settled.get(key)?.value as T | undefined;
  const sentencesRead: { -readonly [K in keyof ClauseSentences]?: string } = {};
  for (const part of ['listHeading', 'listItem', 'costSentence'] as const) {
    const value = read<string>(part);
    if (value !== undefined) sentencesRead[part] = value;
  }
  const profile: ConventionProfile = {
    name,
    year: status.year === 'read' ? (year as number) : base.year,
    stateCap: cap ?? base.stateCap,
    matching: {
      ratio: matchingRead ? (ratio ?? null) : base.matching.ratio,
      minPercentOfCost: matchingRead ? (minimum ?? null) : base.matching.minPercentOfCost,
      scope: read<MatchingScope>('matchingScope') ?? base.matching.scope,
    },
    envelope: envelope ?? (envelopeRead ? null : base.envelope),
    envelopes: perBeneficiary?.values ?? (envelopeRead ? {} : base.envelopes),
    listArticle: read<string>('listArticle') ?? base.listArticle,
    costArticle: read<string>('costArticle') ?? base.costArticle,
    sentences: { ...base.sentences, ...sentencesRead },
    origin: 'chosen',
  };
  const missing = PROFILE_KEYS.filter((key) => status[key] === 'missing');
  return { profile, sources, missing, conflicts, status, sentenceSources };
}

function profileKeyOf(key: ReadKey): ProfileKey {
  if (key === 'stateCap') return 'stateCapPercent';
  if (key === 'listHeading' || key === 'listItem' || key === 'costSentence') return 'sentences';
  return key;
}

/** Envelopes per beneficiary from every sentence and row: one beneficiary with two amounts is a contradiction. */
function mergeEnvelopes(candidates: readonly Candidate[]): { envelopes: { values: Record<string, Cents>; source: ReadSource } | undefined } | { conflict: ProfileConflict['candidates'] } {
  const byPlace = new Map<string, Array<{ name: string; cents: Cents; candidate: Candidate }>>();
  for (const candidate of candidates) {
    for (const [name, cents] of Object.entries(candidate.value as Record<string, Cents>)) {
      const key = placeWords(name);
      const list = byPlace.get(key) ?? [];
      list.push({ name, cents, candidate });
      byPlace.set(key, list);
    }
  }
  const values: Record<string, Cents> = {};
  const conflict: Array<ProfileConflict['candidates'][number]> = [];
  for (const entries of byPlace.values()) {
    const amounts = new Set(entries.map((entry) => entry.cents));
    const first = entries[0] as { name: string; cents: Cents; candidate: Candidate };
    if (amounts.size > 1) {
      const seen = new Set<Cents>();
      for (const entry of entries) {
        if (seen.has(entry.cents)) continue;
        seen.add(entry.cents);
        conflict.push({ ...entry.candidate.source, shown: french`${entry.name} : ${formatMoney(entry.cents)}`, json: { [entry.name]: entry.cents / 100 } });
      }
      continue;
    }
    values[first.name] = first.cents;
  }
  if (conflict.length > 0) return { conflict };
  if (Object.keys(values).length === 0) return { envelopes: undefined };
  return { envelopes: { values, source: (candidates[0] as Candidate).source } };
}

/** A read value as a profile's JSON holds it: percents and euros as numbers. */
function jsonOf(key: ReadKey, value: unknown): unknown {
  switch (key) {
    case 'stateCap':
      return (value as { percent: number }).percent / 100;
    case 'matchingRatio':
      return (value as number) / WHOLE;
    case 'departmentMinPercent':
      return (value as number) / 100;
    case 'envelope':
      return (value as number) / 100;
    case 'envelopes':
      return Object.fromEntries(Object.entries(value as Record<string, number>).map(([name, cents]) => [name, cents / 100]));
    default:
      return value;
  }
}

function sourceOf(sentence: Sentence): ReadSource {
  return { sentence: sentence.text, line: sentence.line, offset: sentence.offset };
}
