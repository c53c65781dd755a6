import type { Lang } from './format';
import type { Field } from './headers';
import type { Cents } from './money';

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

export interface FindingOwner {
  readonly id: string;
  readonly sheet: string;
  readonly table: string | null;
  readonly beneficiary: string | null;
}

export function findingOf(
  owner: FindingOwner,
  rule: RuleId,
  severity: Severity,
  place: FindingPlace | null,
  amounts: Readonly<Record<string, Cents>>,
  message: Bilingual,
  related?: string,
): Finding {
  return {
    ...(related === undefined ? {} : { related }),
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
    message,
  };
}
