/**
 * Where each row of the grid sits when some rows are taller than the others (a wrapped title, a
 * header on two lines, the heights the file sets): rows are drawn only around the view, so a row's
 * top and the row at a given height are computed, not measured. Only the taller rows are listed;
 * a 10 000-row sheet of ordinary rows costs nothing more than a multiplication.
 */
export class RowLayout {
  /** Taller rows, in order, and the extra height of all the taller rows above each (prefix sums). */
  private readonly rows: number[];
  private readonly extraBefore: number[];

  constructor(
    readonly rowHeight: number,
    private readonly taller: ReadonlyMap<number, number>,
  ) {
    this.rows = [...taller.keys()].sort((a, b) => a - b);
    this.extraBefore = [0];
    for (const row of this.rows) this.extraBefore.push((this.extraBefore.at(-1) ?? 0) + (taller.get(row) ?? rowHeight) - rowHeight);
  }

  /** Whether every row is as high as the others. */
  get uniform(): boolean {
    return this.rows.length === 0;
  }

  height(row: number): number {
    return this.taller.get(row) ?? this.rowHeight;
  }

  /** The distance from the first row's top to this row's top. */
  top(row: number): number {
    if (this.rows.length === 0) return row * this.rowHeight;
    // The number of taller rows above this one.
    let low = 0;
    let high = this.rows.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.rows[middle] ?? 0) < row) low = middle + 1;
      else high = middle;
    }
    return row * this.rowHeight + (this.extraBefore[low] ?? 0);
  }

  /** The row drawn at this distance from the first row's top. */
  rowAt(y: number): number {
    if (this.rows.length === 0) return Math.max(0, Math.floor(y / this.rowHeight));
    let low = 0;
    let high = Math.max(0, Math.ceil(y / this.rowHeight));
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.top(middle) <= y) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
