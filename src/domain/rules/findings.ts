import type { Cents } from '../money/money';
import { parseA1 } from '../reading/a1';
import type { Field } from '../reading/headers';
import { type Action, cellAt } from '../reading/rows';
import type { Bilingual } from '../typography/language';

export type Severity = 'error' | 'warning';

/**
 * What a rule finds, for a rule of id `Id`. `Finding` (rules/index.ts) is the finding of any rule
 * of RULES: the rules themselves are written against this, so that no rule imports the list of rules.
 */
export interface RuleFinding<Id extends string> {
  readonly rule: Id;
  readonly severity: Severity;
  readonly sheet: string;
  readonly table: string | null;
  /** The flagged cell, A1 without the sheet ("F5"); null for a budget-level finding. */
  readonly cell: string | null;
  /** 1-based sheet row of the cell, or null. */
  readonly row: number | null;
  /** The column of the flagged cell. */
  readonly field: Field | null;
  readonly action: string | null;
  readonly beneficiary: string | null;
  /** The budget it belongs to (Budget.id). */
  readonly budgetId: string;
  /** The amounts involved, named (state, cost, cap, department, envelope…). */
  readonly amounts: Readonly<Record<string, Cents>>;
  /** What is wrong and what to change. */
  readonly message: Bilingual;
  /** Another cell the finding involves (the first use of a duplicated action number), A1 without the sheet. */
  readonly related?: string;
}

/** A finding's place in reading order: by sheet row, then column; budget-level ones last. */
function readingKey(finding: RuleFinding<string>): number {
  const at = finding.row === null || finding.cell === null ? null : parseA1(finding.cell);
  return at === null || finding.row === null ? Number.MAX_SAFE_INTEGER : finding.row * 20_000 + at.column + 1;
}

/** Sorts findings in reading order; findings of one cell keep the order they were found in. */
export function sortFindings<F extends RuleFinding<string>>(findings: F[]): F[] {
  // Each key is computed once: a comparison that parsed cell addresses cost more than the rules.
  const keyed = findings.map((finding, index) => ({ finding, key: readingKey(finding), index }));
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  return keyed.map((entry) => entry.finding);
}

/** Where a finding points: a cell of an action or total row, or nothing for the whole budget. */
export interface FindingPlace {
  readonly cell: string;
  readonly row: number;
  readonly field: Field;
  readonly action: string | null;
}

/** Where a finding on an action points: its cell in the given column, or null when the table lacks it. */
export function placeOf(action: Action, field: Field): FindingPlace | null {
  const cell = cellAt(action, field);
  return cell === undefined ? null : { cell, row: action.row, field, action: action.action };
}

export interface FindingOwner {
  readonly id: string;
  readonly sheet: string;
  readonly table: string | null;
  readonly beneficiary: string | null;
}

/**
 * A finding whose message is written when first read: `write(...args)`. A check of a large budget
 * finds thousands of faults and the pane shows a page of them; writing every sentence up front, each
 * with its amounts formatted in two languages, was a third of the check's time. The writer and its
 * arguments are passed rather than a closure, which would cost the rules' loops a context per row.
 */
export function findingOf<Id extends string, Args extends unknown[]>(
  owner: FindingOwner,
  rule: Id,
  severity: Severity,
  place: FindingPlace | null,
  amounts: Readonly<Record<string, Cents>>,
  write: (...args: Args) => Bilingual,
  args: Args,
  related?: string,
): RuleFinding<Id> {
  return new LazyFinding(owner, rule, severity, place, amounts, write as (...args: unknown[]) => Bilingual, args, related);
}

/**
 * A finding whose message is written on first read, then kept. A class, so that the message's
 * getter is one function on the prototype rather than a closure per finding (a third of the core's
 * garbage on 100 000 actions). A spread or JSON.stringify of a finding leaves the message out: read it.
 */
class LazyFinding<Id extends string> implements RuleFinding<Id> {
  readonly sheet: string;
  readonly table: string | null;
  readonly cell: string | null;
  readonly row: number | null;
  readonly field: Field | null;
  readonly action: string | null;
  readonly beneficiary: string | null;
  readonly budgetId: string;
  readonly related?: string;
  #write: ((...args: unknown[]) => Bilingual) | null;
  #args: unknown[] | null;
  #message: Bilingual | undefined;

  constructor(
    owner: FindingOwner,
    readonly rule: Id,
    readonly severity: Severity,
    place: FindingPlace | null,
    readonly amounts: Readonly<Record<string, Cents>>,
    write: (...args: unknown[]) => Bilingual,
    args: unknown[],
    related?: string,
  ) {
    this.sheet = owner.sheet;
    this.table = owner.table;
    this.cell = place?.cell ?? null;
    this.row = place?.row ?? null;
    this.field = place?.field ?? null;
    this.action = place?.action ?? null;
    this.beneficiary = owner.beneficiary;
    this.budgetId = owner.id;
    if (related !== undefined) this.related = related;
    this.#write = write;
    this.#args = args;
  }

  get message(): Bilingual {
    if (this.#message === undefined) {
      this.#message = (this.#write as (...args: unknown[]) => Bilingual)(...(this.#args as unknown[]));
      this.#write = null;
      this.#args = null;
    }
    return this.#message;
  }
}
