import { parseA1 } from '../domain';

/** A stamp per row that grows each time one of its cells or flags changes: the grid redraws only the rows whose stamp moved. */
export class RowStamps {
  private readonly stamps = new Map<string, Map<number, number>>();
  private count = 0;

  of(sheet: string, row: number): number {
    return this.stamps.get(sheet)?.get(row) ?? 0;
  }

  /** The row of this cell changed. */
  touch(sheet: string, address: string): void {
    const cell = parseA1(address);
    if (cell === null) return;
    const stamps = this.stamps.get(sheet) ?? new Map<number, number>();
    this.stamps.set(sheet, stamps);
    stamps.set(cell.row, ++this.count);
  }
}
