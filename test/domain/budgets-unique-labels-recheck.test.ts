import { type CellValue, checkWorkbook, recheckRows } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, tableSheet, withCell, workbookOf } from '../helpers/workbooks';

type Rows = CellValue[][];

const nordRows = (): Rows => NORD_SHEET.rows.map((row) => [...row]);
const pdcRows = (): Rows => PAS_DE_CALAIS_SHEET.rows.map((row) => [...row]);
const options = { envelope: 50_000_000 };

describe('an edit in one budget leaves the others as they were', () => {
  test('a State share of 90 001 € typed in Nord: the Pas-de-Calais budget is the very one of the previous check, nothing for the pane to redraw', () => {
    const previous = checkWorkbook(workbookOf(tableSheet('Nord', 'BudgetNord', nordRows()), plainSheet('Pas-de-Calais', [['Pas-de-Calais'], [], ...pdcRows()])), options);
    const kept = previous.budgets.find((budget) => budget.sheet === 'Pas-de-Calais');
    expect(kept?.label).toBe('Pas-de-Calais');

    const again = recheckRows(previous, [{ sheet: 'Nord', row: 2, left: 0, values: withCell(nordRows(), 2, 4, 90001)[2]! }], options);

    expect(again!.budgets.find((budget) => budget.sheet === 'Pas-de-Calais')).toBe(kept);
    // Nord, edited, is a budget of its own again.
    expect(again!.budgets.find((budget) => budget.sheet === 'Nord')).not.toBe(previous.budgets.find((budget) => budget.sheet === 'Nord'));
  });
});
