import { a1, type CellValue } from '../domain';
import type { CellLook, ConditionalFormat, UnshownFormat } from '../workbook/cell-look';
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
  /** How the officer made the sheet look: what the grid draws. */
  readonly look?: SheetLookData;
}

/** How a sheet looks in its file: styles, merged cells, row heights, the officer's notes and conditional formats. */
export interface SheetLookData {
  /** Cells whose style draws something (empty ones included), by A1 address. */
  readonly cells: ReadonlyArray<readonly [string, CellLook]>;
  /** Merged ranges ("A1:H1"). */
  readonly merges: readonly string[];
  /** Row heights set in the file, in points, by 0-based row. */
  readonly rowHeights: ReadonlyArray<readonly [number, number]>;
  /** The officer's notes (ours taken out), by A1 address. */
  readonly notes: ReadonlyArray<readonly [string, string]>;
  readonly formats: readonly ConditionalFormat[];
  readonly unshown: readonly UnshownFormat[];
  /** The workbook's default font size, in points. */
  readonly defaultSize: number;
}

/** Every sheet of an .xlsx file, cell by cell (for the standalone page's grid). */
export function readXlsxSheets(data: ArrayBuffer, fileName = ''): Promise<SheetData[]> {
  // A file we cannot read rejects the promise (an XlsxFileError), as its callers expect, rather than throwing.
  return new Promise((resolve) => resolve(sheetsOf(data, fileName)));
}

function sheetsOf(data: ArrayBuffer, fileName: string): SheetData[] {
  const book = readXlsx(new Uint8Array(data), fileName, { look: true });
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
    // An empty cell formatted for amounts formats what is typed in it.
    for (const [address, format] of sheet.look?.emptyFormats ?? []) formats.push([address, format]);
    return {
      name: sheet.name,
      cells,
      formulas: [...sheet.formulas],
      formats,
      tables: sheet.tables.map((table) => ({ name: table.name, range: table.ref, hasTotalsRow: table.totalsRows > 0, headerRows: table.headerRows })),
      hiddenRows: sheet.hiddenRows,
      frozenRows: sheet.frozenRows,
      columnWidths: [...sheet.columnWidths],
      look:
        sheet.look === undefined
          ? undefined
          : {
              cells: [...sheet.look.cells],
              merges: sheet.merges,
              rowHeights: [...sheet.look.rowHeights],
              notes: [...sheet.look.notes],
              formats: sheet.look.formats,
              unshown: sheet.look.unshown,
              defaultSize: book.looks?.defaultSize ?? 11,
            },
    };
  });
}

/**
 * The file to download: the opened file itself with the officer's edits and our marks patched in
 * (nothing else of it changes), or, for a workbook that came from no file, a new one.
 */
export function workbookFile(source: Uint8Array | null, sheets: readonly SheetData[], edits: ReadonlyMap<string, ReadonlyMap<string, CellWrite>>, marks: readonly CellMark[]): Uint8Array {
  if (source !== null) return patchXlsx(source, { cells: edits, marks });
  return patchXlsx(writeNewXlsx(sheets), { cells: new Map(), marks });
}
