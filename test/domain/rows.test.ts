import { actionNumber, axisText, type CellValue, checkWorkbook, type SheetSnapshot } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, tableSheet, withCell, workbookOf } from '../helpers/workbooks';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

// The Nord sheet: A Action, B Axe, C Intitulé, D Coût total, E Part État, F Part Département, actions
// on rows 2 to 7. The Pas-de-Calais sheet adds G Autres financements.
const [NORD_HEADER, ...NORD_ACTIONS] = NORD_SHEET.rows;
const COST = 3;
const STATE = 4;
const DEPARTMENT = 5;
const OTHER = 6;

function check(sheet: SheetSnapshot) {
  return checkWorkbook(workbookOf(sheet));
}

const rulesAndCells = (result: ReturnType<typeof check>) => result.findings.map((finding) => [finding.rule, finding.cell]);

describe('action numbers and axes as the article prints them', () => {
  test.each<[CellValue, string | null]>([
    [3, '3'],
    ['3', '3'],
    ['Action 3', '3'],
    ['Action 3 bis', '3 bis'],
    ['N° 4', '4'],
    ['n°4', '4'],
    ['A1', 'A1'],
    // A cell holding only the word keeps it: the officer sees what they wrote, not an empty number.
    ['Action', 'Action'],
    ['N°', 'N°'],
    ['   ', null],
    [null, null],
  ])('action %j is %j', (value, number) => {
    expect(actionNumber(value)).toBe(number);
  });

  test.each<[CellValue, string | null]>([
    [2, '2'],
    ['Axe 2', '2'],
    ['axe n° 1', '1'],
    ['Axe', 'Axe'],
    ['Insertion', 'Insertion'],
    [null, null],
  ])('axis %j is %j', (value, axis) => {
    expect(axisText(value)).toBe(axis);
  });
});

describe('rows that are no action', () => {
  test('a blank row inside a budget, a note beside it or not, is skipped', () => {
    const header = [...NORD_HEADER!, 'Observations'];
    const rows: Rows = [header, ...NORD_ACTIONS.slice(0, 3), [], ...NORD_ACTIONS.slice(3, 5), [null, null, null, null, null, null, 'voir avec la DDETS'], NORD_ACTIONS[5]!];
    const result = check(plainSheet('Nord', rows));
    expect(result.findings).toEqual([]);
    expect(result.budgets[0]?.actions.map((action) => action.row)).toEqual([2, 3, 4, 6, 7, 9]);
    expect(result.budgets[0]?.totals).toMatchObject({ cost: 174_588_300, state: 50_000_000, actionCount: 6, excludedRows: 0 });
  });

  test.each(['  sous-total axe 2', 'Sous-total axe 2', ' Sous-total'])('%j in the action cell is a sub-total, not an action', (label) => {
    const rows: Rows = [...NORD_SHEET.rows.slice(0, 4), [label, null, null, 435000, 158175, 276826]];
    const result = check(plainSheet('Nord', rows));
    expect(result.budgets[0]?.actions).toHaveLength(3);
    expect(rulesAndCells(result)).toEqual([['total-mismatch', 'E5']]);
  });

  test('a "Total" written in the beneficiary column closes the group above it and is checked', () => {
    const header = ['Bénéficiaire', ...NORD_HEADER!];
    const rows: Rows = [header, ...NORD_ACTIONS.map((action) => ['Nord', ...action]), ['Total', null, null, null, 1745883, 500100, 1245883]];
    const result = check(tableSheet('Budget', 'BudgetNord', rows));
    expect(result.budgets.map((budget) => [budget.beneficiary, budget.totals.actionCount])).toEqual([['Nord', 6]]);
    expect(result.findings.map((finding) => [finding.rule, finding.cell, finding.beneficiary, finding.amounts])).toEqual([['total-mismatch', 'F8', 'Nord', { written: 50_010_000, sum: 50_000_000 }]]);
  });
});

describe('whose row it is', () => {
  test('with a beneficiary column, a heading above the table names no one: rows before the first name belong to none', () => {
    const header = ['Bénéficiaire', ...NORD_HEADER!];
    const rows: Rows = [['Convention Bassin minier 2022'], [], header, [null, ...NORD_ACTIONS[0]!], ...NORD_ACTIONS.slice(1).map((action) => ['Nord', ...action])];
    const result = check(plainSheet('Budgets', rows));
    expect(result.budgets.map((budget) => [budget.beneficiary, budget.label, budget.actions.length])).toEqual([
      [null, 'Budgets', 1],
      ['Nord', 'Nord', 5],
    ]);
  });
});

describe('what an action row holds', () => {
  test('a Department or other financing that cannot be read leaves the row out, and says so on its cell', () => {
    const rows = withCell(withCell(PAS_DE_CALAIS_SHEET.rows, 6, OTHER, 'à confirmer'), 3, DEPARTMENT, '#N/A');
    const result = check(plainSheet('Pas-de-Calais', rows));
    expect(rulesAndCells(result)).toEqual([
      ['invalid-value', 'F4'],
      ['invalid-value', 'G7'],
    ]);
    const actions = result.budgets[0]?.actions ?? [];
    expect(actions.map((action) => action.excluded)).toEqual([false, false, true, false, false, true]);
    expect(actions[5]?.invalid).toEqual({ other: { kind: 'invalid', problem: 'unreadable-text', shown: 'à confirmer' } });
    expect(result.budgets[0]?.totals).toMatchObject({ actionCount: 4, excludedRows: 2 });
  });

  test.each([
    [COST, 'cost', 'D7'],
    [STATE, 'state', 'E7'],
    [DEPARTMENT, 'department', 'F7'],
    [OTHER, 'other', 'G7'],
  ] as const)('an amount typed as text in column %i is read, and kept as the cell shows it, spaces around it dropped', (column, field, cell) => {
    const written = PAS_DE_CALAIS_SHEET.rows[6]![column] as number;
    const text = ` ${written.toLocaleString('fr-FR')} € `;
    const result = check(plainSheet('Pas-de-Calais', withCell(PAS_DE_CALAIS_SHEET.rows, 6, column, text)));
    const action = result.budgets[0]?.actions[5];
    expect(action?.[field]).toBe(written * 100);
    expect(action?.textAmounts).toEqual({ [field]: text.trim() });
    expect(rulesAndCells(result)).toEqual([['text-amount', cell]]);
  });

  test.each([
    [STATE, 'E3'],
    [DEPARTMENT, 'F3'],
    [OTHER, 'G3'],
  ])('text in column %i that is no amount is invalid, not a text amount', (column, cell) => {
    const result = check(plainSheet('Pas-de-Calais', withCell(PAS_DE_CALAIS_SHEET.rows, 2, column, 'à confirmer')));
    expect(result.budgets[0]?.actions[1]?.textAmounts).toEqual({});
    expect(rulesAndCells(result)).toEqual([['invalid-value', cell]]);
  });

  test('hidden rows still count, and each is known as hidden', () => {
    // 0-based sheet rows 3 and 5: actions 3 and 5.
    const sheet = { ...plainSheet('Nord', NORD_SHEET.rows), hiddenRows: [3, 5] };
    const budget = check(sheet).budgets[0];
    expect(budget?.actions.map((action) => action.hidden)).toEqual([false, false, true, false, true, false]);
    expect(budget?.totals).toMatchObject({ actionCount: 6, hiddenRows: 2, state: 50_000_000 });
  });

  test('with no hidden row, no action is hidden', () => {
    expect(check(plainSheet('Nord', NORD_SHEET.rows)).budgets[0]?.totals.hiddenRows).toBe(0);
  });
});
