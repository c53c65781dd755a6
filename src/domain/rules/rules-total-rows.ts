import type { Budget } from '../reading/budgets';
import { comparisonKey } from '../reading/cells';
import { type Finding, findingOf } from './findings';
import { AMOUNT_FIELDS, type AmountField } from '../reading/headers';
import type { BudgetSource } from '../reading/locate';
import { messages } from './messages';
import type { Cents } from '../money/money';
import { type Action, cellAt, type SourceRows, type TotalRow } from '../reading/rows';

/**
 * A "Total" or "Sous-total" row must equal, column by column, the sum of the action rows above it.
 * Officers lay totals out in several ways, so a total cell passes when it matches any reading of
 * "the rows above": those since the previous total row, all of them, or the rows of the beneficiary
 * it names. A sum that an unreadable cell makes unknown is not held against the total.
 */
export function totalRowFindings(source: BudgetSource, rows: SourceRows, budgets: readonly Budget[]): Finding[] {
  const findings: Finding[] = [];
  rows.totals.forEach((total, index) => {
    const end = rows.actionsBeforeTotal[index] ?? rows.actions.length;
    const start = index === 0 ? 0 : (rows.actionsBeforeTotal[index - 1] ?? 0);
    const above = rows.actions.slice(0, end);
    const since = rows.actions.slice(start, end);
    const named = total.namedBeneficiary === null ? null : comparisonKey(total.namedBeneficiary);
    const ofNamed = named === null ? null : above.filter((action) => action.beneficiary !== null && comparisonKey(action.beneficiary) === named);
    const owner = budgetOf(total, budgets);

    for (const field of AMOUNT_FIELDS) {
      const reading = total.readings[field];
      const cell = cellAt(total, field);
      if (cell === undefined) continue;
      const place = { cell, row: total.row, field, action: null };
      const header = source.headers[source.columns[field] ?? -1] ?? field;
      if (reading.kind === 'invalid') {
        findings.push(findingOf(owner, 'invalid-value', 'error', place, {},
          messages.invalidValue, [{ action: null, row: total.row }, header, reading.problem, reading.shown, false, reading.cents]));
        continue;
      }
      if (reading.kind !== 'amount') continue;
      const groups = [since, above, ...(ofNamed ? [ofNamed] : [])];
      const candidates = groups.map((group) => sumOf(group, field));
      if (candidates.some((sum) => sum === null || sum === reading.cents)) continue;
      // The officer's SUM skips amounts typed as text: when that is the whole gap, the text cells are the fix.
      const byText = groups.find((group) => textCellsOf(group, field).length > 0 && sumOf(group, field, true) === reading.cents);
      if (byText !== undefined) {
        const sum = sumOf(byText, field) ?? 0;
        findings.push(findingOf(owner, 'total-mismatch', 'error', place, { written: reading.cents, sum },
          messages.totalMismatchByText, [total.row, header, reading.cents, sum, textCellsOf(byText, field)]));
        continue;
      }
      const expected = (ofNamed ? sumOf(ofNamed, field) : total.subtotal ? sumOf(since, field) : sumOf(above, field)) ?? 0;
      findings.push(findingOf(owner, 'total-mismatch', 'error', place, { written: reading.cents, sum: expected },
        messages.totalMismatch, [total.row, header, reading.cents, expected]));
    }
  });
  return findings;
}

/**
 * The sum of a column over action rows; null when a cell cannot be read. `asExcel`: as Excel's SUM
 * sees it, without the amounts typed as text.
 */
function sumOf(actions: readonly Action[], field: AmountField, asExcel = false): Cents | null {
  let sum = 0;
  for (const action of actions) {
    if (action.invalid[field] !== undefined) return null;
    if (asExcel && action.textAmounts[field] !== undefined) continue;
    sum += action[field] ?? 0;
  }
  return sum;
}

/** The cells of a column whose amount is typed as text. */
function textCellsOf(actions: readonly Action[], field: AmountField): string[] {
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
