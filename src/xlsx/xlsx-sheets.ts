import ExcelJS from 'exceljs';
import { a1, type CellValue, parseA1 } from '../domain';
import { describeFileProblem, type FileProblem, fileProblem } from './file-guard';
import { type CellMark, markCells } from './mark-cells';
import { excelJsCellValue, isMergeCover, tableRangesOf } from './xlsx-snapshot';

/** A sheet as a whole: every cell that holds something, its tables and its hidden rows. */
export interface SheetData {
  readonly name: string;
  readonly cells: ReadonlyArray<readonly [string, CellValue]>;
  readonly tables: ReadonlyArray<{ readonly name: string; readonly range: string; readonly hasTotalsRow: boolean }>;
  readonly hiddenRows: readonly number[];
}

/** A file that is not a readable .xlsx workbook, with the reason in each language. */
export class XlsxFileError extends Error {
  constructor(readonly reason: { fr: string; en: string }) {
    super(reason.en);
    this.name = 'XlsxFileError';
  }
}

/** Every sheet of an .xlsx file, cell by cell (for the standalone page's grid). */
export async function readXlsxSheets(data: ArrayBuffer): Promise<SheetData[]> {
  const problem: FileProblem | null = fileProblem(new Uint8Array(data));
  if (problem) throw new XlsxFileError(describeFileProblem(problem));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new XlsxFileError({ fr: `fichier .xlsx illisible (${detail})`, en: `unreadable .xlsx file (${detail})` });
  }
  if (workbook.worksheets.length === 0) throw new XlsxFileError({ fr: 'le classeur n’a aucune feuille', en: 'the workbook has no sheet' });
  return workbook.worksheets.map((sheet) => {
    const cells: Array<readonly [string, CellValue]> = [];
    const hiddenRows: number[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      if (row.hidden) hiddenRows.push(row.number - 1);
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (isMergeCover(cell)) return;
        const value = excelJsCellValue(cell.value);
        if (value !== null) cells.push([cell.address, value]);
      });
    });
    return { name: sheet.name, cells, tables: tableRangesOf(sheet), hiddenRows };
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
