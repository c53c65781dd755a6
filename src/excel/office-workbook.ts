import { type BudgetSource, type CheckResult, type MatchingMode, rangeA1, type WorkbookSnapshot } from '../domain';
import {
  type BudgetWorkbook,
  type ClearReport,
  type CreatedTable,
  type Diagnostics,
  type EditedRows,
  type FlagReport,
  isScratchSheet,
  type OperationOptions,
  type ReadOptions,
  type WorkbookCapabilities,
  type WorkbookChange,
} from '../workbook/budget-workbook';
import { EDIT_BURST_MS } from '../workbook/live-check';
import type { ConditionalFlag } from './flag-formulas';
import type { EditedAreaOf } from './office-edits';
import type { SyncResult } from './office-flags';
import { isNotFound, isThrottled, isUndoNotSupported, toWorkbookError } from './office-errors';
import { type ReadState, readWorkbook } from './office-read';

/** Options of Excel.run this adapter uses (Excel.RunOptions). */
export interface RunOptions {
  /** Excel waits for a cell being edited to be left before it runs the batch (where the host supports it). */
  readonly delayForCellEdit?: boolean;
  /** ExcelApi 1.20: the batch is one step of Excel's undo. */
  readonly mergeUndoGroup?: boolean;
}

/** What the adapter needs of Office: Excel.run in Excel, a test double in tests. */
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

/** Timings the tests shorten. */
export interface OfficeTuning {
  /** Pauses before trying a batch again when Excel on the web asks to slow down (ActivityLimitReached, ServiceNotAvailable). */
  readonly retryDelaysMs?: readonly number[];
}

/** Excel on the web's throttling: tried again after half a second, then longer, then given up. */
export const RETRY_DELAYS_MS: readonly number[] = [500, 1500, 4000];

/**
 * Writing flags loads apart from the pane's first bundle: findings are on screen after the first
 * read, and the formulas that draw them follow a moment later (webpack gives these modules one chunk).
 */
