import {
  type CellValue,
  type CheckResult,
  type MatchingMode,
  rangeA1,
  type SheetSnapshot,
  type TableSnapshot,
  type WorkbookSnapshot,
} from '../domain';
import type {
  BudgetWorkbook,
  ClearReport,
  CreatedTable,
  Diagnostics,
  FlagReport,
  OperationOptions,
  WorkbookCapabilities,
  WorkbookChange,
} from '../workbook/budget-workbook';
import { EDIT_BURST_MS } from '../workbook/live-check';
import { isPayloadTooLarge, isUndoNotSupported, toWorkbookError } from './office-errors';
import { officeCellValue } from './office-values';

/** Options of Excel.run this adapter uses (Excel.RunOptions). */
export interface RunOptions {
  /** ExcelApi 1.20: the batch is one step of Excel's undo. */
  readonly mergeUndoGroup?: boolean;
}

/** What the adapter needs of Office: Excel.run in Excel, a mock in tests. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  isSetSupported(name: 'ExcelApi', version: string): boolean;
  /** Excel on the web limits each request to 5 MB; Excel on Windows and Mac does not. */
  readonly onTheWeb: boolean;
  /** The document's settings (Office.context.document.settings), where they are available. */
  readonly settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'> | null;
  /** Host, platform and version, for the self-test's report. */
  readonly info?: Readonly<Record<string, string>>;
  /** The document's address (Office.context.document.url): read at each check, a Save As changes it. */
  readonly documentUrl?: () => string | null | undefined;
}

/** The profile kept in the file's custom XML part: Office.js code only, loaded apart from the pane's first bundle. */
function keptProfileParts() {
  return import(/* webpackChunkName: "profile-part" */ './office-profile-part');
}

/**
 * Writing flags loads apart from the pane's first bundle: findings are on screen after the first
 * read, and the formulas that draw them follow a moment later (webpack gives both modules one chunk).
 */
async function flagWriting() {
  const [formulas, flags] = await Promise.all([import(/* webpackChunkName: "flags" */ './flag-formulas'), import(/* webpackChunkName: "flags" */ './office-flags')]);
  return { flagPlan: formulas.flagPlan, syncFlags: flags.syncFlags, clearOurFlags: flags.clearOurFlags };
}

