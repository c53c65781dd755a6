import { type CellValue, parseA1, type RangeValues, rowRuns } from '../domain';

/**
 * A sheet's cells by A1 address, indexed by row as they are set: the grid asks for one cell at a
 * time, the check for the sheet row by row, and a 10 000-row budget must answer both within a
 * keystroke. Anything that sets or deletes a cell keeps the index, the Map's own methods included.
 */
export class SheetCells extends Map<string, CellValue> {
  /** Row → column → value. */
  private readonly byRow = new Map<number, Map<number, CellValue>>();
  private sortedRows: number[] | null = null;
  private bounds: { top: number; left: number; bottom: number; right: number } | null | undefined = undefined;

  constructor(entries?: Iterable<readonly [string, CellValue]>) {
    super();
    if (entries) for (const [address, value] of entries) this.set(address, value);
  }

  override set(address: string, value: CellValue): this {
    super.set(address, value);
    // Map's constructor calls set before our fields exist.
    if (this.byRow === undefined) return this;
    const cell = parseA1(address);
    if (cell === null) return this;
    let row = this.byRow.get(cell.row);
    if (row === undefined) {
      row = new Map();
      this.byRow.set(cell.row, row);
      this.sortedRows = null;
    }
    row.set(cell.column, value);
    // A cell set inside the known extent leaves it as it is: formulas recomputed after an edit do not
    // make the grid measure 10 000 rows again.
    const bounds = this.bounds;
    if (bounds !== undefined && bounds !== null) {
      if (cell.row < bounds.top || cell.row > bounds.bottom || cell.column < bounds.left || cell.column > bounds.right) {
        this.bounds = { top: Math.min(bounds.top, cell.row), left: Math.min(bounds.left, cell.column), bottom: Math.max(bounds.bottom, cell.row), right: Math.max(bounds.right, cell.column) };
      }
    } else this.bounds = undefined;
    return this;
  }

  override delete(address: string): boolean {
    const deleted = super.delete(address);
    const cell = parseA1(address);
    if (!deleted || cell === null) return deleted;
    const row = this.byRow.get(cell.row);
    row?.delete(cell.column);
    if (row !== undefined && row.size === 0) {
      this.byRow.delete(cell.row);
      this.sortedRows = null;
    }
    this.bounds = undefined;
    return deleted;
  }

  override clear(): void {
    super.clear();
    this.byRow.clear();
    this.sortedRows = null;
    this.bounds = undefined;
  }

  /** The rows that hold a cell, top to bottom. */
  rows(): readonly number[] {
    this.sortedRows ??= [...this.byRow.keys()].sort((a, b) => a - b);
    return this.sortedRows;
  }

  /** The used range: the extent of the cells held, or null when none. */
  extent(): { top: number; left: number; bottom: number; right: number } | null {
    if (this.bounds !== undefined) return this.bounds;
    const rows = this.rows();
    if (rows.length === 0) return (this.bounds = null);
    let left = Infinity;
    let right = -1;
    for (const row of this.byRow.values()) {
      for (const column of row.keys()) {
        if (column < left) left = column;
        if (column > right) right = column;
      }
    }
    this.bounds = { top: rows[0] as number, left, bottom: rows.at(-1) as number, right };
    return this.bounds;
  }

  valueAt(row: number, column: number): CellValue {
    return this.byRow.get(row)?.get(column) ?? null;
  }

  /** The cells row by row, as runs of nearby columns: what the sheet holds, not the rectangle it spans. */
  blocks(): RangeValues[] {
    const blocks: RangeValues[] = [];
    for (const row of this.rows()) {
      const cells = this.byRow.get(row);
      if (cells === undefined) continue;
      const columns: number[] = [];
      const values: CellValue[] = [];
      // Cells are mostly set left to right: sorted only when they were not.
      let sorted = true;
      for (const [column, value] of cells) {
        if (columns.length > 0 && column < (columns[columns.length - 1] as number)) sorted = false;
        columns.push(column);
        values.push(value);
      }
      if (!sorted) {
        const order = columns.map((_, index) => index).sort((a, b) => (columns[a] as number) - (columns[b] as number));
        for (const run of rowRuns(
          row,
          order.map((index) => columns[index] as number),
          order.map((index) => values[index] as CellValue),
        ))
          blocks.push(run);
      } else for (const run of rowRuns(row, columns, values)) blocks.push(run);
    }
    return blocks;
  }
}
