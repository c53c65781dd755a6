import { type CellValue, checkWorkbook } from '../../src/domain';
import { plainSheet, workbookOf } from '../helpers/workbooks';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

function read(rows: Rows) {
  return checkWorkbook(workbookOf(plainSheet('Nord', rows)));
}

describe('a header row may hold years typed as numbers beside its texts', () => {
  test('as many years as texts: the budget is read', () => {
    // A multi-year convention: the schedule's years head the last columns.
    const result = read([
      ['Intitulé', 'Coût total', 'Part État', 'Part Département', 2025, 2026, 2027, 2028],
      ['Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146, 45000, 45000, 45000, 45000],
      ['Renforcer les clauses sociales d’insertion au service de l’ERBM', 130000, 54460, 75540, 32500, 32500, 32500, 32500],
    ]);
    expect(result.budgets.map((budget) => [budget.totals.cost, budget.totals.state, budget.totals.department])).toEqual([[31_000_000, 12_531_400, 18_468_600]]);
  });

  test('more years than texts: a five-year schedule beside four texts, the budget is read', () => {
    const result = read([
      ['Intitulé', 'Coût total', 'Part État', 'Part Département', 2025, 2026, 2027, 2028, 2029],
      ['Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146, 36000, 36000, 36000, 36000, 36000],
      ['Renforcer les clauses sociales d’insertion au service de l’ERBM', 130000, 54460, 75540, 26000, 26000, 26000, 26000, 26000],
    ]);
    expect(result.budgets.map((budget) => [budget.range, budget.totals.cost])).toEqual([['A1:I3', 31_000_000]]);
  });

  test('more years than texts, typed as text: the budget is read', () => {
    const result = read([
      ['Intitulé', 'Coût total', 'Part État', 'Part Département', '2025', '2026', '2027', '2028', '2029'],
      ['Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146, 36000, 36000, 36000, 36000, 36000],
    ]);
    expect(result.budgets.map((budget) => [budget.range, budget.totals.cost])).toEqual([['A1:I2', 18_000_000]]);
  });

  test.each([
    ['years out of order', [2025, 2027, 2026, 2029, 2028]],
    ['amounts one apart', [180000, 180001, 180002, 180003, 180004]],
  ])('%s are numbers: five of them beside four texts, the row is no header', (_, numbers) => {
    const result = read([
      ['Intitulé', 'Coût total', 'Part État', 'Part Département', ...numbers],
      ['Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146, 36000, 36000, 36000, 36000, 36000],
    ]);
    expect(result.budgets).toEqual([]);
  });

  test('payment dates, typed as dates, do not count against the texts: five of them beside four texts, the budget is read', () => {
    const date = (iso: string): CellValue => ({ kind: 'date', iso });
    const result = read([
      ['Intitulé', 'Coût total', 'Part État', 'Part Département', date('2025-03-01'), date('2025-09-01'), date('2026-03-01'), date('2026-09-01'), date('2027-03-01')],
      ['Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146, 36000, 36000, 36000, 36000, 36000],
      ['Renforcer les clauses sociales d’insertion au service de l’ERBM', 130000, 54460, 75540, 26000, 26000, 26000, 26000, 26000],
    ]);
    expect(result.budgets.map((budget) => [budget.range, budget.totals.cost])).toEqual([['A1:I3', 31_000_000]]);
  });
});