/** The file name at the end of a document's address (a path, a SharePoint or OneDrive URL), or undefined. */
export function fileNameOfUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const last = url.split(/[?#]/)[0]?.split(/[\\/]/).filter(Boolean).at(-1);
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * What a budget cell costs in a response, loaded with its value type and number format: measured
 * on the JSON Excel gives back (test/excel/office-workbook.test.ts), about 25 bytes for a number and
 * 150 for a long title; a budget row of 7 cells averages some 47 bytes a cell. Counted at 100 here.
 */
export const BYTES_PER_CELL = 100;
/** Excel on the web refuses a request or response over 5 MB: slices aim at half of it. */
export const PAYLOAD_BUDGET_BYTES = 2.5 * 1024 * 1024;
export const CELLS_PER_SYNC_ON_THE_WEB = Math.floor(PAYLOAD_BUDGET_BYTES / BYTES_PER_CELL);
/** Elsewhere the limit is Excel's 5 million cells per request. */
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
  private readonly rangeAreas: boolean;
  private readonly undoGroups: boolean;
  private sheetNames: string[] = [];
  private ownWrites = 0;
  private diagnosticsLoaded: Promise<Diagnostics> | null = null;

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
    this.rangeAreas = host.isSetSupported('ExcelApi', '1.9');
    this.undoGroups = host.isSetSupported('ExcelApi', '1.20');

  }

  private async batch<T>(work: (context: Excel.RequestContext) => Promise<T>, options?: OperationOptions): Promise<T> {
    try {
      return await this.run(work, options);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  /**
   * A command the officer clicked is one step of Excel's undo where ExcelApi 1.20 allows it; where
   * Excel cannot group the batch (UndoNotSupported), it runs as Excel's separate steps.
   */
  private async run<T>(work: (context: Excel.RequestContext) => Promise<T>, options?: OperationOptions): Promise<T> {
    if (options?.command !== true || !this.undoGroups) return this.host.run(work);
    try {
      return await this.host.run(work, { mergeUndoGroup: true });
    } catch (error) {
      if (!isUndoNotSupported(error)) throw error;
      return this.host.run(work);
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
      const snapshot = snapshotOf(this.sheetNames, loaded, tableBlocks, unread);
      const fileName = fileNameOfUrl(this.host.documentUrl?.());
      return fileName === undefined ? snapshot : { ...snapshot, fileName };
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
    return loaded;
  }

  /** The self-test's operations, loaded when Réglages › Diagnostic first runs. */
  diagnostics(): Promise<Diagnostics> {
    this.diagnosticsLoaded ??= import(/* webpackChunkName: "diagnostics" */ './office-diagnostics').then(({ officeDiagnostics }) => officeDiagnostics(this.host, (work) => this.batch(work), this.rangeAreas));
    return this.diagnosticsLoaded;
  }

  async showFlags(result: CheckResult, matching: MatchingMode, options?: OperationOptions): Promise<FlagReport> {
    const { flagPlan, syncFlags } = await flagWriting();
    const plan = flagPlan(result, { matching, rangeAreas: this.rangeAreas });
    if (!this.capabilities.flags) return { added: 0, deleted: 0, notShown: plan.notShown, failedSheets: [] };
    const sheets = this.sheetNames.length > 0 ? this.sheetNames : [...new Set(plan.flags.map((flag) => flag.sheet))];
    const written = await syncFlags((work) => this.run(work, options), sheets, plan.flags, this.rangeAreas);
    return { ...written, notShown: plan.notShown };
  }

  async clearFlags(options?: OperationOptions): Promise<ClearReport> {
    if (!this.capabilities.flags) return { removed: 0, left: 0, failedSheets: [] };
    const sheets = await this.batch(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      return worksheets.items.map((sheet) => sheet.name);
    });
    const { clearOurFlags } = await flagWriting();
    return clearOurFlags((work) => this.run(work, options), sheets);
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.batch(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  async onChange(listener: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    if (!this.capabilities.liveChanges) return async () => undefined;
    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      // Our own writes (a new budget table) are no edit of the officer's.
      if (event.triggerSource === 'ThisLocalAddin' || this.ownWrites > 0) return;
      // A co-author's edit is checked again, but flagged by the co-author's own pane, not by ours.
      listener({ remote: String(event.source) === 'Remote' });
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
      const added = worksheets.onAdded.add(async (event: Excel.WorksheetAddedEventArgs) => listener({ remote: String(event.source) === 'Remote' }));
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
    const parts = await keptProfileParts();
    return parts.withKeptProfile(this.host.settings?.get(SETTINGS_KEY) ?? null, await parts.readKeptProfile(this.host));
  }

  async writeSettings(settings: unknown): Promise<void> {
    const parts = await keptProfileParts();
    const before = parts.profileIn(this.host.settings?.get(SETTINGS_KEY) ?? null);
    await this.saveSettings(settings);
    // The accepted profile goes in the file too, where the page and the command line read it.
    if (JSON.stringify(before) !== JSON.stringify(parts.profileIn(settings))) await parts.writeKeptProfile(this.host, parts.profileIn(settings));
  }

  private saveSettings(settings: unknown): Promise<void> {
    const store = this.host.settings;
    if (!store) return Promise.resolve();
    // saveAsync clears Excel's undo stack: settings equal to those kept are not saved again.
    if (JSON.stringify(store.get(SETTINGS_KEY) ?? null) === JSON.stringify(settings)) return Promise.resolve();
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
      }, { command: true });
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
