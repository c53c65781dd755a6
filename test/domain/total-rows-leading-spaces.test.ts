import { type CellValue, checkWorkbook } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, workbookOf } from '../helpers/workbooks';

// The Nord sheet's actions on rows 2 to 7 add up to 1 745 883 € of cost, 500 000 € of State,
// 1 245 883 € of Department: a total row is compared with them, never counted as a seventh action.
const totalRow = (label: string): CellValue[] => [label, null, null, 1745883, 500000, 1245883];

describe('a total label pasted from Word or a web page, with a non-breaking space before it', () => {
  test.each([
    ['a non-breaking space', '\u00a0Total'],
    ['a narrow non-breaking space', '\u202fTotal'],
    ['two non-breaking spaces', '\u00a0\u00a0Sous-total Nord'],
  ])('is still a total row (%s)', (_space, label) => {
    const result = checkWorkbook(workbookOf(plainSheet('Nord', [...NORD_SHEET.rows, totalRow(label)])));
    expect(result.budgets[0]?.totals).toMatchObject({ actionCount: 6, state: 50_000_000, cost: 174_588_300 });
    expect(result.findings.filter((finding) => finding.row === 8)).toEqual([]);
  });
});
