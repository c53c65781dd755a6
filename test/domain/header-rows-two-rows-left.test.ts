import { type CellValue, checkWorkbook } from '../../src/domain';
import { plainSheet, workbookOf } from '../helpers/workbooks';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

function read(rows: Rows) {
  return checkWorkbook(workbookOf(plainSheet('Nord', rows)));
}

const ACTIONS: Rows = [
  [1, 'Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146],
  [2, 'Renforcer les clauses sociales d’insertion au service de l’ERBM', 130000, 54460, 75540],
];

describe('a header on two rows whose lower row starts left of the upper one', () => {
  test('"N°" and "Intitulé" typed on the lower row, "Coût total" merged down from the upper: read from column A', () => {
    const result = read([[null, null, 'Coût total', 'Financements', null], ['N°', 'Intitulé', null, 'État', 'Département'], ...ACTIONS]);
    expect(result.budgets.map((budget) => budget.range)).toEqual(['A1:E4']);
    expect(result.budgets[0]?.headers).toEqual({ action: 'N°', title: 'Intitulé', cost: 'Coût total', state: 'État', department: 'Département' });
    expect(result.budgets[0]?.totals).toMatchObject({ cost: 31_000_000, state: 12_531_400, department: 18_468_600, actionCount: 2 });
  });

  test('a note far left on the lower row is no part of the header', () => {
    const rows = [
      [null, null, null, null, 'N°', 'Intitulé', 'Coût total', 'Financements', null],
      ['Mis à jour le 3 mars', null, null, null, null, null, null, 'État', 'Département'],
      ...ACTIONS.map((row) => [null, null, null, null, ...row]),
    ];
    expect(read(rows).budgets.map((budget) => [budget.range, budget.totals.actionCount])).toEqual([['E1:I4', 2]]);
  });
});
