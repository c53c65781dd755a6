import type { Budget } from '../reading/budgets';
import { comparisonKey } from '../reading/cells';
import type { Cents } from '../money/money';
import { type Hundredths, WHOLE } from '../money/percent';

export type MatchingScope = 'action' | 'total';

/** The sentences of the clause, with named fields in braces; a part in brackets goes when a field in it is empty. */
export interface ClauseSentences {
  /** Fields: {article} {year} {envelope}. */
  readonly listHeading: string;
  /** Fields: {number} {axis} {title} {amount}. */
  readonly listItem: string;
  /** Fields: {article} {cost} {year}. */
  readonly costSentence: string;
}

/**
 * A convention's financial clauses and the wording of its articles: what the rules, messages, flag
 * formulas and clause take their numbers from. The seed's convention is the built-in one.
 */
export interface ConventionProfile {
  readonly name: string;
  readonly year: number | null;
  /** The State's cap on each action, as a percent of its total cost. */
  readonly stateCap: { readonly percent: Hundredths; readonly equalAllowed: boolean };
  /**
   * The Department's matching: at least `ratio` of the State's contribution (10 000 is "au moins
   * équivalents"), and/or at least `minPercentOfCost` of the action's cost; per action and in total,
   * or in total only.
   */
  readonly matching: { readonly ratio: Hundredths | null; readonly minPercentOfCost: Hundredths | null; readonly scope: MatchingScope };
  /** The State envelope of one beneficiary's budget. */
  readonly envelope: Cents | null;
  /** The envelope per beneficiary, by the name the convention gives ("Département du Nord"). */
  readonly envelopes: Readonly<Record<string, Cents>>;
  /** The article that lists the actions ("4.1") and the one that states the cost ("3.1"). */
  readonly listArticle: string;
  readonly costArticle: string;
  readonly sentences: ClauseSentences;
  /**
   * How each parameter came to be, for a profile read from a convention or typed: read from its text,
   * typed by the officer, or the built-in (2022) value the officer confirmed; "unresolved" for one
   * none of these gave (a command that needs it refuses). Absent for the built-in profile.
   */
  readonly origins?: Readonly<Record<Parameter, ParameterOrigin>> | undefined;
  /**
   * "built-in" until the officer accepts a profile. The built-in profile's year and envelope are the
   * seed's 2022 Pas-de-Calais figures: they are applied only once a profile is chosen, since a
   * workbook of another year would otherwise be held to 2022's envelope.
   */
  readonly origin: 'built-in' | 'chosen';
}

/**
 * The parameters an officer settles, each named by its leading key: the cap (its percent and whether
 * reaching it is allowed), the matching (a ratio to the State and/or a minimum of the cost), its
 * scope, the envelope (one, or one per beneficiary), the year, the two articles, the clause's sentences.
 */
export const PARAMETERS = ['year', 'stateCapPercent', 'matchingRatio', 'matchingScope', 'envelope', 'listArticle', 'costArticle', 'sentences'] as const;
export type Parameter = (typeof PARAMETERS)[number];
export type ParameterOrigin = 'read' | 'typed' | 'confirmed' | 'unresolved';

export const SEED_SENTENCES: ClauseSentences = {
  listHeading: '{article} Pour l’année {year}, l’administration contribue financièrement pour un montant de {envelope}, pour les actions suivantes :',
  listItem: 'Action {number}[ (axe {axis})] : {title} pour un montant de {amount}',
  costSentence: '{article} Le coût total estimé éligible des projets sur la durée de la convention est évalué à {cost}.',
};

/** The 2022 Bassin minier convention (DOMAIN.md): what every check uses until the officer chooses another. */
export const BUILT_IN_PROFILE: ConventionProfile = {
  name: 'Convention Bassin minier 2022',
  year: 2022,
  stateCap: { percent: 5_000, equalAllowed: true },
  matching: { ratio: WHOLE, minPercentOfCost: null, scope: 'action' },
  envelope: 50_000_000,
  envelopes: { 'Département du Pas-de-Calais': 50_000_000, 'Département du Nord': 50_000_000 },
  listArticle: '4.1',
  costArticle: '3.1',
  sentences: SEED_SENTENCES,
  origin: 'built-in',
};

/** Fills a sentence's {fields}; a [part] holding a field left empty is dropped whole. */
export function fillSentence(template: string, fields: Readonly<Record<string, string>>): string {
  const value = (name: string) => fields[name] ?? '';
  const withParts = template.replace(/\[([^\]]*)\]/g, (_, part: string) => {
    const names = [...part.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
    return names.every((name) => value(name) !== '') ? part : '';
  });
  return withParts.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
}

/** The profile with the matching scope the officer set, if any (a workbook setting overrides the profile). */
export function withScope(profile: ConventionProfile, scope: MatchingScope | undefined): ConventionProfile {
  return scope === undefined || scope === profile.matching.scope ? profile : { ...profile, matching: { ...profile.matching, scope } };
}

/** The envelope a chosen profile gives a budget: its beneficiary's, else the profile's one envelope. */
export function profileEnvelopeFor(profile: ConventionProfile, budget: Pick<Budget, 'beneficiary' | 'label'>): Cents | undefined {
  if (profile.origin === 'built-in') return undefined;
  const names = [budget.beneficiary, budget.label].filter((name): name is string => name !== null).map(placeWords);
  const matches = Object.entries(profile.envelopes).filter(([name]) => {
    const key = placeWords(name);
    return key !== '' && names.some((candidate) => candidate !== '' && (candidate === key || ` ${candidate} `.includes(` ${key} `) || ` ${key} `.includes(` ${candidate} `)));
  });
  if (matches.length === 1) return (matches[0] as [string, Cents])[1];
  return profile.envelope ?? undefined;
}

/** "Département du Pas-de-Calais" → "pas calais": the words that name the place, without « de », « du », « la »… */
export function placeWords(name: string): string {
  return comparisonKey(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(departement|conseil|departemental|du|de|des|la|le|l|d)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The parameters of a profile that none of the text, the officer's typing or confirmation gave. */
export function unresolvedParameters(profile: ConventionProfile, needed: readonly Parameter[] = PARAMETERS): Parameter[] {
  return needed.filter((parameter) => profile.origins?.[parameter] === 'unresolved');
}
