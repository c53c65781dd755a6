import { type Dispatch, type SetStateAction, useMemo, useState } from 'react';
import { type MemorySheet, usedBounds } from '../memory/memory-sheet';
import type { MemoryWorkbook } from '../memory/memory-workbook';
import { COLUMN_WIDTH, MAX_FROZEN, MIN_COLUMNS, MIN_ROWS, OVERSCAN, ROW_HEADER_WIDTH, ROW_HEIGHT } from './grid-metrics';
import { MergedCells } from './merged-cells';
import { RowLayout } from './row-layout';

/** The part of the scroller on screen, in pixels. */
export interface View {
  readonly top: number;
  readonly height: number;
}

/** What the grid draws of a sheet: its extent, columns, frozen rows and the rows on screen. */
export interface VisibleRows {
  readonly bounds: { top: number; left: number; bottom: number; right: number } | null;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Rows kept at the top: the file's frozen panes, else down to the first budget's header row. */
  readonly frozen: number;
  readonly widths: readonly number[];
  /** Each column's left edge, the row headers first; the last is the table's width. */
  readonly lefts: readonly number[];
  readonly layout: RowLayout;
  readonly merged: MergedCells;
  /** The first and last rows drawn below the frozen ones: those on screen and a few more, every row on paper. */
  readonly first: number;
  readonly last: number;
  readonly setView: Dispatch<SetStateAction<View>>;
}

/** Rows kept at the top: the file's frozen panes, else down to the first budget's header row when it sits near the top. */
function frozenRowsOf(workbook: MemoryWorkbook, sheet: MemorySheet): number {
  if (sheet.frozenRows > 0) return Math.min(sheet.frozenRows, MAX_FROZEN);
  const header = workbook.budgetHeaderRow(sheet.name);
  return header !== undefined && header < MAX_FROZEN ? header + 1 : 0;
}

/** A column's width on screen: the file's (Excel counts characters of about 7 px, plus 5 px of margin), else ours. */
function columnWidthOf(sheet: MemorySheet, column: number): number {
  const width = sheet.columnWidths.get(column);
  return width === undefined ? COLUMN_WIDTH : Math.max(24, Math.min(480, Math.round(width * 7 + 5)));
}

/**
 * Only the rows on screen are drawn (10 000 rows would take a second at each edit): the sheet's
 * extent, a little beyond it and the selection give the grid's size; the scroller's view gives the
 * rows drawn. On paper, every row of the sheet.
 */
export function useVisibleRows(workbook: MemoryWorkbook, sheet: MemorySheet, selected: { row: number; column: number }, printing: boolean): VisibleRows {
  const bounds = usedBounds(sheet);
  const rowCount = printing ? (bounds?.bottom ?? 0) + 1 : Math.max(MIN_ROWS, (bounds?.bottom ?? 0) + 11, selected.row + 1);
  const columnCount = printing ? (bounds?.right ?? 0) + 1 : Math.max(MIN_COLUMNS, (bounds?.right ?? 0) + 3, selected.column + 1);
  const frozen = Math.min(frozenRowsOf(workbook, sheet), rowCount);
  const { widths, lefts } = useMemo(() => {
    const widths = Array.from({ length: columnCount }, (_, column) => columnWidthOf(sheet, column));
    const lefts = [ROW_HEADER_WIDTH];
    for (const width of widths) lefts.push((lefts.at(-1) ?? 0) + width);
    return { widths, lefts };
  }, [sheet, columnCount]);
  // Rows taller than ours (a wrapped header, a title, the heights the file sets: points are 4/3 px).
  const layout = useMemo(() => {
    const taller = new Map<number, number>();
    for (const [row, points] of sheet.look.rowHeights) {
      const pixels = Math.round((points * 4) / 3);
      if (pixels > ROW_HEIGHT) taller.set(row, Math.min(pixels, 600));
    }
    return new RowLayout(ROW_HEIGHT, taller);
  }, [sheet]);
  const merged = useMemo(() => new MergedCells(sheet.look.merges), [sheet]);
  const [view, setView] = useState<View>({ top: 0, height: 600 });
  const frozenHeight = layout.top(frozen);
  const first = printing ? frozen : Math.max(frozen, layout.rowAt(view.top + frozenHeight) - OVERSCAN);
  const last = printing ? rowCount - 1 : Math.min(rowCount - 1, layout.rowAt(view.top + view.height) + OVERSCAN);
  return { bounds, rowCount, columnCount, frozen, widths, lefts, layout, merged, first, last, setView };
}
