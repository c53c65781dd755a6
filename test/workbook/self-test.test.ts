import { rangeA1 } from '../../src/domain';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { MemoryWorkbook } from '../../src/memory/memory-workbook';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { checkWorkbook } from '../../src/domain';
import { runSelfTest, SCRATCH_ROWS, SCRATCH_SHEET } from '../../src/workbook/self-test';
import { FakeExcel } from '../helpers/fake-excel';

/** The self-test, as a person with Excel runs it from Réglages › Diagnostic: here against the test double and the page's workbook. */

function officerWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Nord', NORD_SHEET.rows, 'B2');
  excel.addTable('Nord', 'BudgetNord', rangeA1(1, 1, 7, 6));
  excel.addSheet('Pas-de-Calais', PAS_DE_CALAIS_SHEET.rows);
  excel.addOfficerFormat('Nord', 'G3:G8', '=G3>100000');
  return excel;
}

const cellsOf = (excel: FakeExcel) => excel.sheets.map((sheet) => [sheet.name, [...sheet.cells]]);

describe('the self-test', () => {
  test.each([
    ['Microsoft 365 (ExcelApi 1.14)', 14],
    ['ExcelApi 1.20, undo groups', 20],
    ['an older Excel without RangeAreas (ExcelApi 1.8)', 8],
  ])('passes on %s, leaves no scratch sheet and touches no cell of the officer’s', async (_, minor) => {
    const excel = officerWorkbook();
    excel.apiMinor = minor;
    const before = cellsOf(excel);
    const workbook = new OfficeWorkbook(excel.host());
    const report = await runSelfTest(workbook, workbook);
    expect(report.steps.filter((step) => !step.ok)).toEqual([]);
    expect(report.steps.map((step) => step.id)).toEqual(['host', 'scratch', 'read', 'flag', 'readBack', 'editNoFlag', 'editOneFlag', 'longestFormula', 'clear', 'cleanUp']);
    expect(report.host).toMatchObject({ host: 'Excel (fake)', ExcelApi: `1.1 … 1.${minor}` });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Nord', 'Pas-de-Calais']);
    expect(cellsOf(excel)).toEqual(before);
    expect(excel.forbiddenWrites).toEqual([]);
    expect(excel.sheet('Nord').formats.filter((format) => format.formula === '=G3>100000')).toHaveLength(1);
  });

  test('passes on the standalone page’s workbook', async () => {
    const workbook = new MemoryWorkbook([{ name: 'Nord', rows: NORD_SHEET.rows }]);
    const report = await runSelfTest(workbook, workbook);
    expect(report.steps.filter((step) => !step.ok)).toEqual([]);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Nord']);
  });

  test('a host that refuses a step is reported at that step, and the scratch sheet still goes', async () => {
    const excel = officerWorkbook();
    excel.failingSheets.add(SCRATCH_SHEET);
    const workbook = new OfficeWorkbook(excel.host());
    const report = await runSelfTest(workbook, workbook);
    expect(report.ok).toBe(false);
    expect(report.steps.find((step) => step.id === 'flag')).toMatchObject({ ok: false });
    expect(report.steps.at(-1)).toMatchObject({ id: 'cleanUp', ok: true });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Nord', 'Pas-de-Calais']);
  });

  test('a scratch sheet left behind (the pane closed mid-test) is never read as a budget, and the next run removes it', async () => {
    const excel = officerWorkbook();
    excel.addSheet(SCRATCH_SHEET, SCRATCH_ROWS);
    const workbook = new OfficeWorkbook(excel.host());
    const result = checkWorkbook(await workbook.read());
    expect(result.budgets.map((budget) => budget.sheet)).toEqual(['Nord', 'Pas-de-Calais']);
    await workbook.showFlags(result, 'action');
    expect(excel.oursOn(SCRATCH_SHEET)).toEqual([]);

    const report = await runSelfTest(workbook, workbook);
    expect(report.steps.filter((step) => !step.ok)).toEqual([]);
    expect(report.steps.find((step) => step.id === 'scratch')?.detail).toMatchObject({ sheet: SCRATCH_SHEET, leftovers: 1 });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Nord', 'Pas-de-Calais']);
  });

  test('writes are counted on the scratch sheet only: a co-author typing elsewhere meanwhile fails no step', async () => {
    const excel = officerWorkbook();
    const workbook = new OfficeWorkbook(excel.host());
    // Once the scratch sheet is flagged, a co-author types an amount as text in the officer's budget.
    const showFlags = workbook.showFlags.bind(workbook);
    let calls = 0;
    workbook.showFlags = async (...args) => {
      const report = await showFlags(...args);
      if (++calls === 1) excel.sheet('Nord').cells.set('F4', { value: '42 181 €', valueType: 'String', numberFormat: 'General' });
      return report;
    };
    const report = await runSelfTest(workbook, workbook);
    expect(report.steps.filter((step) => !step.ok)).toEqual([]);
    expect(excel.sheet('Nord').formats.filter((format) => format.formula === '=G3>100000')).toHaveLength(1);
  });
});
