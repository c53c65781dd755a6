import { readXlsx } from '../../src/xlsx/xlsx-read';
import { writeTableWorkbook } from '../../src/xlsx/table-workbook';
import { strFromU8, unzipSync } from 'fflate';

/**
 * The summary workbook the command line writes (one row per budget), read back as the officer
 * opens it: typed cells, empty cells where a budget has no figure, a table whose columns Excel
 * accepts (no empty or repeated names), text from a hostile workbook made valid XML.
 */

const COLUMNS = [
  { header: 'Budget', kind: 'text', width: 30 },
  { header: 'Actions', kind: 'count', width: 8 },
  { header: 'Coût', kind: 'amount', width: 14 },
  { header: 'Part État', kind: 'share', width: 10 },
] as const;

describe('the summary workbook', () => {
  test('cells read back typed, styled by their column’s kind; a missing or non-finite figure is an empty cell', () => {
    const book = readXlsx(
      writeTableWorkbook('Synthèse', 'Synthese', COLUMNS, [
        ['Nord', 3, 1_745_883.5, 0.45],
        ['Somme', null, Number.NaN],
        ['Aisne', 1, Number.POSITIVE_INFINITY, 0.5],
      ]),
    );
    const sheet = book.sheets[0]!;
    expect(sheet.name).toBe('Synthèse');
    expect(sheet.frozenRows).toBe(1);
    expect([...sheet.columnWidths]).toEqual([
      [0, 30],
      [1, 8],
      [2, 14],
      [3, 10],
    ]);
    expect(sheet.rows.get(0)?.values).toEqual(['Budget', 'Actions', 'Coût', 'Part État']);
    expect(sheet.rows.get(1)).toEqual({ columns: [0, 1, 2, 3], values: ['Nord', 3, 1_745_883.5, 0.45], styles: [0, 4, 2, 3] });
    expect(sheet.rows.get(2)).toEqual({ columns: [0], values: ['Somme'], styles: [0] });
    expect(sheet.rows.get(3)?.columns).toEqual([0, 1, 3]);
    expect(sheet.rows.get(0)?.styles).toEqual([1, 1, 1, 1]);
    expect(book.formats[2]).toContain('€');
    expect(book.formats[3]).toBe('0.0%');
    expect(sheet.tables).toEqual([{ name: 'Synthese', ref: 'A1:D4', top: 0, left: 0, bottom: 3, right: 3, headerRows: 1, totalsRows: 0 }]);
  });

  test('with no budget, the table still spans its header and one empty row, as Excel requires', () => {
    const sheet = readXlsx(writeTableWorkbook('Synthèse', 'Synthese', COLUMNS, [])).sheets[0]!;
    expect(sheet.tables[0]?.ref).toBe('A1:D2');
    expect([...sheet.rows.keys()]).toEqual([0]);
  });

  test('an empty header and repeated ones get names of their own in the table, the cells keep theirs', () => {
    const columns = [
      { header: 'Part', kind: 'text', width: 10 },
      { header: ' ', kind: 'text', width: 10 },
      { header: 'part', kind: 'text', width: 10 },
      { header: 'Part', kind: 'text', width: 10 },
      { header: 'Part 2', kind: 'text', width: 10 },
    ] as const;
    const bytes = writeTableWorkbook('S', 'T', columns, [['a', 'b', 'c', 'd', 'e']]);
    const table = strFromU8(unzipSync(bytes)['xl/tables/table1.xml']!);
    expect([...table.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map((match) => match[1])).toEqual(['Part', 'Colonne2', 'part 2', 'Part 3', 'Part 2 2']);
    expect(readXlsx(bytes).sheets[0]?.rows.get(0)?.values).toEqual(['Part', ' ', 'part', 'Part', 'Part 2']);
  });

  test('control characters of a text are left out, so that Excel opens the file; its markup is escaped', () => {
    const sheet = readXlsx(writeTableWorkbook('Budget <2024> & "Nord"', 'T', COLUMNS.slice(0, 1), [['Voi\u0001rie\u000b <b> & \u0009tab\ufffe']])).sheets[0]!;
    expect(sheet.name).toBe('Budget <2024> & "Nord"');
    expect(sheet.rows.get(1)?.values).toEqual(['Voirie <b> & \ttab']);
  });
});
