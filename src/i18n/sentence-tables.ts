import type { ClauseWarning, ComparisonNote, ConventionProfile, DifferenceData, FindingDataOf, FindingKind } from '../domain';

/**
 * A language's sentences for findings: one function per kind of finding, given exactly that kind's
 * data. A mapped type, so that a language missing a sentence (or a new kind without its sentences)
 * does not compile.
 */
export type FindingSentences = { readonly [K in FindingKind]: (data: FindingDataOf<K>) => string };

type SentencesOf<Data extends { readonly kind: string }> = { readonly [K in Data['kind']]: (data: Extract<Data, { readonly kind: K }>) => string };

/**
 * A language's sentences for the convention: its differences with the budget, what was not compared,
 * the clause's warnings, and the few sentences said about a convention as a whole.
 */
export interface ConventionSentences {
  readonly differences: SentencesOf<DifferenceData>;
  readonly notes: SentencesOf<ComparisonNote>;
  readonly warnings: SentencesOf<ClauseWarning>;
  /** Article 4.1 (or the profile's list article) is not in the document. */
  readonly listNotFound: (article: string) => string;
  /** The convention and the budget agree, on the list article and the cost article. */
  readonly agree: (article: string, cost: string) => string;
  /** "Convention Bassin minier 2022 : part de l’État ≤ 50 %, Département ≥ État", said beside the profile's name. */
  readonly profileSummary: (profile: ConventionProfile) => string;
}
