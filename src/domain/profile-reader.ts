import { plainOf, type Sentence, sentencesOf } from './convention-text';
import { formatMoney } from './format';
import { french } from './french-spacing';
import type { Cents } from './money';
import { type Hundredths, hundredthsOf, WHOLE } from './percent';
import { BUILT_IN_PROFILE, type ConventionProfile, type MatchingScope } from './profile';
import { PROFILE_KEYS, type ProfileKey } from './profile-json';

/** Where a value was read: the sentence, its line (1-based) and its offset in the text. */
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

export interface ProfileReading {
  /** The values read, over the built-in profile's for what the text does not give. */
  readonly profile: ConventionProfile;
  readonly sources: Readonly<Partial<Record<ProfileKey, ReadSource>>>;
  /** Parameters the text does not give: they keep the built-in value. */
  readonly missing: readonly ProfileKey[];
  /** Parameters two sentences disagree on: the profile cannot be used until the officer settles them. */
  readonly conflicts: readonly ProfileConflict[];
}

interface Candidate<T> {
  readonly value: T;
  readonly shown: string;
  readonly source: ReadSource;
  /** Higher wins among sentences that agree: the financial article over a recital. */
  readonly priority: number;
}

const AMOUNT = String.raw`(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))? ?(?:€|eur\b|euros?\b)`;
const PERCENT = String.raw`(\d{1,3}(?:,\d{1,2})?) ?%`;
const ARTICLE_NUMBER = /^(\d+(?:\.\d+)*)\.?\s/;

/**
 * Reads a convention's financial parameters from its text, each from a sentence: the State's cap,
 * the Department's matching, the envelope and beneficiaries, the year, the articles that list the
 * actions and state the cost, and their sentences. Nothing is guessed between two sentences.
 */
