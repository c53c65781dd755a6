import {
  a1,
  type CellValue,
  type CheckResult,
  type Finding,
  isBlank,
  type MatchingMode,
  parseA1,
  parseRange,
  rangeA1,
  type Severity,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../domain';
import type {
  BudgetWorkbook,
  ClearReport,
  CreatedTable,
  Diagnostics,
  FlagReport,
  WorkbookCapabilities,
  WorkbookChange,
} from '../workbook/budget-workbook';
import type { CellLook, ConditionalFormat, UnshownFormat } from '../workbook/cell-look';
import { SheetCells } from './sheet-cells';

export interface MemoryTable {
  readonly name: string;
  /** A1 address of the whole table, header (and totals row) included. */
  range: string;
  readonly hasTotalsRow: boolean;
  /** 1 (a header row, Excel's default) or 0 (a table shown without it). */
  readonly headerRows?: number;
}

export interface MemorySheet {
  name: string;
  /** What each cell shows (a formula's result), by A1 address; an absent cell is empty. */
  readonly cells: SheetCells;
  /** Formulas without "=", by address. */
  readonly formulas: Map<string, string>;
  /** Number format codes other than General, by address. */
  readonly formats: Map<string, string>;
  readonly tables: MemoryTable[];
  readonly hiddenRows: Set<number>;
  /** Rows kept in view at the top (a frozen pane). */
  frozenRows: number;
  /** Widths set in the file, in Excel's units (characters), by 0-based column. */
  readonly columnWidths: Map<number, number>;
  /** How the officer made the sheet look (styles, merges, row heights, notes, conditional formats). */
  readonly look: MemorySheetLook;
}

/** How a sheet looks, as its file made it: what the grid draws under our flags. */
export interface MemorySheetLook {
  /** Cells whose style draws something, by A1 address (an edit keeps the cell's look, as a spreadsheet does). */
  readonly cells: Map<string, CellLook>;
  /** Merged ranges ("A1:H1"). */
  readonly merges: readonly string[];
  /** Row heights set in the file, in points, by 0-based row. */
  readonly rowHeights: Map<number, number>;
  /** The officer's notes, by A1 address. */
  readonly notes: Map<string, string>;
  readonly formats: readonly ConditionalFormat[];
  /** Conditional formats of kinds not drawn, to be named. */
  readonly unshown: readonly UnshownFormat[];
  /** The workbook's default font size, in points. */
  readonly defaultSize: number;
}

export interface MemorySheetLookInit {
  readonly cells?: Iterable<readonly [string, CellLook]>;
  readonly merges?: readonly string[];
  readonly rowHeights?: Iterable<readonly [number, number]>;
  readonly notes?: Iterable<readonly [string, string]>;
  readonly formats?: readonly ConditionalFormat[];
  readonly unshown?: readonly UnshownFormat[];
  readonly defaultSize?: number;
}

export interface MemorySheetInit {
  readonly name: string;
  /** Rows from A1 down. */
  readonly rows?: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly cells?: Iterable<readonly [string, CellValue]>;
  readonly formulas?: Iterable<readonly [string, string]>;
  readonly formats?: Iterable<readonly [string, string]>;
  readonly tables?: readonly MemoryTable[];
  readonly hiddenRows?: Iterable<number>;
  readonly frozenRows?: number;
  readonly columnWidths?: Iterable<readonly [number, number]>;
  readonly look?: MemorySheetLookInit;
}

/** What a cell holds: its value, and its formula when it has one. */
export interface CellState {
  readonly value: CellValue;
  readonly formula: string | null;
}

/** What the officer puts in a cell: a value, or a formula (its value is computed). */
export type CellInput = CellValue | { readonly formula: string };

/** A flag drawn on a cell: the colour of its worst finding, its rules and its findings (their sentences: i18n's findingText). */
export interface CellFlag {
  readonly severity: Severity;
  readonly rules: readonly string[];
  readonly findings: readonly Finding[];
}

/** What a formula engine needs of the workbook. */
export interface FormulaHost {
  readonly sheets: readonly MemorySheet[];
  sheet(name: string): MemorySheet | undefined;
}

/** Computes formulas after edits, in dependency order (memory/formula-engine.ts, loaded when a file has formulas). */
export interface FormulaEngine {
  /**
   * Recomputes the formulas that depend on these cells (and these cells, if formulas), and returns
   * each result, and the formulas it cannot compute (they keep their value, and the page says so).
   */
  recompute(host: FormulaHost, changed: ReadonlyArray<{ readonly sheet: string; readonly address: string }>): {
    readonly values: ReadonlyArray<{ readonly sheet: string; readonly address: string; readonly value: CellValue }>;
    readonly failed: ReadonlyArray<{ readonly sheet: string; readonly address: string; readonly reason: string }>;
  };
  /** Reads every formula's references ahead of the first edit (a 10 000-formula file takes a few hundred ms). */
  prepare?(host: FormulaHost): void;
  /** The value of a formula as if it were in this cell (a conditional format's), without writing it anywhere. */
  evaluate?(host: FormulaHost, sheet: string, address: string, formula: string): CellValue;
}

/** What identifies a flag for the diff: the same colour and rules are the same flag. */
function flagKey(flag: CellFlag): string {
  return `${flag.severity}:${flag.rules.join(',')}`;
}

/**
 * A cell's flag, holding its findings: their sentences are written only when the grid shows them
 * (hover, status line, print), not for every flagged cell of a 10 000-row budget at each edit.
 */
class FindingsFlag implements CellFlag {
  severity: Severity = 'warning';
  readonly rules: string[] = [];
  readonly findings: Finding[] = [];

  add(finding: Finding): void {
    if (finding.severity === 'error') this.severity = 'error';
    this.rules.push(finding.rule);
    this.findings.push(finding);
  }

}

/** What a flag's findings say, without writing their sentences: each one's rule and data. */
function identityOf(flag: CellFlag): string {
  return flag.findings.map((finding) => `${finding.rule}:${JSON.stringify(finding.data)}`).join('|');
}

/** The flags a check result draws, by sheet then cell. */
function flagsOf(result: CheckResult): Map<string, Map<string, CellFlag>> {
  const flags = new Map<string, Map<string, FindingsFlag>>();
  for (const finding of result.findings) {
    if (finding.cell === null) continue;
    let sheetFlags = flags.get(finding.sheet);
    if (sheetFlags === undefined) flags.set(finding.sheet, (sheetFlags = new Map()));
    let flag = sheetFlags.get(finding.cell);
    if (flag === undefined) sheetFlags.set(finding.cell, (flag = new FindingsFlag()));
    flag.add(finding);
  }
  return flags;
}

interface Change {
  readonly sheet: string;
  readonly address: string;
  readonly before: CellState;
  readonly after: CellState;
}

const sameValue = (a: CellValue, b: CellValue) => a === b || JSON.stringify(a) === JSON.stringify(b);
const sameState = (a: CellState, b: CellState) => a.formula === b.formula && sameValue(a.value, b.value);

/**
 * A workbook held in memory, for the standalone page and for tests: cells, formulas, tables, and
 * flags drawn beside the cells (never in them), the way Excel shows conditional formats over values.
 * Edits can be undone and redone; formulas follow them when a formula engine is attached; what
 * changed since the workbook was opened is kept, to be written back into the officer's file.
 */
export class MemoryWorkbook implements BudgetWorkbook {
  // A read costs no round trip: edits are gathered only long enough to take a paste or a fast typist.
  readonly capabilities: WorkbookCapabilities = { flags: true, liveChanges: true, editBurstMs: 10 };
  readonly sheets: MemorySheet[];
  /** Our flags, by sheet name then cell address. */
  flags = new Map<string, Map<string, CellFlag>>();
  selection: { sheet: string; cell: string } | null = null;
  /** Grows at each change the grid shows, for React's useSyncExternalStore. */
  version = 0;
  /** Grows each time a cell's value changes (an edit, a recomputed formula): what conditional formats read. */
  valuesVersion = 0;
  /** The opened file's name, when the workbook came from one. */
  fileName: string | undefined = undefined;
  /** Formulas the engine could not compute, by "sheet!address": they keep the value the file held. */
  readonly uncomputed = new Map<string, string>();
  private settings: unknown = null;
  private engine: FormulaEngine | null = null;
  /** Each changed cell's state as the workbook was opened, by sheet then address. */
  private readonly originals = new Map<string, Map<string, CellState>>();
  private readonly undoStack: Change[][] = [];
  private readonly redoStack: Change[][] = [];
  private editCount = 0;
  private savedAt = 0;
  /** Conditional formats of the officer's, by sheet: the self-test adds one and checks it survives clearing. */
  private readonly foreignFormats = new Map<string, number>();
  private readonly editListeners = new Set<(change: WorkbookChange) => void>();
  private readonly viewListeners = new Set<() => void>();
  /** Grows for a row each time one of its cells or flags changes: the grid redraws only those rows. */
  private readonly rowStamps = new Map<string, Map<number, number>>();
  private stampCount = 0;
  /** The first budget's header row on each sheet, from the last check: the grid keeps it in view. */
  private readonly headerRows = new Map<string, number>();

  constructor(sheets: readonly MemorySheetInit[] = []) {
    this.sheets = sheets.map(memorySheetOf);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /**
   * Formulas follow the edits from now on. Those the file saved without a value (written by a
   * program, never opened in a spreadsheet) are computed now; the others keep the value the file
   * holds, as Excel's, until an edit reaches them.
   */
  attachEngine(engine: FormulaEngine): void {
    this.engine = engine;
    const missing = this.sheets.flatMap((sheet) => [...sheet.formulas.keys()].filter((address) => !sheet.cells.has(address)).map((address) => ({ sheet: sheet.name, address })));
    if (missing.length === 0) return;
    // Not edits of the officer's: nothing to write back, nothing to undo.
    this.recompute(missing, false);
    this.redraw();
  }

  /** Whether a formula engine is attached: formulas (and conditional formats' formulas) can be computed. */
  get computes(): boolean {
    return this.engine !== null;
  }

  /** A formula's value as if it were in this cell (a conditional format's), or undefined without an engine. */
  evaluateFormula(sheet: string, address: string, formula: string): CellValue | undefined {
    return this.engine?.evaluate?.(this, sheet, address, formula);
  }

  /** Gets the formulas ready while the officer reads, so that the first edit is as quick as the next. */
  prepareFormulas(): void {
    this.engine?.prepare?.(this);
  }

  /** Changes each time a cell or flag of this row changes. */
  rowStamp(sheet: string, row: number): number {
    return this.rowStamps.get(sheet)?.get(row) ?? 0;
  }

  private touch(sheet: string, address: string): void {
    const cell = parseA1(address);
    if (cell === null) return;
    const stamps = this.rowStamps.get(sheet) ?? new Map<number, number>();
    this.rowStamps.set(sheet, stamps);
    stamps.set(cell.row, ++this.stampCount);
  }

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
    const changes: Change[] = [];
    for (const [address, input] of cells) {
      const before = this.stateOf(sheetName, address);
      const isFormula = input !== null && typeof input === 'object' && 'formula' in input;
      // A formula keeps its last value until the engine computes it.
      const after: CellState = isFormula ? { value: before.value, formula: input.formula } : { value: isBlank(input as CellValue) ? null : (input as CellValue), formula: null };
      if (sameState(before, after)) continue;
      changes.push({ sheet: sheetName, address, before, after });
    }
    if (changes.length === 0) return;
    this.apply(changes, 'after');
    this.undoStack.push(changes);
    this.redoStack.length = 0;
  }

  /** Ctrl+Z: the last edit (a typed cell, a Delete, a paste) undone whole, and selected, as Excel does; false when there is none. */
  undo(): boolean {
    const changes = this.undoStack.pop();
    if (changes === undefined) return false;
    this.selectChanged(changes);
    this.apply(changes, 'before');
    this.redoStack.push(changes);
    return true;
  }

  /** Ctrl+Y: the last undone edit done again. */
  redo(): boolean {
    const changes = this.redoStack.pop();
    if (changes === undefined) return false;
    this.selectChanged(changes);
    this.apply(changes, 'after');
    this.undoStack.push(changes);
    return true;
  }

  private selectChanged(changes: readonly Change[]): void {
    const first = changes[0];
    if (first !== undefined) this.selection = { sheet: first.sheet, cell: first.address };
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Edits not yet saved (downloaded). */
  get dirty(): boolean {
    return this.editCount !== this.savedAt;
  }

  /** The workbook was written out: its edits are saved. */
  markSaved(): void {
    this.savedAt = this.editCount;
    this.redraw();
  }

  private write(sheet: MemorySheet, address: string, state: CellState, edit = true): void {
    if (edit) {
      const originals = this.originals.get(sheet.name) ?? new Map<string, CellState>();
      this.originals.set(sheet.name, originals);
      if (!originals.has(address)) originals.set(address, this.stateOf(sheet.name, address));
    }
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
    this.recompute(changes.map((change) => ({ sheet: change.sheet, address: change.address })));
    this.editCount++;
    this.redraw();
    for (const listener of this.editListeners) listener({ remote: false });
  }

  /** Formulas that depend on the changed cells take their new values. */
  private recompute(changed: ReadonlyArray<{ sheet: string; address: string }>, edit = true): void {
    if (this.engine === null) return;
    const { values, failed } = this.engine.recompute(this, changed);
    for (const { sheet: name, address, value } of values) {
      const sheet = this.sheet(name);
      if (sheet) this.write(sheet, address, { value, formula: sheet.formulas.get(address) ?? null }, edit);
      this.uncomputed.delete(`${name}!${address}`);
    }
    for (const { sheet, address, reason } of failed) {
      this.uncomputed.set(`${sheet}!${address}`, reason);
      this.touch(sheet, address);
    }
  }

  /** The cells whose value or formula differs from the workbook as opened: what the file must be written with. */
  edits(): Map<string, Map<string, CellState>> {
    const edits = new Map<string, Map<string, CellState>>();
    for (const [sheetName, originals] of this.originals) {
      for (const [address, original] of originals) {
        const now = this.stateOf(sheetName, address);
        if (sameState(now, original)) continue;
        const cells = edits.get(sheetName) ?? new Map<string, CellState>();
        cells.set(address, now);
        edits.set(sheetName, cells);
      }
    }
    return edits;
  }

  /** Moves the selection, as the officer does in the grid. */
  select(sheet: string, cell: string): void {
    if (this.selection?.sheet === sheet && this.selection.cell === cell) return;
    this.selection = { sheet, cell };
    this.redraw();
  }

  /** The sheets as they are, for saving. */
  sheetData(): Array<{ name: string; cells: Array<[string, CellValue]>; formulas: Array<[string, string]>; tables: MemoryTable[]; hiddenRows: number[] }> {
    return this.sheets.map((sheet) => ({
      name: sheet.name,
      cells: [...sheet.cells],
      formulas: [...sheet.formulas],
      tables: sheet.tables.map((table) => ({ ...table })),
      hiddenRows: [...sheet.hiddenRows],
    }));
  }

  /** Our flags as marks to write into a file, each finding's sentence as `text` writes it (in the officer's language). */
  flagMarks(text: (finding: Finding) => string): Array<{ sheet: string; cell: string; severity: Severity; messages: string[] }> {
    return [...this.flags].flatMap(([sheet, cells]) => [...cells].map(([cell, flag]) => ({ sheet, cell, severity: flag.severity, messages: flag.findings.map((finding) => text(finding)) })));
  }

  async read(): Promise<WorkbookSnapshot> {
    const sheets = this.sheets.map(snapshotOfSheet);
    return this.fileName === undefined ? { sheets } : { sheets, fileName: this.fileName };
  }

  async showFlags(result: CheckResult, _matching: MatchingMode): Promise<FlagReport> {
    const flags = flagsOf(result);
    // Only what differs is redrawn, as in Excel: a flag kept is no write.
    let added = 0;
    let deleted = 0;
    for (const [sheet, cells] of flags) {
      for (const [cell, flag] of cells) {
        const before = this.flags.get(sheet)?.get(cell);
        if (before === undefined || flagKey(before) !== flagKey(flag)) added++;
      }
    }
    for (const [sheet, cells] of this.flags) {
      for (const [cell, flag] of cells) {
        const next = flags.get(sheet)?.get(cell);
        if (next === undefined || flagKey(next) !== flagKey(flag)) deleted++;
      }
    }
    this.restamp(this.flags, flags);
    this.flags = flags;
    this.headerRows.clear();
    for (const source of result.sources) if (!this.headerRows.has(source.sheet)) this.headerRows.set(source.sheet, source.headerRow);
    this.redraw();
    return { added, deleted, notShown: 0, failedSheets: [] };
  }

  async clearFlags(): Promise<ClearReport> {
    let removed = 0;
    for (const sheetFlags of this.flags.values()) removed += sheetFlags.size;
    this.restamp(this.flags, new Map());
    this.flags = new Map();
    this.redraw();
    return { removed, left: 0, failedSheets: [] };
  }

  /** Rows whose flags (colour or message) differ between two sets of flags are redrawn. */
  private restamp(before: ReadonlyMap<string, ReadonlyMap<string, CellFlag>>, after: ReadonlyMap<string, ReadonlyMap<string, CellFlag>>): void {
    const text = (flag: CellFlag | undefined) =>
      flag === undefined ? '' : `${flagKey(flag)}|${identityOf(flag)}`;
    for (const [one, other] of [[before, after], [after, before]] as const) {
      for (const [sheet, cells] of one) {
        for (const [cell, flag] of cells) if (text(flag) !== text(other.get(sheet)?.get(cell))) this.touch(sheet, cell);
      }
    }
  }

  flagAt(sheet: string, cell: string): CellFlag | undefined {
    return this.flags.get(sheet)?.get(cell);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.select(sheet, cell);
  }

  async onChange(listener: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    this.editListeners.add(listener);
    return async () => {
      this.editListeners.delete(listener);
    };
  }

  async readSettings(): Promise<unknown> {
    return this.settings;
  }

  async writeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
  }

  async diagnostics(): Promise<Diagnostics> {
    return this.tools;
  }

  private readonly tools: Diagnostics = {
    hostInfo: async () => ({ host: 'page autonome / standalone page', platform: 'classeur en mémoire / in-memory workbook' }),
    expectedFlags: (result, _matching, sheet) =>
      [...(flagsOf(result).get(sheet) ?? new Map<string, CellFlag>())].map(([cell, flag]) => ({ areas: cell, formula: flagKey(flag) })),
    createScratchSheet: async (name, rows) => {
      this.sheets.push(memorySheetOf({ name, rows }));
      this.redraw();
    },
    // As in Excel, a leading apostrophe keeps what follows as text.
    setScratchCell: async (sheet, cell, value) => this.setCell(sheet, cell, value === '' ? null : typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value),
    readOurFlags: async (sheet) => [...(this.flags.get(sheet) ?? new Map<string, CellFlag>())].map(([cell, flag]) => ({ areas: cell, formula: flagKey(flag) })),
    addForeignFormat: async (sheet) => void this.foreignFormats.set(sheet, (this.foreignFormats.get(sheet) ?? 0) + 1),
    countForeignFormats: async (sheet) => this.foreignFormats.get(sheet) ?? 0,
    deleteScratchSheet: async (name) => {
      const index = this.sheets.findIndex((sheet) => sheet.name === name);
      if (index >= 0) this.sheets.splice(index, 1);
      this.flags.delete(name);
      this.foreignFormats.delete(name);
      this.originals.delete(name);
      // The scratch sheet's edits are no edits of the officer's.
      for (const stack of [this.undoStack, this.redoStack]) {
        for (let at = stack.length - 1; at >= 0; at--) if (stack[at]?.some((change) => change.sheet === name)) stack.splice(at, 1);
      }
      if (this.selection?.sheet === name) this.selection = null;
      this.redraw();
    },
    // The page draws flags beside the cells: no formula is written, any is "accepted".
    acceptsFormula: async () => true,
  };

  async createBudgetTable(sheetName: string, headers: readonly string[]): Promise<CreatedTable> {
    let name = sheetName;
    for (let index = 2; this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()); index++) name = `${sheetName} ${index}`;
    const range = rangeA1(0, 0, 1, headers.length - 1);
    this.sheets.push(memorySheetOf({ name, rows: [headers], tables: [{ name: `Budget${this.sheets.length + 1}`, range, hasTotalsRow: false }] }));
    this.selection = { sheet: name, cell: 'A2' };
    this.redraw();
    return { sheet: name, range };
  }
}

