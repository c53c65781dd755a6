import type { Cents } from '../money/money';
import { parseA1 } from '../reading/a1';
import type { Field } from '../reading/headers';
import { type Action, cellAt } from '../reading/rows';
import type { FindingData, Place } from './finding-data';

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
  /** What is wrong and what to change, as data: findingText (src/i18n) writes its sentence. */
  readonly data: FindingData;
  /** Another cell the finding involves (the first use of a duplicated action number), A1 without the sheet. */
  readonly related?: string;
}

/** A finding's place in reading order: by sheet row, then column; budget-level ones last. */
function readingKey(finding: RuleFinding<string>): number {
  const at = finding.cell === null ? null : parseA1(finding.cell);
  return at === null || finding.row === null ? Number.MAX_SAFE_INTEGER : finding.row * 20_000 + at.column;
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

/** Where a row's finding is, for its sentence, when its place has no cell. */
export function rowPlace(action: Pick<Action, 'action' | 'row'>): Place {
  return { action: action.action, row: action.row };
}

export interface FindingOwner {
  readonly id: string;
  readonly sheet: string;
  readonly table: string | null;
  readonly beneficiary: string | null;
}

/**
 * A finding, as a plain object: what it says is `data`, written into a sentence only when shown
 * (src/i18n/finding-text.ts). A large budget gives thousands of findings and the pane shows a page.
 */
export function findingOf<Id extends string>(
  owner: FindingOwner,
  rule: Id,
  severity: Severity,
  place: FindingPlace | null,
  amounts: Readonly<Record<string, Cents>>,
  data: FindingData,
  related?: string,
): RuleFinding<Id> {
  const finding: RuleFinding<Id> = {
    rule,
    severity,
    sheet: owner.sheet,
    table: owner.table,
    cell: place?.cell ?? null,
    row: place?.row ?? null,
    field: place?.field ?? null,
    action: place?.action ?? null,
    beneficiary: owner.beneficiary,
    budgetId: owner.id,
    amounts,
    data,
  };
  return related === undefined ? finding : { ...finding, related };
}
