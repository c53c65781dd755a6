import { parseRange } from '../domain';

/** A merged range: its first cell shows the value over the whole of it. */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The merged cells of a sheet, found cell by cell as the grid draws them: a cell is the first of a
 * merge (drawn over its span), covered by one (not drawn), or neither.
 */
export class MergedCells {
  private readonly byRow = new Map<number, Merge[]>();
  /** Whether a merge spans several rows: then rows drawn around the view need to know which rows are drawn. */
  readonly spansRows: boolean;

  constructor(ranges: readonly string[]) {
    let spansRows = false;
    for (const range of ranges) {
      const corners = parseRange(range);
      if (corners === null) continue;
      const merge: Merge = { top: corners.from.row, left: corners.from.column, bottom: corners.to.row, right: corners.to.column };
      if (merge.top === merge.bottom && merge.left === merge.right) continue;
      if (merge.bottom > merge.top) spansRows = true;
      // A merge down a whole column is no budget's: rows past a few thousand are not indexed.
      for (let row = merge.top; row <= Math.min(merge.bottom, merge.top + 5000); row++) {
        const list = this.byRow.get(row) ?? [];
        list.push(merge);
        this.byRow.set(row, list);
      }
    }
    this.spansRows = spansRows;
  }

  get size(): number {
    return this.byRow.size;
  }

  /** The merge a cell belongs to, if any. */
  at(row: number, column: number): Merge | undefined {
    const list = this.byRow.get(row);
    if (list === undefined) return undefined;
    return list.find((merge) => column >= merge.left && column <= merge.right);
  }

  /** Whether a row holds part of a merge. */
  hasRow(row: number): boolean {
    return this.byRow.has(row);
  }
}
