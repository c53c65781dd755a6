import { type CellRange, cellRange, rangeA1 } from './a1';
import { type ColumnMapping, detectColumns, isBudgetHeader } from './headers';
import type { SheetSnapshot, TableSnapshot } from './snapshot';
import { headerText, isAmountCell, padRow, unreadOf, widthOf, wordColumns } from './source-cells';
import { type BudgetSource, REQUIRED, type UnreadSource } from './sources';
import { withoutColumns } from './text-columns';

/** An Excel table read as a budget: its header row names the columns, its body holds the rows. */

export function tableRange(table: TableSnapshot): CellRange {
  const width = Math.max(1, widthOf(table.values));
  return cellRange(table.top, table.left, table.top + Math.max(table.values.length, 1) - 1, table.left + width - 1);
}

export function tableSource(sheet: SheetSnapshot, table: TableSnapshot, mapping: ColumnMapping, hiddenRows: ReadonlySet<number>, titles: readonly string[]): BudgetSource | UnreadSource {
  const width = widthOf(table.values);
  const range = rangeA1(table.top, table.left, table.top + Math.max(table.values.length - 1, 0), table.left + Math.max(width - 1, 0));
  // A table's header row count is 1 when the snapshot leaves it out: only 0, no header, is read apart.
  if (table.headerRows === 0) {
    return {
      key: table.name,
      sheet: sheet.name,
      table: table.name,
      range,
      headerRow: table.top,
      left: table.left,
      headers: [],
      columns: {},
      noHeader: true,
      missing: REQUIRED,
      ambiguous: [],
      unclear: [],
      budgetLike: table.values.some((row) => row.some(isAmountCell)),
      textColumns: [],
    };
  }
  const header = padRow(table.values[0] ?? [], width);
  const found = detectColumns(header, mapping);
  const headers = header.map(headerText);
  const words = found.columns.cost !== undefined || found.columns.state !== undefined ? wordColumns(table.values.slice(1), found.columns, mapping) : [];
  const detected = { ...found, columns: withoutColumns(found.columns, words) };
  if (!isBudgetHeader(detected.columns)) {
    const holdsAmounts = table.values.slice(1).some((row) => row.some(isAmountCell));
    return unreadOf(table.name, sheet.name, table.name, range, table.top, table.left, headers, detected, holdsAmounts, words);
  }
  return {
    key: table.name,
    sheet: sheet.name,
    table: table.name,
    headerRow: table.top,
    left: table.left,
    rows: table.values.slice(1).map((row) => padRow(row, width)),
    firstDataRow: table.top + 1,
    hasTotalsRow: table.hasTotalsRow === true,
    headers,
    columns: detected.columns,
    ambiguous: detected.ambiguous,
    unclear: detected.unclear,
    textColumns: words,
    hiddenRows,
    range,
    heading: null,
    titles,
  };
}
