import type { Cents } from '../money/money';
import type { AmountReading } from '../reading/amount';
import type { Budget } from '../reading/budgets';
import { comparisonKey } from '../reading/cells';
import { AMOUNT_FIELDS, type AmountField } from '../reading/headers';
import type { BudgetSource } from '../reading/sources';
import { type Action, cellAt, type TotalRow } from '../reading/rows';
import type { FindingPlace } from './findings';
import type { RuleContext } from './rule';

/** A total row of the source, with its place among the source's total rows. */
export interface OwnTotal {
  readonly total: TotalRow;
  readonly index: number;
}

/** The total rows a budget owns: those of its beneficiary's group (a shared table's "Total Nord"), or all of them. */
export function totalRowsOf(budget: Budget, { rows, budgets }: RuleContext): OwnTotal[] {
  const own: OwnTotal[] = [];
  rows.totals.forEach((total, index) => {
    if (budgetOf(total, budgets) === budget) own.push({ total, index });
  });
  return own;
}

/** Each amount cell of a total row: where it is, what it reads, and its column's header as the officer wrote it. */
export function totalCells(total: TotalRow, source: BudgetSource): Array<{ readonly field: AmountField; readonly place: FindingPlace; readonly header: string; readonly reading: AmountReading }> {
  const cells: Array<{ field: AmountField; place: FindingPlace; header: string; reading: AmountReading }> = [];
  for (const field of AMOUNT_FIELDS) {
    const cell = cellAt(total, field);
    if (cell === undefined) continue;
    const header = source.headers[source.columns[field] ?? -1] ?? field;
    cells.push({ field, place: { cell, row: total.row, field, action: null }, header, reading: total.readings[field] });
  }
  return cells;
}

/**
 * The sum of a column over action rows; null when a cell cannot be read. `asExcel`: as Excel's SUM
 * sees it, without the amounts typed as text.
 */
export function sumOf(actions: readonly Action[], field: AmountField, asExcel = false): Cents | null {
  let sum = 0;
  for (const action of actions) {
    if (action.invalid[field] !== undefined) return null;
    if (asExcel && action.textAmounts[field] !== undefined) continue;
    sum += action[field] ?? 0;
  }
  return sum;
}

/** The cells of a column whose amount is typed as text. */
export function textCellsOf(actions: readonly Action[], field: AmountField): string[] {
  const cells: string[] = [];
  for (const action of actions) {
    if (action.textAmounts[field] === undefined) continue;
    const cell = cellAt(action, field);
    if (cell !== undefined) cells.push(cell);
  }
  return cells;
}

function budgetOf(total: TotalRow, budgets: readonly Budget[]): Budget {
  const key = total.beneficiary === null ? null : comparisonKey(total.beneficiary);
  const found = budgets.find((budget) => (budget.beneficiary === null ? null : comparisonKey(budget.beneficiary)) === key);
  // budgetsOfSource always gives at least one budget.
  return found ?? (budgets[0] as Budget);
}
