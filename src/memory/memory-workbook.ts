import {
  a1,
  type Bilingual,
  type CellValue,
  type CheckResult,
  isBlank,
  type MatchingMode,
  parseA1,
  rangeA1,
  type RangeValues,
  rowRuns,
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
  /** Cells by A1 address; an absent cell is empty. */
  readonly cells: Map<string, CellValue>;
  readonly tables: MemoryTable[];
  readonly hiddenRows: Set<number>;
}

export interface MemorySheetInit {
  readonly name: string;
  /** Rows from A1 down. */
  readonly rows?: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly cells?: Iterable<readonly [string, CellValue]>;
  readonly tables?: readonly MemoryTable[];
  readonly hiddenRows?: Iterable<number>;
}

/** A flag drawn on a cell: the colour of its worst finding, its rules and every message. */
export interface CellFlag {
  readonly severity: Severity;
  readonly rules: readonly string[];
  readonly messages: readonly Bilingual[];
}

/** What identifies a flag for the diff: the same colour and rules are the same flag. */
function flagKey(flag: CellFlag): string {
  return `${flag.severity}:${flag.rules.join(',')}`;
}

/** The flags a check result draws, by sheet then cell. */
function flagsOf(result: CheckResult): Map<string, Map<string, CellFlag>> {
  const flags = new Map<string, Map<string, CellFlag>>();
  for (const finding of result.findings) {
    if (finding.cell === null) continue;
    const sheetFlags = flags.get(finding.sheet) ?? new Map<string, CellFlag>();
    flags.set(finding.sheet, sheetFlags);
    const current = sheetFlags.get(finding.cell);
    sheetFlags.set(finding.cell, {
      severity: current?.severity === 'error' || finding.severity === 'error' ? 'error' : 'warning',
      rules: [...(current?.rules ?? []), finding.rule],
      messages: [...(current?.messages ?? []), finding.message],
    });
  }
  return flags;
}

/**
 * A workbook held in memory, for the standalone page and for tests: cells, tables, and flags drawn
 * beside the cells (never in them), the way Excel shows conditional formats over values.
 */
export class MemoryWorkbook implements BudgetWorkbook {
  // A read costs no round trip: edits are gathered only long enough to take a paste or a fast typist.
  readonly capabilities: WorkbookCapabilities = { flags: true, liveChanges: true, editBurstMs: 50 };
  readonly sheets: MemorySheet[];
  /** Our flags, by sheet name then cell address. */
  flags = new Map<string, Map<string, CellFlag>>();
  selection: { sheet: string; cell: string } | null = null;
  /** Grows at each change the grid shows, for React's useSyncExternalStore. */
  version = 0;
  private settings: unknown = null;
  /** Conditional formats of the officer's, by sheet: the self-test adds one and checks it survives clearing. */
  private readonly foreignFormats = new Map<string, number>();
  private readonly editListeners = new Set<(change: WorkbookChange) => void>();
  private readonly viewListeners = new Set<() => void>();

