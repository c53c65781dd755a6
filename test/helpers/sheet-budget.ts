import { type Budget, type CellValue, checkWorkbook } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, workbookOf } from './workbooks';

/** The one budget of a sheet holding these rows (the Nord's by default), as the check reads it. */
export function sheetBudget(rows: ReadonlyArray<ReadonlyArray<CellValue>> = NORD_SHEET.rows, name = 'Nord'): Budget {
  const [budget] = checkWorkbook(workbookOf(plainSheet(name, rows))).budgets;
  if (!budget) throw new Error('no budget');
  return budget;
}
