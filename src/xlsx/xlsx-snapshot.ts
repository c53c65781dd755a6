import type ExcelJS from 'exceljs';
import * as z from 'zod/mini';
import {
  type CellValue,
  cellError,
  parseA1,
  type RangeValues,
  type SheetSnapshot,
  type TableSnapshot,
  toCellValue,
  type WorkbookSnapshot,
} from '../domain';

// The shapes exceljs gives a cell's value, validated rather than trusted: a file may hold anything.
const errorValue = z.object({ error: z.string() });
const richTextValue = z.object({ richText: z.array(z.object({ text: z.string() })) });
const hyperlinkValue = z.object({ hyperlink: z.string(), text: z.unknown() });
const formulaValue = z.object({ result: z.optional(z.unknown()) });
const hasFormula = z.union([z.object({ formula: z.string() }), z.object({ sharedFormula: z.string() })]);

// exceljs' ValueType.Merge: a cell covered by a merge. Excel shows it empty, and so do we.
const MERGED_CELL_TYPE = 1;

/** A cell covered by a merge (not its top-left one): empty, as Excel shows it. */
export function isMergeCover(cell: ExcelJS.Cell): boolean {
  return cell.type === MERGED_CELL_TYPE;
}

/** A cell's value as exceljs reads it, turned into what the core reads. */
export function excelJsCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined || typeof raw !== 'object' || raw instanceof Date) return toCellValue(raw);
  const error = errorValue.safeParse(raw);
  if (error.success) return cellError(error.data.error);
  const rich = richTextValue.safeParse(raw);
  if (rich.success) return rich.data.richText.map((run) => run.text).join('');
  const link = hyperlinkValue.safeParse(raw);
  if (link.success) return excelJsCellValue(link.data.text);
  if (hasFormula.safeParse(raw).success) {
    // A formula whose result was never cached (a file written by a program, not by Excel) shows nothing.
    const formula = formulaValue.safeParse(raw);
    return formula.success ? excelJsCellValue(formula.data.result) : null;
  }
  return toCellValue(raw);
}

function readCell(sheet: ExcelJS.Worksheet, row: number, column: number): CellValue {
  const cell = sheet.findCell(row + 1, column + 1);
  if (!cell || isMergeCover(cell)) return null;
  return excelJsCellValue(cell.value);
}

function readBlock(sheet: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let row = top; row <= bottom; row++) {
    const cells: CellValue[] = [];
    for (let column = left; column <= right; column++) cells.push(readCell(sheet, row, column));
    rows.push(cells);
  }
  return rows;
}

// exceljs keeps a read table's model under `table`, with its address as `tableRef`.
const tableModel = z.object({
  name: z.string(),
  tableRef: z.optional(z.string()),
  ref: z.optional(z.string()),
  headerRow: z.optional(z.boolean()),
  totalsRow: z.optional(z.boolean()),
});

/** The Excel tables of a sheet that show their header row: name, A1 range, totals row. */
export function tableRangesOf(sheet: ExcelJS.Worksheet): Array<{ name: string; range: string; hasTotalsRow: boolean }> {
  const tables: Array<{ name: string; range: string; hasTotalsRow: boolean }> = [];
  for (const table of sheet.getTables()) {
    const model = tableModel.safeParse((table as unknown as { table?: unknown }).table);
    if (!model.success) continue;
    const range = model.data.tableRef ?? model.data.ref ?? '';
    const [start = '', end = start] = range.split(':');
    // A table shown without its header row has nothing to detect columns by: it is left out.
    if (!parseA1(start) || !parseA1(end) || model.data.headerRow === false) continue;
    tables.push({ name: model.data.name, range, hasTotalsRow: model.data.totalsRow === true });
  }
  return tables;
}

function readTables(sheet: ExcelJS.Worksheet): TableSnapshot[] {
  return tableRangesOf(sheet).map(({ name, range, hasTotalsRow }) => {
    const [start = '', end = start] = range.split(':');
    const from = parseA1(start) ?? { row: 0, column: 0 };
    const to = parseA1(end) ?? from;
    return { name, top: from.row, left: from.column, values: readBlock(sheet, from.row, from.column, to.row, to.column), hasTotalsRow };
  });
}

function readUsedRange(sheet: ExcelJS.Worksheet): RangeValues | null {
  if (sheet.rowCount === 0 || sheet.columnCount === 0) return null;
  return { top: 0, left: 0, values: readBlock(sheet, 0, 0, sheet.rowCount - 1, sheet.columnCount - 1) };
}

function hiddenRowsOf(sheet: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    if (row.hidden) hidden.push(row.number - 1);
  });
  return hidden;
}

/** Everything the core needs from a workbook that exceljs has read. */
export function snapshotOfWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = workbook.worksheets.map((sheet) => {
    const tables = readTables(sheet);
    return {
      name: sheet.name,
      tables,
      // Only a sheet without a table is searched for a header row.
      used: tables.length === 0 ? readUsedRange(sheet) : null,
      hiddenRows: hiddenRowsOf(sheet),
    };
  });
  return { sheets };
}
