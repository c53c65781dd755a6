import type { Lang } from './format';
import type { Field } from './headers';
import type { Cents } from './money';
import { type Action, cellAt } from './rows';

export const RULE_IDS = [
  'state-cap',
  'matching',
  'envelope',
  'over-funding',
  'under-funding',
  'total-mismatch',
  'invalid-value',
  'missing-value',
  'duplicate-action',
  'missing-axis',
  'text-amount',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning';

/** A sentence in each language of the product, French first. */
export type Bilingual = Readonly<Record<Lang, string>>;

export interface Finding {
  readonly rule: RuleId;
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

/** Findings in reading order: by sheet row, then column letter; budget-level ones last. */
export function compareFindings(a: Finding, b: Finding): number {
  const rowA = a.row ?? Number.MAX_SAFE_INTEGER;
  const rowB = b.row ?? Number.MAX_SAFE_INTEGER;
  if (rowA !== rowB) return rowA - rowB;
  const columnA = (a.cell ?? '').replace(/\d+$/, '');
  const columnB = (b.cell ?? '').replace(/\d+$/, '');
  return columnA.length - columnB.length || (columnA < columnB ? -1 : columnA > columnB ? 1 : 0);
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
export function findingOf<Args extends unknown[]>(
  owner: FindingOwner,
  rule: RuleId,
  severity: Severity,
  place: FindingPlace | null,
  amounts: Readonly<Record<string, Cents>>,
  write: (...args: Args) => Bilingual,
  args: Args,
  related?: string,
): Finding {
  let message: Bilingual | undefined;
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
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
    get message() {
      message ??= write(...args);
      return message;
    },
  };
  if (related !== undefined) finding.related = related;
  return finding;
}
