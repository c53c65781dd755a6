import { type BudgetSource, type CellRange, cellRange, type CellValue, type CheckOptions, type CheckResult, parseRange, rangeA1, recheckRows, type RowPatch } from '../domain';
import type { EditedArea, EditedCheck, WorkbookChange } from '../workbook/budget-workbook';
import { isOurFormula, keyOfFormula, runsOf } from './flag-formulas';
import { FORMAT_FIELDS } from './formats/our-formats';
import { type Block, type ReadState, SHAPE } from './office-read';
import type { Run } from './office-host';
import { officeCellValue } from './office-values';

/**
 * An edit costs what it changes: a burst of edits inside budgets is read again row by row (the
 * budget's header row too, to see that it did not change), with the shape of the sheet's used range
 * and tables (a row count that changed means the budgets must be located again), and the
 * conditional formats on those rows, in one sync. What it finds is handed to the core, which checks
 * those budgets again from those rows, and to the flags, which look at those rows only.
 */

/** Past this many rows, an edit (a paste of a whole block) is read with the rest of the workbook. */
export const MAX_EDITED_ROWS = 1000;

/** The formats of ours on the edited rows of one sheet, as read with them: their positions in that collection. */
export interface EditedSheet {
  readonly sheet: string;
  /** The rows read, across their budget's columns, as A1 areas. */
  readonly areas: readonly string[];
  /** Our formats among those intersecting the areas, with their position in that collection; null when it was not read. */
  readonly ours: ReadonlyArray<{ readonly position: number; readonly key: string | null }> | null;
}

export interface EditedAreaOf extends EditedArea {
  readonly sheets: readonly EditedSheet[];
}

/** A cell of a row read again, as the core compares them (a date or an error is an object). */
const same = (a: CellValue | undefined, b: CellValue) => a === b || JSON.stringify(a ?? null) === JSON.stringify(b);

/** An edited area's corners, 0-based; whole rows ("5:7", a row pasted) span every column. */
function cornersOf(area: string): (CellRange & { readonly wholeRows: boolean }) | null {
  const rows = /^(\d+):(\d+)$/.exec(area);
  if (rows) return { ...cellRange(Number(rows[1]) - 1, 0, Number(rows[2]) - 1, 16383), wholeRows: true };
  const corners = parseRange(area);
  return corners === null ? null : { ...corners, wholeRows: false };
}

/**
 * The rows of each budget an edit touched, by sheet; null when an edit falls outside every budget's
 * data rows. Whole rows (a row pasted) are read across the used range, and must hold nothing beside the budget.
 */
function touchedRows(changes: readonly WorkbookChange[], state: ReadState, sources: readonly BudgetSource[]): Map<string, Map<BudgetSource, { rows: Set<number>; wholeRows: boolean }>> | null {
  const bySheet = new Map<string, Map<BudgetSource, { rows: Set<number>; wholeRows: boolean }>>();
  let count = 0;
  for (const change of changes) {
    if (change.structural === true || change.address === undefined || change.sheetId === undefined) return null;
    const sheet = state.sheets.find((candidate) => candidate.id === change.sheetId)?.name;
    if (sheet === undefined) return null;
    for (const area of change.address.replace(/\$/g, '').split(',')) {
      const corners = cornersOf(area.replace(/^.*!/, ''));
      if (corners === null) return null;
      const source = sources.find(
        (candidate) =>
          candidate.sheet === sheet &&
          corners.from.row >= candidate.firstDataRow &&
          corners.to.row < candidate.firstDataRow + candidate.rows.length &&
          (corners.wholeRows || (corners.from.column >= candidate.left && corners.to.column < candidate.left + candidate.headers.length)),
      );
      if (source === undefined) return null;
      const ofSheet = bySheet.get(sheet) ?? new Map<BudgetSource, { rows: Set<number>; wholeRows: boolean }>();
      const entry = ofSheet.get(source) ?? { rows: new Set<number>(), wholeRows: false };
      for (let row = corners.from.row; row <= corners.to.row; row++) entry.rows.add(row);
      entry.wholeRows ||= corners.wholeRows;
      count += corners.to.row - corners.from.row + 1;
      if (count > MAX_EDITED_ROWS) return null;
      ofSheet.set(source, entry);
      bySheet.set(sheet, ofSheet);
    }
  }
  return bySheet;
}

const sameShape = (block: Block | null | undefined, range: Excel.Range) =>
  block !== null &&
  block !== undefined &&
  !range.isNullObject &&
  block.top === range.rowIndex &&
  block.left === range.columnIndex &&
  block.rowCount === range.rowCount &&
  block.columnCount === range.columnCount;

const rowsOf = (range: Excel.Range): CellValue[][] => {
  const values = Array.isArray(range.values) ? range.values : [];
  return values.map((row, r) => (row ?? []).map((value, c) => officeCellValue(value, range.valueTypes?.[r]?.[c], range.numberFormat?.[r]?.[c])));
};

/** Reads the rows the edits touched and checks their budgets again from them, the rest of `previous` kept; null: read everything. */
export async function checkEditedRows(
  run: Run,
  state: ReadState,
  changes: readonly WorkbookChange[],
  previous: CheckResult,
  options: { readonly checkOptions: CheckOptions; readonly fileName?: string | undefined; readonly flags: boolean; readonly rangeAreas: boolean },
): Promise<EditedCheck | null> {
  const read = await readEditedRows(run, state, changes, previous.sources, options);
  if (read === null) return null;
  const result = recheckRows(previous, read.rows, options.checkOptions, options.fileName);
  return result === null ? null : { result, area: read.area };
}

