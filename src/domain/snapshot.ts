import type { CellValue } from './cells';

/** A block of cell values read from a sheet, with the 0-based position of its top-left cell. */
export interface RangeValues {
  readonly top: number;
  readonly left: number;
  /** Rows of cells, top to bottom; rows may be shorter than the widest one. */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
}

/** An Excel table (ListObject): its header row first, then its body, then its totals row if shown. */
export interface TableSnapshot extends RangeValues {
  readonly name: string;
  readonly hasTotalsRow?: boolean;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly tables: ReadonlyArray<TableSnapshot>;
  /** The sheet's used range: where a header row is looked for when the sheet has no table. */
  readonly used?: RangeValues | null;
  /** 0-based rows hidden by hand or by a filter: they still count, and the summary says so. */
  readonly hiddenRows?: ReadonlyArray<number>;
}

/** Everything the core needs from a workbook, whatever it came from (Excel, exceljs, memory). */
export interface WorkbookSnapshot {
  readonly sheets: ReadonlyArray<SheetSnapshot>;
}
