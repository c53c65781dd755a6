import { type CellValue, type RangeValues, rowRuns, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../domain';
import type { XlsxBook, XlsxRow, XlsxSheet, XlsxTable } from './xlsx-book';

function outside(cells: XlsxRow, tables: readonly XlsxTable[]): XlsxRow {
  const kept: XlsxRow = { columns: [], values: [], styles: [] };
  cells.columns.forEach((column, index) => {
    if (tables.some((table) => column >= table.left && column <= table.right)) return;
    kept.columns.push(column);
    kept.values.push(cells.values[index] ?? null);
    kept.styles.push(cells.styles[index] ?? 0);
  });
  return kept;
}

function tableValues(sheet: XlsxSheet, table: XlsxTable): CellValue[][] {
  const width = table.right - table.left + 1;
  const rows: CellValue[][] = [];
  for (let row = table.top; row <= table.bottom; row++) {
    const dense: CellValue[] = new Array<CellValue>(width).fill(null);
    const cells = sheet.rows.get(row);
    if (cells !== undefined) {
      cells.columns.forEach((column, index) => {
        if (column >= table.left && column <= table.right) dense[column - table.left] = cells.values[index] ?? null;
      });
    }
    rows.push(dense);
  }
  return rows;
}

function sheetSnapshot(sheet: XlsxSheet): SheetSnapshot {
  const tables: TableSnapshot[] = sheet.tables.map((table) => ({
    name: table.name,
    top: table.top,
    left: table.left,
    values: tableValues(sheet, table),
    headerRows: table.headerRows,
    hasTotalsRow: table.totalsRows > 0,
  }));
  // Cells outside the tables: the core reads tables from `tables`, and looks for budgets laid out by hand in the rest.
  const cells: RangeValues[] = [];
  const rows = [...sheet.rows.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    const entry = sheet.rows.get(row) as XlsxRow;
    const covering = sheet.tables.filter((table) => row >= table.top && row <= table.bottom);
    const kept = covering.length === 0 ? entry : outside(entry, covering);
    cells.push(...rowRuns(row, kept.columns, kept.values));
  }
  return { name: sheet.name, tables, cells, hiddenRows: sheet.hiddenRows };
}

/** Everything the core needs from a workbook read from a file. */
export function snapshotOfBook(book: XlsxBook, fileName?: string): WorkbookSnapshot {
  const sheets = book.sheets.map(sheetSnapshot);
  return fileName === undefined ? { sheets } : { sheets, fileName };
}
