import {
  type CellValue,
  type CheckResult,
  type MatchingMode,
  rangeA1,
  type SheetSnapshot,
  type TableSnapshot,
  type WorkbookSnapshot,
} from '../domain';
import type { BudgetWorkbook, CreatedTable, WorkbookCapabilities } from '../workbook/budget-workbook';
import { EDIT_BURST_MS } from '../workbook/live-check';
import { FLAG_COLOURS } from '../workbook/flag-colours';
import { flagPlan, isOurFormula } from './flag-formulas';
import { isPayloadTooLarge, toWorkbookError } from './office-errors';
import { officeCellValue } from './office-values';

/** What the adapter needs of Office: Excel.run in Excel, a mock in tests. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: 'ExcelApi', version: string): boolean;
  /** Excel on the web limits each request to 5 MB; Excel on Windows and Mac does not. */
  readonly onTheWeb: boolean;
  /** The document's settings (Office.context.document.settings), where they are available. */
  readonly settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'> | null;
}

/**
 * Cells read per sync. Excel on the web refuses a request or response over 5 MB; a budget cell
 * costs about 40 bytes loaded with its value type and number format, so 100 000 cells stay under
 * it, and a 10 000-row budget of 7 columns reads in a single sync. Elsewhere the limit is Excel's
 * 5 million cells per request.
 */
export const CELLS_PER_SYNC_ON_THE_WEB = 100_000;
export const CELLS_PER_SYNC = 5_000_000;

const SETTINGS_KEY = 'convention-budget';
const SHAPE = 'rowIndex,columnIndex,rowCount,columnCount';

/** A used range past this many cells is not read at once: a stray cell far away, not a budget. */
export const MAX_USED_CELLS = 2_000_000;

interface Block {
  readonly sheet: string;
  readonly table: string | null;
  readonly hasTotalsRow: boolean;
  readonly headerRows: number;
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface LoadedBlock {
  readonly block: Block;
  readonly values: CellValue[][];
  readonly hiddenRows: number[];
}

/** The officer's workbook in Excel, through Office.js. */
export class OfficeWorkbook implements BudgetWorkbook {
  readonly capabilities: WorkbookCapabilities;
  /** Requirement sets used beyond the manifest's ExcelApi 1.4, each checked before use. */
  private readonly hiddenRowsSupported: boolean;
  private readonly workbookWideEvents: boolean;
  private sheetNames: string[] = [];
  private ownWrites = 0;

  private readonly cellsPerSync: number;

  constructor(
    private readonly host: OfficeHost,
    cellsPerSync?: number,
  ) {
    this.cellsPerSync = cellsPerSync ?? (host.onTheWeb ? CELLS_PER_SYNC_ON_THE_WEB : CELLS_PER_SYNC);
    this.capabilities = {
      flags: host.isSetSupported('ExcelApi', '1.6'),
      liveChanges: host.isSetSupported('ExcelApi', '1.7'),
      editBurstMs: EDIT_BURST_MS,
    };
    this.hiddenRowsSupported = host.isSetSupported('ExcelApi', '1.9');
    this.workbookWideEvents = host.isSetSupported('ExcelApi', '1.9');
  }