export function readProfile(text: string): ProfileReading {
  const sentences = sentencesOf(text).filter((sentence) => !/^vu\b/.test(plainOf(sentence.text)));
  const found: { [K in ReadKey]?: Array<Candidate<unknown>> } = {};
  const add = <T>(key: ReadKey, value: T, shown: string, sentence: Sentence, priority = 0) => {
    (found[key] ??= []).push({ value, shown, source: sourceOf(sentence), priority });
  };

  for (const sentence of sentences) {
    const plain = plainOf(sentence.text);
    readYear(plain, sentence, add);
    readCap(plain, sentence, add);
    readMatching(plain, sentence, add);
    readEnvelopes(plain, sentence, add);
    readArticles(plain, sentence, sentences, add);
  }
  const title = readName(text);

  const sources: Partial<Record<ReadKey, ReadSource>> = {};
  const conflicts: Array<ProfileConflict | { key: ReadKey; candidates: ProfileConflict['candidates'] }> = [];
  const settled = new Map<ReadKey, unknown>();
  for (const key of [...PROFILE_KEYS, 'listSentences', 'costSentence'] as const) {
    const candidates = found[key];
    if (candidates === undefined || candidates.length === 0) continue;
    const distinct = new Map<string, Candidate<unknown>>();
    for (const candidate of candidates) {
      const id = JSON.stringify(candidate.value);
      const kept = distinct.get(id);
      if (kept === undefined || candidate.priority > kept.priority) distinct.set(id, candidate);
    }
    if (distinct.size > 1) {
      conflicts.push({ key, candidates: [...distinct.values()].map((candidate) => ({ ...candidate.source, shown: candidate.shown, json: jsonOf(key, candidate.value) })) });
      continue;
    }
    const chosen = [...distinct.values()][0] as Candidate<unknown>;
    settled.set(key, chosen.value);
    sources[key] = chosen.source;
  }

  const base = BUILT_IN_PROFILE;
  const get = <T>(key: ReadKey): T | undefined => settled.get(key) as T | undefined;
  // The clause's sentences are one parameter, read from two articles.
  for (const conflict of conflicts) if (conflict.key === 'listSentences' || conflict.key === 'costSentence') conflict.key = 'sentences';
  const conflicted = new Set<string>(conflicts.map((conflict) => conflict.key));
  const sentencesRead = { ...get<{ listHeading: string; listItem?: string }>('listSentences'), ...get<{ costSentence: string }>('costSentence') };
  const sentencesSource = sources.listSentences ?? sources.costSentence;
  delete sources.listSentences;
  delete sources.costSentence;
  if (sentencesSource !== undefined) sources.sentences = sentencesSource;

  // The matching is one commitment, in one or both forms: a text that gives one form gives no other.
  const ratio = get<Hundredths>('matchingRatio');
  const minimum = get<Hundredths>('departmentMinPercent');
  const matchingRead = ratio !== undefined || minimum !== undefined || conflicted.has('matchingRatio') || conflicted.has('departmentMinPercent');

  const year = get<number>('year') ?? (conflicted.has('year') ? null : base.year);
  let envelopes = get<Record<string, Cents>>('envelopes');
  let envelope = get<Cents>('envelope');
  if (envelope === undefined && envelopes !== undefined && !conflicted.has('envelope')) {
    const amounts = new Set(Object.values(envelopes));
    if (amounts.size === 1) {
      envelope = [...amounts][0] as Cents;
      if (sources.envelopes !== undefined) sources.envelope = sources.envelopes;
    }
  }
  // The envelope is one parameter too: a text that gives one amount for its beneficiary gives no list.
  const envelopeRead = envelope !== undefined || envelopes !== undefined || conflicted.has('envelope') || conflicted.has('envelopes');
  envelopes ??= envelopeRead ? {} : base.envelopes;
  const name = `Convention ${title?.name ?? ''}${year === null ? '' : ` ${year}`}`.replace(/ {2,}/g, ' ').trim();
  if (title !== null) sources.name = title.source;

  const profile: ConventionProfile = {
    name,
    year,
    stateCap: get<{ percent: Hundredths; equalAllowed: boolean }>('stateCapPercent') ?? base.stateCap,
    matching: {
      ratio: matchingRead ? (ratio ?? null) : base.matching.ratio,
      minPercentOfCost: matchingRead ? (minimum ?? null) : base.matching.minPercentOfCost,
      scope: get<MatchingScope>('matchingScope') ?? base.matching.scope,
    },
    envelope: envelope ?? (envelopeRead ? null : base.envelope),
    envelopes,
    listArticle: get<string>('listArticle') ?? base.listArticle,
    costArticle: get<string>('costArticle') ?? base.costArticle,
    sentences: { ...base.sentences, ...sentencesRead },
    origin: 'chosen',
  };
  if (sources.stateCapPercent !== undefined) sources.stateCapEqualAllowed = sources.stateCapPercent;
  // The sentence that gives one form of a commitment says the other form is not there.
  for (const [a, b] of [['matchingRatio', 'departmentMinPercent'], ['envelope', 'envelopes']] as const) {
    if (sources[a] === undefined && sources[b] !== undefined && !conflicted.has(a)) sources[a] = sources[b];
    if (sources[b] === undefined && sources[a] !== undefined && !conflicted.has(b)) sources[b] = sources[a];
  }
  const given = new Set<string>([...Object.keys(sources), ...conflicted]);
  const missing = PROFILE_KEYS.filter((key) => {
    if (given.has(key)) return false;
    if ((key === 'matchingRatio' || key === 'departmentMinPercent') && matchingRead) return false;
    if ((key === 'envelope' || key === 'envelopes') && envelopeRead) return false;
    return true;
  });
  return { profile, sources: sources as Partial<Record<ProfileKey, ReadSource>>, missing, conflicts: conflicts as ProfileConflict[] };
}

