import ExcelJS from 'exceljs';
import { a1, type CellValue, parseA1 } from '../domain';
import { type CellMark, markCells } from './mark-cells';
import { readXlsx, XlsxFileError } from './xlsx-read';

export { XlsxFileError };

/** A sheet as a whole: every cell that holds something, its tables and its hidden rows. */
export interface SheetData {
  readonly name: string;
  readonly cells: ReadonlyArray<readonly [string, CellValue]>;
  readonly tables: ReadonlyArray<{ readonly name: string; readonly range: string; readonly hasTotalsRow: boolean; readonly headerRows?: number }>;
  readonly hiddenRows: readonly number[];
}

/** Every sheet of an .xlsx file, cell by cell (for the standalone page's grid). */
export async function readXlsxSheets(data: ArrayBuffer, fileName = ''): Promise<SheetData[]> {
  const book = readXlsx(new Uint8Array(data), fileName);
  return book.sheets.map((sheet) => {
    const cells: Array<readonly [string, CellValue]> = [];
    for (const row of [...sheet.rows.keys()].sort((a, b) => a - b)) {
      const entry = sheet.rows.get(row);
      entry?.columns.forEach((column, index) => cells.push([a1(row, column), entry.values[index] ?? null]));
    }
    return {
      name: sheet.name,
      cells,
      tables: sheet.tables.map((table) => ({ name: table.name, range: table.ref, hasTotalsRow: table.totalsRows > 0, headerRows: table.headerRows })),
      hiddenRows: sheet.hiddenRows,
    };
  });
}

function excelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object') return value;
  return value.kind === 'error' ? { error: value.code as ExcelJS.CellErrorValue['error'] } : new Date(`${value.iso}T00:00:00Z`);
}

/** Table column names must be present and distinct; Excel names an empty one "ColonneN" too. */
function columnNames(headers: readonly CellValue[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, index) => {
    let name = header === null || header === '' ? `Colonne${index + 1}` : String(typeof header === 'object' ? (header.kind === 'error' ? header.code : header.iso) : header);
    for (let copy = 2; seen.has(name.toLowerCase()); copy++) name = `${name} ${copy}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * Writes sheets to an .xlsx file with the given flags (fill and note), for "Télécharger". Excel tables
 * stay tables; a table's totals row is written as plain cells below it.
 */
export async function writeXlsxSheets(sheets: readonly SheetData[], marks: readonly CellMark[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const values = new Map(sheet.cells);
    const inTables = new Set<string>();
    for (const table of sheet.tables) {
      const [start = 'A1', end = start] = table.range.split(':');
      const from = parseA1(start);
      const to = parseA1(end);
      if (!from || !to) continue;
      const bodyEnd = table.hasTotalsRow ? to.row - 1 : to.row;
      const row = (r: number) => Array.from({ length: to.column - from.column + 1 }, (_, c) => values.get(a1(r, from.column + c)) ?? null);
      const rows = [];
      for (let r = from.row + 1; r <= bodyEnd; r++) rows.push(row(r).map(excelValue));
      worksheet.addTable({
        name: table.name,
        ref: start,
        headerRow: true,
        totalsRow: false,
        columns: columnNames(row(from.row)).map((name) => ({ name, filterButton: true })),
        rows: rows.length > 0 ? rows : [row(from.row).map(() => null)],
      });
      for (let r = from.row; r <= bodyEnd; r++) for (let c = from.column; c <= to.column; c++) inTables.add(a1(r, c));
    }
    for (const [address, value] of sheet.cells) {
      if (!inTables.has(address)) worksheet.getCell(address).value = excelValue(value);
    }
    for (const row of sheet.hiddenRows) worksheet.getRow(row + 1).hidden = true;
  }
  markCells(workbook, marks);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