  private async batch<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(work);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  /**
   * Three syncs whatever the size: what is there, where it is, then the values (more syncs only past
   * the payload limit). Each sheet's used range is read whole, tables included, so that budgets laid
   * out by hand beside or below a table are read too; a table is cut out of it.
   */
  read(): Promise<WorkbookSnapshot> {
    return this.batch(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const tables = context.workbook.tables;
      tables.load('items/name,items/showTotals,items/showHeaders,items/worksheet/name');
      await context.sync();

      this.sheetNames = worksheets.items.map((sheet) => sheet.name);
      const tableShapes = tables.items.map((table) => ({ table, range: table.getRange().load(SHAPE) }));
      const usedShapes = worksheets.items.map((sheet) => ({ sheet, range: sheet.getUsedRangeOrNullObject(true).load(SHAPE) }));
      await context.sync();

      const blocks: Block[] = [];
      const unread: Array<{ sheet: string; range: string }> = [];
      const used = new Map<string, Block>();
      for (const { sheet, range } of usedShapes) {
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
      const tableBlocks = tableShapes.map(({ table, range }) => ({
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
      for (const table of tableBlocks) if (!contains(used.get(table.sheet), table)) blocks.push(table);
      const loaded = await this.loadBlocks(context, blocks);
      return snapshotOf(this.sheetNames, loaded, tableBlocks, unread);
    });
  }

  /** Loads values in slices of rows, as many per sync as CELLS_PER_SYNC allows; halves it if Excel still refuses. */
  private async loadBlocks(context: Excel.RequestContext, blocks: readonly Block[]): Promise<LoadedBlock[]> {
    const loaded = blocks.map((block) => ({ block, values: [] as CellValue[][], hiddenRows: [] as number[] }));
    const slices = loaded.flatMap((entry) => sliceRows(entry.block, this.cellsPerSync).map((slice) => ({ entry, ...slice })));
    let budget = this.cellsPerSync;
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
        const range = context.workbook.worksheets.getItem(block.sheet).getRange(address);
        range.load('values,valueTypes,numberFormat');
        const hidden = this.hiddenRowsSupported ? range.getRowProperties({ rowIndex: true, rowHidden: true }) : null;
        return { slice, range, hidden };
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
      for (const { slice, range, hidden } of requests) {
        const { values, valueTypes, numberFormat } = range;
        values.forEach((row, r) => {
          slice.entry.values[slice.first + r] = row.map((value, c) => officeCellValue(value, valueTypes[r]?.[c], numberFormat[r]?.[c]));
        });
        for (const row of hidden?.value ?? []) if (row.rowHidden === true && row.rowIndex !== undefined) slice.entry.hiddenRows.push(row.rowIndex);
      }
      next += group.length;
    }
    return loaded;
  }

  showFlags(result: CheckResult, matching: MatchingMode): Promise<void> {
    if (!this.capabilities.flags) return Promise.resolve();
    const plan = flagPlan(result, matching);
    return this.batch(async (context) => {
      const ours = this.queueOurFormats(context, this.sheetNames);
      await context.sync();
      for (const format of ours()) format.delete();
      for (const flag of plan.flags) {
        const sheet = context.workbook.worksheets.getItem(flag.sheet);
        const format = sheet.getRange(flag.range).conditionalFormats.add('Custom');
        format.custom.rule.formula = flag.formula;
        format.custom.format.fill.color = FLAG_COLOURS[flag.severity].fill;
        format.custom.format.font.color = FLAG_COLOURS[flag.severity].text;
      }
      await context.sync();
    });
  }

  /** Three syncs: the sheets, their conditional formats, then the deletion of ours. */
  clearFlags(): Promise<number> {
    if (!this.capabilities.flags) return Promise.resolve(0);
    return this.batch(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      const ours = this.queueOurFormats(context, worksheets.items.map((sheet) => sheet.name));
      await context.sync();
      const found = ours();
      for (const format of found) format.delete();
      await context.sync();
      return found.length;
    });
  }

  /** Queues the load of every conditional format of the sheets; after the sync, returns ours. */
  private queueOurFormats(context: Excel.RequestContext, sheets: readonly string[]): () => Excel.ConditionalFormat[] {
    const collections = sheets.map((name) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      const formats = sheet.getRange().conditionalFormats;
      formats.load('items/type,items/customOrNullObject/rule/formula');
      return { sheet, formats };
    });
    return () =>
      collections
        .filter(({ sheet }) => !sheet.isNullObject)
        .flatMap(({ formats }) => formats.items.filter((format) => format.type === 'Custom' && !format.customOrNullObject.isNullObject && isOurFormula(format.customOrNullObject.rule.formula)));
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.batch(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  async onChange(listener: () => void): Promise<() => Promise<void>> {
    if (!this.capabilities.liveChanges) return async () => undefined;
    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      // Our own writes (a new budget table) are no edit of the officer's.
      if (event.triggerSource === 'ThisLocalAddin' || this.ownWrites > 0) return;
      listener();
    };
    const registrations = await this.batch(async (context) => {
      const results: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
      const worksheets = context.workbook.worksheets;
      if (this.workbookWideEvents) {
        results.push(worksheets.onChanged.add(handler));
      } else {
        worksheets.load('items/name');
        await context.sync();
        for (const sheet of worksheets.items) results.push(sheet.onChanged.add(handler));
      }
      const added = worksheets.onAdded.add(async () => listener());
      await context.sync();
      return [...results, added];
    });
    return async () => {
      for (const registration of registrations) {
        registration.remove();
        await registration.context.sync();
      }
    };
  }

  async readSettings(): Promise<unknown> {
    return this.host.settings?.get(SETTINGS_KEY) ?? null;
  }

  writeSettings(settings: unknown): Promise<void> {
    const store = this.host.settings;
    if (!store) return Promise.resolve();
    store.set(SETTINGS_KEY, settings);
    return new Promise((resolve, reject) => {
      store.saveAsync((result) => {
        // Office.AsyncResultStatus.Failed is "failed"; the enum object is not there when office.js is not.
        if (String(result.status) === 'failed') reject(toWorkbookError(result.error));
        else resolve();
      });
    });
  }

  async createBudgetTable(sheetName: string, headers: readonly string[]): Promise<CreatedTable> {
    this.ownWrites++;
    try {
      return await this.batch(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        await context.sync();
        const taken = new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase()));
        let name = sheetName;
        for (let index = 2; taken.has(name.toLowerCase()); index++) name = `${sheetName} ${index}`;
        // A new sheet of ours, and a table named column by column: no cell of the officer's is written.
        const sheet = worksheets.add(name);
        const table = sheet.tables.add(rangeA1(0, 0, 1, headers.length - 1), true);
        table.load('name');
        headers.forEach((header, index) => {
          table.columns.getItemAt(index).name = header;
        });
        // The four amount columns (cost, State, Department, other) in euros.
        sheet.getRange(rangeA1(1, 3, 1, headers.length - 1)).numberFormat = [Array<string>(headers.length - 3).fill('#,##0.00 "€"')];
        sheet.activate();
        sheet.getRange('A2').select();
        await context.sync();
        return { sheet: name, range: rangeA1(0, 0, 1, headers.length - 1) };
      });
    } finally {
      // Excel reports our writes a moment later: ignore them for a short while.
      setTimeout(() => this.ownWrites--, 1000);
    }
  }
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

function contains(outer: Block | undefined, inner: Block): boolean {
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
        const values = own !== undefined ? own.values : used !== undefined ? cut(used.values, used.block, block) : [];
        return { name: block.table as string, top: block.top, left: block.left, values, hasTotalsRow: block.hasTotalsRow, headerRows: block.headerRows };
      });
    const sheet: SheetSnapshot = {
      name,
      tables,
      cells: used ? [{ top: used.block.top, left: used.block.left, values: used.values }] : [],
      hiddenRows: [...new Set(blocks.flatMap((entry) => entry.hiddenRows))],
      unread: unread.filter((area) => area.sheet === name).map((area) => ({ range: area.range, reason: 'too-large' as const })),
    };
    return sheet;
  });
  return { sheets };
}
