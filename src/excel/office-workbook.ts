import type { CheckOptions, CheckResult, MatchingMode, WorkbookSnapshot } from '../domain';
import {
  type BudgetWorkbook,
  type ClearReport,
  type CreatedTable,
  type EditedCheck,
  type FlagReport,
  type OperationOptions,
  type ReadOptions,
  type WorkbookCapabilities,
  type WorkbookChange,
} from '../workbook/budget-workbook';
import { EDIT_BURST_MS } from '../workbook/live-check';
import type { Diagnostics, DiagnosticsPort } from '../workbook/workbook-diagnostics';
import type { FlagBook } from './office-flags';
import { isThrottled, isUndoNotSupported, toWorkbookError } from './office-errors';
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

/** The profile kept in the file's custom XML part: Office.js code only, loaded apart from the pane's first bundle. */
function keptProfileParts() {
  return import(/* webpackChunkName: "profile-part" */ './office-profile-part');
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
  return { flagPlan: formulas.flagPlan, FlagBook: flags.FlagBook, clearOurFlags: flags.clearOurFlags, checkEditedRows: edits.checkEditedRows };
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

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The officer's workbook in Excel, through Office.js. */
export class OfficeWorkbook implements BudgetWorkbook, DiagnosticsPort {
  readonly capabilities: WorkbookCapabilities;
  /** Requirement sets used beyond the manifest's ExcelApi 1.4, each checked before use. */
  private readonly hiddenRowsSupported: boolean;
  private readonly workbookWideEvents: boolean;
  private readonly rangeAreas: boolean;
  private readonly undoGroups: boolean;
  private readonly retryDelaysMs: readonly number[];
  private state: ReadState | null = null;
  /** What this pane knows of our formats (office-flags.ts), made when flags are first shown. */
  private book: FlagBook | null = null;
  private readonly itemsOrNull: boolean;
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
      const read = await readWorkbook(context, this.cellsPerSync, this.hiddenRowsSupported, options.withScratch === true);
      this.state = read.state;
      const fileName = fileNameOfUrl(this.host.documentUrl?.());
      return fileName === undefined ? read.snapshot : { ...read.snapshot, fileName };
    });
  }

  async checkEdited(changes: readonly WorkbookChange[], previous: CheckResult, options: CheckOptions, fileName?: string): Promise<EditedCheck | null> {
    const state = this.state;
    if (state === null) return null;
    const { checkEditedRows } = await flagWriting();
    return checkEditedRows((work) => this.batch(work), state, changes, previous, { checkOptions: options, fileName, flags: this.capabilities.flags, rangeAreas: this.rangeAreas });
  }

  /** The self-test's operations, loaded when Réglages › Diagnostic first runs. */
  diagnostics(): Promise<Diagnostics> {
    this.diagnosticsLoaded ??= import(/* webpackChunkName: "diagnostics" */ './office-diagnostics').then(({ officeDiagnostics }) => officeDiagnostics(this.host, (work) => this.batch(work), this.rangeAreas));
    return this.diagnosticsLoaded;
  }

  async showFlags(result: CheckResult, matching: MatchingMode, options?: OperationOptions): Promise<FlagReport> {
    const { flagPlan, FlagBook } = await flagWriting();
    const plan = flagPlan(result, { matching, rangeAreas: this.rangeAreas });
    if (!this.capabilities.flags) return { added: 0, deleted: 0, notShown: plan.notShown, failedSheets: [] };
    this.book ??= new FlagBook(this.host.settings, { rangeAreas: this.rangeAreas, itemsOrNull: this.itemsOrNull });
    const written = await this.book.show((work) => this.run(work, options), result, plan.flags, this.state?.sheets ?? [], options);
    return { ...written, notShown: plan.notShown };
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
    const { clearOurFlags, FlagBook } = await flagWriting();
    const report = await clearOurFlags((work) => this.run(work, options), sheets);
    this.book ??= new FlagBook(this.host.settings, { rangeAreas: this.rangeAreas, itemsOrNull: this.itemsOrNull });
    this.book.cleared(sheets, report.failedSheets, this.state?.sheets ?? [], options);
    return report;
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
    // Loaded when the officer asks for it: only a workbook without a budget shows the button.
    const { addBudgetTable } = await import(/* webpackChunkName: "new-table" */ './office-table');
    this.ownWrites++;
    try {
      return await this.batch((context) => addBudgetTable(context, sheetName, headers), { command: true });
    } finally {
      // Excel reports our writes a moment later: ignore them for a short while.
      setTimeout(() => this.ownWrites--, 1000);
    }
  }
}
