import { type CellValue, rowRuns, SheetIndex } from '../../src/domain';

// Row 5 (0-based 4) of a sheet read from an .xlsx file cell by cell: a budget row from B to G, and a
// note far to the right in AF, 25 columns away: two blocks of one row.
const ROW = 4;
const BUDGET_ROW: CellValue[] = ['1', 'Axe 1', 'Accompagnement vers l’emploi', 120000, 60000, 60000];
const NOTE = 'à confirmer en comité';
const sparse = () => rowRuns(ROW, [1, 2, 3, 4, 5, 6, 31], [...BUDGET_ROW, NOTE]);

describe('a sheet row given in blocks', () => {
  test('the two blocks of a row read sparsely are two blocks, the note apart', () => {
    expect(sparse().map(({ left, values }) => [left, values[0]?.length])).toEqual([
      [1, 6],
      [31, 1],
    ]);
  });

  test('each cell is read at its own column, whichever block holds it', () => {
    const index = new SheetIndex(sparse(), []);
    expect([index.value(ROW, 0), index.value(ROW, 1), index.value(ROW, 2), index.value(ROW, 6), index.value(ROW, 7)]).toEqual([null, '1', 'Axe 1', 60000, null]);
    expect([index.value(ROW, 30), index.value(ROW, 31), index.value(ROW, 32)]).toEqual([null, NOTE, null]);
    expect(index.cellsOf(ROW).map(({ column }) => column)).toEqual([1, 2, 3, 4, 5, 6, 31]);
  });

  test('a slice that starts inside a block holds only its own columns', () => {
    const index = new SheetIndex(sparse(), []);
    const amounts = index.slice(ROW, 4, 6);
    expect(amounts).toStrictEqual([120000, 60000, 60000]);
    expect(index.slice(ROW, 30, 32)).toStrictEqual([null, NOTE, null]);
  });
});

describe('cells inside an Excel table are no cells of the sheet index', () => {
  // The used range A1:G3 as Excel gives it, an Excel table over C1:G3 (its header row and two actions)
  // and, left of it, the officer's notes in A and B.
  const usedRange = {
    top: 0,
    left: 0,
    values: [
      ['Suivi', null, 'Intitulé', 'Coût total', 'Part État', 'Part Département', 'Autres'],
      [null, null, 'Insertion des jeunes', 80000, 40000, 40000, null],
      [null, null, 'Mobilité', 20000, 10000, 10000, null],
    ],
  };
  const table = { from: { row: 0, column: 2 }, to: { row: 2, column: 6 } };

  test('a row whose only cells are the table’s is not listed; one with a note beside the table is', () => {
    expect(new SheetIndex([usedRange], [table]).rows).toEqual([0]);
  });

  test('a table’s cell reads as blank, the note beside it as itself', () => {
    const index = new SheetIndex([usedRange], [table]);
    expect([index.value(0, 0), index.value(0, 2), index.value(1, 3), index.value(1, 0)]).toEqual(['Suivi', null, null, null]);
    expect(index.slice(0, 0, 3)).toEqual(['Suivi', null, null, null]);
  });
});

describe('blocks that cover the same cells', () => {
  // The same row given twice, once blank where the other holds the amount.
  const blocks = [
    { top: 0, left: 0, values: [['Total', null, null]] },
    { top: 0, left: 0, values: [[null, 100000, 50000]] },
  ];

  test('a blank in one block never hides the value another block gives', () => {
    const index = new SheetIndex(blocks, []);
    expect([index.value(0, 0), index.value(0, 1), index.value(0, 2)]).toEqual(['Total', 100000, 50000]);
    expect(index.slice(0, 0, 2)).toEqual(['Total', 100000, 50000]);
  });
});
