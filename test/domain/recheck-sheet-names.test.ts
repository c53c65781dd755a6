import { type CellValue, checkWorkbook, recheckRows, type WorkbookSnapshot } from '../../src/domain';
import { PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, withCell, workbookOf } from '../helpers/workbooks';

/**
 * A block laid out by hand is keyed by its sheet and its rank on it: the second block of « Nord »
 * and the first of a sheet named « Nord#2 » share the key « sheet:Nord#2 ». Re-checking an edit
 * must still keep each budget with its own sheet.
 */

type Rows = CellValue[][];

const pdcRows = (): Rows => PAS_DE_CALAIS_SHEET.rows.map((row) => [...row]);
const options = { envelope: 50_000_000 };
/** The second block of « Nord » starts after the first, two blank rows and its heading. */
const SECOND_BLOCK_TOP = 2 + pdcRows().length + 2 + 2;

function workbook(secondBlock: Rows): WorkbookSnapshot {
  const nord: Rows = [['Programme 2025'], [], ...pdcRows(), [], [], ['Programme 2026'], [], ...secondBlock];
  return workbookOf(plainSheet('Nord', nord), plainSheet('Nord#2', [['Programme 2027'], [], ...pdcRows()]));
}

describe('sheets « Nord » (two budgets by hand) and « Nord#2 » (one)', () => {
  test('a State share of 90 001 € typed in the second budget of « Nord »: three budgets, as a full check of the edited workbook finds', () => {
    const previous = checkWorkbook(workbook(pdcRows()), options);
    expect(previous.sources.map((source) => [source.sheet, source.key])).toEqual([
      ['Nord', 'sheet:Nord'],
      ['Nord', 'sheet:Nord#2'],
      ['Nord#2', 'sheet:Nord#2'],
    ]);
    const edited = withCell(pdcRows(), 2, 4, 90001);

    const again = recheckRows(previous, [{ sheet: 'Nord', row: SECOND_BLOCK_TOP + 2, left: 0, values: edited[2]! }], options);

    const full = checkWorkbook(workbook(edited), options);
    expect(again).not.toBeNull();
    expect(again!.budgets.map((budget) => [budget.sheet, budget.label])).toEqual([
      ['Nord', 'Programme 2025'],
      ['Nord', 'Programme 2026'],
      ['Nord#2', 'Programme 2027'],
    ]);
    expect(again!.budgets).toEqual(full.budgets);
    expect(again!.findings).toEqual(full.findings);
  });
});
