import { readAmount } from './amount';
import { type CellValue, cellText, foldSpaces } from './cells';
import { AMOUNT_FIELDS, type ColumnMap, type ColumnMapping, type DetectedColumns } from './headers';
import { REQUIRED, type UnreadSource } from './sources';
import { type TextColumn, textColumns } from './text-columns';

/** What tables and blocks laid out by hand are read with alike. */

/** The widest row of a block (a loop: a spread of 100 000 rows would overflow the call stack). */
export function widthOf(values: ReadonlyArray<ReadonlyArray<CellValue>>): number {
  let width = 0;
  for (const row of values) width = Math.max(width, row.length);
  return width;
}

/** A table or block that looks like a budget but cannot be read, as the officer is told of it (to map its columns by hand). */
export function unreadOf(
  key: string,
  sheet: string,
  table: string | null,
  range: string,
  headerRow: number,
  left: number,
  headers: readonly string[],
  detected: DetectedColumns,
  holdsAmounts: boolean,
  words: readonly TextColumn[] = [],
): UnreadSource {
  const namesAmount = AMOUNT_FIELDS.some(
    (field) => detected.columns[field] !== undefined || detected.ambiguous.some((entry) => entry.field === field) || detected.unclear.some((entry) => entry.fields.includes(field)),
  );
  return {
    key,
    sheet,
    table,
    range,
    headerRow,
    left,
    headers,
    columns: detected.columns,
    noHeader: false,
    missing: REQUIRED.filter((field) => detected.columns[field] === undefined && !detected.ambiguous.some((entry) => entry.field === field) && !words.some((entry) => entry.field === field)),
    ambiguous: detected.ambiguous,
    unclear: detected.unclear,
    budgetLike: namesAmount || holdsAmounts || words.length > 0,
    textColumns: words,
  };
}

/** A header as the officer reads it: on one line, whatever line breaks (Alt+Entrée) it holds. */
export function headerText(value: CellValue): string {
  return foldSpaces(cellText(value));
}

/** Amount columns of words, among those detection found: a column the officer mapped by hand is theirs. */
export function wordColumns(rows: ReadonlyArray<ReadonlyArray<CellValue>>, columns: ColumnMap, mapping: ColumnMapping): TextColumn[] {
  return textColumns(rows, columns).filter((entry) => typeof mapping[entry.field] !== 'string');
}

/** Whether a cell holds an amount as the core would read one: a number, or text read as an amount. */
export function isAmountCell(value: CellValue): boolean {
  if (typeof value === 'number') return true;
  // Blanks, booleans, error values and dates are never read as amounts: only texts are left to read.
  return readAmount(value).kind === 'amount';
}

export function padRow(row: ReadonlyArray<CellValue>, width: number): ReadonlyArray<CellValue> {
  if (row.length === width) return row;
  if (row.length > width) return row.slice(0, width);
  return [...row, ...Array<CellValue>(width - row.length).fill(null)];
}
