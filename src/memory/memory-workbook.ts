import { type CellValue, type CheckResult, type Finding, type MatchingMode, rangeA1, type Severity, type WorkbookSnapshot } from '../domain';
import type { BudgetWorkbook, ClearReport, CreatedTable, FlagReport, WorkbookCapabilities, WorkbookChange } from '../workbook/budget-workbook';
import type { Diagnostics, DiagnosticsPort } from '../workbook/workbook-diagnostics';
import { type CellFlag, CellFlags } from './cell-flags';
import { type CellInput, type CellState, type Change, changesOf, EditHistory } from './edit-history';
import type { FormulaEngine } from './formula-host';
import { FollowedFormulas } from './followed-formulas';
import { memoryDiagnostics } from './memory-diagnostics';
import { type MemorySheet, type MemorySheetInit, memorySheetOf, type SheetData, sheetDataOf, snapshotOfSheet } from './memory-sheet';
import { RowStamps } from './row-stamps';

/**
 * A workbook held in memory, for the standalone page and for tests: cells, formulas, tables, and
 * flags drawn beside the cells (never in them), the way Excel shows conditional formats over values.
 * Edits can be undone and redone; formulas follow them when a formula engine is attached; what
 * changed since the workbook was opened is kept, to be written back into the officer's file.
 */
export class MemoryWorkbook implements BudgetWorkbook, DiagnosticsPort {
  // A read costs no round trip: edits are gathered only long enough to take a paste or a fast typist.
  readonly capabilities: WorkbookCapabilities = { flags: true, liveChanges: true, editBurstMs: 10 };
  readonly sheets: MemorySheet[];
  selection: { sheet: string; cell: string } | null = null;
  /** Grows at each change the grid shows, for React's useSyncExternalStore. */
  version = 0;
  /** Grows each time a cell's value changes (an edit, a recomputed formula): what conditional formats read. */
  valuesVersion = 0;
  /** The opened file's name, when the workbook came from one. */
  fileName: string | undefined = undefined;
  private settings: unknown = null;
  private readonly formulas = new FollowedFormulas(this, {
    write: (name, address, value, edit) => {
      const sheet = this.sheet(name);
      if (sheet) this.write(sheet, address, { value, formula: sheet.formulas.get(address) ?? null }, edit);
    },
    touch: (sheet, address) => this.touch(sheet, address),
  });
  private readonly history = new EditHistory();
  private readonly cellFlags = new CellFlags();
  private readonly editListeners = new Set<(change: WorkbookChange) => void>();
  private readonly viewListeners = new Set<() => void>();
  private readonly rowStamps = new RowStamps();
  /** The first budget's header row on each sheet, from the last check: the grid keeps it in view. */
  private readonly headerRows = new Map<string, number>();
  private tools: Diagnostics | undefined;

