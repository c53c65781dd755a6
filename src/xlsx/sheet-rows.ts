import { type CellValue, parseRange } from '../domain';
import type { XlsxRow } from './xlsx-book';

/** A sheet's rows once read: put in column order, and the cells that merges cover emptied, as Excel shows them. */

/** A cell whose reference names another row than its record: placed where its reference says. */
export function placeCell(rows: Map<number, XlsxRow>, row: number, column: number, value: CellValue, style: number): void {
  let entry = rows.get(row);
  if (entry === undefined) {
    entry = { columns: [], values: [], styles: [] };
    rows.set(row, entry);
  }
  entry.columns.push(column);
  entry.values.push(value);
  entry.styles.push(style);
}

function isSorted(columns: readonly number[]): boolean {
  for (let index = 1; index < columns.length; index++) if ((columns[index] ?? 0) <= (columns[index - 1] ?? 0)) return false;
  return true;
}

/** Puts a row's cells in column order; a column written twice keeps its last value, as Excel does. */
function sortRow(entry: XlsxRow): void {
  const byColumn = new Map<number, number>();
  entry.columns.forEach((column, index) => byColumn.set(column, index));
  const order = [...byColumn.entries()].sort((a, b) => a[0] - b[0]).map(([, index]) => index);
  const columns = order.map((index) => entry.columns[index] ?? 0);
  const values = order.map((index) => entry.values[index] ?? null);
  const styles = order.map((index) => entry.styles[index] ?? 0);
  entry.columns.splice(0, entry.columns.length, ...columns);
  entry.values.splice(0, entry.values.length, ...values);
  entry.styles.splice(0, entry.styles.length, ...styles);
}

/** Cells covered by a merge show nothing in Excel, whatever a program wrote in them. */
export function coverMerges(rows: Map<number, XlsxRow>, merges: readonly string[]): void {
  for (const ref of merges) {
    const corners = parseRange(ref);
    if (corners === null) continue;
    const { from, to } = corners;
    for (const [row, entry] of rows) {
      if (row < from.row || row > to.row) continue;
      for (let index = entry.columns.length - 1; index >= 0; index--) {
        const column = entry.columns[index] ?? -1;
        if (column < from.column || column > to.column || (row === from.row && column === from.column)) continue;
        entry.columns.splice(index, 1);
        entry.values.splice(index, 1);
        entry.styles.splice(index, 1);
      }
    }
  }
}

/** Every row's cells in column order (a file may write them in any order). */
export function sortRows(rows: ReadonlyMap<number, XlsxRow>): void {
  for (const entry of rows.values()) if (!isSorted(entry.columns)) sortRow(entry);
}