async function flagWriting() {
  const [formulas, flags, edits] = await Promise.all([
    import(/* webpackChunkName: "flags" */ './flag-formulas'),
    import(/* webpackChunkName: "flags" */ './office-flags'),
    import(/* webpackChunkName: "flags" */ './office-edits'),
  ]);
  return { flagPlan: formulas.flagPlan, syncFlags: flags.syncFlags, syncEdited: flags.syncEdited, clearOurFlags: flags.clearOurFlags, readEditedRows: edits.readEditedRows };
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
export { MAX_USED_CELLS } from './office-read';

const SETTINGS_KEY = 'convention-budget';
/** The sheets that hold flags of ours, by sheet id: read again even once their budget is gone, in a later session too. */
const FLAGGED_KEY = 'convention-budget-flagged-sheets';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The officer's workbook in Excel, through Office.js. */
export class OfficeWorkbook implements BudgetWorkbook {
  readonly capabilities: WorkbookCapabilities;
  /** Requirement sets used beyond the manifest's ExcelApi 1.4, each checked before use. */
  private readonly hiddenRowsSupported: boolean;
  private readonly workbookWideEvents: boolean;
  private readonly rangeAreas: boolean;
  private readonly undoGroups: boolean;
  private readonly retryDelaysMs: readonly number[];
  private state: ReadState | null = null;
  /** For each sheet, the flags last written there (what our formats are, as far as this pane knows). */
  private readonly written = new Map<string, readonly ConditionalFlag[]>();
  /** For each sheet, how many conditional formats it held after our last full look (ExcelApi 1.14: their ranges are read with the list). */
  private readonly formatCounts = new Map<string, number>();
  private readonly itemsOrNull: boolean;
  private flaggedIds: Set<string> | null = null;
  private ownWrites = 0;
  private diagnosticsLoaded: Promise<Diagnostics> | null = null;

  private readonly cellsPerSync: number;

  constructor(
    private readonly host: OfficeHost,
    cellsPerSync?: number,
    tuning: OfficeTuning = {},
  ) {
    this.cellsPerSync = cellsPerSync ?? (host.onTheWeb ? CELLS_PER_SYNC_ON_THE_WEB : CELLS_PER_SYNC);
    this.retryDelaysMs = tuning.retryDelaysMs ?? RETRY_DELAYS_MS;
    this.capabilities = {
      flags: host.isSetSupported('ExcelApi', '1.6'),
      liveChanges: host.isSetSupported('ExcelApi', '1.7'),
      editBurstMs: EDIT_BURST_MS,
    };
    this.hiddenRowsSupported = host.isSetSupported('ExcelApi', '1.9');
    this.workbookWideEvents = host.isSetSupported('ExcelApi', '1.9');
    this.rangeAreas = host.isSetSupported('ExcelApi', '1.9');
    this.undoGroups = host.isSetSupported('ExcelApi', '1.20');
    this.itemsOrNull = host.isSetSupported('ExcelApi', '1.14');
  }

  private async batch<T>(work: (context: Excel.RequestContext) => Promise<T>, options?: OperationOptions): Promise<T> {
    try {
      return await this.run(work, options);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  /**
   * Every batch asks Excel to wait while a cell is being edited (delayForCellEdit; office.js passes
   * it only where the host supports it), and is tried again after a pause when Excel on the web asks
   * to slow down. A command the officer clicked is one step of Excel's undo where ExcelApi 1.20
   * allows it; where Excel cannot group the batch (UndoNotSupported), it runs as Excel's separate steps.
   */
  private async run<T>(work: (context: Excel.RequestContext) => Promise<T>, options?: OperationOptions): Promise<T> {
    const plain: RunOptions = { delayForCellEdit: true };
    if (options?.command !== true || !this.undoGroups) return this.retrying(work, plain);
    try {
      return await this.retrying(work, { ...plain, mergeUndoGroup: true });
    } catch (error) {
      if (!isUndoNotSupported(error)) throw error;
      return this.retrying(work, plain);
    }
  }

  private async retrying<T>(work: (context: Excel.RequestContext) => Promise<T>, options: RunOptions): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.host.run(work, options);
      } catch (error) {
        const delay = this.retryDelaysMs[attempt];
        if (delay === undefined || !isThrottled(error)) throw error;
        await wait(delay);
      }
    }
  }

  read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    return this.batch(async (context) => {
      // A sheet deleted between two syncs of a read is skipped; one deleted as the read starts is tried once more.
      let read: Awaited<ReturnType<typeof readWorkbook>>;
      try {
        read = await readWorkbook(context, this.cellsPerSync, this.hiddenRowsSupported, options.withScratch === true);
      } catch (error) {
        if (!isNotFound(error)) throw error;
        read = await readWorkbook(context, this.cellsPerSync, this.hiddenRowsSupported, options.withScratch === true);
      }
      this.state = read.state;
      const fileName = fileNameOfUrl(this.host.documentUrl?.());
      return fileName === undefined ? read.snapshot : { ...read.snapshot, fileName };
    });
  }

  async readEdited(changes: readonly WorkbookChange[], sources: readonly BudgetSource[]): Promise<EditedRows | null> {
    const state = this.state;
    if (state === null) return null;
    const { readEditedRows } = await flagWriting();
    return readEditedRows((work) => this.batch(work), state, changes, sources, { flags: this.capabilities.flags, rangeAreas: this.rangeAreas });
  }

  /** The self-test's operations, loaded when Réglages › Diagnostic first runs. */
  diagnostics(): Promise<Diagnostics> {
    this.diagnosticsLoaded ??= import(/* webpackChunkName: "diagnostics" */ './office-diagnostics').then(({ officeDiagnostics }) => officeDiagnostics(this.host, (work) => this.batch(work), this.rangeAreas));
    return this.diagnosticsLoaded;
  }

  /** Sheets of ours to flag: those the check read budgets on, and those known to hold our flags; the scratch sheet only when named. */
  private sheetsToFlag(result: CheckResult, plan: readonly ConditionalFlag[], options?: OperationOptions): string[] {
    if (options?.sheets !== undefined) return [...options.sheets];
    const names = this.state?.sheets ?? [];
    const flagged = this.flaggedIds ?? new Set<string>();
    const wanted = new Set([...result.sources.map((source) => source.sheet), ...plan.map((flag) => flag.sheet), ...names.filter((sheet) => flagged.has(sheet.id)).map((sheet) => sheet.name)]);
    return [...wanted].filter((sheet) => !isScratchSheet(sheet));
  }

  async showFlags(result: CheckResult, matching: MatchingMode, options?: OperationOptions): Promise<FlagReport> {
    const { flagPlan, syncFlags, syncEdited } = await flagWriting();
    const plan = flagPlan(result, { matching, rangeAreas: this.rangeAreas });
    if (!this.capabilities.flags) return { added: 0, deleted: 0, notShown: plan.notShown, failedSheets: [] };
    this.flaggedIds ??= this.storedFlaggedSheets();
    const run = <T>(work: (context: Excel.RequestContext) => Promise<T>) => this.run(work, options);
    const edited = (options?.edited as EditedAreaOf | undefined)?.sheets;
    let sheets = this.sheetsToFlag(result, plan.flags, options);
    const none = (): SyncResult => ({ added: 0, deleted: 0, failedSheets: [], synced: [] });
    let near: { result: SyncResult; whole: string[] } = { result: none(), whole: [] };
    if (edited !== undefined && options?.sheets === undefined) {
      // An edit: only the sheets it touched, and there, only its rows unless more changed.
      near = await syncEdited(run, edited, plan.flags, this.written, this.rangeAreas);
      sheets = near.whole;
    }
    const whole = sheets.length === 0 ? none() : await syncFlags(run, sheets, plan.flags, { rangeAreas: this.rangeAreas, ...(this.itemsOrNull ? { expected: this.formatCounts } : {}) });
    for (const sheet of [...near.result.synced, ...whole.synced]) this.written.set(sheet, plan.flags.filter((flag) => flag.sheet === sheet));
    for (const [sheet, shift] of near.result.shifts ?? []) {
      const count = this.formatCounts.get(sheet);
      if (count !== undefined) this.formatCounts.set(sheet, count + shift);
    }
    for (const [sheet, count] of whole.counts ?? []) this.formatCounts.set(sheet, count);
    for (const failure of whole.failedSheets) {
      this.written.delete(failure.sheet);
      this.formatCounts.delete(failure.sheet);
    }
    if (options?.sheets === undefined) this.rememberFlagged(plan.flags, [...near.result.synced, ...whole.synced]);
    return { added: near.result.added + whole.added, deleted: near.result.deleted + whole.deleted, notShown: plan.notShown, failedSheets: whole.failedSheets };
  }

  async clearFlags(options?: OperationOptions): Promise<ClearReport> {
    if (!this.capabilities.flags) return { removed: 0, left: 0, failedSheets: [] };
    const sheets =
      options?.sheets ??
      (await this.batch(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        await context.sync();
        return worksheets.items.map((sheet) => sheet.name);
      }));
    const { clearOurFlags } = await flagWriting();
    const report = await clearOurFlags((work) => this.run(work, options), sheets);
    for (const sheet of sheets) {
      this.written.delete(sheet);
      this.formatCounts.delete(sheet);
    }
    if (options?.sheets === undefined) {
      // Only sheets that could not be cleared may still hold flags of ours.
      const failed = new Set(report.failedSheets.map((failure) => failure.sheet));
      this.saveFlagged(new Set((this.state?.sheets ?? []).filter((sheet) => failed.has(sheet.name)).map((sheet) => sheet.id)));
    }
    return report;
  }

  /** The sheets known to hold flags of ours, kept with the workbook: a later session reads them even once their budget is gone. */
  private storedFlaggedSheets(): Set<string> {
    const stored = this.host.settings?.get(FLAGGED_KEY) as unknown;
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  }

  private rememberFlagged(plan: readonly ConditionalFlag[], synced: readonly string[]): void {
    const ids = new Set(this.flaggedIds ?? []);
    for (const name of synced) {
      const id = this.state?.sheets.find((sheet) => sheet.name === name)?.id;
      if (id === undefined) continue;
      if (plan.some((flag) => flag.sheet === name)) ids.add(id);
      else ids.delete(id);
    }
    this.saveFlagged(ids);
  }

  /** Saved only when the set changes: a save clears Excel's undo, and the set changes only with flags written. */
  private saveFlagged(ids: Set<string>): void {
    const before = this.flaggedIds ?? this.storedFlaggedSheets();
    this.flaggedIds = ids;
    const store = this.host.settings;
    if (store === null || (before.size === ids.size && [...ids].every((id) => before.has(id)))) return;
    store.set(FLAGGED_KEY, [...ids].sort());
    store.saveAsync(() => undefined);
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
      // A co-author's edit is checked again; its flags are left a moment to the co-author's own pane.
      listener({
        remote: String(event.source) === 'Remote',
        sheetId: event.worksheetId,
        address: event.address,
        structural: String(event.changeType) !== 'RangeEdited',
      });
    };
    const registrations: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
    let stopped = false;
    // Before ExcelApi 1.9 each sheet has its handler: a sheet added later gets its own, from onAdded.
    const onAdded = async (event: Excel.WorksheetAddedEventArgs) => {
      listener({ remote: String(event.source) === 'Remote', sheetId: event.worksheetId, structural: true });
      if (this.workbookWideEvents || stopped) return;
      try {
        await this.batch(async (context) => {
          registrations.push(context.workbook.worksheets.getItem(event.worksheetId).onChanged.add(handler));
          await context.sync();
        });
      } catch {
        // The sheet went as fast as it came: nothing to follow.
      }
    };
    const added = await this.batch(async (context) => {
      const worksheets = context.workbook.worksheets;
      if (this.workbookWideEvents) {
        registrations.push(worksheets.onChanged.add(handler));
      } else {
        worksheets.load('items/name');
        await context.sync();
        for (const sheet of worksheets.items) registrations.push(sheet.onChanged.add(handler));
      }
      const result = worksheets.onAdded.add(onAdded);
      await context.sync();
      return result;
    });
    return async () => {
      stopped = true;
      for (const registration of [...registrations, added]) {
        registration.remove();
        await registration.context.sync();
      }
      registrations.length = 0;
    };
  }

  async readSettings(): Promise<unknown> {
    return this.host.settings?.get(SETTINGS_KEY) ?? null;
  }

  writeSettings(settings: unknown): Promise<void> {
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
      return await this.batch(
        async (context) => {
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
        },
        { command: true },
      );
    } finally {
      // Excel reports our writes a moment later: ignore them for a short while.
      setTimeout(() => this.ownWrites--, 1000);
    }
  }
}