/** The profile's keys, and the two articles' sentences read apart before they make one parameter. */
type ReadKey = ProfileKey | 'listSentences' | 'costSentence';
/** A read value as a profile's JSON holds it: percents and euros as numbers. */
function jsonOf(key: ReadKey, value: unknown): unknown {
  switch (key) {
    case 'stateCapPercent': return (value as { percent: number }).percent / 100;
    case 'matchingRatio': return (value as number) / WHOLE;
    case 'departmentMinPercent': return (value as number) / 100;
    case 'envelope': return (value as number) / 100;
    case 'envelopes': return Object.fromEntries(Object.entries(value as Record<string, number>).map(([name, cents]) => [name, cents / 100]));
    default: return value;
  }
}

type Add = <T>(key: ReadKey, value: T, shown: string, sentence: Sentence, priority?: number) => void;

function sourceOf(sentence: Sentence): ReadSource {
  return { sentence: sentence.text, line: sentence.line, offset: sentence.offset };
}

function readYear(plain: string, sentence: Sentence, add: Add): void {
  const match = /\b(?:pour|au titre de) l'(?:annee|exercice) (\d{4})\b/.exec(plain) ?? /\b(?:annee|exercice|au titre de) (\d{4})\b/.exec(plain);
  if (match === null) return;
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) return;
  add('year', year, String(year), sentence, /suivant/.test(plain) ? 2 : /pour l'annee/.test(plain) ? 1 : 0);
}

function percentOf(text: string): Hundredths | null {
  return hundredthsOf(Number(text.replace(',', '.')));
}

const STATE_WORDS = /\b(?:etat|administration|contributions?|subventions?|credits|cofinancement|prefet)\b/;
const DEPARTMENT_WORDS = /\b(?:departements?|beneficiaires?|collectivites?|cofinancement|co-financement)\b/;

function readCap(plain: string, sentence: Sentence, add: Add): void {
  if (!STATE_WORDS.test(plain)) return;
  const inclusive = [
    new RegExp(`${PERCENT} (?:au )?maximum`),
    new RegExp(`(?:a hauteur|dans la limite|a concurrence) (?:de |d'un maximum de )?${PERCENT}`),
    new RegExp(`n'exced(?:e|ent|era|eront) pas ${PERCENT}`),
    new RegExp(`ne (?:peu(?:t|vent)|saurai(?:t|ent)|pourr(?:a|ont)) (?:pas )?exceder ${PERCENT}`),
    new RegExp(`(?:au plus|au maximum|plafonnee?s? a|maximum de) ${PERCENT}`),
  ];
  const strict = [new RegExp(`(?:strictement )?(?:inferieure?s?|moins) (?:a|de) ${PERCENT}`)];
  for (const [patterns, equalAllowed] of [[inclusive, true], [strict, false]] as const) {
    for (const pattern of patterns) {
      const match = pattern.exec(plain);
      if (match === null) continue;
      // A Department's minimum ("au moins … 30 %") is matching, not a cap.
      if (/au moins|minimum de/.test(plain.slice(Math.max(0, match.index - 40), match.index)) && !/maximum/.test(match[0])) continue;
      const percent = percentOf(match[1] as string);
      if (percent === null || percent === 0 || percent > WHOLE) continue;
      add('stateCapPercent', { percent, equalAllowed }, french`${match[1]} %${equalAllowed ? '' : ' (strict)'}`, sentence);
      return;
    }
  }
}

