import { type CellValue, rangeA1, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../domain';
import { isScratchSheet } from '../workbook/budget-workbook';
import { isPayloadTooLarge } from './office-errors';
import { officeCellValue } from './office-values';

/**
 * Reading a workbook through Office.js: three syncs whatever the size (what is there, where it is,
 * then the values; more only past the payload limit). Each sheet's used range is read whole, tables
 * included, so that budgets laid out by hand beside or below a table are read too; a table is cut
 * out of it. What was read is kept, so that an edit can be read again alone (office-edits.ts).
 */

export const SHAPE = 'rowIndex,columnIndex,rowCount,columnCount';

/** A used range past this many cells is not read at once: a stray cell far away, not a budget. */
export const MAX_USED_CELLS = 2_000_000;

export interface Block {
  readonly sheet: string;
  readonly table: string | null;
  readonly hasTotalsRow: boolean;
  readonly headerRows: number;
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface LoadedBlock {
  readonly block: Block;
  readonly values: CellValue[][];
  readonly hiddenRows: number[];
}

/** What the last read found: the sheets, their used ranges and tables, and the values read. */
export interface ReadState {
  readonly sheets: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  /** Each sheet's used range as read, null when it was empty or too large to read. */
  readonly used: ReadonlyMap<string, Block | null>;
  readonly tables: readonly Block[];
  readonly loaded: readonly LoadedBlock[];
}

/** The sheet, its used range and every table read, as the core takes them, and the state to read edits against. */
export async function readWorkbook(context: Excel.RequestContext, cellsPerSync: number, hiddenRows: boolean, withScratch: boolean): Promise<{ snapshot: WorkbookSnapshot; state: ReadState }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const tables = context.workbook.tables;
  tables.load('items/name,items/showTotals,items/showHeaders,items/worksheet/name');
  await context.sync();

  // The self-test's scratch sheets are no budget of the officer's, even one an interrupted run left.
  const sheets = worksheets.items.filter((sheet) => withScratch || !isScratchSheet(sheet.name)).map((sheet) => ({ id: sheet.id, name: sheet.name }));
  const names = new Set(sheets.map((sheet) => sheet.name));
  // By name or id, as null objects: a sheet or table deleted since the first sync is skipped, not a failure.
  const tableShapes = tables.items
    .filter((table) => names.has(table.worksheet.name))
    .map((table) => ({ table, range: context.workbook.tables.getItemOrNullObject(table.name).getRange().load(SHAPE) }));
  const usedShapes = sheets.map((sheet) => ({ sheet, range: worksheets.getItemOrNullObject(sheet.id).getUsedRangeOrNullObject(true).load(SHAPE) }));
  await context.sync();

  const blocks: Block[] = [];
  const unread: Array<{ sheet: string; range: string }> = [];
  const used = new Map<string, Block | null>();
  for (const { sheet, range } of usedShapes) {
    used.set(sheet.name, null);
    if (range.isNullObject) continue;
    const block: Block = { sheet: sheet.name, table: null, hasTotalsRow: false, headerRows: 0, top: range.rowIndex, left: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
    // A stray cell far from the budget makes the used range enormous: what it spans is said, not read.
    if (block.rowCount * block.columnCount > MAX_USED_CELLS) {
      unread.push({ sheet: sheet.name, range: rangeA1(block.top, block.left, block.top + block.rowCount - 1, block.left + block.columnCount - 1) });
      continue;
    }
    used.set(sheet.name, block);
    blocks.push(block);
  }
  const tableBlocks: Block[] = tableShapes
    .filter(({ range }) => !range.isNullObject)
    .map(({ table, range }) => ({
      sheet: table.worksheet.name,
      table: table.name,
      hasTotalsRow: table.showTotals === true,
      headerRows: table.showHeaders === false ? 0 : 1,
      top: range.rowIndex,
      left: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
    }));
  // A table inside its sheet's used range is cut out of it; one outside (empty rows at its foot) is read on its own.
  for (const table of tableBlocks) if (!contains(used.get(table.sheet) ?? undefined, table)) blocks.push(table);
  const { loaded, gone } = await loadBlocks(context, blocks, cellsPerSync, hiddenRows);
  const present = sheets.filter((sheet) => !gone.has(sheet.name));
  const snapshot = snapshotOf(
    present.map((sheet) => sheet.name),
    loaded,
    tableBlocks.filter((block) => !gone.has(block.sheet)),
    unread,
  );
  return { snapshot, state: { sheets: present, used, tables: tableBlocks, loaded } };
}

/** Loads values in slices of rows, as many per sync as cellsPerSync allows; halves them if Excel still refuses. */
async function loadBlocks(context: Excel.RequestContext, blocks: readonly Block[], cellsPerSync: number, hiddenRows: boolean): Promise<{ loaded: LoadedBlock[]; gone: Set<string> }> {
  const loaded = blocks.map((block) => ({ block, values: [] as CellValue[][], hiddenRows: [] as number[] }));
  const slices = loaded.flatMap((entry) => sliceRows(entry.block, cellsPerSync).map((slice) => ({ entry, ...slice })));
  const gone = new Set<string>();
  let budget = cellsPerSync;
  let next = 0;
  while (next < slices.length) {
    const group: typeof slices = [];
    let cells = 0;
    while (next + group.length < slices.length) {
      const slice = slices[next + group.length]!;
      const size = slice.rows * slice.entry.block.columnCount;
      if (group.length > 0 && cells + size > budget) break;
      group.push(slice);
      cells += size;
    }
    const requests = group.map((slice) => {
      const { block } = slice.entry;
      const address = rangeA1(block.top + slice.first, block.left, block.top + slice.first + slice.rows - 1, block.left + block.columnCount - 1);
      const sheet = context.workbook.worksheets.getItemOrNullObject(block.sheet);
      const range = sheet.getRange(address);
      range.load('values,valueTypes,numberFormat');
      const hidden = hiddenRows ? range.getRowProperties({ rowIndex: true, rowHidden: true }) : null;
      return { slice, sheet, range, hidden };
    });
    try {
      await context.sync();
    } catch (error) {
      // Long texts can make even a budgeted request too large: retry these rows in smaller slices.
      if (isPayloadTooLarge(error) && group.some((slice) => slice.rows > 1)) {
        budget = Math.max(1, Math.floor(budget / 2));
        slices.splice(next, group.length, ...group.flatMap((slice) => halve(slice)));
        continue;
      }
      throw error;
    }
    for (const { slice, sheet, range, hidden } of requests) {
      if (sheet.isNullObject) {
        gone.add(slice.entry.block.sheet);
        continue;
      }
      // Excel may answer a range with null values (a sheet being recalculated): read as empty.
      const values = Array.isArray(range.values) ? range.values : [];
      const valueTypes = Array.isArray(range.valueTypes) ? range.valueTypes : [];
      const numberFormat = Array.isArray(range.numberFormat) ? range.numberFormat : [];
      values.forEach((row, r) => {
        slice.entry.values[slice.first + r] = (row ?? []).map((value, c) => officeCellValue(value, valueTypes[r]?.[c], numberFormat[r]?.[c]));
      });
      for (const row of hidden?.value ?? []) if (row.rowHidden === true && row.rowIndex !== undefined) slice.entry.hiddenRows.push(row.rowIndex);
    }
    next += group.length;
  }
  return { loaded, gone };
}

function sliceRows(block: Block, cellsPerSync: number): Array<{ first: number; rows: number }> {
  const rowsPerSlice = Math.max(1, Math.floor(cellsPerSync / Math.max(1, block.columnCount)));
  const slices: Array<{ first: number; rows: number }> = [];
  for (let first = 0; first < block.rowCount; first += rowsPerSlice) slices.push({ first, rows: Math.min(rowsPerSlice, block.rowCount - first) });
  return slices;
}

function halve<T extends { first: number; rows: number }>(slice: T): T[] {
  if (slice.rows <= 1) return [slice];
  const upper = Math.ceil(slice.rows / 2);
  return [
    { ...slice, rows: upper },
    { ...slice, first: slice.first + upper, rows: slice.rows - upper },
  ];
}

export function contains(outer: Block | undefined, inner: Block): boolean {
  return (
    outer !== undefined &&
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rowCount <= outer.top + outer.rowCount &&
    inner.left + inner.columnCount <= outer.left + outer.columnCount
  );
}

function cut(values: readonly CellValue[][], outer: Block, inner: Block): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 0; r < inner.rowCount; r++) {
    const row = values[inner.top - outer.top + r] ?? [];
    rows.push(Array.from({ length: inner.columnCount }, (_, c) => row[inner.left - outer.left + c] ?? null));
  }
  return rows;
}

