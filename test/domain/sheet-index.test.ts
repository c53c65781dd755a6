import { type CellValue, checkWorkbook, type RangeValues, rowRuns, type SheetSnapshot } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

const NORD = NORD_SHEET.rows;
const PAS_DE_CALAIS = PAS_DE_CALAIS_SHEET.rows;
/** Each sample's State column adds up to its 500 000 € envelope. */
const ENVELOPE_CENTS = 50_000_000;

/** A sheet's used range as Excel gives it: one dense block, blank cells as null, the given blocks placed in it. */
function usedRange(...placed: ReadonlyArray<{ top: number; left: number; rows: Rows }>): CellValue[][] {
  const height = Math.max(...placed.map(({ top, rows }) => top + rows.length));
  const width = Math.max(...placed.map(({ left, rows }) => left + Math.max(...rows.map((row) => row.length))));
  const grid = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
  for (const { top, left, rows } of placed) rows.forEach((row, r) => row.forEach((value, c) => ((grid[top + r] as CellValue[])[left + c] = value)));
  return grid;
}

/** What the officer is told of each budget: where it was read, how many actions, its State total. */
function budgetsOf(sheet: SheetSnapshot) {
  const result = checkWorkbook({ sheets: [sheet] });
  return {
    budgets: result.budgets.map((budget) => ({ table: budget.table, range: budget.range, actions: budget.totals.actionCount, state: budget.totals.state })),
    // Every rule reads a row's cells by the header's columns.
    widths: result.sources.every((source) => source.rows.every((row) => row.length === source.headers.length)),
    unread: result.unread.map((source) => source.range),
    uncovered: result.uncovered.map((area) => area.range),
  };
}

describe('a budget laid out by hand beside an Excel table', () => {
  test.each([
    ['below the table', { top: 0, left: 0 }, { top: 10, left: 0 }, 'A1:F7', 'A11:G17'],
    ['above the table', { top: 10, left: 0 }, { top: 0, left: 0 }, 'A11:F17', 'A1:G7'],
    ['right of the table', { top: 0, left: 0 }, { top: 0, left: 8 }, 'A1:F7', 'I1:O7'],
    ['left of the table', { top: 0, left: 9 }, { top: 0, left: 0 }, 'J1:O7', 'A1:G7'],
  ])('is read %s, and the table is read once', (_where, table, block, tableRange, blockRange) => {
    const cells = usedRange({ ...table, rows: NORD }, { ...block, rows: PAS_DE_CALAIS });
    const sheet: SheetSnapshot = { name: 'Budgets', tables: [{ name: 'Nord', ...table, values: NORD }], cells: [{ top: 0, left: 0, values: cells }] };
    const { budgets, unread, uncovered, widths } = budgetsOf(sheet);
    expect(widths).toBe(true);
    expect(budgets).toEqual(
      expect.arrayContaining([
        { table: 'Nord', range: tableRange, actions: 6, state: ENVELOPE_CENTS },
        { table: null, range: blockRange, actions: 6, state: ENVELOPE_CENTS },
      ]),
    );
    expect(budgets).toHaveLength(2);
    expect([unread, uncovered]).toEqual([[], []]);
  });

  // Action 4's Department share not typed yet: an empty cell inside the table.
  const nordDraft = NORD.map((row, index) => (index === 4 ? [...row.slice(0, 5), null] : row));
  test.each([
    ['the Nord by hand above the Pas-de-Calais table', NORD, PAS_DE_CALAIS, 'B1:G7', 'B9:H15'],
    ['the Pas-de-Calais by hand above the Nord table', PAS_DE_CALAIS, nordDraft, 'B1:H7', 'B9:G15'],
  ])('notes beside a table just below a hand-laid budget stay out of that budget: %s', (_layout, byHand, inTable, handRange, tableRange) => {
    const notes = [['Observations'], ['à confirmer en comité'], [null], ['subvention votée'], [null], [null], ['reconduction']];
    const cells = usedRange({ top: 0, left: 1, rows: byHand }, { top: 8, left: 1, rows: inTable }, { top: 8, left: 9, rows: notes });
    const sheet: SheetSnapshot = { name: 'Budgets', tables: [{ name: 'Tableau1', top: 8, left: 1, values: inTable }], cells: [{ top: 0, left: 0, values: cells }] };
    expect(budgetsOf(sheet).budgets).toEqual([
      { table: 'Tableau1', range: tableRange, actions: 6, state: ENVELOPE_CENTS },
      { table: null, range: handRange, actions: 6, state: ENVELOPE_CENTS },
    ]);
  });
});