function readMatching(plain: string, sentence: Sentence, add: Add): void {
  if (!DEPARTMENT_WORDS.test(plain) || !/au moins|minimum|au minimum/.test(plain)) return;
  let read = false;
  if (/au moins (?:equivalente?s?|egale?s?)(?: dans leurs? montants?)? (?:a ceux|a celui|a celles?|aux? montants?|a la (?:contribution|participation|part))/.test(plain)
    || /au moins equivalente?s?\b/.test(plain)) {
    add('matchingRatio', WHOLE, '1 (au moins équivalent)', sentence);
    read = true;
  }
  const ofState = new RegExp(`(?:au moins|minimum de|au minimum) (?:(?:egale?s?|egaux|equivalente?s?) a )?${PERCENT} (?:de la |du |des |de l')?(?:contributions?|participations?|financements?|parts?|montants?|credits?|subventions?)? ?(?:de l'etat|de l'administration|etatiques?)`).exec(plain);
  if (ofState !== null) {
    const percent = percentOf(ofState[1] as string);
    if (percent !== null) {
      add('matchingRatio', percent, french`${ofState[1]} % de la part de l’État`, sentence);
      read = true;
    }
  }
  const ofCost = new RegExp(`(?:au moins|minimum de|au minimum) (?:(?:egale?s?|egaux|equivalente?s?) a |de )?${PERCENT} (?:du|de leur|de son|des|de l'ensemble du) (?:cout|couts|budget|depenses)`).exec(plain);
  if (ofCost !== null) {
    const percent = percentOf(ofCost[1] as string);
    if (percent !== null) {
      add('departmentMinPercent', percent, french`${ofCost[1]} % du coût`, sentence);
      read = true;
    }
  }
  if (!read) return;
  if (/\b(?:au total|globalement|sur l'ensemble des actions|pour l'ensemble des actions|en totalite)\b/.test(plain)) add('matchingScope', 'total', 'au total', sentence);
  else if (/\b(?:chacune des actions|chaque action|par action)\b/.test(plain)) add('matchingScope', 'action', 'par action', sentence);
}

function amountOf(match: RegExpExecArray, at: number): Cents {
  const whole = Number((match[at] as string).replace(/[ .]/g, ''));
  const cents = match[at + 1] === undefined ? 0 : Number((match[at + 1] as string).padEnd(2, '0'));
  return whole * 100 + cents;
}

function readEnvelopes(plain: string, sentence: Sentence, add: Add): void {
  if (!/\betat\b|administration/.test(plain) || !new RegExp(AMOUNT).test(plain)) return;
  // "le Département du Pas-de-Calais (500 000 €)": one envelope per beneficiary, named as the text names it.
  const named = new RegExp(String.raw`((?:le |au )?D[ée]partement (?:du |de la |de l['’]|des |de )[\p{Lu}][\p{L}’'-]*(?: [\p{Lu}][\p{L}’'-]*)*) ?\( ?${AMOUNT.replace('eur', '[Ee][Uu][Rr]')} ?\)`, 'gu');
  const envelopes: Record<string, Cents> = {};
  for (const match of sentence.text.matchAll(named)) {
    const name = (match[1] as string).replace(/^(?:le|au) /, '');
    envelopes[name] = amountOf(match as unknown as RegExpExecArray, 2);
  }
  if (Object.keys(envelopes).length > 0) {
    add('envelopes', envelopes, Object.entries(envelopes).map(([name, cents]) => french`${name} : ${formatMoney(cents)}`).join(', '), sentence);
    return;
  }
  if (/\breparti|\bentre\b|\bchacun/.test(plain)) return;
  const cue = new RegExp(`(?:contribue financierement pour un montant de|credits? (?:de l')?etat d'un montant (?:total )?de|(?:soutien|contribution) financier(?:e)? de l'etat (?:s'eleve a|est de|est fixee? a) (?:un montant de )?|subvention de l'etat d'un montant de|l'etat (?:apporte|accorde|attribue|verse) (?:au departement )?(?:une subvention |un soutien |une contribution )?(?:de |d'un montant de )?|enveloppe (?:de l'etat )?(?:de|s'eleve a)) ?${AMOUNT}`);
  const match = cue.exec(plain);
  if (match === null) return;
  const cents = amountOf(match, 1);
  add('envelope', cents, formatMoney(cents), sentence, /suivant/.test(plain) ? 1 : 0);
}