function snapshotOf(sheetNames: readonly string[], loaded: readonly LoadedBlock[], tableBlocks: readonly Block[], unread: ReadonlyArray<{ sheet: string; range: string }>): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = sheetNames.map((name) => {
    const blocks = loaded.filter((entry) => entry.block.sheet === name);
    const used = blocks.find((entry) => entry.block.table === null);
    const tables: TableSnapshot[] = tableBlocks
      .filter((block) => block.sheet === name)
      .map((block) => {
        const own = blocks.find((entry) => entry.block.table === block.table);
        const values = own !== undefined ? [...own.values] : used !== undefined ? cut(used.values, used.block, block) : [];
        return { name: block.table as string, top: block.top, left: block.left, values, hasTotalsRow: block.hasTotalsRow, headerRows: block.headerRows };
      });
    return {
      name,
      tables,
      // A copy of the rows' list: rows read again after an edit replace the state's, not the snapshot's.
      cells: used ? [{ top: used.block.top, left: used.block.left, values: [...used.values] }] : [],
      hiddenRows: [...new Set(blocks.flatMap((entry) => entry.hiddenRows))],
      unread: unread.filter((area) => area.sheet === name).map((area) => ({ range: area.range, reason: 'too-large' as const })),
    };
  });
  return { sheets };
}