function memorySheetOf(init: MemorySheetInit): MemorySheet {
  const cells = new SheetCells(init.cells ?? []);
  init.rows?.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!isBlank(value)) cells.set(a1(r, c), value);
    }),
  );
  return {
    name: init.name,
    cells,
    formulas: new Map(init.formulas ?? []),
    formats: new Map(init.formats ?? []),
    tables: (init.tables ?? []).map((table) => ({ ...table })),
    hiddenRows: new Set(init.hiddenRows ?? []),
    frozenRows: init.frozenRows ?? 0,
    columnWidths: new Map(init.columnWidths ?? []),
    look: {
      cells: new Map(init.look?.cells ?? []),
      merges: [...(init.look?.merges ?? [])],
      rowHeights: new Map(init.look?.rowHeights ?? []),
      notes: new Map(init.look?.notes ?? []),
      formats: init.look?.formats ?? [],
      unshown: init.look?.unshown ?? [],
      defaultSize: init.look?.defaultSize ?? 11,
    },
  };
}

function block(sheet: MemorySheet, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let row = top; row <= bottom; row++) {
    const values: CellValue[] = [];
    for (let column = left; column <= right; column++) values.push(sheet.cells.valueAt(row, column));
    rows.push(values);
  }
  return rows;
}

/** The extent of a sheet's cells: its used range. */
export function usedBounds(sheet: MemorySheet): { top: number; left: number; bottom: number; right: number } | null {
  return sheet.cells.extent();
}

function snapshotOfSheet(sheet: MemorySheet): SheetSnapshot {
  const tables = sheet.tables.map((table) => {
    const { from, to } = parseRange(table.range) ?? { from: { row: 0, column: 0 }, to: { row: 0, column: 0 } };
    return { name: table.name, top: from.row, left: from.column, values: block(sheet, from.row, from.column, to.row, to.column), hasTotalsRow: table.hasTotalsRow, headerRows: table.headerRows ?? 1 };
  });
  return { name: sheet.name, tables, cells: sheet.cells.blocks(), hiddenRows: [...sheet.hiddenRows] };
}
