import { a1, type CellValue, isBlank, parseRange, type SheetSnapshot } from '../domain';
import type { CellLook, ConditionalFormat, UnshownFormat } from '../workbook/cell-look';
import { SheetCells } from './sheet-cells';

/**
 * A sheet of the in-memory workbook: its cells, formulas, number formats, tables and how the file
 * made it look, and what the check reads of it.
 */

export interface MemoryTable {
  readonly name: string;
  /** A1 address of the whole table, header (and totals row) included. */
  range: string;
  readonly hasTotalsRow: boolean;
  /** 1 (a header row, Excel's default) or 0 (a table shown without it). */
  readonly headerRows?: number;
}

export interface MemorySheet {
  name: string;
  /** What each cell shows (a formula's result), by A1 address; an absent cell is empty. */
  readonly cells: SheetCells;
  /** Formulas without "=", by address. */
  readonly formulas: Map<string, string>;
  /** Number format codes other than General, by address. */
  readonly formats: Map<string, string>;
  readonly tables: MemoryTable[];
  readonly hiddenRows: Set<number>;
  /** Rows kept in view at the top (a frozen pane). */
  frozenRows: number;
  /** Widths set in the file, in Excel's units (characters), by 0-based column. */
  readonly columnWidths: Map<number, number>;
  /** How the officer made the sheet look (styles, merges, row heights, notes, conditional formats). */
  readonly look: MemorySheetLook;
}

/** How a sheet looks, as its file made it: what the grid draws under our flags. */
export interface MemorySheetLook {
  /** Cells whose style draws something, by A1 address (an edit keeps the cell's look, as a spreadsheet does). */
  readonly cells: Map<string, CellLook>;
  /** Merged ranges ("A1:H1"). */
  readonly merges: readonly string[];
  /** Row heights set in the file, in points, by 0-based row. */
  readonly rowHeights: Map<number, number>;
  /** The officer's notes, by A1 address. */
  readonly notes: Map<string, string>;
  readonly formats: readonly ConditionalFormat[];
  /** Conditional formats of kinds not drawn, to be named. */
  readonly unshown: readonly UnshownFormat[];
  /** The workbook's default font size, in points. */
  readonly defaultSize: number;
}

export interface MemorySheetLookInit {
  readonly cells?: Iterable<readonly [string, CellLook]>;
  readonly merges?: readonly string[];
  readonly rowHeights?: Iterable<readonly [number, number]>;
  readonly notes?: Iterable<readonly [string, string]>;
  readonly formats?: readonly ConditionalFormat[];
  readonly unshown?: readonly UnshownFormat[];
  readonly defaultSize?: number;
}

export interface MemorySheetInit {
  readonly name: string;
  /** Rows from A1 down. */
  readonly rows?: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly cells?: Iterable<readonly [string, CellValue]>;
  readonly formulas?: Iterable<readonly [string, string]>;
  readonly formats?: Iterable<readonly [string, string]>;
  readonly tables?: readonly MemoryTable[];
  readonly hiddenRows?: Iterable<number>;
  readonly frozenRows?: number;
  readonly columnWidths?: Iterable<readonly [number, number]>;
  readonly look?: MemorySheetLookInit;
}

export function memorySheetOf(init: MemorySheetInit): MemorySheet {
  const cells = new SheetCells(init.cells ?? []);
  init.rows?.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!isBlank(value)) cells.set(a1(r, c), value);
    }),
  );
  return {
    name: init.name,
    cells,
    formulas: new Map(init.formulas ?? []),
    formats: new Map(init.formats ?? []),
    tables: (init.tables ?? []).map((table) => ({ ...table })),
    hiddenRows: new Set(init.hiddenRows ?? []),
    frozenRows: init.frozenRows ?? 0,
    columnWidths: new Map(init.columnWidths ?? []),
    look: {
      cells: new Map(init.look?.cells ?? []),
      merges: [...(init.look?.merges ?? [])],
      rowHeights: new Map(init.look?.rowHeights ?? []),
      notes: new Map(init.look?.notes ?? []),
      formats: init.look?.formats ?? [],
      unshown: init.look?.unshown ?? [],
      defaultSize: init.look?.defaultSize ?? 11,
    },
  };
}

function block(sheet: MemorySheet, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let row = top; row <= bottom; row++) {
    const values: CellValue[] = [];
    for (let column = left; column <= right; column++) values.push(sheet.cells.valueAt(row, column));
    rows.push(values);
  }
  return rows;
}

/** The extent of a sheet's cells: its used range. */
export function usedBounds(sheet: MemorySheet): { top: number; left: number; bottom: number; right: number } | null {
  return sheet.cells.extent();
}

export function snapshotOfSheet(sheet: MemorySheet): SheetSnapshot {
  const tables = sheet.tables.map((table) => {
    const { from, to } = parseRange(table.range) ?? { from: { row: 0, column: 0 }, to: { row: 0, column: 0 } };
    return { name: table.name, top: from.row, left: from.column, values: block(sheet, from.row, from.column, to.row, to.column), hasTotalsRow: table.hasTotalsRow, headerRows: table.headerRows ?? 1 };
  });
  return { name: sheet.name, tables, cells: sheet.cells.blocks(), hiddenRows: [...sheet.hiddenRows] };
}

/** A sheet as it is written to a new file (the page saves one when no file was opened). */
export interface SheetData {
  name: string;
  cells: Array<[string, CellValue]>;
  formulas: Array<[string, string]>;
  tables: MemoryTable[];
  hiddenRows: number[];
}

export function sheetDataOf(sheet: MemorySheet): SheetData {
  return {
    name: sheet.name,
    cells: [...sheet.cells],
    formulas: [...sheet.formulas],
    tables: sheet.tables.map((table) => ({ ...table })),
    hiddenRows: [...sheet.hiddenRows],
  };
}
