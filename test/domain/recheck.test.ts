import { type CellValue, checkWorkbook, type CheckResult, recheckRows, type WorkbookSnapshot } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, tableSheet, withCell, workbookOf } from '../helpers/workbooks';

/** An edit checked from the rows it touched gives what a check of the whole workbook gives. */

type Rows = CellValue[][];

function snapshotOf(nord: Rows, pdc: Rows): WorkbookSnapshot {
  return workbookOf(tableSheet('Nord', 'BudgetNord', nord), plainSheet('Pas-de-Calais', [['Pas-de-Calais'], [], ...pdc]));
}

const nordRows = (): Rows => NORD_SHEET.rows.map((row) => [...row]);
const pdcRows = (): Rows => PAS_DE_CALAIS_SHEET.rows.map((row) => [...row]);
/** Pas-de-Calais sits under a heading and a blank row: its header is sheet row 2 (0-based). */
const PDC_TOP = 2;

function recheck(previous: CheckResult, sheet: string, row: number, values: Rows[number]): CheckResult | null {
  return recheckRows(previous, [{ sheet, row, left: 0, values }], { envelope: 50_000_000 });
}

describe('re-checking one budget from the rows an edit touched', () => {
  const options = { envelope: 50_000_000 };

  test.each([
    ['a State amount over the cap', 'Nord', 2, 4, 90001],
    ['an amount typed as text', 'Nord', 3, 4, '42 181 €'],
    ['an unreadable amount', 'Nord', 4, 5, '50,000'],
    ['a duplicate action number', 'Nord', 5, 0, 2],
    ['a title that makes the row a total row', 'Nord', 6, 2, 'Total'],
    ['a Department amount in a block laid out by hand', 'Pas-de-Calais', 3, 5, 1000],
  ])('%s: the same result as a full check', (_, sheet, row, column, value) => {
    const nord = nordRows();
    const pdc = pdcRows();
    const previous = checkWorkbook(snapshotOf(nord, pdc), options);
    const edited = sheet === 'Nord' ? withCell(nord, row, column, value) : withCell(pdc, row, column, value);
    const sheetRow = sheet === 'Nord' ? row : PDC_TOP + row;
    const again = recheck(previous, sheet, sheetRow, edited[row]!);
    const full = checkWorkbook(sheet === 'Nord' ? snapshotOf(edited, pdc) : snapshotOf(nord, edited), options);
    expect(again).not.toBeNull();
    expect(again!.findings).toEqual(full.findings);
    expect(again!.budgets).toEqual(full.budgets);
  });

  test('labels made unique once are made again alike', () => {
    const snapshot = workbookOf(tableSheet('Nord', 'A', nordRows()), plainSheet('Nord 2', nordRows()));
    const twice = { sheets: [snapshot.sheets[0]!, { ...snapshot.sheets[0]!, name: 'Nord', tables: [{ ...snapshot.sheets[0]!.tables[0]!, name: 'B', top: 20 }] }] };
    const previous = checkWorkbook(twice);
    const again = recheckRows(previous, [{ sheet: 'Nord', row: 2, left: 0, values: withCell(nordRows(), 2, 4, 90001)[2]! }]);
    expect(again?.budgets.map((budget) => budget.label)).toEqual(previous.budgets.map((budget) => budget.label));
  });

  test.each([
    ['a row outside every budget', 'Nord', 40, ['x', 1, 2, 3, 4, 5]],
    ['the header row', 'Nord', 0, ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département']],
    ['a row of a block laid out by hand emptied (two blank rows end a block)', 'Pas-de-Calais', PDC_TOP + 3, [null, null, null, null, null, null, null]],
    ['a row of a block that becomes a header row', 'Pas-de-Calais', PDC_TOP + 3, ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département', null]],
    ['a row of a block that becomes a heading', 'Pas-de-Calais', PDC_TOP + 3, ['Somme', null, null, null, null, null, null]],
    ['a row narrower than its budget', 'Nord', 2, [1, 2, 3]],
  ])('%s: null, the workbook is located again', (_, sheet, row, values) => {
    const previous = checkWorkbook(snapshotOf(nordRows(), pdcRows()), options);
    expect(recheck(previous, sheet, row, values as Rows[number])).toBeNull();
  });
});
