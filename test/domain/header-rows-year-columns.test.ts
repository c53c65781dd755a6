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
});
