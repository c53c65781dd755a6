import { checkWorkbook, cellError } from '../../src/domain';
import { ParserFormulaEngine } from '../../src/memory/formula-engine';
import { withoutStructuredReferences } from '../../src/memory/structured-references';
import { MemoryWorkbook } from '../../src/memory/memory-workbook';
import { NORD_SHEET } from '../../src/sample/sample-budgets';

/** A budget as officers make one: a "Total" row of SUM, a remainder column D−E, a formula per row. */
function officerBudget(): MemoryWorkbook {
  const rows = NORD_SHEET.rows.map((row, index) => (index === 0 ? [...row, 'Reste'] : [...row, (row[3] as number) - (row[4] as number)]));
  const total = ['Total', null, null, 1745883, 500000, 1245883, 1245883];
  const workbook = new MemoryWorkbook([
    {
      name: 'Nord',
      rows: [...rows, total],
      formulas: [...['D', 'E', 'F', 'G'].map((column) => [`${column}8`, `SUM(${column}2:${column}7)`] as const), ...[2, 3, 4, 5, 6, 7].map((row) => [`G${row}`, `D${row}-E${row}`] as const)],
    },
  ]);
  workbook.attachEngine(new ParserFormulaEngine());
  return workbook;
}

describe('formulas follow the edits', () => {
  test('an edited amount: its row’s D−E and the column’s SUM follow, and the check sees no false mismatch', async () => {
    const workbook = officerBudget();
    workbook.setCell('Nord', 'E3', 90000);
    const sheet = workbook.sheet('Nord')!;
    expect(sheet.cells.get('G3')).toBe(90000);
    expect(sheet.cells.get('E8')).toBe(500000 - 70854 + 90000);
    expect(sheet.cells.get('G8')).toBe(1245883 - 90000 + 70854);
    const result = checkWorkbook(await workbook.read());
    expect(result.findings.filter((finding) => finding.rule === 'total-mismatch')).toEqual([]);
  });

  test('undo and redo bring the formulas back with the value', () => {
    const workbook = officerBudget();
    workbook.setCell('Nord', 'E3', 90000);
    expect(workbook.undo()).toBe(true);
    expect(workbook.sheet('Nord')!.cells.get('E8')).toBe(500000);
    expect(workbook.redo()).toBe(true);
    expect(workbook.sheet('Nord')!.cells.get('E8')).toBe(519146);
    expect(workbook.undo()).toBe(true);
    expect(workbook.undo()).toBe(false);
  });

  test('a formula typed in a cell is computed; what the file must be written with is the edited cells and the formulas that moved', () => {
    const workbook = officerBudget();
    workbook.setCell('Nord', 'F3', { formula: 'D3-E3-1000' });
    const sheet = workbook.sheet('Nord')!;
    expect(sheet.cells.get('F3')).toBe(180000 - 70854 - 1000);
    const edits = workbook.edits().get('Nord')!;
    expect([...edits.keys()].sort()).toEqual(['F3', 'F8']);
    expect(edits.get('F3')).toEqual({ value: 108146, formula: 'D3-E3-1000' });
    expect(edits.get('F8')).toEqual({ value: 1244883, formula: 'SUM(F2:F7)' });
    expect(workbook.dirty).toBe(true);
    workbook.markSaved();
    expect(workbook.dirty).toBe(false);
  });

  test('a formula the engine cannot compute keeps its value and is named', () => {
    const workbook = new MemoryWorkbook([{ name: 'S', rows: [[1, 2, 99]], formulas: [['C1', 'AGGREGATE(9,6,A1:B1)']] }]);
    workbook.attachEngine(new ParserFormulaEngine());
    workbook.setCell('S', 'A1', 5);
    expect(workbook.sheet('S')!.cells.get('C1')).toBe(99);
    expect(workbook.uncomputed.get('S!C1')).toBe('AGGREGATE');
  });

  test('an Excel table’s totals row: SUBTOTAL over structured references', () => {
    const workbook = new MemoryWorkbook([
      {
        name: 'Nord',
        rows: [...NORD_SHEET.rows, ['Total', null, null, 0, 0, 0]],
        formulas: [
          ['D8', 'SUBTOTAL(109,[Coût total])'],
          ['E8', 'SUBTOTAL(109,Budget[Part État])'],
          ['F8', 'SUM(Budget[[#Data],[Part Département]])'],
        ],
        tables: [{ name: 'Budget', range: 'A1:F8', hasTotalsRow: true }],
      },
    ]);
    workbook.attachEngine(new ParserFormulaEngine());
    workbook.setCell('Nord', 'E2', 45140);
    const sheet = workbook.sheet('Nord')!;
    expect(sheet.cells.get('E8')).toBe(500001);
    workbook.setCell('Nord', 'D2', 160001);
    expect(sheet.cells.get('D8')).toBe(1745884);
    workbook.setCell('Nord', 'F2', 1);
    expect(sheet.cells.get('F8')).toBe(1245883 - 114861 + 1);
  });

  test('structured references as A1 ranges', () => {
    const tables = [
      { name: 'Budget', sheet: 'Nord', top: 0, left: 0, bottom: 7, right: 5, headerRows: 1, totalsRows: 1, columns: ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'] },
    ];
    expect(withoutStructuredReferences('SUM(Budget[Part État])', tables, 'Nord', 7, 4)).toBe("SUM('Nord'!$E$2:$E$7)");
    expect(withoutStructuredReferences('[@[Coût total]]-[@[Part État]]', tables, 'Nord', 2, 5)).toBe("'Nord'!$D$3-'Nord'!$E$3");
    expect(withoutStructuredReferences('Budget[[#This Row],[Axe]]&"x[y]"', tables, 'Nord', 3, 6)).toBe('\'Nord\'!$B$4&"x[y]"');
    expect(withoutStructuredReferences('[@Axe]', tables, 'Nord', 2, 5)).toBe("'Nord'!$B$3");
    expect(withoutStructuredReferences('Autre[Col]', tables, 'Nord', 3, 6)).toBe('Autre[Col]');
  });

  test('an error in a precedent gives an error, as in Excel', () => {
    const workbook = new MemoryWorkbook([{ name: 'S', rows: [[1, 2, 3]], formulas: [['C1', 'A1+B1']] }]);
    workbook.attachEngine(new ParserFormulaEngine());
    workbook.setCell('S', 'A1', cellError('#REF!'));
    expect(workbook.sheet('S')!.cells.get('C1')).toEqual(cellError('#REF!'));
  });

  test('cents stay cents: a computed 0.1 + 0.2 reads 0.3, as Excel gives it, not a three-decimal amount', async () => {
    const workbook = new MemoryWorkbook([
      {
        name: 'S',
        rows: [
          ['Action', 'Coût total', 'Part État'],
          [1, 0.3, 0.3],
        ],
        formulas: [['C2', 'B2/3*3']],
      },
    ]);
    workbook.attachEngine(new ParserFormulaEngine());
    workbook.setCell('S', 'B2', 0.1);
    workbook.setCell('S', 'B2', { formula: '0.1+0.2' });
    expect(workbook.sheet('S')!.cells.get('B2')).toBe(0.3);
    expect(workbook.sheet('S')!.cells.get('C2')).toBe(0.3);
    expect(checkWorkbook(await workbook.read()).findings.filter((finding) => finding.rule === 'invalid-value')).toEqual([]);
  });

  test('formulas a program saved without a value are computed on opening, and are no edit', () => {
    const workbook = new MemoryWorkbook([
      {
        name: 'S',
        cells: [
          ['A1', 2],
          ['B1', 3],
        ],
        formulas: [['C1', 'A1*B1']],
      },
    ]);
    workbook.attachEngine(new ParserFormulaEngine());
    expect(workbook.sheet('S')!.cells.get('C1')).toBe(6);
    expect(workbook.edits().size).toBe(0);
    expect(workbook.dirty).toBe(false);
    expect(workbook.canUndo()).toBe(false);
  });

  test('formulas that read each other are a circular reference, named as Excel names it, not computed in some order: what reads them still follows', () => {
    // A1 and B1 read each other; C1 reads A1.
    const workbook = new MemoryWorkbook([
      {
        name: 'S',
        rows: [[1, 2, 3, 10]],
        formulas: [
          ['A1', 'B1+D1'],
          ['B1', 'A1+1'],
          ['C1', 'A1*2'],
        ],
      },
    ]);
    workbook.attachEngine(new ParserFormulaEngine());
    workbook.setCell('S', 'D1', 20);
    expect([...workbook.circular].sort()).toEqual(['S!A1', 'S!B1']);
    // Excel keeps a circle's last values, and computes what reads them from those.
    const cells = workbook.sheet('S')!.cells;
    expect([cells.get('A1'), cells.get('B1'), cells.get('C1')]).toEqual([1, 2, 2]);
    // The circle broken: the formulas follow again, and the name goes.
    workbook.setCell('S', 'B1', 5);
    expect(workbook.circular.size).toBe(0);
    expect([cells.get('A1'), cells.get('C1')]).toEqual([25, 50]);
  });

  test('a total inside its own SUM is a circular reference; one opened in the file is named once the formulas are ready', () => {
    const workbook = new MemoryWorkbook([{ name: 'Nord', rows: [[10], [20], [30]], formulas: [['A3', 'SUM(A1:A3)']] }]);
    workbook.attachEngine(new ParserFormulaEngine());
    expect(workbook.circular.size).toBe(0);
    workbook.prepareFormulas();
    expect([...workbook.circular]).toEqual(['Nord!A3']);
    workbook.setCell('Nord', 'A1', 11);
    expect([...workbook.circular]).toEqual(['Nord!A3']);
    expect(workbook.sheet('Nord')!.cells.get('A3')).toBe(30);
    workbook.setCell('Nord', 'A3', { formula: 'SUM(A1:A2)' });
    expect(workbook.circular.size).toBe(0);
    expect(workbook.sheet('Nord')!.cells.get('A3')).toBe(31);
  });

  test('Ctrl+Z selects the cell it restores, as Excel does; only the rows that changed are redrawn', () => {
    const workbook = officerBudget();
    workbook.select('Nord', 'A1');
    const before = [2, 3, 8].map((row) => workbook.rowStamp('Nord', row));
    workbook.setCell('Nord', 'E3', 90000);
    // Row 3 (index 2) was typed in, row 8 (index 7) holds the SUM that followed; row 4 did not change.
    expect(workbook.rowStamp('Nord', 2)).toBeGreaterThan(before[0]!);
    expect(workbook.rowStamp('Nord', 7)).toBeGreaterThan(before[2]!);
    expect(workbook.rowStamp('Nord', 3)).toBe(before[1]);
    workbook.select('Nord', 'C9');
    workbook.undo();
    expect(workbook.selection).toEqual({ sheet: 'Nord', cell: 'E3' });
  });
});
