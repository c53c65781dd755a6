import type { CellValue } from '../domain';
import type { BookLooks } from './book-looks';
import type { SheetLook } from './sheet-look';

/**
 * A workbook as the .xlsx reader gives it: sheets of cells kept sparsely (only those that hold a
 * value, so that a stray cell in XFD1 or a million empty row records cost what they hold, not the
 * rectangle they span), their tables, formulas and, when asked, how they look.
 */

export interface XlsxTable {
  /** The name formulas and Excel's UI use (the part's displayName). */
  readonly name: string;
  readonly ref: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Header rows at the top: 1 unless the table is shown without its header row. */
  readonly headerRows: number;
  /** Totals rows at the bottom: 0 or 1. */
  readonly totalsRows: number;
}

/** One row's cells that hold a value, left to right: 0-based columns, values, style indexes. */
export interface XlsxRow {
  readonly columns: number[];
  readonly values: CellValue[];
  readonly styles: number[];
}

export interface XlsxSheet {
  readonly name: string;
  /** The sheet part in the zip ("xl/worksheets/sheet1.xml"). */
  readonly part: string;
  readonly hidden: boolean;
  /** By 0-based row. */
  readonly rows: Map<number, XlsxRow>;
  readonly tables: XlsxTable[];
  /** 0-based rows hidden by hand or by a filter, among those that hold a value. */
  readonly hiddenRows: number[];
  /** Merged ranges ("A1:C1"). */
  readonly merges: string[];
  /** Each formula cell's formula, without "=", by A1 address (shared formulas written out for each cell). */
  readonly formulas: Map<string, string>;
  /** Rows frozen at the top (the sheet's frozen pane), 0 when none. */
  readonly frozenRows: number;
  /** Column widths set in the file, in Excel's units (characters of the default font), by 0-based column. */
  readonly columnWidths: Map<number, number>;
  /** How the sheet looks (styles, row heights, the officer's notes and conditional formats): read when asked. */
  readonly look?: SheetLook;
}

export interface XlsxBook {
  readonly sheets: XlsxSheet[];
  readonly date1904: boolean;
  /** Each cell style's number format code, by style index. */
  readonly formats: readonly string[];
  /** How each style looks, and the workbook's default font size: read when asked. */
  readonly looks?: BookLooks;
}

export interface ReadOptions {
  /** Read how the workbook looks (styles, row heights, notes, conditional formats), for a grid to draw it. */
  readonly look?: boolean;
}
