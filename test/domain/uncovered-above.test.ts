import { type CellValue, checkWorkbook } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, workbookOf } from '../helpers/workbooks';

const uncoveredOf = (rows: ReadonlyArray<ReadonlyArray<CellValue>>) => checkWorkbook(workbookOf(plainSheet('Nord', rows))).uncovered;

describe('amounts above a budget, in its columns, are read by no budget', () => {
  test('a line of amounts typed two rows above the Nord budget is an area of its own', () => {
    const rows = [[null, null, null, 500000, 250000], [], [], ...NORD_SHEET.rows];
    expect(uncoveredOf(rows)).toEqual([{ sheet: 'Nord', range: 'D1:E1', cells: 2 }]);
  });
});
