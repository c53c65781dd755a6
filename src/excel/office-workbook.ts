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
import type { FlagBook } from './formats/flag-book';
import { followChanges } from './office-changes';
import type { OfficeHost } from './office-host';
import { type ReadState, readWorkbook } from './office-read';
import { type OfficeTuning, OfficeRunner } from './office-runner';
import { readOfficeSettings, writeOfficeSettings } from './office-settings';

/**
 * Writing flags loads apart from the pane's first bundle: findings are on screen after the first
 * read, and the formulas that draw them follow a moment later (webpack gives these modules one chunk).
 */
async function flagWriting() {
  const [formulas, book, sync, edits] = await Promise.all([
    import(/* webpackChunkName: "flags" */ './flag-formulas'),
    import(/* webpackChunkName: "flags" */ './formats/flag-book'),
    import(/* webpackChunkName: "flags" */ './formats/sync-flags'),
    import(/* webpackChunkName: "flags" */ './office-edits'),
  ]);
  return { flagPlan: formulas.flagPlan, FlagBook: book.FlagBook, clearOurFlags: sync.clearOurFlags, checkEditedRows: edits.checkEditedRows };
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
export type { OfficeHost, RunOptions } from './office-host';
export { type OfficeTuning, RETRY_DELAYS_MS } from './office-runner';

/** The officer's workbook in Excel, through Office.js. */
export class OfficeWorkbook implements BudgetWorkbook, DiagnosticsPort {
  readonly capabilities: WorkbookCapabilities;
  /** Requirement sets used beyond the manifest's ExcelApi 1.4, each checked before use. */
  private readonly hiddenRowsSupported: boolean;
  private readonly workbookWideEvents: boolean;
  private readonly rangeAreas: boolean;
  private readonly runner: OfficeRunner;
  private state: ReadState | null = null;
  /** What this pane knows of our formats (formats/flag-book.ts), made when flags are first shown. */
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
    this.runner = new OfficeRunner(host, tuning);
    this.capabilities = {
      flags: host.isSetSupported('ExcelApi', '1.6'),
      liveChanges: host.isSetSupported('ExcelApi', '1.7'),
      editBurstMs: EDIT_BURST_MS,
    };
    this.hiddenRowsSupported = host.isSetSupported('ExcelApi', '1.9');
    this.workbookWideEvents = host.isSetSupported('ExcelApi', '1.9');
    this.rangeAreas = host.isSetSupported('ExcelApi', '1.9');
    this.itemsOrNull = host.isSetSupported('ExcelApi', '1.14');
  }

  private batch<T>(work: (context: Excel.RequestContext) => Promise<T>, options?: OperationOptions): Promise<T> {
    return this.runner.batch(work, options);
  }

  private run<T>(work: (context: Excel.RequestContext) => Promise<T>, options?: OperationOptions): Promise<T> {
    return this.runner.run(work, options);
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
    this.diagnosticsLoaded ??= import(/* webpackChunkName: "diagnostics" */ './office-diagnostics').then(({ officeDiagnostics }) =>
      officeDiagnostics(this.host, (work) => this.batch(work), this.rangeAreas),
    );
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
    if (!this.capabilities.liveChanges) return () => Promise.resolve();
    return followChanges(
      (work) => this.batch(work),
      this.workbookWideEvents,
      () => this.ownWrites > 0,
      listener,
    );
  }

  readSettings(): Promise<unknown> {
    return readOfficeSettings(this.host);
  }

  writeSettings(settings: unknown): Promise<void> {
    return writeOfficeSettings(this.host, settings);
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