  constructor(sheets: readonly MemorySheetInit[] = []) {
    this.sheets = sheets.map(memorySheetOf);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
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

  /** The officer types in a cell: the value is stored as typed and change listeners are told. */
  setCell(sheetName: string, cell: string, value: CellValue): void {
    this.setCells(sheetName, [[cell, value]]);
  }

  /** Several cells at once (a paste): one change for the listeners. */
  setCells(sheetName: string, cells: ReadonlyArray<readonly [string, CellValue]>): void {
    const sheet = this.sheet(sheetName);
    if (!sheet || cells.length === 0) return;
    for (const [cell, value] of cells) {
      if (isBlank(value)) sheet.cells.delete(cell);
      else sheet.cells.set(cell, value);
    }
    this.redraw();
    for (const listener of this.editListeners) listener({ remote: false });
  }

  /** Moves the selection, as the officer does in the grid. */
  select(sheet: string, cell: string): void {
    this.selection = { sheet, cell };
    this.redraw();
  }

  /** The sheets as they are, for saving. */
  sheetData(): Array<{ name: string; cells: Array<[string, CellValue]>; tables: MemoryTable[]; hiddenRows: number[] }> {
    return this.sheets.map((sheet) => ({ name: sheet.name, cells: [...sheet.cells], tables: sheet.tables.map((table) => ({ ...table })), hiddenRows: [...sheet.hiddenRows] }));
  }

  /** Our flags as marks to write into a file, messages in one language. */
  flagMarks(lang: 'fr' | 'en'): Array<{ sheet: string; cell: string; severity: Severity; messages: string[] }> {
    return [...this.flags].flatMap(([sheet, cells]) => [...cells].map(([cell, flag]) => ({ sheet, cell, severity: flag.severity, messages: flag.messages.map((message) => message[lang]) })));
  }

  async read(): Promise<WorkbookSnapshot> {
    return { sheets: this.sheets.map(snapshotOfSheet) };
  }

  async showFlags(result: CheckResult, _matching: MatchingMode): Promise<FlagReport> {
    const flags = flagsOf(result);
    // Only what differs is redrawn, as in Excel: a flag kept is no write.
    let added = 0;
    let deleted = 0;
    for (const [sheet, cells] of flags) {
      for (const [cell, flag] of cells) if (this.flags.get(sheet)?.get(cell) === undefined || flagKey(this.flags.get(sheet)?.get(cell) as CellFlag) !== flagKey(flag)) added++;
    }
    for (const [sheet, cells] of this.flags) {
      for (const [cell, flag] of cells) {
        const next = flags.get(sheet)?.get(cell);
        if (next === undefined || flagKey(next) !== flagKey(flag)) deleted++;
      }
    }
    this.flags = flags;
    this.redraw();
    return { added, deleted, notShown: 0, failedSheets: [] };
  }

  async clearFlags(): Promise<ClearReport> {
    let removed = 0;
    for (const sheetFlags of this.flags.values()) removed += sheetFlags.size;
    this.flags = new Map();
    this.redraw();
    return { removed, left: 0, failedSheets: [] };
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

  readonly diagnostics: Diagnostics = {
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
  const cells = new Map<string, CellValue>(init.cells ?? []);
  init.rows?.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!isBlank(value)) cells.set(a1(r, c), value);
    }),
  );
  return { name: init.name, cells, tables: (init.tables ?? []).map((table) => ({ ...table })), hiddenRows: new Set(init.hiddenRows ?? []) };
}

function block(sheet: MemorySheet, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let row = top; row <= bottom; row++) {
    const values: CellValue[] = [];
    for (let column = left; column <= right; column++) values.push(sheet.cells.get(a1(row, column)) ?? null);
    rows.push(values);
  }
  return rows;
}

/** The extent of a sheet's cells: its used range. */
export function usedBounds(sheet: MemorySheet): { top: number; left: number; bottom: number; right: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const address of sheet.cells.keys()) {
    const cell = parseA1(address);
    if (!cell) continue;
    top = Math.min(top, cell.row);
    left = Math.min(left, cell.column);
    bottom = Math.max(bottom, cell.row);
    right = Math.max(right, cell.column);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** The sheet's cells row by row, as runs of nearby columns: what it holds, not the rectangle it spans. */
function sparseCells(sheet: MemorySheet): RangeValues[] {
  const byRow = new Map<number, Array<[number, CellValue]>>();
  for (const [address, value] of sheet.cells) {
    const cell = parseA1(address);
    if (!cell) continue;
    const row = byRow.get(cell.row);
    if (row === undefined) byRow.set(cell.row, [[cell.column, value]]);
    else row.push([cell.column, value]);
  }
  const blocks: RangeValues[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = (byRow.get(row) ?? []).sort((a, b) => a[0] - b[0]);
    blocks.push(...rowRuns(row, cells.map(([column]) => column), cells.map(([, value]) => value)));
  }
  return blocks;
}

function snapshotOfSheet(sheet: MemorySheet): SheetSnapshot {
  const tables = sheet.tables.map((table) => {
    const [start = 'A1', end = start] = table.range.split(':');
    const from = parseA1(start) ?? { row: 0, column: 0 };
    const to = parseA1(end) ?? from;
    return { name: table.name, top: from.row, left: from.column, values: block(sheet, from.row, from.column, to.row, to.column), hasTotalsRow: table.hasTotalsRow, headerRows: table.headerRows ?? 1 };
  });
  return { name: sheet.name, tables, cells: sparseCells(sheet), hiddenRows: [...sheet.hiddenRows] };
}
