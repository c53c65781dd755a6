import { type CellValue, checkWorkbook, type SheetSnapshot } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, tableSheet, workbookOf } from '../helpers/workbooks';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

const [NORD_HEADER] = NORD_SHEET.rows;

/** The rows with only the given columns (0-based) kept. */
const columnsOf = (rows: Rows, kept: readonly number[]): CellValue[][] => rows.map((row) => kept.map((column) => row[column] ?? null));

const budgetsOf = (...sheets: SheetSnapshot[]) => checkWorkbook(workbookOf(...sheets)).budgets;

describe('the budgets of a workbook', () => {
  test('a table with its header row only is one budget, with no action yet', () => {
    const budgets = budgetsOf(tableSheet('Nord', 'BudgetNord', [NORD_HEADER!]));
    expect(budgets.map((budget) => [budget.label, budget.table, budget.actions.length, budget.totals.actionCount])).toEqual([['Nord', 'BudgetNord', 0, 0]]);
  });

  test.each([
    ['no beneficiary column', NORD_SHEET.rows],
    ['a beneficiary column left blank', NORD_SHEET.rows.map((row, index) => [index === 0 ? 'Bénéficiaire' : null, ...row])],
  ])('with %s, a budget whose actions are all deleted keeps its id, by which the clause screen keeps it chosen', (_, rows) => {
    const [full] = budgetsOf(tableSheet('Nord', 'BudgetNord', rows));
    const [emptied] = budgetsOf(tableSheet('Nord', 'BudgetNord', rows.slice(0, 1)));
    expect(full?.actions).toHaveLength(6);
    expect(emptied?.id).toBe(full?.id);
  });

  test.each([
    ['every column', [0, 1, 2, 3, 4, 5], []],
    ['no Department column', [0, 1, 2, 3, 4], ['department']],
    ['only cost and State', [3, 4], ['action', 'title', 'department']],
  ] as const)('with %s, the columns article 4.1 lacks are named', (_, kept, missing) => {
    const [budget] = budgetsOf(plainSheet('Nord', columnsOf(NORD_SHEET.rows, kept)));
    expect(budget?.missingColumns).toEqual(missing);
  });

  test('settings are kept by beneficiary, whatever the case, wherever its table sits', () => {
    const header = ['Bénéficiaire', ...NORD_HEADER!];
    const shared = tableSheet('Budgets', 'Budgets2022', [header, ['NORD', ...NORD_SHEET.rows[1]!], ['Pas-de-Calais', ...PAS_DE_CALAIS_SHEET.rows[1]!.slice(0, 6)]]);
    const budgets = budgetsOf(shared, plainSheet('Sans titre', NORD_SHEET.rows));
    expect(budgets.map((budget) => [budget.label, budget.settingsKey])).toEqual([
      ['NORD', 'beneficiary:nord'],
      ['Pas-de-Calais', 'beneficiary:pas-de-calais'],
      ['Sans titre', 'sheet:Sans titre'],
    ]);
  });
});

describe('budget labels', () => {
  test('budgets of different names keep their names', () => {
    const budgets = budgetsOf(plainSheet('Nord', NORD_SHEET.rows), plainSheet('Pas-de-Calais', PAS_DE_CALAIS_SHEET.rows));
    expect(budgets.map((budget) => budget.label)).toEqual(['Nord', 'Pas-de-Calais']);
  });

  test('two tables of one sheet are told apart by their names', () => {
    const sheet: SheetSnapshot = {
      name: 'Nord',
      tables: [
        { name: 'BudgetNord', top: 0, left: 0, values: NORD_SHEET.rows, hasTotalsRow: false },
        { name: 'BudgetNord2023', top: 0, left: 7, values: NORD_SHEET.rows, hasTotalsRow: false },
      ],
      cells: [{ top: 0, left: 0, values: NORD_SHEET.rows.map((row) => [...row, null, ...row]) }],
    };
    expect(budgetsOf(sheet).map((budget) => budget.label)).toEqual(['Nord (BudgetNord)', 'Nord (BudgetNord2023)']);
  });

  test('two blocks laid out by hand on one sheet are told apart by their cells', () => {
    const rows: Rows = [...NORD_SHEET.rows, [], [], ...NORD_SHEET.rows];
    expect(budgetsOf(plainSheet('Budgets', rows)).map((budget) => budget.label)).toEqual(['Budgets (Budgets!A1:F7)', 'Budgets (Budgets!A10:F16)']);
  });
});
