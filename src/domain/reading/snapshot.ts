import type { CellValue } from './cells';

/** A block of cell values read from a sheet, with the 0-based position of its top-left cell. */
export interface RangeValues {
  readonly top: number;
  readonly left: number;
  /** Rows of cells, top to bottom; rows may be shorter than the widest one. */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
}

/** An Excel table (ListObject): its header row first (unless hidden), then its body, then its totals row if shown. */
export interface TableSnapshot extends RangeValues {
  readonly name: string;
  /** Header rows at the top: 1, Excel's default, or 0 for a table shown without its header row. */
  readonly headerRows?: number;
  readonly hasTotalsRow?: boolean;
}

/** A part of a sheet an adapter could not read, and why: said to the officer, never passed over. */
export interface UnreadArea {
  readonly range: string;
  readonly reason: 'too-large';
}

export interface SheetSnapshot {
  readonly name: string;
  readonly tables: ReadonlyArray<TableSnapshot>;
  /**
   * The cells of the sheet that hold something, as blocks: the used range in one block, or the
   * runs of cells of a file read sparsely. Cells inside tables may be there too: the core reads
   * tables from `tables` and looks for budgets laid out by hand in the rest.
   */
  readonly cells?: ReadonlyArray<RangeValues> | null;
  /** 0-based rows hidden by hand or by a filter: they still count, and the summary says so. */
  readonly hiddenRows?: ReadonlyArray<number>;
  readonly unread?: ReadonlyArray<UnreadArea>;
}

/** Everything the core needs from a workbook, whatever it came from (Excel, exceljs, memory). */
export interface WorkbookSnapshot {
  readonly sheets: ReadonlyArray<SheetSnapshot>;
  /** The file's name ("budget 2022.xlsx"), when the host knows it: a budget's year may be read there. */
  readonly fileName?: string;
}
