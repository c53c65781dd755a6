import { type CellValue, checkWorkbook } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, workbookOf } from '../helpers/workbooks';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

/** The rows with the given cells set (0-based row and column), rows added as needed. */
function withCells(rows: Rows, cells: ReadonlyArray<readonly [number, number, CellValue]>): CellValue[][] {
  const copy = rows.map((row) => [...row]);
  for (const [row, column, value] of cells) {
    while (copy.length <= row) copy.push([]);
    const line = copy[row]!;
    while (line.length <= column) line.push(null);
    line[column] = value;
  }
  return copy;
}

const uncoveredOf = (rows: Rows, left = 0) => checkWorkbook(workbookOf(plainSheet('Nord', rows, 0, left))).uncovered;

// The Nord budget on A1:F7; amounts typed around it, with no header of their own, are read by no budget.
describe('amounts no budget reads', () => {
  test('amounts beside the budget, on its rows, are one area', () => {
    const rows = withCells(NORD_SHEET.rows, [
      [1, 7, 45139],
      [2, 7, 70854],
      [3, 7, 42181],
    ]);
    expect(uncoveredOf(rows)).toEqual([{ sheet: 'Nord', range: 'H2:H4', cells: 3 }]);
  });

  test('amounts to the left of a budget that does not start in column A are found too', () => {
    const shifted = NORD_SHEET.rows.map((row) => [null, null, ...row]);
    expect(uncoveredOf(withCells(shifted, [[3, 0, 500000]]))).toEqual([{ sheet: 'Nord', range: 'A4', cells: 1 }]);
  });

  test('rows of amounts with one blank row between are one area; two blank rows start another', () => {
    const rows = withCells(NORD_SHEET.rows, [
      [9, 3, 160000],
      [9, 4, 45139],
      [11, 3, 180000],
      [11, 4, 70854],
      [14, 3, 95000],
    ]);
    expect(uncoveredOf(rows)).toEqual([
      { sheet: 'Nord', range: 'D10:E12', cells: 4 },
      { sheet: 'Nord', range: 'D15', cells: 1 },
    ]);
  });
});
