import { type CellValue, isBlank } from './cells';
import type { CellRange } from './a1';
import type { RangeValues, SheetSnapshot } from './snapshot';

interface Segment {
  readonly left: number;
  readonly values: ReadonlyArray<CellValue>;
}

/**
 * The cells of a sheet outside its Excel tables, row by row, whatever blocks an adapter gave them
 * in: one used range, or runs of a file read sparsely. Rows keep the adapter's arrays (no copy per
 * cell), and only rows that hold something are listed, so that a sheet costs what it holds.
 */
export class SheetIndex {
  /** 0-based rows that hold at least one non-blank cell outside the tables, top to bottom. */
  readonly rows: readonly number[];
  private readonly segments = new Map<number, Segment[]>();

  constructor(
    blocks: ReadonlyArray<RangeValues>,
    private readonly excluded: readonly CellRange[],
  ) {
    for (const block of blocks) {
      block.values.forEach((values, index) => {
        if (values.length === 0) return;
        const row = block.top + index;
        const list = this.segments.get(row);
        if (list === undefined) this.segments.set(row, [{ left: block.left, values }]);
        else list.push({ left: block.left, values });
      });
    }
    const rows: number[] = [];
    for (const [row, list] of this.segments) {
      if (list.some((segment) => segment.values.some((value, offset) => !isBlank(value) && !this.isExcluded(row, segment.left + offset)))) rows.push(row);
      else this.segments.delete(row);
    }
    this.rows = rows.sort((a, b) => a - b);
  }

  static of(sheet: SheetSnapshot, tables: readonly CellRange[]): SheetIndex {
    return new SheetIndex(sheet.cells ?? [], tables);
  }

  private isExcluded(row: number, column: number): boolean {
    for (const { from, to } of this.excluded) {
      if (row >= from.row && row <= to.row && column >= from.column && column <= to.column) return true;
    }
    return false;
  }

  value(row: number, column: number): CellValue {
    const list = this.segments.get(row);
    if (list === undefined) return null;
    for (const segment of list) {
      const offset = column - segment.left;
      if (offset >= 0 && offset < segment.values.length) {
        const value = segment.values[offset] ?? null;
        if (value !== null && !this.isExcluded(row, column)) return value;
      }
    }
    return null;
  }

  /** The row's cells from `left` to `right`, blanks as null. */
  slice(row: number, left: number, right: number): CellValue[] {
    const out: CellValue[] = new Array<CellValue>(right - left + 1).fill(null);
    const list = this.segments.get(row);
    if (list === undefined) return out;
    for (const segment of list) {
      const from = Math.max(left, segment.left);
      const to = Math.min(right, segment.left + segment.values.length - 1);
      for (let column = from; column <= to; column++) {
        const value = segment.values[column - segment.left] ?? null;
        if (value !== null) out[column - left] = value;
      }
    }
    if (this.excluded.length > 0) {
      for (let column = left; column <= right; column++) if (out[column - left] !== null && this.isExcluded(row, column)) out[column - left] = null;
    }
    return out;
  }

  /** Each non-blank cell of the row, left to right. */
  cellsOf(row: number): Array<{ readonly column: number; readonly value: CellValue }> {
    const list = this.segments.get(row);
    if (list === undefined) return [];
    const cells: Array<{ column: number; value: CellValue }> = [];
    for (const segment of list) {
      segment.values.forEach((value, offset) => {
        const column = segment.left + offset;
        if (!isBlank(value) && !this.isExcluded(row, column)) cells.push({ column, value });
      });
    }
    return cells.length > 1 && list.length > 1 ? cells.sort((a, b) => a.column - b.column) : cells;
  }
}

/** Blank columns that still keep two cells of a row in one block: a budget's row is dense. */
const RUN_GAP = 16;

/**
 * A row's cells, given sparsely (columns ascending), as blocks of nearby columns: a stray cell in
 * XFD1 makes a block of its own rather than a row 16 384 cells wide.
 */
export function rowRuns(row: number, columns: readonly number[], values: readonly CellValue[]): RangeValues[] {
  const blocks: RangeValues[] = [];
  let start = 0;
  for (let index = 1; index <= columns.length; index++) {
    const ends = index === columns.length || (columns[index] ?? 0) - (columns[index - 1] ?? 0) > RUN_GAP;
    if (!ends) continue;
    const left = columns[start] ?? 0;
    const right = columns[index - 1] ?? left;
    const dense: CellValue[] = new Array<CellValue>(right - left + 1).fill(null);
    for (let at = start; at < index; at++) dense[(columns[at] ?? 0) - left] = values[at] ?? null;
    blocks.push({ top: row, left, values: [dense] });
    start = index;
  }
  return blocks;
}