function readArticles(plain: string, sentence: Sentence, all: readonly Sentence[], add: Add): void {
  const number = ARTICLE_NUMBER.exec(sentence.text)?.[1];
  if (number === undefined || !number.includes('.')) return;
  const amount = new RegExp(AMOUNT.replace('eur', '[Ee][Uu][Rr]'));
  if (/\bcout total\b/.test(plain) && amount.test(sentence.text)) {
    add('costArticle', number, number, sentence);
    const cost = templated(sentence.text, number, 'cost', amount);
    const end = cost.indexOf('{cost}') + '{cost}'.length;
    add('costSentence', { costSentence: `${cost.slice(0, end)}.` }, cost, sentence);
    return;
  }
  if (/\b(?:actions?|projets?|operations?|fiches?) (?:suivant(?:e?s)?|ci-apres|listee?s)|\bpour les actions\b/.test(plain) && amount.test(sentence.text)) {
    add('listArticle', number, number, sentence);
    const heading = templated(sentence.text, number, 'envelope', amount);
    const year = /\b(1[9]\d\d|20\d\d|2100)\b/;
    const sentences: { listHeading: string; listItem?: string } = { listHeading: heading.replace(year, '{year}') };
    const item = itemTemplate(all, sentence);
    if (item !== null) sentences.listItem = item;
    add('listSentences', sentences, heading, sentence);
  }
}

/** The sentence with its article number and amount made fields. */
function templated(text: string, number: string, field: string, amount: RegExp): string {
  return text.replace(number, '{article}').replace(amount, `{${field}}`).trim();
}

/** "Action 1 (axe 2) : … pour un montant de 45 139 €" after the heading: its words around the fields. */
function itemTemplate(all: readonly Sentence[], heading: Sentence): string | null {
  const after = all.slice(all.indexOf(heading) + 1, all.indexOf(heading) + 4);
  const item = new RegExp(String.raw`^[-•–]?\s*(\p{L}+) (\S+?)(?: \((\p{L}+) ?[^)]*\))? ?: .+ (pour un montant (?:total )?de|à hauteur de|d[’']un montant de|pour une somme de|pour) ${AMOUNT.replace('eur', '[Ee][Uu][Rr]')}$`, 'u');
  for (const sentence of after) {
    const match = item.exec(sentence.text);
    if (match === null) continue;
    const axis = match[3] === undefined ? '' : `[ (${match[3]} {axis})]`;
    return `${match[1]} {number}${axis} : {title} ${match[4]} {amount}`;
  }
  return null;
}

/** The convention's title, its first capital line starting "CONVENTION": "Bassin minier". */
function readName(text: string): { name: string; source: ReadSource } | null {
  let offset = 0;
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const trimmed = raw.trim();
    if (/^CONVENTION\b/.test(trimmed) && trimmed === trimmed.toUpperCase()) {
      const words: string[] = [];
      for (const word of trimmed.replace(/[,.;:«»]/g, ' ').split(/\s+/).slice(1)) {
        if (/^(?:DU|DE|DES|D['’].*|ENTRE|RELATIVE|POUR|AU|AUX|À|A|ET|EN|SUR|LA|LE|LES|L['’].*|N°.*|\d.*)$/.test(word)) break;
        words.push(word);
        if (words.length === 4) break;
      }
      if (words.length === 0) continue;
      const name = words.map((word, index) => (index === 0 ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase())).join(' ');
      return { name, source: { sentence: trimmed.replace(/\s+/g, ' '), line, offset: offset + raw.indexOf(trimmed) } };
    }
    offset += raw.length + 1;
  }
  // No name in the title ("CONVENTION D’APPUI À …"): the Department it is signed with.
  const department = /D[ée]partement (?:du |de la |de l['’]|des |de )([\p{Lu}][\p{L}-]*)/u.exec(text);
  if (department === null) return null;
  const at = department.index;
  const lineOf = text.slice(0, at).split('\n').length;
  const lineText = text.split('\n')[lineOf - 1] ?? '';
  return { name: department[1] as string, source: { sentence: lineText.trim().replace(/\s+/g, ' '), line: lineOf, offset: at } };
}