describe('the rows of a sheet, whatever blocks the host gives them in', () => {
  test('two blank rows of the used range end a budget: amounts below them are reported, not read as an action', () => {
    const reliquat = [[null, null, 'Reliquat 2021 à reporter', 25000, 12500, 12500]];
    const cells = usedRange({ top: 0, left: 0, rows: [['Département du Nord']] }, { top: 1, left: 0, rows: NORD }, { top: 10, left: 0, rows: reliquat });
    const result = checkWorkbook({ sheets: [{ name: 'Budgets', tables: [], cells: [{ top: 0, left: 0, values: cells }] }] });
    expect(result.budgets.map((budget) => [budget.beneficiary, budget.range, budget.totals.actionCount])).toEqual([['Département du Nord', 'A2:F8', 6]]);
    expect(result.uncovered).toEqual([{ sheet: 'Budgets', range: 'D11:F11', cells: 3 }]);
  });

  test('the heading of the next budget, one blank row down, is no part of the budget above', () => {
    const cells = usedRange({ top: 0, left: 0, rows: NORD }, { top: 8, left: 0, rows: [['Pas-de-Calais']] }, { top: 9, left: 0, rows: PAS_DE_CALAIS });
    const result = checkWorkbook({ sheets: [{ name: 'Budgets', tables: [], cells: [{ top: 0, left: 0, values: cells }] }] });
    expect(result.budgets.map((budget) => [budget.beneficiary, budget.range])).toEqual([
      [null, 'A1:F7'],
      ['Pas-de-Calais', 'A10:G16'],
    ]);
  });

  test('blocks given bottom first are read top to bottom', () => {
    const sheet: SheetSnapshot = {
      name: 'Budgets',
      tables: [],
      cells: [
        { top: 10, left: 0, values: PAS_DE_CALAIS },
        { top: 0, left: 0, values: NORD },
      ],
    };
    expect(budgetsOf(sheet).budgets).toEqual([
      { table: null, range: 'A1:F7', actions: 6, state: ENVELOPE_CENTS },
      { table: null, range: 'A11:G17', actions: 6, state: ENVELOPE_CENTS },
    ]);
  });

  test('a column of notes given before the budget beside it, blank on some rows, leaves every action in', () => {
    const notes = [['Observations'], ['à confirmer en comité'], [null], ['subvention votée'], [null], [null], ['reconduction']];
    const sheet: SheetSnapshot = {
      name: 'Nord',
      tables: [],
      cells: [
        { top: 0, left: 7, values: notes },
        { top: 0, left: 0, values: NORD },
      ],
    };
    expect(budgetsOf(sheet)).toEqual({ budgets: [{ table: null, range: 'A1:H7', actions: 6, state: ENVELOPE_CENTS }], unread: [], uncovered: [], widths: true });
  });

  test('a row whose amounts are written as text stays an action, even when its title names the State and the Department', () => {
    const rows = [
      ['N°', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
      ['Action 1', 'Axe 2', 'Mieux garantir le droit à la santé des enfants', '180 000', '70 854', '109 146'],
      ['Action 2', 'Axe 1', 'Cofinancement État / Département du réseau', '120 000', '60 000', '60 000'],
      ['Action 3', 'Axe 2', 'Développer la mobilisation des internats scolaires', '95 000', '42 181', '52 819'],
    ];
    expect(budgetsOf({ name: 'Nord', tables: [], cells: [{ top: 2, left: 1, values: rows }] })).toEqual({
      budgets: [{ table: null, range: 'B3:G6', actions: 3, state: 17_303_500 }],
      unread: [],
      uncovered: [],
      widths: true,
    });
  });
});

describe('a row of a file read sparsely, cut into blocks of nearby columns', () => {
  const budgetRow: CellValue[] = [1, 2, 'Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146];

  test('a dense row is one block; a cell far to its right starts another', () => {
    expect(rowRuns(4, [0, 1, 2, 3, 4, 5, 22], [...budgetRow, 'voir annexe'])).toEqual([
      { top: 4, left: 0, values: [budgetRow] },
      { top: 4, left: 22, values: [['voir annexe']] },
    ]);
  });

  test('cells 16 columns apart stay in one block, with the blanks between; 17 apart make two', () => {
    expect(rowRuns(0, [1, 3, 19], ['Action', 'Intitulé', 'Part État'])).toEqual([{ top: 0, left: 1, values: [['Action', null, 'Intitulé', ...Array<null>(15).fill(null), 'Part État']] }]);
    expect(rowRuns(0, [1, 3, 20], ['Action', 'Intitulé', 'Part État'])).toEqual([
      { top: 0, left: 1, values: [['Action', null, 'Intitulé']] },
      { top: 0, left: 20, values: [['Part État']] },
    ]);
    expect(rowRuns(0, [2], [45139])).toEqual([{ top: 0, left: 2, values: [[45139]] }]);
    expect(rowRuns(0, [], [])).toEqual([]);
  });

  test('a budget read cell by cell from a file is the budget of its used range', () => {
    const blocks: RangeValues[] = NORD.flatMap((row, index) => {
      const columns = row.map((_, column) => column + 1);
      return rowRuns(index + 3, [...columns, 30], [...row, index === 0 ? 'Commentaire' : 'RAS']);
    });
    expect(budgetsOf({ name: 'Nord', tables: [], cells: blocks })).toEqual({ budgets: [{ table: null, range: 'B4:G10', actions: 6, state: ENVELOPE_CENTS }], unread: [], uncovered: [], widths: true });
  });
});