  constructor(sheets: readonly MemorySheetInit[] = []) {
    this.sheets = sheets.map(memorySheetOf);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /** Our flags, by sheet name then cell address. */
  get flags(): ReadonlyMap<string, ReadonlyMap<string, CellFlag>> {
    return this.cellFlags.all;
  }

  /** Formulas the engine could not compute, by "sheet!address": they keep the value the file held. */
  get uncomputed(): ReadonlyMap<string, string> {
    return this.formulas.uncomputed;
  }

  /** Formulas in a circular reference, as "sheet!address": not computed, they keep their values, as in Excel. */
  get circular(): ReadonlySet<string> {
    return this.formulas.circular;
  }

  /** Formulas follow the edits from now on; those the file saved without a value are computed now. */
  attachEngine(engine: FormulaEngine): void {
    if (this.formulas.attach(engine)) this.redraw();
  }

  /** Whether a formula engine is attached: formulas (and conditional formats' formulas) can be computed. */
  get computes(): boolean {
    return this.formulas.computes;
  }

  /** A formula's value as if it were in this cell (a conditional format's), or undefined without an engine. */
  evaluateFormula(sheet: string, address: string, formula: string): CellValue | undefined {
    return this.formulas.evaluate(sheet, address, formula);
  }

  /** Gets the formulas ready while the officer reads, so that the first edit is as quick as the next. */
  prepareFormulas(): void {
    if (this.formulas.prepare()) this.redraw();
  }

  /** Changes each time a cell or flag of this row changes. */
  rowStamp(sheet: string, row: number): number {
    return this.rowStamps.of(sheet, row);
  }

  private readonly touch = (sheet: string, address: string): void => this.rowStamps.touch(sheet, address);

  /** The header row of the sheet's first budget at the last check, if any. */
  budgetHeaderRow(sheet: string): number | undefined {
    return this.headerRows.get(sheet);
  }

  /** What the grid shows changes (a value, a flag, the selection): for the page's view to redraw. */
  subscribe(listener: () => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  private redraw(): void {
    this.version++;
    for (const listener of this.viewListeners) listener();
  }

  stateOf(sheetName: string, address: string): CellState {
    const sheet = this.sheet(sheetName);
    return { value: sheet?.cells.get(address) ?? null, formula: sheet?.formulas.get(address) ?? null };
  }

  /** The officer types in a cell. */
  setCell(sheetName: string, cell: string, value: CellInput): void {
    this.setCells(sheetName, [[cell, value]]);
  }

  /** Several cells at once (a paste, a Delete over a selection): one change, one undo step. */
  setCells(sheetName: string, cells: ReadonlyArray<readonly [string, CellInput]>): void {
    const sheet = this.sheet(sheetName);
    if (!sheet || cells.length === 0) return;
    const changes = changesOf(sheetName, cells, (address) => this.stateOf(sheetName, address));
    if (changes.length === 0) return;
    this.apply(changes, 'after');
    this.history.record(changes);
  }

  /** Ctrl+Z: the last edit (a typed cell, a Delete, a paste) undone whole, and selected, as Excel does; false when there is none. */
  undo(): boolean {
    const changes = this.history.undo();
    if (changes === undefined) return false;
    this.selectChanged(changes);
    this.apply(changes, 'before');
    return true;
  }

  /** Ctrl+Y: the last undone edit done again. */
  redo(): boolean {
    const changes = this.history.redo();
    if (changes === undefined) return false;
    this.selectChanged(changes);
    this.apply(changes, 'after');
    return true;
  }

  private selectChanged(changes: readonly Change[]): void {
    const first = changes[0];
    if (first !== undefined) this.selection = { sheet: first.sheet, cell: first.address };
  }

  canUndo(): boolean {
    return this.history.canUndo();
  }

  canRedo(): boolean {
    return this.history.canRedo();
  }

  /** Edits not yet saved (downloaded). */
  get dirty(): boolean {
    return this.history.dirty;
  }

  /** The workbook was written out: its edits are saved. */
  markSaved(): void {
    this.history.markSaved();
    this.redraw();
  }

  private write(sheet: MemorySheet, address: string, state: CellState, edit = true): void {
    if (edit) this.history.keepOriginal(sheet.name, address, () => this.stateOf(sheet.name, address));
    this.touch(sheet.name, address);
    this.valuesVersion++;
    if (state.value === null) sheet.cells.delete(address);
    else sheet.cells.set(address, state.value);
    if (state.formula === null) sheet.formulas.delete(address);
    else sheet.formulas.set(address, state.formula);
  }

  private apply(changes: readonly Change[], side: 'before' | 'after'): void {
    for (const change of changes) {
      const sheet = this.sheet(change.sheet);
      if (sheet) this.write(sheet, change.address, change[side]);
    }
    this.formulas.recompute(changes.map((change) => ({ sheet: change.sheet, address: change.address })));
    this.history.applied();
    this.redraw();
    for (const listener of this.editListeners) listener({ remote: false });
  }

  /** The cells whose value or formula differs from the workbook as opened: what the file must be written with. */
  edits(): Map<string, Map<string, CellState>> {
    return this.history.edits((sheet, address) => this.stateOf(sheet, address));
  }

  /** Moves the selection, as the officer does in the grid. */
  select(sheet: string, cell: string): void {
    if (this.selection?.sheet === sheet && this.selection.cell === cell) return;
    this.selection = { sheet, cell };
    this.redraw();
  }

  /** The sheets as they are, for saving. */
  sheetData(): SheetData[] {
    return this.sheets.map(sheetDataOf);
  }

  /** Our flags as marks to write into a file, each finding's sentence as `text` writes it (in the officer's language). */
  flagMarks(text: (finding: Finding) => string): Array<{ sheet: string; cell: string; severity: Severity; messages: string[] }> {
    return this.cellFlags.marks(text);
  }

  read(): Promise<WorkbookSnapshot> {
    const sheets = this.sheets.map(snapshotOfSheet);
    return Promise.resolve(this.fileName === undefined ? { sheets } : { sheets, fileName: this.fileName });
  }

  showFlags(result: CheckResult, _matching: MatchingMode): Promise<FlagReport> {
    const { added, deleted } = this.cellFlags.show(result, this.touch);
    this.headerRows.clear();
    for (const source of result.sources) if (!this.headerRows.has(source.sheet)) this.headerRows.set(source.sheet, source.headerRow);
    this.redraw();
    return Promise.resolve({ added, deleted, notShown: 0, failedSheets: [] });
  }

  clearFlags(): Promise<ClearReport> {
    const removed = this.cellFlags.clear(this.touch);
    this.redraw();
    return Promise.resolve({ removed, left: 0, failedSheets: [] });
  }

  flagAt(sheet: string, cell: string): CellFlag | undefined {
    return this.cellFlags.at(sheet, cell);
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    this.select(sheet, cell);
    return Promise.resolve();
  }

  onChange(listener: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    this.editListeners.add(listener);
    return Promise.resolve(() => {
      this.editListeners.delete(listener);
      return Promise.resolve();
    });
  }

  readSettings(): Promise<unknown> {
    return Promise.resolve(this.settings);
  }

  writeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    return Promise.resolve();
  }

  diagnostics(): Promise<Diagnostics> {
    this.tools ??= memoryDiagnostics({
      addSheet: (init) => {
        this.sheets.push(memorySheetOf(init));
        this.redraw();
      },
      removeSheet: (name) => {
        const index = this.sheets.findIndex((sheet) => sheet.name === name);
        if (index >= 0) this.sheets.splice(index, 1);
        this.cellFlags.forgetSheet(name);
        this.history.forgetSheet(name);
        if (this.selection?.sheet === name) this.selection = null;
        this.redraw();
      },
      setCell: (sheet, cell, value) => this.setCell(sheet, cell, value),
      flagsOn: (sheet) => this.cellFlags.all.get(sheet),
    });
    return Promise.resolve(this.tools);
  }

  createBudgetTable(sheetName: string, headers: readonly string[]): Promise<CreatedTable> {
    let name = sheetName;
    for (let index = 2; this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()); index++) name = `${sheetName} ${index}`;
    const range = rangeA1(0, 0, 1, headers.length - 1);
    this.sheets.push(memorySheetOf({ name, rows: [headers], tables: [{ name: `Budget${this.sheets.length + 1}`, range, hasTotalsRow: false }] }));
    this.selection = { sheet: name, cell: 'A2' };
    this.redraw();
    return Promise.resolve({ sheet: name, range });
  }
}
