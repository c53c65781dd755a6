import type { Cents } from '../money/money';
import type { Hundredths } from '../money/percent';
import type { AmountProblem } from '../reading/amount';
import type { Field } from '../reading/headers';

/**
 * What a finding says, as data: one variant per kind of sentence, with the values that sentence
 * shows (amounts in cents, percentages in the hundredths the rules compare, headers as the officer
 * wrote them, dates as ISO). The sentences themselves are written outside the core, one table per
 * language (src/i18n/<lang>/findings.ts), so a rule builds a plain object and never a sentence.
 */

/** Where a finding is, as its sentence opens: "Action 3", or "Ligne 7" when the number is missing. */
export interface Place {
  readonly action: string | null;
  readonly row: number;
}

/** Said after a total that leaves rows out, so that nobody reads a partial sum as the whole. */
interface Partial {
  /** Action rows left out of the totals because an amount cannot be read. */
  readonly excludedRows: number;
}

/** The article that lists the actions, as the convention numbers it ('' when it does not). */
interface InArticle {
  readonly article: string;
}

export type FindingData =
  /** The State share over its cap: `percent` of the cost, reaching it allowed or not. */
  | { readonly kind: 'state-cap'; readonly place: Place; readonly state: Cents; readonly cost: Cents; readonly cap: Cents; readonly percent: Hundredths; readonly equalAllowed: boolean }
  /** The Department share under `ratio` of the State's (WHOLE: one for one). */
  | { readonly kind: 'matching-by-ratio'; readonly place: Place; readonly department: Cents; readonly state: Cents; readonly required: Cents; readonly ratio: Hundredths }
  /** The Department share under `percent` of the cost. */
  | { readonly kind: 'matching-by-cost'; readonly place: Place; readonly department: Cents; readonly cost: Cents; readonly required: Cents; readonly percent: Hundredths }
  /** The Department's total under `ratio` of the State's total; `missing` is what it lacks. */
  | ({ readonly kind: 'total-matching-by-ratio'; readonly department: Cents; readonly state: Cents; readonly missing: Cents; readonly ratio: Hundredths } & Partial)
  | ({ readonly kind: 'total-matching-by-cost'; readonly department: Cents; readonly cost: Cents; readonly missing: Cents; readonly percent: Hundredths } & Partial)
  | ({ readonly kind: 'envelope-exceeded'; readonly state: Cents; readonly envelope: Cents; readonly over: Cents } & Partial)
  | ({ readonly kind: 'envelope-left'; readonly state: Cents; readonly envelope: Cents; readonly left: Cents } & Partial)
  | { readonly kind: 'over-funding'; readonly place: Place; readonly funding: Cents; readonly cost: Cents; readonly over: Cents }
  | { readonly kind: 'under-funding'; readonly place: Place; readonly cost: Cents; readonly unfunded: Cents }
  /** A total row's cell that is not the sum of the actions above it. */
  | { readonly kind: 'total-mismatch'; readonly row: number; readonly header: string; readonly written: Cents; readonly sum: Cents; readonly gap: Cents }
  /** The same, when the gap is exactly the amounts typed as text in `textCells` (A1, without the sheet). */
  | { readonly kind: 'total-mismatch-by-text'; readonly row: number; readonly header: string; readonly written: Cents; readonly sum: Cents; readonly gap: Cents; readonly textCells: readonly string[] }
  /** An amount typed as text: `shown` as typed, `cents` as read. */
  | { readonly kind: 'text-amount'; readonly place: Place; readonly header: string; readonly shown: string; readonly cents: Cents }
  /**
   * An amount that cannot be read: `shown` as the cell shows it (a date as ISO, a boolean as VRAI or
   * FAUX), `cents` the amount read or suggested when there is one; `leftOut` when its action is left
   * out of the totals and of the list article.
   */
  | ({
      readonly kind: 'invalid-value';
      readonly place: Place;
      readonly header: string;
      readonly problem: AmountProblem;
      readonly shown: string;
      readonly cents: Cents | null;
      readonly leftOut: boolean;
    } & InArticle)
  | ({ readonly kind: 'missing-value'; readonly place: Place; readonly field: Field; readonly header: string; readonly leftOut: boolean } & InArticle)
  | ({ readonly kind: 'duplicate-action'; readonly place: Place; readonly firstRow: number } & InArticle)
  | { readonly kind: 'inexact-totals' }
  | ({ readonly kind: 'missing-axis'; readonly place: Place } & InArticle);

export type FindingKind = FindingData['kind'];

/** The data of one kind of finding. */
export type FindingDataOf<K extends FindingKind> = Extract<FindingData, { readonly kind: K }>;
