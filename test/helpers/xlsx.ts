import ExcelJS from 'exceljs';
import { type CellValue, cellError, cellText, toCellValue } from '../../src/domain';

type ExcelValue = ExcelJS.CellValue;

export interface SheetSpec {
  readonly name: string;
  /** Rows from A1 down (or from `origin`), header row first. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | ExcelValue>>;
  /** Make the rows an Excel table with this name. */
  readonly table?: string;
  readonly totalsRow?: boolean;
  /** Top-left cell of the rows, "A1" by default. */
  readonly origin?: string;
  readonly hiddenRows?: readonly number[];
  /** Cells to merge, as Excel's "Fusionner" does ("E1:F1"). */
  readonly merges?: readonly string[];
}

function toExcel(value: CellValue | ExcelValue): ExcelValue {
  if (value !== null && typeof value === 'object' && 'kind' in value) {
    return value.kind === 'error' ? { error: value.code as ExcelJS.CellErrorValue['error'] } : new Date(value.iso);
  }
  return value;
}

/** Builds an .xlsx workbook the way an officer's file would hold it, and writes it. */
export async function writeWorkbook(path: string, sheets: readonly SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    const origin = sheet.getCell(spec.origin ?? 'A1');
    const top = Number(origin.row);
    const left = Number(origin.col);
    if (spec.table) {
      const [header = [], ...body] = spec.rows;
      sheet.addTable({
        name: spec.table,
        ref: spec.origin ?? 'A1',
        headerRow: true,
        totalsRow: spec.totalsRow ?? false,
        columns: header.map((name) => ({ name: cellText(toCellValue(name)), filterButton: true })),
        rows: body.map((row) => header.map((_, column) => toExcel(row[column] ?? null))),
      });
    } else {
      spec.rows.forEach((row, rowIndex) => {
        row.forEach((value, column) => {
          if (value !== null) sheet.getCell(top + rowIndex, left + column).value = toExcel(value);
        });
      });
    }
    for (const row of spec.hiddenRows ?? []) sheet.getRow(row).hidden = true;
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
}

/**
 * A fixture's cell as the core reads it: exceljs' shapes (formula with its result, rich text, a
 * hyperlink, an error) reduced to the value Excel shows.
 */
export function shownValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined || typeof raw !== 'object' || raw instanceof Date) return toCellValue(raw);
  const value = raw as Record<string, unknown>;
  if (typeof value.error === 'string') return cellError(value.error);
  if (Array.isArray(value.richText)) return (value.richText as Array<{ text: string }>).map((run) => run.text).join('');
  if (typeof value.hyperlink === 'string') return shownValue(value.text);
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? shownValue(value.result) : null;
  return toCellValue(raw);
}
