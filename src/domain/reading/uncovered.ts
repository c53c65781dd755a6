import { type CellRange, rangeA1 } from './a1';
import type { SheetIndex } from './sheet-index';
import { isAmountCell } from './source-cells';
import type { UncoveredArea } from './sources';

/** Amount cells outside every block, grouped into areas of rows with at most one blank row between. */
export function uncoveredAreas(sheet: string, index: SheetIndex, claimed: readonly CellRange[]): UncoveredArea[] {
  const areas: UncoveredArea[] = [];
  // The area being gathered: its corners, and how many amount cells it holds (0: none open).
  let top = 0;
  let left = 0;
  let bottom = 0;
  let right = 0;
  let cells = 0;
  const flush = () => {
    if (cells > 0) areas.push({ sheet, range: rangeA1(top, left, bottom, right), cells });
    cells = 0;
  };
  for (const row of index.rows) {
    // The budgets' rectangles on this row: a cell inside one is read, and its value need not be looked at.
    const across = claimed.filter((range) => row >= range.from.row && row <= range.to.row);
    for (const { column, value } of index.cellsOf(row)) {
      if (insideAny(across, column)) continue;
      if (!isAmountCell(value)) continue;
      // With no area open, flushing is a no-op.
      if (row - bottom > 2) flush();
      if (cells === 0) [top, left, right] = [row, column, column];
      bottom = row;
      left = Math.min(left, column);
      right = Math.max(right, column);
      cells++;
    }
  }
  flush();
  return areas;
}

function insideAny(ranges: readonly CellRange[], column: number): boolean {
  for (const range of ranges) if (column >= range.from.column && column <= range.to.column) return true;
  return false;
}
