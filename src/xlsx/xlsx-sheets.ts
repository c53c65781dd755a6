import { a1, type CellValue } from '../domain';
import { type CellMark, type CellWrite, patchXlsx } from './xlsx-edit';
import { readXlsx, XlsxFileError } from './xlsx-read';
import { writeNewXlsx } from './xlsx-write';

export { XlsxFileError };
export type { CellMark, CellWrite };

/** A sheet as the standalone page holds it: every cell that holds something, formulas, number formats, tables. */
export interface SheetData {
  readonly name: string;
  readonly cells: ReadonlyArray<readonly [string, CellValue]>;
  /** Formulas without "=", by address. */
  readonly formulas?: ReadonlyArray<readonly [string, string]>;
  /** Number format codes other than General, by address ("# ##0 €", "dd/mm/yyyy"). */
  readonly formats?: ReadonlyArray<readonly [string, string]>;
  readonly tables: ReadonlyArray<{ readonly name: string; readonly range: string; readonly hasTotalsRow: boolean; readonly headerRows?: number }>;
  readonly hiddenRows: readonly number[];
  /** Rows frozen at the top in the file (0: none). */
  readonly frozenRows?: number;
  /** Column widths set in the file, in Excel's units, by 0-based column. */
  readonly columnWidths?: ReadonlyArray<readonly [number, number]>;
}

/** Every sheet of an .xlsx file, cell by cell (for the standalone page's grid). */
export async function readXlsxSheets(data: ArrayBuffer, fileName = ''): Promise<SheetData[]> {
  const book = readXlsx(new Uint8Array(data), fileName);
  return book.sheets.map((sheet) => {
    const cells: Array<readonly [string, CellValue]> = [];
    const formats: Array<readonly [string, string]> = [];
    for (const row of [...sheet.rows.keys()].sort((a, b) => a - b)) {
      const entry = sheet.rows.get(row);
      entry?.columns.forEach((column, index) => {
        const address = a1(row, column);
        cells.push([address, entry.values[index] ?? null]);
        const format = book.formats[entry.styles[index] ?? 0];
        if (format !== undefined && format !== 'General') formats.push([address, format]);
      });
    }
    return {
      name: sheet.name,
      cells,
      formulas: [...sheet.formulas],
      formats,
      tables: sheet.tables.map((table) => ({ name: table.name, range: table.ref, hasTotalsRow: table.totalsRows > 0, headerRows: table.headerRows })),
      hiddenRows: sheet.hiddenRows,
      frozenRows: sheet.frozenRows,
      columnWidths: [...sheet.columnWidths],
    };
  });
}

/**
 * The file to download: the opened file itself with the officer's edits and our marks patched in
 * (nothing else of it changes), or, for a workbook that came from no file, a new one.
 */
export function workbookFile(
  source: Uint8Array | null,
  sheets: readonly SheetData[],
  edits: ReadonlyMap<string, ReadonlyMap<string, CellWrite>>,
  marks: readonly CellMark[],
): Uint8Array {
  if (source !== null) return patchXlsx(source, { cells: edits, marks });
  return patchXlsx(writeNewXlsx(sheets), { cells: new Map(), marks });
}
