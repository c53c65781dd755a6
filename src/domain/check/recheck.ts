import { readAmount } from '../reading/amount';
import type { Budget } from '../reading/budgets';
import { withUniqueLabels } from '../reading/budgets';
import type { CellValue } from '../reading/cells';
import { isBlank } from '../reading/cells';
import { type CheckResult, checkSource } from './check';
import type { Finding } from '../rules';
import type { BudgetSource } from '../reading/sources';
import type { CheckOptions } from './options';
import { BUILT_IN_PROFILE, withScope } from '../profile/profile';

/** A row of a sheet read again after an edit: its cells from `left`, as wide as the budget it falls in. */
export interface RowPatch {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly left: number;
  readonly values: readonly CellValue[];
}

/**
 * Checks again the budgets whose rows were edited, from those rows alone, and keeps the rest of the
 * previous result: an edit in a 10 000-row budget costs the rows it touched, not the workbook.
 * Null when a row read again might move where a budget is (it falls outside every budget's data
 * rows, it is not as wide as its budget, or, outside an Excel table, it becomes or was blank, or
 * could be a header row or a heading): then the workbook is read and located again whole.
 */
export function recheckRows(previous: CheckResult, patches: readonly RowPatch[], options: CheckOptions = {}, fileName?: string): CheckResult | null {
  const patched = new Map<BudgetSource, Array<ReadonlyArray<CellValue>>>();
  for (const patch of patches) {
    const source = previous.sources.find(
      (candidate) => candidate.sheet === patch.sheet && candidate.left === patch.left && patch.row >= candidate.firstDataRow && patch.row < candidate.firstDataRow + candidate.rows.length,
    );
    if (source === undefined || patch.values.length !== source.headers.length) return null;
    const rows = patched.get(source) ?? [...source.rows];
    const index = patch.row - source.firstDataRow;
    // The source was found by this very row: index is inside its rows.
    if (source.table === null && !keepsBlock(source, rows[index] as ReadonlyArray<CellValue>, patch.values)) return null;
    rows[index] = patch.values;
    patched.set(source, rows);
  }
  if (patched.size === 0) return previous;

  const profile = withScope(options.profile ?? BUILT_IN_PROFILE, options.matching);
  const sources = previous.sources.map((source) => {
    const rows = patched.get(source);
    return rows === undefined ? source : { ...source, rows };
  });
  // Budgets and findings of a source are listed together, in the sources' order: replace them in place.
  const budgets: Budget[] = [];
  const findings: Finding[] = [];
  previous.sources.forEach((source, index) => {
    const ownBudgets = previous.budgets.filter((budget) => budget.sheet === source.sheet && budget.sourceKey === source.key);
    if (!patched.has(source)) {
      const ids = new Set(ownBudgets.map((budget) => budget.id));
      budgets.push(...ownBudgets);
      for (const finding of previous.findings) if (ids.has(finding.budgetId)) findings.push(finding);
      return;
    }
    const checked = checkSource(sources[index] as BudgetSource, profile, options, fileName);
    budgets.push(...checked.budgets);
    findings.push(...checked.findings);
  });
  return { ...previous, budgets: withUniqueLabels(budgets), findings, sources, profile };
}

/**
 * Whether a row of a block laid out by hand can change without moving the block: it holds something
 * before and after (two blank rows end a block), and after it holds an amount in its cost or State
 * column or cannot be a header row (fewer than two texts), since a header row starts a new block.
 */
function keepsBlock(source: BudgetSource, before: ReadonlyArray<CellValue>, after: ReadonlyArray<CellValue>): boolean {
  if (before.every(isBlank) || after.every(isBlank)) return false;
  const holdsAmount = (['cost', 'state'] as const).some((field) => {
    const value = after[source.columns[field] ?? -1] ?? null;
    // Only a number or a text reads as an amount: an empty cell, a boolean, an error or a date never does.
    return typeof value === 'number' || readAmount(value).kind === 'amount';
  });
  if (holdsAmount) return true;
  // One cell alone may be the heading of the next block; two texts may be its header row.
  const filled = after.filter((value) => !isBlank(value)).length;
  const texts = after.filter((value) => typeof value === 'string' && !isBlank(value) && readAmount(value).kind !== 'amount').length;
  return filled >= 2 && texts < 2;
}
