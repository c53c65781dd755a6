import { type CellValue, checkWorkbook, type CheckResult, recheckRows } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, tableSheet, withCell, workbookOf } from '../helpers/workbooks';

/**
 * An edit costs the budget it touched: the previous check's results for every other budget are
 * kept as they were, not worked out again, and with no row to check again nothing is rebuilt.
 */

type Rows = CellValue[][];

const nordRows = (): Rows => NORD_SHEET.rows.map((row) => [...row]);
const pdcRows = (): Rows => PAS_DE_CALAIS_SHEET.rows.map((row) => [...row]);
const options = { envelope: 50_000_000 };
const withRow = (rows: Rows, index: number, row: Rows[number]): Rows => rows.map((cells, at) => (at === index ? row : cells));

/** Nord in an Excel table; Pas-de-Calais laid out by hand under a heading, its Department share of action 2 left empty. */
function firstCheck(): CheckResult {
  const pdc = withCell(pdcRows(), 2, 5, null);
  return checkWorkbook(workbookOf(tableSheet('Nord', 'BudgetNord', nordRows()), plainSheet('Pas-de-Calais', [['Pas-de-Calais'], [], ...pdc])), options);
}

describe('what an edit leaves of the previous check', () => {
  test('no row to check again: the previous result itself, nothing for the pane to redraw', () => {
    const previous = firstCheck();
    expect(recheckRows(previous, [], options)).toBe(previous);
  });

  test('a State share of 90 001 € typed in Nord: the findings of Pas-de-Calais are the very ones of the previous check, each once', () => {
    const previous = firstCheck();
    const kept = previous.findings.filter((finding) => finding.sheet === 'Pas-de-Calais');
    expect(kept.map((finding) => finding.rule)).toEqual(['under-funding', 'matching']);

    const again = recheckRows(previous, [{ sheet: 'Nord', row: 2, left: 0, values: withCell(nordRows(), 2, 4, 90001)[2]! }], options);

    const pdcAgain = again!.findings.filter((finding) => finding.sheet === 'Pas-de-Calais');
    expect(pdcAgain).toHaveLength(kept.length);
    pdcAgain.forEach((finding, index) => expect(finding).toBe(kept[index]));
    // Nord, edited, was checked again: its new finding is there.
    expect(again!.findings.some((finding) => finding.sheet === 'Nord' && finding.cell === 'E3')).toBe(true);
  });

  test.each([
    ['a cost typed “260,001” (a French Excel stores the number 260.001)', 260.001],
    ['a negative cost', -260000],
  ])('%s and no State share in a block laid out by hand, its row written with texts: still an action row, checked again in place', (_, cost) => {
    const pdc = pdcRows();
    const previous = checkWorkbook(workbookOf(tableSheet('Nord', 'BudgetNord', nordRows()), plainSheet('Pas-de-Calais', [['Pas-de-Calais'], [], ...pdc])), options);
    const row: Rows[number] = ['A3', 'Axe 2', 'Prévenir les sorties sèches ASE', cost, null, 150000, null];
    const again = recheckRows(previous, [{ sheet: 'Pas-de-Calais', row: 2 + 3, left: 0, values: row }], options);
    const full = checkWorkbook(workbookOf(tableSheet('Nord', 'BudgetNord', nordRows()), plainSheet('Pas-de-Calais', [['Pas-de-Calais'], [], ...withRow(pdc, 3, row)])), options);
    expect(again).not.toBeNull();
    expect(again!.findings).toEqual(full.findings);
    expect(again!.findings.some((finding) => finding.rule === 'invalid-value' && finding.cell === 'D6')).toBe(true);
  });
});
