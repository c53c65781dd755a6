import { type CellValue, checkWorkbook } from '../../src/domain';
import { plainSheet, workbookOf } from '../helpers/workbooks';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

function read(rows: Rows) {
  return checkWorkbook(workbookOf(plainSheet('Nord', rows)));
}

const ACTION: readonly CellValue[] = [180000, 70854, 45000, 45000, 45000, 45000];

/** The budget read under a header of two texts, "Coût total" and "Part État", and four more cells. */
function rangesUnder(more: readonly CellValue[]): string[] {
  return read([['Coût total', 'Part État', ...more], ACTION]).budgets.map((budget) => budget.range);
}

describe('a row may be a header when its numbers, years in a run left aside, are no more than its texts', () => {
  test('amounts typed as text count as numbers: five of them beside four texts, the row is no header', () => {
    const result = read([
      ['Intitulé', 'Coût total', 'Part État', 'Part Département', '180 000', '180 001', '180 002', '180 003', '180 004'],
      ['Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146, 36000, 36000, 36000, 36000, 36000],
    ]);
    expect(result.budgets).toEqual([]);
  });

  // Two texts and four numbers: the row is a header when exactly two of the numbers are years in a run.
  test.each<[string, readonly CellValue[]]>([
    ['two years in a run, then two years alone', [2025, 2026, 2028, 2030]],
    ['two years alone, then two years in a run', [2028, 2030, 2025, 2026]],
    ['years typed as text with a space before', [' 2025', ' 2026', 2028, 2030]],
    ['years typed as text with a space after', ['2025 ', '2026 ', 2028, 2030]],
    ['the first years the reader knows', [1900, 1901, 1950, 1960]],
    ['the last years the reader knows', [2098, 2099, 2050, 2060]],
  ])('%s: the budget is read', (_, more) => {
    expect(rangesUnder(more)).toEqual(['A1:F2']);
  });

  test.each<[string, readonly CellValue[]]>([
    ['three years alone beside one run', [2025, 2026, 2028, 2030, 2032]],
    ['a run of numbers before 1900', [1898, 1899, 1950, 1960]],
    ['a run of numbers from 1500, below any year', [1500, 1501, 1502, 1503]],
    // Neither texts nor numbers: they tip no balance.
    ['three amounts and an error value', [180000, 70854, 109146, { kind: 'error', code: '#DIV/0!' }]],
    ['three amounts and a date', [180000, 70854, 109146, { kind: 'date', iso: '2025-03-01' }]],
    ['three amounts and a ticked box', [180000, 70854, 109146, true]],
  ])('%s: the row is no header', (_, more) => {
    expect(rangesUnder(more)).toEqual([]);
  });
});

describe('a header row is a run of cells with at most two blank columns inside', () => {
  test('two blank columns between "Part État" and "Part Département": the Department share is read', () => {
    const result = read([
      ['Intitulé', 'Coût total', 'Part État', null, null, 'Part Département'],
      ['Mieux garantir le droit à la santé des enfants', 180000, 70854, null, null, 109146],
    ]);
    expect(result.budgets.map((budget) => [budget.range, budget.totals.department])).toEqual([['A1:F2', 10_914_600]]);
  });
});

describe('a header row that names a budget on its own is not read with the row below', () => {
  test('a first action not yet costed, its number typed as text, stays an action', () => {
    const result = read([
      ['Action', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
      ['1 bis', 'Développer une plate-forme « Mobilité inclusive »', null, null, null],
      [2, 'Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146],
    ]);
    expect(result.budgets.map((budget) => [budget.range, budget.headers.action, budget.headers.title])).toEqual([['A1:E3', 'Action', 'Intitulé']]);
  });
});
