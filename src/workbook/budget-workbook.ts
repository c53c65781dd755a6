import type { CheckResult, MatchingMode, WorkbookSnapshot } from '../domain';

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

export interface CreatedTable {
  readonly sheet: string;
  readonly range: string;
}

/**
 * The one interface between the pane and a workbook, whatever holds it: Excel through Office.js,
 * or the in-memory workbook of the standalone page. The pane knows nothing else of either.
 * Implementations never write a cell the officer typed: flags are formatting of their own, which
 * clearFlags removes entirely.
 */
export interface BudgetWorkbook {
  readonly capabilities: WorkbookCapabilities;
  /** Every sheet's tables, and the used range of sheets without one. */
  read(): Promise<WorkbookSnapshot>;
  /** Shows the result's flags in the sheet, replacing the previous ones of ours. */
  showFlags(result: CheckResult, matching: MatchingMode): Promise<void>;
  /** Removes every flag of ours, and only ours. Returns how many were removed. */
  clearFlags(): Promise<number>;
  /** Selects a cell (A1, without the sheet) and brings it into view. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Calls the listener after each edit by the officer (not after our own writes). Resolves to the unsubscribe. */
  onChange(listener: () => void): Promise<() => Promise<void>>;
  /** The settings kept with the workbook, as stored (parse them before use). */
  readSettings(): Promise<unknown>;
  writeSettings(settings: unknown): Promise<void>;
  /** Adds a sheet with an empty budget table with these headers, and selects it. */
  createBudgetTable(sheetName: string, headers: readonly string[]): Promise<CreatedTable>;
}

export type WorkbookErrorCode =
  | 'busy-editing'
  | 'protected'
  | 'too-large'
  | 'not-found'
  | 'unsupported'
  | 'unavailable'
  | 'unknown';

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
