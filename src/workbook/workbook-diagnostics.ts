import type { CheckResult, MatchingMode } from '../domain';

/**
 * The self-test's port (Réglages › Diagnostic), apart from BudgetWorkbook: the pane's checks never
 * use these operations, and a workbook that cannot run the self-test has no port. Excel's adapter
 * (excel/office-diagnostics.ts) and the in-memory workbook (memory/memory-diagnostics.ts) give one.
 */

/**
 * The host operations the self-test drives on a scratch sheet of its own: it writes a small
 * budget there, edits it, adds a format of the officer's kind, and deletes it all.
 */
export interface Diagnostics {
  /** Host, platform, version and the ExcelApi requirement sets supported, as the report prints them. */
  hostInfo(): Promise<Readonly<Record<string, string>>>;
  createScratchSheet(name: string, rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<void>;
  setScratchCell(sheet: string, cell: string, value: string | number | null): Promise<void>;
  /** The flags this workbook means to show on a sheet for a check result: what reading them back must find. */
  expectedFlags(result: CheckResult, matching: MatchingMode, sheet: string): ReadonlyArray<{ readonly areas: string; readonly formula: string }>;
  /** The flags of ours on a sheet, as read back: their areas and formulas. */
  readOurFlags(sheet: string): Promise<ReadonlyArray<{ readonly areas: string; readonly formula: string }>>;
  /** A conditional format as the officer would add one: not ours, so clearing must keep it. */
  addForeignFormat(sheet: string, range: string): Promise<void>;
  countForeignFormats(sheet: string): Promise<number>;
  deleteScratchSheet(name: string): Promise<void>;
  /** Whether a formula of this length is accepted by the host as a conditional format's. */
  acceptsFormula(sheet: string, formula: string): Promise<boolean>;
}

/** A workbook that runs the self-test: its operations, loaded when first asked (the pane's first load does not carry them). */
export interface DiagnosticsPort {
  diagnostics(): Promise<Diagnostics>;
}