async function readEditedRows(
  run: Run,
  state: ReadState,
  changes: readonly WorkbookChange[],
  sources: readonly BudgetSource[],
  options: { readonly flags: boolean; readonly rangeAreas: boolean },
): Promise<{ rows: RowPatch[]; area: EditedAreaOf } | null> {
  const touched = touchedRows(changes, state, sources);
  if (touched === null || touched.size === 0) return null;
  return run(async (context) => {
    const requests = [...touched].map(([sheet, bySource]) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      const used = worksheet.getUsedRangeOrNullObject(true).load(SHAPE);
      const tableCount = worksheet.tables.getCount();
      const tables = state.tables
        .filter((block) => block.sheet === sheet)
        .map((block) => {
          const table = context.workbook.tables.getItemOrNullObject(block.table as string).load('showTotals,showHeaders');
          return { block, table, range: table.getRange().load(SHAPE) };
        });
      const usedBlock = state.used.get(sheet);
      const reads = [...bySource].map(([source, { rows, wholeRows }]) => {
        const width = source.headers.length;
        const header = worksheet.getRange(rangeA1(source.headerRow, source.left, source.headerRow, source.left + width - 1)).load('values,valueTypes,numberFormat');
        // Whole rows are read across the used range, to see that nothing beside the budget changed.
        const left = wholeRows && usedBlock ? Math.min(usedBlock.left, source.left) : source.left;
        const right = wholeRows && usedBlock ? Math.max(usedBlock.left + usedBlock.columnCount - 1, source.left + width - 1) : source.left + width - 1;
        const spans = runsOf([...rows].sort((a, b) => a - b)).map(([from, to]) => ({
          from,
          left,
          address: rangeA1(from, source.left, to, source.left + width - 1),
          range: worksheet.getRange(rangeA1(from, left, to, right)).load('values,valueTypes,numberFormat'),
        }));
        return { source, header, spans };
      });
      const areas = reads.flatMap((read) => read.spans.map((span) => span.address));
      // The formats on those rows, to see whether a paste split ours (one collection, so that positions hold).
      const formats = !options.flags
        ? null
        : areas.length === 1
          ? worksheet.getRange(areas[0]).conditionalFormats
          : options.rangeAreas
            ? worksheet.getRanges(areas.join(',')).conditionalFormats
            : null;
      formats?.load(FORMAT_FIELDS);
      return { sheet, worksheet, used, tableCount, tables, reads, areas, formats };
    });
    await context.sync();

    const patches: RowPatch[] = [];
    const edited: EditedSheet[] = [];
    for (const request of requests) {
      if (request.worksheet.isNullObject || !sameShape(state.used.get(request.sheet), request.used)) return null;
      if (request.tableCount.value !== request.tables.length) return null;
      for (const { block, table, range } of request.tables) {
        if (table.isNullObject || !sameShape(block, range) || (table.showTotals === true) !== block.hasTotalsRow || (table.showHeaders === false ? 0 : 1) !== block.headerRows) return null;
      }
      for (const { source, header, spans } of request.reads) {
        const headerCells = rowsOf(header)[0] ?? [];
        if (headerCells.some((value, index) => !same(cachedCell(state, request.sheet, source.headerRow, source.left + index), value))) return null;
        for (const span of spans) {
          const read = rowsOf(span.range);
          for (const [offset, values] of read.entries()) {
            const row = span.from + offset;
            // Beside the budget, a row read whole must hold what it held: else what is outside every budget may have changed.
            const besides = values.some((value, index) => {
              const column = span.left + index;
              return (column < source.left || column >= source.left + source.headers.length) && !same(cachedCell(state, request.sheet, row, column) ?? null, value);
            });
            if (besides) return null;
            const padded = Array.from({ length: source.headers.length }, (_, index) => values[source.left - span.left + index] ?? null);
            patches.push({ sheet: request.sheet, row, left: source.left, values: padded });
          }
        }
      }
      const ours =
        request.formats === null
          ? null
          : request.formats.items.flatMap((format, position) => {
              const formula = format.type === 'Custom' && !format.customOrNullObject.isNullObject ? format.customOrNullObject.rule.formula : null;
              return isOurFormula(formula) ? [{ position, key: keyOfFormula(formula) }] : [];
            });
      edited.push({ sheet: request.sheet, areas: request.areas, ours });
    }
    // Only now, every check passed: the rows read become the state's.
    for (const patch of patches) updateCached(state, patch.sheet, patch.row, patch.left, patch.values);
    const area: EditedAreaOf = { kind: 'edited-area', sheets: edited };
    return { rows: patches, area };
  });
}

/** The value the last read gave a cell (0-based), or undefined when no block read holds it. */
export function cachedCell(state: ReadState, sheet: string, row: number, column: number): CellValue | undefined {
  for (const entry of state.loaded) {
    const { block } = entry;
    if (block.sheet !== sheet || row < block.top || row >= block.top + block.rowCount || column < block.left || column >= block.left + block.columnCount) continue;
    return entry.values[row - block.top]?.[column - block.left] ?? null;
  }
  return undefined;
}

/** Writes cells read again (a row from `left`) into the state, replacing the row's array rather than changing it. */
export function updateCached(state: ReadState, sheet: string, row: number, left: number, values: readonly CellValue[]): void {
  for (const entry of state.loaded) {
    const { block } = entry;
    if (block.sheet !== sheet || row < block.top || row >= block.top + block.rowCount) continue;
    const copy = [...(entry.values[row - block.top] ?? [])];
    values.forEach((value, index) => {
      const column = left + index - block.left;
      if (column >= 0 && column < block.columnCount) copy[column] = value;
    });
    entry.values[row - block.top] = copy;
  }
}
