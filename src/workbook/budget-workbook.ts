import type { CheckOptions, CheckResult, MatchingMode, WorkbookSnapshot } from '../domain';

/** What a workbook can do on the host it runs on (an older Excel lacks events or conditional formats). */
export interface WorkbookCapabilities {
  /** Flags can be shown in the sheet. */
  readonly flags: boolean;
  /** Edits are reported as they happen. */
  readonly liveChanges: boolean;
  /**
   * How long to gather a burst of edits before reading again: about 300 ms where a read costs
   * round trips to Excel, less where the workbook is in memory.
   */
  readonly editBurstMs: number;
}

/** Whether an operation is a command the officer clicked (Excel makes it one undo step), or follows an edit. */
export interface OperationOptions {
  readonly command?: boolean;
  /** Only these sheets (the self-test's scratch sheet): writes elsewhere are neither made nor counted. */
  readonly sheets?: readonly string[];
  /** The cells an edit touched, as checkEdited read them: flags are looked at there, not in the whole workbook. */
  readonly edited?: EditedArea;
}

/** What checkEdited read, for showFlags to look at the same cells; only the workbook that made it reads it. */
export interface EditedArea {
  readonly kind: 'edited-area';
}

/** A check after edits, from the rows they touched, and where those rows are. */
export interface EditedCheck {
  readonly result: CheckResult;
  readonly area: EditedArea;
}

export interface ReadOptions {
  /** Read the self-test's scratch sheets too (only the self-test does). */
  readonly withScratch?: boolean;
}

/** The sheet the self-test creates and deletes: never read as a budget, never flagged but by the self-test. */
export const SCRATCH_SHEET = 'Diagnostic convention-budget';

/** Whether a sheet is a scratch sheet of the self-test's (one left behind by an interrupted run included). */
export function isScratchSheet(name: string): boolean {
  return /^Diagnostic convention-budget( \d+)?$/.test(name);
}

/** A sheet the workbook could not flag or clear, and why: named in the pane, the other sheets done. */
export interface SheetFailure {
  readonly sheet: string;
  readonly code: WorkbookErrorCode;
}

/** What showing flags wrote: formats added and deleted (0 and 0 when no flag changed). */
export interface FlagReport {
  readonly added: number;
  readonly deleted: number;
  /** Findings with a cell that are not shown: past the number of per-cell flags Excel bears. */
  readonly notShown: number;
  readonly failedSheets: readonly SheetFailure[];
}

export interface ClearReport {
  readonly removed: number;
  /** Flags of ours still there after clearing (read back to prove none is left). */
  readonly left: number;
  readonly failedSheets: readonly SheetFailure[];
}

/** An edit reported by the workbook: the officer's own, or a co-author's (Excel's `source` "Remote"). */
export interface WorkbookChange {
  readonly remote: boolean;
  /** The sheet's id and the cells, where the host says them (Excel's worksheetId and address). */
  readonly sheetId?: string;
  readonly address?: string;
  /** Rows or columns inserted or deleted, a sheet added: where the budgets are may have changed. */
  readonly structural?: boolean;
}

export interface CreatedTable {
  readonly sheet: string;
  readonly range: string;
}

/**
 * The one interface between the pane and a workbook, whatever holds it: Excel through Office.js,
 * or the in-memory workbook of the standalone page. The pane knows nothing else of either.
 * Implementations never write a cell the officer typed: flags are formatting of their own, which
 * clearFlags removes entirely. The self-test's host operations are a port of their own
 * (workbook-diagnostics.ts).
 */
export interface BudgetWorkbook {
  readonly capabilities: WorkbookCapabilities;
  /** Every sheet's tables, and the used range of sheets without one; the self-test's scratch sheets only when asked. */
  read(options?: ReadOptions): Promise<WorkbookSnapshot>;
  /**
   * Reads again only the rows a burst of edits touched, inside the budgets of the previous result
   * (and their header rows, to see that none changed), and checks those budgets again from them
   * (the core's recheckRows); null when the edits may have moved a budget (a header, a row count, a
   * new sheet, a cell outside every budget): then read() reads everything.
   */
  checkEdited?(changes: readonly WorkbookChange[], previous: CheckResult, options: CheckOptions, fileName?: string): Promise<EditedCheck | null>;
  /**
   * Shows the result's flags in the sheet: only what differs from the flags of ours already there
   * is written, so that an edit that changes no flag writes nothing (and leaves Excel's undo alone).
   */
  showFlags(result: CheckResult, matching: MatchingMode, options?: OperationOptions): Promise<FlagReport>;
  /** Removes every flag of ours, and only ours, and reads back that none is left. */
  clearFlags(options?: OperationOptions): Promise<ClearReport>;
  /** Selects a cell (A1, without the sheet) and brings it into view. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Calls the listener after each edit (not after our own writes), saying whether a co-author made it. Resolves to the unsubscribe. */
  onChange(listener: (change: WorkbookChange) => void): Promise<() => Promise<void>>;
  /** The settings kept with the workbook, as stored (parse them before use). */
  readSettings(): Promise<unknown>;
  /** Keeps settings with the workbook; settings equal to those kept are not written again. */
  writeSettings(settings: unknown): Promise<void>;
  /** Adds a sheet with an empty budget table with these headers, and selects it. */
  createBudgetTable(sheetName: string, headers: readonly string[]): Promise<CreatedTable>;
}

export type WorkbookErrorCode = 'busy-editing' | 'protected' | 'too-large' | 'not-found' | 'unsupported' | 'unavailable' | 'unknown';

/** A failure of the workbook, with a code the pane can turn into a sentence. */
export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'WorkbookError';
  }
}
