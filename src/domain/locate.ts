import { rangeA1 } from './a1';
import { type CellValue, cellText, isBlank } from './cells';
import { type ColumnMap, type ColumnMapping, type Field, detectColumns, isBudgetHeader } from './headers';
import type { RangeValues, SheetSnapshot, WorkbookSnapshot } from './snapshot';

/** How far down a sheet without a table a header row is looked for (sheet rows 1 to 20). */
export const HEADER_SEARCH_ROWS = 20;

/** A block of the workbook that holds a budget: an Excel table, or a header row and the rows below it. */
export interface BudgetSource {
  /** Names the source in settings (a hand mapping): the table's name, or "sheet:" and the sheet's. */
  readonly key: string;
  readonly sheet: string;
  readonly table: string | null;
  /** 0-based sheet row of the (last) header row, and sheet column of the first column. */
  readonly headerRow: number;
  readonly left: number;
  /** Data rows, below the header row(s), each as wide as the header. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** 0-based sheet row of rows[0]. */
  readonly firstDataRow: number;
  readonly hasTotalsRow: boolean;
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
  readonly duplicateColumns: ReadonlyArray<{ readonly field: Field; readonly column: number }>;
  readonly hiddenRows: ReadonlySet<number>;
  /** The whole block, header included, as an A1 address without the sheet. */
  readonly range: string;
}

/** A table whose headers name no total-cost or no State column: the officer may map it by hand. */
export interface UnreadTable {
  readonly key: string;
  readonly sheet: string;
  readonly table: string;
  readonly range: string;
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
}

export function sourceKey(sheet: string, table: string | null): string {
  return table ?? `sheet:${sheet}`;
}

/**
 * Finds every budget in a workbook: each Excel table whose headers name a total-cost and a State
 * column, and on a sheet without any table, the first such header row within the sheet's first
 * 20 rows, down to the first blank row.
 */
export function locateSources(
  workbook: WorkbookSnapshot,
  mappings: Readonly<Record<string, ColumnMapping>> = {},
): { sources: BudgetSource[]; unread: UnreadTable[] } {
  const sources: BudgetSource[] = [];
  const unread: UnreadTable[] = [];
  for (const sheet of workbook.sheets) {
    const hiddenRows = new Set(sheet.hiddenRows ?? []);
    if (sheet.tables.length > 0) {
      for (const table of sheet.tables) {
        const found = tableSource(sheet, table, table.name, mappings[table.name] ?? {}, hiddenRows);
        if ('rows' in found) sources.push(found);
        else unread.push(found);
      }
    } else if (sheet.used) {
      const key = sourceKey(sheet.name, null);
      const found = headerRowSource(sheet, sheet.used, mappings[key] ?? {}, hiddenRows);
      if (found) sources.push(found);
    }
  }
  return { sources, unread };
}

function tableSource(
  sheet: SheetSnapshot,
  table: RangeValues & { readonly hasTotalsRow?: boolean },
  name: string,
  mapping: ColumnMapping,
  hiddenRows: ReadonlySet<number>,
): BudgetSource | UnreadTable {
  const width = Math.max(0, ...table.values.map((row) => row.length));
  const header = padRow(table.values[0] ?? [], width);
  const { columns, duplicates } = detectColumns(header, mapping);
  const range = rangeA1(table.top, table.left, table.top + Math.max(table.values.length - 1, 0), table.left + Math.max(width - 1, 0));
  const headers = header.map(cellText);
  if (!isBudgetHeader(columns)) return { key: name, sheet: sheet.name, table: name, range, headers, columns };
  return {
    key: name,
    sheet: sheet.name,
    table: name,
    headerRow: table.top,
    left: table.left,
    rows: table.values.slice(1).map((row) => padRow(row, width)),
    firstDataRow: table.top + 1,
    hasTotalsRow: table.hasTotalsRow === true,
    headers,
    columns,
    duplicateColumns: duplicates,
    hiddenRows,
    range,
  };
}

function headerRowSource(
  sheet: SheetSnapshot,
  used: RangeValues,
  mapping: ColumnMapping,
  hiddenRows: ReadonlySet<number>,
): BudgetSource | null {
  const lastHeaderIndex = Math.min(used.values.length, HEADER_SEARCH_ROWS - used.top) - 1;
  for (let index = 0; index <= lastHeaderIndex; index++) {
    const row = used.values[index] ?? [];
    const below = used.values[index + 1] ?? [];
    if (isBudgetHeader(detectColumns(row, mapping).columns)) return blockBelow(sheet, used, index, row, mapping, hiddenRows);
    // Two header rows: a merged "Financements" above "État" and "Département", say. Each cell of
    // the lower row completes the upper one.
    if (isBudgetHeader(detectColumns(below, mapping).columns)) continue;
    const combined = combineHeaderRows(row, below);
    if (isBudgetHeader(detectColumns(combined, mapping).columns)) {
      return blockBelow(sheet, used, index + 1, combined, mapping, hiddenRows);
    }
  }
  return null;
}

function blockBelow(
  sheet: SheetSnapshot,
  used: RangeValues,
  headerIndex: number,
  headerCells: ReadonlyArray<CellValue>,
  mapping: ColumnMapping,
  hiddenRows: ReadonlySet<number>,
): BudgetSource {
  const first = headerCells.findIndex((cell) => !isBlank(cell));
  const last = headerCells.length - 1 - [...headerCells].reverse().findIndex((cell) => !isBlank(cell));
  const header = headerCells.slice(first, last + 1);
  const width = header.length;
  const rows: Array<ReadonlyArray<CellValue>> = [];
  for (let index = headerIndex + 1; index < used.values.length; index++) {
    const row = padRow((used.values[index] ?? []).slice(first, last + 1), width);
    if (row.every(isBlank)) break;
    rows.push(row);
  }
  const { columns, duplicates } = detectColumns(header, mapping);
  const headerRow = used.top + headerIndex;
  const left = used.left + first;
  return {
    key: sourceKey(sheet.name, null),
    sheet: sheet.name,
    table: null,
    headerRow,
    left,
    rows,
    firstDataRow: headerRow + 1,
    hasTotalsRow: false,
    headers: header.map(cellText),
    columns,
    duplicateColumns: duplicates,
    hiddenRows,
    range: rangeA1(headerRow, left, headerRow + rows.length, left + width - 1),
  };
}

function combineHeaderRows(upper: ReadonlyArray<CellValue>, lower: ReadonlyArray<CellValue>): CellValue[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, column) => {
    const below = lower[column] ?? null;
    return isBlank(below) ? (upper[column] ?? null) : below;
  });
}

function padRow(row: ReadonlyArray<CellValue>, width: number): ReadonlyArray<CellValue> {
  if (row.length === width) return row;
  if (row.length > width) return row.slice(0, width);
  return [...row, ...Array<CellValue>(width - row.length).fill(null)];
}
