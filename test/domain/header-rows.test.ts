import { type CellValue, checkWorkbook } from '../../src/domain';
import { plainSheet, workbookOf } from '../helpers/workbooks';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

const ACTIONS: Rows = [
  [1, 2, 'Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146],
  [2, 1, 'Renforcer les clauses sociales d’insertion au service de l’ERBM', 130000, 54460, 75540],
];

function read(rows: Rows) {
  return checkWorkbook(workbookOf(plainSheet('Nord', rows)));
}

describe('a header row that names no budget', () => {
  test.each([
    ['no State column', ['Action', 'Intitulé', 'Coût total'], 'A1:C2', ['state']],
    ['two cost columns', ['Intitulé', 'Coût total', 'Coût éligible', 'Part Département'], 'A1:D2', ['state']],
    ['one column for both the State and the Department', ['Intitulé', 'Coût total', 'Part État et Département'], 'A1:C2', ['state']],
  ])('with %s is shown to the officer to map by hand', (_what, header, range, missing) => {
    const rows = [header, ['Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146]];
    const result = read(rows);
    expect(result.budgets).toEqual([]);
    expect(result.unread).toEqual([expect.objectContaining({ key: 'sheet:Nord', range, headers: header, noHeader: false, missing, budgetLike: true })]);
  });

  test('naming two fields only, it is no header: the amounts under it are reported as outside every budget', () => {
    const result = read([
      ['Intitulé', 'Coût total', 'Observations'],
      ['Mieux garantir le droit à la santé des enfants', 180000, 'à confirmer'],
    ]);
    expect(result.unread).toEqual([]);
    expect(result.uncovered).toEqual([{ sheet: 'Nord', range: 'B2', cells: 1 }]);
  });
});

describe('headers on two rows', () => {
  test('"Financements" merged above the State, Department and other columns is read with them; a note further right is not', () => {
    const rows = [
      ['Action', 'Axe', 'Intitulé', 'Coût total', 'Financements', null, null],
      [null, null, null, null, 'État', 'Département', 'Autres financeurs', null, null, null, 'Mis à jour le 3 mars'],
      [1, 2, 'Mieux garantir le droit à la santé des enfants', 180000, 70854, 89146, 20000],
      [2, 1, 'Renforcer les clauses sociales d’insertion au service de l’ERBM', 130000, 54460, 75540, null],
    ];
    const [budget] = read(rows).budgets;
    expect(budget?.range).toBe('A1:G4');
    expect(budget?.headers).toEqual({ action: 'Action', axis: 'Axe', title: 'Intitulé', cost: 'Coût total', state: 'État', department: 'Département', other: 'Autres financeurs' });
    expect(budget?.totals).toMatchObject({ cost: 31_000_000, state: 12_531_400, department: 16_468_600, other: 2_000_000, actionCount: 2 });
  });

  test('a row of group titles above a full header row is a title, not part of the header', () => {
    const rows = [['Actions', null, null, 'Financements', null, null], ['N°', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'], ...ACTIONS];
    const result = read(rows);
    expect(result.budgets.map((budget) => [budget.range, budget.totals.actionCount])).toEqual([['A2:F4', 2]]);
  });
});

test('a budget of a total cost and a State column alone is read', () => {
  const result = read([
    ['Coût total', 'Part État'],
    [180000, 70854],
    [130000, 54460],
  ]);
  expect(result.budgets.map((budget) => [budget.range, budget.totals.cost, budget.totals.state])).toEqual([['A1:B3', 31_000_000, 12_531_400]]);
});
