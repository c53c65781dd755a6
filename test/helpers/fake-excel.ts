import { a1, type CellValue, excelSerial, parseA1, rangeA1 } from '../../src/domain';
import type { OfficeHost, RunOptions } from '../../src/excel/office-workbook';

/**
 * A small Excel for the Office.js adapter's tests: sheets of cells, tables, conditional formats,
 * change events and document settings, behind proxies that behave as office.js's do. Every
 * context.sync is counted, and any write to a cell is recorded.
 *
 * Where office.js and Excel are known to differ from a naive mock, it fails as they do:
 * - a property read before it was loaded and synced throws PropertyNotLoaded; what a load asks for
 *   is read when the batch syncs, after the work queued before it, as Excel runs a batch in order;
 * - a conditional format's id is its position in the collection it was loaded from (Excel: "the
 *   priority of the conditional format in the current ConditionalFormatCollection"), resolved when
 *   the batch runs, so that a delete shifts the ids after it: ascending deletes skip or fail;
 * - a new format goes on top of the sheet's list (priority 0) when the batch runs;
 * - pasting a row inside a format's range splits that format around it and gives the pasted row a
 *   copy of the source row's formats; inserting a row grows the ranges that span it;
 * - in cell-edit mode a batch fails with InvalidOperationInCellEditMode, unless Excel.run was given
 *   delayForCellEdit on a host that supports it, which waits for the edit to end;
 * - a call above the host's requirement set throws ApiNotFound when made, as office.js does;
 * - a *OrNullObject of something missing is a null object: its properties are undefined, what is
 *   reached from it is null too, and an action on it fails the batch with ItemNotFound;
 * - Excel on the web refuses a sync whose response passes 5 MB (counted on the JSON of the values
 *   it loads); the bytes of formats read are counted apart;
 * - a sheet can be made to fail (known Excel issues with duplicated rules), failing the whole batch;
 *   a sheet deleted between two syncs fails the batch that still uses it with ItemNotFound;
 * - ExcelApi 1.20's mergeUndoGroup can be refused with UndoNotSupported; Excel on the web can answer
 *   ActivityLimitReached or ServiceNotAvailable;
 * - formats written (added or deleted) are counted, as each one is a step of Excel's undo.
 * office-addin-mock was the double before: it cannot model a null object or a read done at sync.
 */

export interface FakeCell {
  value: unknown;
  valueType: string;
  numberFormat: string;
}

export interface FakeFormat {
  /** The areas it applies to, comma-separated ("E2:E7,E10:E15"). */
  range: string;
  readonly type: string;
  formula: string | null;
  fill: string | null;
  font: string | null;
}

export interface FakeSheet {
  name: string;
  readonly id: string;
  /** A sheet the add-in created (its scratch sheet, a new budget table): its cells may be written. */
  ours?: boolean;
  cells: Map<string, FakeCell>;
  /** In priority order: the first one wins where two apply. */
  formats: FakeFormat[];
  hiddenRows: Set<number>;
  /** The officer's own fills and notes, which the adapter must never touch. */
  fills: Map<string, string>;
  notes: Map<string, string>;
}

export interface FakeTable {
  name: string;
  sheet: string;
  range: string;
  showTotals: boolean;
  showHeaders: boolean;
}

type Handler = (event: Record<string, unknown>) => Promise<void> | void;

/** Excel's errors as office.js gives them: an Error with a code. */
export function excelError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

function cellOf(value: CellValue): FakeCell {
  if (value === null) return { value: '', valueType: 'Empty', numberFormat: 'General' };
  if (typeof value === 'number') return { value, valueType: 'Double', numberFormat: 'General' };
  if (typeof value === 'string') return { value, valueType: 'String', numberFormat: 'General' };
  if (typeof value === 'boolean') return { value, valueType: 'Boolean', numberFormat: 'General' };
  if (value.kind === 'error') return { value: value.code, valueType: 'Error', numberFormat: 'General' };
  return { value: excelSerial(value.iso), valueType: 'Double', numberFormat: 'dd/mm/yyyy' };
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function corners(address: string): Box {
  const clean = address.replace(/\$/g, '').replace(/^.*!/, '');
  // Whole rows ("5:5") and whole columns are what the events give for inserted rows.
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16383 };
  const [start = 'A1', end = start] = clean.split(':');
  const from = parseA1(start)!;
  const to = parseA1(end)!;
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

const boxA1 = (box: Box) => rangeA1(box.top, box.left, box.bottom, box.right);
const areasOf = (address: string) => address.split(',').map((area) => corners(area));

function overlaps(x: Box, y: Box): boolean {
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
}

function intersects(a: string, b: string): boolean {
  return areasOf(a).some((x) => areasOf(b).some((y) => overlaps(x, y)));
}

/** An area minus one row: the parts above and below it, as Excel splits a format around a pasted row. */
function withoutRow(box: Box, row: number): Box[] {
  if (row < box.top || row > box.bottom) return [box];
  const parts: Box[] = [];
  if (row > box.top) parts.push({ ...box, bottom: row - 1 });
  if (row < box.bottom) parts.push({ ...box, top: row + 1 });
  return parts;
}

/**
 * Moves the relative rows of a formula's references by `rows` (a format's formula is relative to
 * its first area's top-left cell), and the rows at or below `from` of its absolute ones when a row
 * is inserted; text in quotes (our marker) is left alone.
 */
function shiftFormula(formula: string, relative: number, insertedAt: number | null = null): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (match, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            const row = Number(digits);
            if (rowAbs === '$') return insertedAt !== null && row - 1 >= insertedAt ? `${colAbs}${letters}$${row + 1}` : match;
            return `${colAbs}${letters}${row + relative}`;
          }),
    )
    .join('');
}

const WHOLE_SHEET = 'A1:XFD1048576';
const notLoaded = (what: string) =>
  excelError('PropertyNotLoaded', `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`);

/** What a proxy of ours is made of: scalar properties read at sync, child objects, methods, writable properties. */
interface Spec {
  readonly kind: string;
  /** A null object; a function when it is known only as the batch runs (a *OrNullObject by position). */
  readonly isNull?: boolean | (() => boolean);
  /** Scalars: read when the load's batch runs. */
  readonly scalars?: (name: string) => unknown;
  readonly children?: Record<string, () => unknown>;
  readonly methods?: Record<string, (...args: never[]) => unknown>;
  readonly writable?: Record<string, (value: unknown) => void>;
  /** For a collection: its items when the load's batch runs. */
  readonly items?: () => FakeObject[];
  /** Work that must fail at sync when this object no longer exists (a deleted sheet). */
  readonly alive?: () => boolean;
}

/** One of our proxies: what office.js would give, its properties known only as a test reaches them. */
type FakeObject = Record<string, unknown>;

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  syncs = 0;
  proxies = 0;
  readonly forbiddenWrites: string[] = [];
  selected: { sheet: string; address: string } | null = null;
  readonly settings = new Map<string, unknown>();
  private readonly handlers: Array<{ kind: 'changed' | 'added'; sheet: string | null; session: string; handler: Handler }> = [];
  private nextSheetId = 1;
  /** The newest ExcelApi 1.x the host supports: 14 (ExcelApi 1.14, Microsoft 365) by default. */
  apiMinor = 14;
  onTheWeb = false;
  /** Like Excel on the web's 5 MB limit: a sync that loads more cells than this is refused. */
  payloadLimitCells = Number.POSITIVE_INFINITY;
  private pendingCells = 0;
  /** Excel on the web's 5 MB limit, on the JSON of what a sync loads (values, types, formats). */
  payloadLimitBytes = Number.POSITIVE_INFINITY;
  /** The code Excel answers an oversized sync with: older Excel on the web says GeneralException. */
  payloadErrorCode = 'RequestPayloadSizeLimitExceeded';
  private pendingBytes = 0;
  /** The biggest response a sync gave, in bytes of JSON. */
  largestResponseBytes = 0;
  /** Bytes of cell values read (values, value types, number formats), as JSON: what an edit costs in reading. */
  valueBytes = 0;
  /** Bytes of conditional-format properties read (ids, types, formulas, addresses), as JSON. */
  formatBytes = 0;
  /** Loads of a whole sheet's conditional formats (an edit should look at its own rows only). */
  wholeSheetFormatReads = 0;
  /** Formats added or deleted: each is a write, and from ExcelApi 1.20 a step of Excel's undo. */
  formatWrites = 0;
  /** Settings saved (each saveAsync clears Excel's undo stack). */
  settingsSaves = 0;
  /** Sheets whose conditional formats cannot be read or written: the batch that touches them fails. */
  readonly failingSheets = new Set<string>();
  /** Excel cannot group this batch into one undo step. */
  undoNotSupported = false;
  /** Excel answers ranges with null values (a sheet being recalculated). */
  nullValues = false;
  /** The officer is typing in a cell: batches fail, or wait with delayForCellEdit. */
  cellEditMode = false;
  /** Whether the host honours delayForCellEdit (office.js applies it only where it is supported). */
  delayForCellEditSupported = true;
  private cellEditEnded: Array<() => void> = [];
  /** Codes the next syncs fail with, one each (Excel on the web's throttling). */
  readonly failNextSyncs: string[] = [];
  /** Work done at the start of a given sync (1-based, counted from when it was set): a co-author, a deleted sheet. */
  private readonly atSyncs: Array<{ sync: number; action: () => void }> = [];
  /** The options of each Excel.run, in order. */
  readonly runs: Array<RunOptions | undefined> = [];
  /** Work queued by the batch, done at its sync as Excel does. */
  private pending: Array<() => void> = [];
  private touchedSheets = new Set<FakeSheet>();
  /** Sheets whose conditional formats the batch reads or writes. */
  private formatSheets = new Set<FakeSheet>();
  private syncedObjects = new WeakSet<object>();

  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>> = [], origin = 'A1'): FakeSheet {
    const sheet: FakeSheet = { name, id: `{sheet-${this.nextSheetId++}}`, cells: new Map(), formats: [], hiddenRows: new Set(), fills: new Map(), notes: new Map() };
    const start = parseA1(origin)!;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.cells.set(a1(start.row + r, start.column + c), cellOf(value));
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  addTable(sheet: string, name: string, range: string, options: { showTotals?: boolean } = {}): void {
    this.tables.push({ name, sheet, range, showTotals: options.showTotals ?? false, showHeaders: true });
  }

  /** The officer's own conditional format, as Excel's UI adds one: on top of the others. */
  addOfficerFormat(sheet: string, range: string, formula: string, fill = '#C6EFCE'): FakeFormat {
    const format: FakeFormat = { range, type: 'Custom', formula, fill, font: null };
    this.sheet(sheet).formats.unshift(format);
    return format;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((sheet) => sheet.name === name || sheet.id === name);
    if (!found) throw excelError('ItemNotFound', `no sheet ${name}`);
    return found;
  }

  value(sheet: string, address: string): unknown {
    return this.sheet(sheet).cells.get(address)?.value ?? '';
  }

  /** Runs an action at the start of the n-th sync from now (1: the next one). */
  atSync(n: number, action: () => void): void {
    this.atSyncs.push({ sync: this.syncs + n, action });
  }

  /** The officer leaves the cell being edited: batches held by delayForCellEdit go on. */
  endCellEdit(): void {
    this.cellEditMode = false;
    const waiting = this.cellEditEnded;
    this.cellEditEnded = [];
    for (const resume of waiting) resume();
  }

  /**
   * Someone types in a cell: the officer (session "A", whose pane is opened with host()), or a
   * co-author (another session, or source "Remote"). Excel raises the change events: Local for the
   * session that typed, Remote for the others.
   */
  async edit(sheet: string, address: string, value: CellValue, triggerSource: 'Unknown' | 'ThisLocalAddin' = 'Unknown', source: 'Local' | 'Remote' = 'Local', by = 'A'): Promise<void> {
    this.sheet(sheet).cells.set(address, cellOf(value));
    await this.raise(this.sheet(sheet), address, 'RangeEdited', triggerSource, source === 'Remote' ? `\u0000remote` : by);
  }

  /** Edits several cells at once (a paste of values), raising one event for their range. */
  async editRange(sheet: string, address: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>, by = 'A'): Promise<void> {
    const target = this.sheet(sheet);
    const { top, left } = corners(address);
    rows.forEach((row, r) => row.forEach((value, c) => target.cells.set(a1(top + r, left + c), cellOf(value))));
    await this.raise(target, address, 'RangeEdited', 'Unknown', by);
  }

  /**
   * The officer copies a row (0-based `from`) and pastes it on row `to`, as Excel does: the values,
   * and the source row's conditional formats, which Excel gives the pasted row as copies of their
   * own; every format that covered the destination row is split around it.
   */
  async pasteRow(sheet: string, from: number, to: number, by = 'A'): Promise<void> {
    const target = this.sheet(sheet);
    this.copyRow(target, from, to);
    await this.raise(target, `${to + 1}:${to + 1}`, 'RangeEdited', 'Unknown', by);
  }

  /** The officer inserts an empty row above 0-based `at`: cells below move down, formats spanning it grow, tables too. */
  async insertRow(sheet: string, at: number, by = 'A'): Promise<void> {
    const target = this.sheet(sheet);
    this.shiftDown(target, at);
    await this.raise(target, `${at + 1}:${at + 1}`, 'RowInserted', 'Unknown', by);
  }

  /** Insert › Copied cells: a row inserted above `at` and the copied row `from` (before the insert) pasted into it. */
  async insertCopiedRow(sheet: string, from: number, at: number, by = 'A'): Promise<void> {
    const target = this.sheet(sheet);
    this.shiftDown(target, at);
    this.copyRow(target, from >= at ? from + 1 : from, at);
    await this.raise(target, `${at + 1}:${at + 1}`, 'RowInserted', 'Unknown', by);
  }

  /** The officer adds a sheet: Excel raises the workbook's onAdded. */
  async addSheetByOfficer(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>> = [], by = 'A'): Promise<FakeSheet> {
    const sheet = this.addSheet(name, rows);
    for (const entry of [...this.handlers]) {
      if (entry.kind === 'added') await entry.handler({ type: 'WorksheetAdded', worksheetId: sheet.id, source: entry.session === by ? 'Local' : 'Remote' });
    }
    return sheet;
  }

  /** A sheet deleted (by the officer, or a co-author), with its tables. */
  removeSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let index = this.tables.length - 1; index >= 0; index--) if (this.tables[index]!.sheet === sheet.name) this.tables.splice(index, 1);
  }

  /** What loading a range's values, value types and number formats weighs in a response, as the payload counter counts it. */
  responseBytes(sheet: string, address: string): number {
    const { top, left, bottom, right } = corners(address);
    const cells = this.sheet(sheet).cells;
    const grid = <T>(pick: (cell: FakeCell) => T) =>
      Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => pick(cells.get(a1(top + r, left + c)) ?? cellOf(null))));
    return JSON.stringify({ Values: grid((cell) => cell.value), ValueTypes: grid((cell) => cell.valueType), NumberFormat: grid((cell) => cell.numberFormat) }).length;
  }

  /** Our conditional formats on a sheet, as a person would see them in Excel's rule manager. */
  oursOn(sheet: string): FakeFormat[] {
    return this.sheet(sheet).formats.filter((format) => typeof format.formula === 'string' && format.formula.includes('"convention-budget:'));
  }

  handlerCount(): number {
    return this.handlers.length;
  }

  /**
   * The host a pane of session `session` sees. Its run takes Excel.run's arguments, options first or
   * not, so that it serves as office.js's Excel.run too.
   */
  host(session = 'A'): OfficeHost {
    const run = async <T>(first: unknown, second?: unknown): Promise<T> => {
      const [batch, options] = (typeof first === 'function' ? [first, second] : [second, first]) as [(context: Excel.RequestContext) => Promise<T>, RunOptions | undefined];
      this.runs.push(options);
      if (options?.mergeUndoGroup === true && this.undoNotSupported) throw excelError('UndoNotSupported', 'The operation cannot be grouped into one undo step.');
      return batch(this.context(session, options) as unknown as Excel.RequestContext);
    };
    return {
      run,
      isSetSupported: (_name, version) => Number(version.split('.')[1] ?? 0) <= this.apiMinor,
      onTheWeb: this.onTheWeb,
      settings: {
        get: (key: string) => this.settings.get(key),
        set: (key: string, value: unknown) => void this.settings.set(key, value),
        saveAsync: ((callback?: (result: Office.AsyncResult<void>) => void) => {
          this.settingsSaves++;
          callback?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>);
        }) as Office.Settings['saveAsync'],
      },
      info: { host: 'Excel (fake)', platform: this.onTheWeb ? 'OfficeOnline' : 'PC', version: '16.0 (test double)' },
    };
  }

  /** A fresh request context, as each Excel.run gets, over the same workbook. */
  context(session = 'A', options?: RunOptions & { delayForCellEdit?: boolean }): FakeObject {
    const created: object[] = [];
    const sync = async () => {
      this.syncs++;
      for (const due of this.atSyncs.filter((entry) => entry.sync === this.syncs)) due.action();
      const code = this.failNextSyncs.shift();
      if (code !== undefined) {
        this.discard();
        throw excelError(code, `Excel answered ${code}.`);
      }
      if (this.cellEditMode) {
        if (options?.delayForCellEdit !== true || !this.delayForCellEditSupported) {
          this.discard();
          throw excelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
        }
        await new Promise<void>((resolve) => this.cellEditEnded.push(resolve));
      }
      const cells = this.pendingCells;
      const bytes = this.pendingBytes;
      const work = this.pending;
      const touched = [...this.touchedSheets];
      const formatted = [...this.formatSheets];
      this.discard();
      this.largestResponseBytes = Math.max(this.largestResponseBytes, bytes);
      if (cells > this.payloadLimitCells || bytes > this.payloadLimitBytes) throw excelError(this.payloadErrorCode, 'The response payload size has exceeded the limit.');
      const failing = formatted.find((sheet) => this.failingSheets.has(sheet.name) && this.sheets.includes(sheet));
      if (failing !== undefined) throw excelError('GeneralException', `An internal error has occurred (sheet ${failing.name}).`);
      const gone = touched.find((sheet) => !this.sheets.includes(sheet));
      if (gone !== undefined) throw excelError('ItemNotFound', `The requested resource doesn't exist (sheet ${gone.name}).`);
      this.valueBytes += bytes;
      for (const step of work) step();
      for (const object of created) this.syncedObjects.add(object);
    };
    const context = { sync, session, created };
    const workbook = this.object(context, {
      kind: 'Workbook',
      children: {
        worksheets: () => this.worksheets(context, session),
        tables: () => this.tableCollection(context, null),
      },
    });
    return Object.assign(context, { workbook, trackedObjects: { add: () => undefined, remove: () => undefined } });
  }

  private discard(): void {
    this.pendingCells = 0;
    this.pendingBytes = 0;
    this.pending = [];
    this.touchedSheets = new Set();
    this.formatSheets = new Set();
  }

  private requires(minor: number, api: string): void {
    if (this.apiMinor < minor) throw excelError('ApiNotFound', `The API '${api}' needs ExcelApi 1.${minor}.`);
  }

  /**
   * A proxy as office.js gives one: scalars readable once loaded and synced, children and methods at
   * once, writes through the spec. A null object answers undefined and gives null objects.
   */
  private object(context: { created: object[] }, spec: Spec): FakeObject {
    this.proxies++;
    const loaded = new Map<string, unknown>();
    let items: FakeObject[] | undefined;
    const children = new Map<string, unknown>();
    /** Properties a test replaced (as one may replace a method of an office.js object). */
    const overrides = new Map<string, unknown>();
    const target = { spec };
    const nullNow = () => (typeof spec.isNull === 'function' ? spec.isNull() : spec.isNull === true);
    const resolve = (paths: readonly string[]) => {
      const scalars = paths.filter((path) => !path.includes('/'));
      const nested = new Map<string, string[]>();
      for (const path of paths.filter((entry) => entry.includes('/'))) {
        const [head = '', ...rest] = path.split('/');
        nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
      }
      if (nullNow()) return;
      for (const name of scalars) {
        if (name === 'items' && spec.items) items = spec.items();
        else if (spec.scalars) loaded.set(name, spec.scalars(name));
      }
      for (const [head, rest] of nested) {
        if (head === 'items' && spec.items) {
          items = spec.items();
          for (const item of items) (item.__resolve as (paths: string[]) => void)(rest);
        } else {
          const child = proxy[head] as FakeObject;
          (child.__resolve as (paths: string[]) => void)(rest);
        }
      }
    };
    const proxy: FakeObject = new Proxy(target, {
      get: (_, key) => {
        if (typeof key === 'symbol' || key === 'then') return undefined;
        if (key === 'spec') return spec;
        if (key === '__resolve') return resolve;
        if (overrides.has(key)) return overrides.get(key);
        if (key === 'context') return context;
        if (key === 'load') {
          return (argument?: string | string[]) => {
            const paths = (Array.isArray(argument) ? argument : (argument ?? '').split(',')).map((path) => path.trim()).filter(Boolean);
            this.pending.push(() => {
              if (spec.alive !== undefined && !spec.alive()) throw excelError('ItemNotFound', `The requested ${spec.kind} doesn't exist.`);
              resolve(paths);
            });
            return proxy;
          };
        }
        if (key === 'isNullObject') {
          if (!this.syncedObjects.has(proxy)) throw notLoaded(`${spec.kind}.isNullObject`);
          return nullNow();
        }
        if (spec.isNull === true) {
          // What is reached from a null object is null; an action on it fails the batch.
          if (key === 'items') return undefined;
          if (/^(get|add)/.test(key) || key === 'conditionalFormats' || key === 'tables' || key === 'custom' || key === 'customOrNullObject') {
            return key.startsWith('get') || key.startsWith('add')
              ? (...args: unknown[]) => (key.startsWith('add') ? this.failingAction(context, spec.kind, key) : this.nullObject(context, `${spec.kind}.${key}(${args.join()})`))
              : this.nullObject(context, `${spec.kind}.${key}`);
          }
          if (key === 'delete' || key === 'activate' || key === 'select') return () => this.failingAction(context, spec.kind, key);
          return undefined;
        }
        if (spec.methods && key in spec.methods) return spec.methods[key];
        if (spec.children && key in spec.children) {
          if (!children.has(key)) children.set(key, spec.children[key]!());
          return children.get(key);
        }
        if (key === 'items' && spec.items) {
          if (items === undefined) throw notLoaded(`${spec.kind}.items`);
          return items;
        }
        if (loaded.has(key)) return loaded.get(key);
        if (spec.writable && key in spec.writable) throw notLoaded(`${spec.kind}.${key}`);
        if (spec.scalars) throw notLoaded(`${spec.kind}.${key}`);
        return undefined;
      },
      set: (_, key, value) => {
        if (typeof key === 'symbol') return false;
        if (spec.isNull === true) {
          this.failingAction(context, spec.kind, `set ${key}`);
          return true;
        }
        const write = spec.writable?.[key];
        if (write === undefined) overrides.set(key, value);
        else write(value);
        return true;
      },
    });
    context.created.push(proxy);
    return proxy;
  }

  private nullObject(context: { created: object[] }, kind: string): FakeObject {
    return this.object(context, { kind, isNull: true });
  }

  private failingAction(context: { created: object[] }, kind: string, action: string): FakeObject {
    this.pending.push(() => {
      throw excelError('ItemNotFound', `${action} on a null ${kind}.`);
    });
    return this.nullObject(context, kind);
  }

  /** A result of a method (getCount, getRowProperties): `value` readable after the sync. */
  private clientResult<T>(context: { created: object[] }, compute: () => T): { value: T } {
    let value: T | undefined;
    let ready = false;
    this.pending.push(() => {
      value = compute();
      ready = true;
    });
    const result = {
      get value(): T {
        if (!ready) throw notLoaded('ClientResult.value');
        return value as T;
      },
    };
    context.created.push(result);
    return result;
  }

  private worksheets(context: { created: object[] }, session: string): FakeObject {
    const find = (key: string) => this.sheets.find((sheet) => sheet.name === key || sheet.id === key);
    return this.object(context, {
      kind: 'WorksheetCollection',
      items: () => this.sheets.map((sheet) => this.sheetObject(context, sheet, session)),
      methods: {
        getItem: (key: string) => {
          const sheet = find(key);
          return sheet ? this.sheetObject(context, sheet, session) : this.missing(context, `sheet ${key}`);
        },
        getItemOrNullObject: (key: string) => {
          this.requires(4, 'WorksheetCollection.getItemOrNullObject');
          const sheet = find(key);
          // Found when the batch runs: a sheet deleted before then is null, not a failure.
          return sheet ? this.sheetObject(context, sheet, session, true) : this.nullObject(context, 'Worksheet');
        },
        add: (name: string) => {
          if (find(name)) throw excelError('ItemAlreadyExists', `A sheet named ${name} exists.`);
          const added = this.addSheet(name);
          added.ours = true;
          return this.sheetObject(context, added, session);
        },
      },
      children: {
        onChanged: () => {
          this.requires(9, 'WorksheetCollection.onChanged');
          return this.eventSource(context, 'changed', null, session);
        },
        onAdded: () => {
          this.requires(7, 'WorksheetCollection.onAdded');
          return this.eventSource(context, 'added', null, session);
        },
      },
    });
  }

  /** A sheet asked for by a name that does not exist: what is done with it fails the batch. */
  private missing(context: { created: object[] }, what: string): FakeObject {
    this.pending.push(() => {
      throw excelError('ItemNotFound', `The requested resource doesn't exist (${what}).`);
    });
    return this.nullObject(context, what);
  }

  private eventSource(context: { created: object[] }, kind: 'changed' | 'added', sheet: string | null, session: string) {
    return {
      add: (handler: Handler) => {
        const entry = { kind, sheet, session, handler };
        this.handlers.push(entry);
        return {
          remove: () => {
            const index = this.handlers.indexOf(entry);
            if (index >= 0) this.handlers.splice(index, 1);
          },
          context: { sync: () => Promise.resolve() },
        };
      },
    };
  }

  private async raise(sheet: FakeSheet, address: string, changeType: string, triggerSource: string, by: string): Promise<void> {
    for (const entry of [...this.handlers]) {
      if (entry.kind !== 'changed' || (entry.sheet !== null && entry.sheet !== sheet.id)) continue;
      const event: Record<string, unknown> = { type: 'WorksheetChanged', address, changeType, worksheetId: sheet.id, source: entry.session === by ? 'Local' : 'Remote' };
      // triggerSource arrived with ExcelApi 1.14.
      if (this.apiMinor >= 14) event.triggerSource = triggerSource;
      await entry.handler(event);
    }
  }

  /** A sheet; `nullable` (a *OrNullObject): null, with all reached from it, if the sheet is gone when the batch runs. */
  private sheetObject(context: { created: object[] }, sheet: FakeSheet, session: string, nullable = false): FakeObject {
    const alive = () => this.sheets.includes(sheet);
    const gone = nullable ? () => !alive() : undefined;
    const touch = () => {
      if (!nullable) this.touchedSheets.add(sheet);
    };
    const self = this.object(context, {
      kind: 'Worksheet',
      ...(gone === undefined ? { alive } : { isNull: gone }),
      scalars: (name) => ({ name: sheet.name, id: sheet.id })[name],
      methods: {
        getRange: (address?: string) => this.rangeObject(context, sheet, address ?? WHOLE_SHEET, undefined, gone),
        getRanges: (address: string) => {
          this.requires(9, 'Worksheet.getRanges');
          return this.rangeAreasObject(context, sheet, address);
        },
        getUsedRangeOrNullObject: () => {
          this.requires(4, 'Worksheet.getUsedRangeOrNullObject');
          touch();
          const used = this.usedAddress(sheet);
          return used === null ? this.nullObject(context, 'Range') : this.rangeObject(context, sheet, used, undefined, gone);
        },
        activate: () => touch(),
        delete: () => {
          touch();
          this.pending.push(() => this.removeSheet(sheet.name));
        },
      },
      children: {
        onChanged: () => {
          this.requires(7, 'Worksheet.onChanged');
          return this.eventSource(context, 'changed', sheet.id, session);
        },
        tables: () => this.tableCollection(context, sheet),
      },
    });
    return self;
  }

  private tableCollection(context: { created: object[] }, sheet: FakeSheet | null): FakeObject {
    const list = () => this.tables.filter((table) => sheet === null || table.sheet === sheet.name);
    return this.object(context, {
      kind: 'TableCollection',
      items: () => list().map((table) => this.tableObject(context, table)),
      methods: {
        getCount: () => this.clientResult(context, () => list().length),
        getItemOrNullObject: (name: string) => {
          const table = this.tables.find((candidate) => candidate.name === name);
          return table ? this.tableObject(context, table) : this.nullObject(context, 'Table');
        },
        add: (address: string) => {
          const owner = sheet as FakeSheet;
          const table: FakeTable = { name: `Tableau${this.tables.length + 1}`, sheet: owner.name, range: address, showTotals: false, showHeaders: true };
          this.tables.push(table);
          return this.tableObject(context, table);
        },
      },
    });
  }

  private tableObject(context: { created: object[] }, table: FakeTable): FakeObject {
    const sheet = () => this.sheet(table.sheet);
    return this.object(context, {
      kind: 'Table',
      alive: () => this.tables.includes(table),
      scalars: (name) => ({ name: table.name, showTotals: table.showTotals, showHeaders: table.showHeaders })[name],
      children: {
        worksheet: () => this.object(context, { kind: 'Worksheet', scalars: (name) => (name === 'name' ? table.sheet : undefined) }),
        columns: () => ({
          getItemAt: (index: number) => {
            const column = {};
            Object.defineProperty(column, 'name', {
              set: (header: string) => {
                const { top, left } = corners(table.range);
                sheet().cells.set(a1(top, left + index), { value: header, valueType: 'String', numberFormat: 'General' });
              },
            });
            return column;
          },
        }),
      },
      methods: {
        getRange: () => this.rangeObject(context, sheet(), table.range, () => table.range),
      },
    });
  }

  private usedAddress(sheet: FakeSheet): string | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [address, cell] of sheet.cells) {
      if (cell.valueType === 'Empty') continue;
      const { row, column } = parseA1(address)!;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? null : rangeA1(top, left, bottom, right);
  }

  /** A range; `live` gives its address when the batch runs (a table's range, which may have grown). */
  private rangeObject(context: { created: object[] }, sheet: FakeSheet, address: string, live: () => string = () => address, gone?: () => boolean): FakeObject {
    const whole = address === WHOLE_SHEET;
    const box = () => corners(live());
    const grid = <T>(pick: (cell: FakeCell) => T): T[][] => {
      if (whole) return [];
      const { top, left, bottom, right } = box();
      return Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => pick(sheet.cells.get(a1(top + r, left + c)) ?? cellOf(null))));
    };
    let cellsLoaded: Record<string, unknown> | null = null;
    const self = this.object(context, {
      kind: 'Range',
      ...(gone === undefined ? { alive: () => this.sheets.includes(sheet) } : { isNull: gone }),
      scalars: (name) => {
        const { top, left, bottom, right } = box();
        switch (name) {
          case 'address':
            return `${sheet.name}!${live()}`;
          case 'rowIndex':
            return top;
          case 'columnIndex':
            return left;
          case 'rowCount':
            return bottom - top + 1;
          case 'columnCount':
            return right - left + 1;
          case 'values':
          case 'valueTypes':
          case 'numberFormat':
            return this.nullValues ? null : cellsLoaded?.[name];
          default:
            return undefined;
        }
      },
      methods: {
        select: () => {
          this.touchedSheets.add(sheet);
          this.pending.push(() => (this.selected = { sheet: sheet.name, address }));
        },
        getRowProperties: () => {
          this.requires(9, 'Range.getRowProperties');
          return this.clientResult(context, () => {
            const { top, bottom } = box();
            return Array.from({ length: bottom - top + 1 }, (_, r) => ({ rowIndex: top + r, rowHidden: sheet.hiddenRows.has(top + r) }));
          });
        },
      },
      children: {
        conditionalFormats: () => {
          this.requires(6, 'Range.conditionalFormats');
          return this.formatCollection(context, sheet, address, gone);
        },
      },
      writable: Object.fromEntries(
        ['values', 'formulas', 'formulasLocal', 'formulasR1C1', 'numberFormat'].map((property) => [property, (value: unknown) => this.write(sheet, address, property, value)]),
      ),
    });
    // Cells are read as the load is queued (what an edit costs is counted then); the rest at sync.
    const load = self.load as (argument?: string) => FakeObject;
    const wrapped = new Proxy(self, {
      get: (target, key) => {
        if (typeof key === 'symbol') return undefined;
        if (key !== 'load') return target[key];
        return (argument?: string) => {
          if (typeof argument === 'string' && argument.includes('values')) {
            const { top, left, bottom, right } = box();
            this.pendingCells += (bottom - top + 1) * (right - left + 1);
            const loadedCells = { values: grid((cell) => cell.value), valueTypes: grid((cell) => cell.valueType), numberFormat: grid((cell) => cell.numberFormat) };
            // What the response would weigh: the JSON office.js receives for these properties.
            this.pendingBytes += JSON.stringify({ Values: loadedCells.values, ValueTypes: loadedCells.valueTypes, NumberFormat: loadedCells.numberFormat }).length;
            cellsLoaded = loadedCells;
            if (gone === undefined) this.touchedSheets.add(sheet);
          }
          load(argument);
          return wrapped;
        };
      },
      set: (target, key, value) => {
        if (typeof key === 'symbol') return false;
        target[key] = value;
        return true;
      },
    });
    context.created.push(wrapped);
    return wrapped;
  }

  /**
   * A write to a range's values or formulas: recorded as forbidden, but on a sheet the add-in
   * created (the self-test's scratch sheet), where the values are written, as Excel would.
   */
  private write(sheet: FakeSheet, address: string, property: string, value: unknown): void {
    if (sheet.ours === true && property === 'values' && Array.isArray(value)) {
      const { top, left } = corners(address);
      this.pending.push(() =>
        (value as unknown[][]).forEach((row, r) =>
          row.forEach((cell, c) => {
            const at = a1(top + r, left + c);
            // As in Excel, a leading apostrophe keeps what follows as text.
            if (cell === null || cell === '') sheet.cells.delete(at);
            else sheet.cells.set(at, cellOf(typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : (cell as CellValue)));
          }),
        ),
      );
    } else if (sheet.ours !== true || property !== 'numberFormat') {
      this.forbiddenWrites.push(`${property} of ${sheet.name}!${address}`);
    }
  }

  private rangeAreasObject(context: { created: object[] }, sheet: FakeSheet, address: string): FakeObject {
    const areas = address.split(',');
    return this.object(context, {
      kind: 'RangeAreas',
      alive: () => this.sheets.includes(sheet),
      scalars: (name) =>
        name === 'address'
          ? areas.map((area) => `${sheet.name}!${area}`).join(',')
          : name === 'areaCount'
            ? areas.length
            : name === 'cellCount'
              ? areasOf(address).reduce((sum, box) => sum + (box.bottom - box.top + 1) * (box.right - box.left + 1), 0)
              : undefined,
      children: { conditionalFormats: () => this.formatCollection(context, sheet, address) },
    });
  }

  /**
   * A range's conditional formats: those that intersect it, in priority order. An item's id is its
   * position in this collection, and an item loaded from it is addressed by that position when the
   * batch runs, as office.js's indexer and GetItemAt are.
   */
  private formatCollection(context: { created: object[] }, sheet: FakeSheet, address: string, gone?: () => boolean): FakeObject {
    const current = () => (address === WHOLE_SHEET ? [...sheet.formats] : sheet.formats.filter((format) => intersects(format.range, address)));
    const touch = () => {
      if (gone === undefined) this.touchedSheets.add(sheet);
      this.formatSheets.add(sheet);
    };
    const collection = this.object(context, {
      kind: 'ConditionalFormatCollection',
      ...(gone === undefined ? { alive: () => this.sheets.includes(sheet) } : { isNull: gone }),
      items: () => {
        touch();
        return current().map((_, index) => this.formatObject(context, sheet, () => current()[index], index));
      },
      methods: {
        add: (type: string) => {
          touch();
          const format: FakeFormat = { range: address, type, formula: null, fill: null, font: null };
          this.pending.push(() => {
            sheet.formats.unshift(format);
            this.formatWrites++;
          });
          return this.formatObject(context, sheet, () => format, null);
        },
        getItem: (id: string) => {
          touch();
          return this.formatObject(context, sheet, () => current()[Number(id)], Number(id));
        },
        getItemAt: (index: number) => {
          touch();
          return this.formatObject(context, sheet, () => current()[index], index);
        },
        getItemOrNullObject: (id: string) => {
          this.requires(14, 'ConditionalFormatCollection.getItemOrNullObject');
          touch();
          return this.formatObject(context, sheet, () => current()[Number(id)], Number(id), true);
        },
      },
    });
    // Loading the collection touches the sheet: a sheet whose rules cannot be read fails the batch.
    const load = collection.load as (argument?: string) => FakeObject;
    return new Proxy(collection, {
      get: (target, key) =>
        typeof key === 'symbol'
          ? undefined
          : key === 'load'
            ? (argument?: string) => {
                touch();
                if (address === WHOLE_SHEET) this.wholeSheetFormatReads++;
                load(argument);
                return target;
              }
            : target[key],
    });
  }

  /** One format, found when the batch runs by `find` (its position, or itself when just added); `nullable`: a null object when none is there then. */
  private formatObject(context: { created: object[] }, sheet: FakeSheet, find: () => FakeFormat | undefined, position: number | null, nullable = false): FakeObject {
    const missing = nullable ? () => find() === undefined : undefined;
    const must = () => {
      const format = find();
      if (format === undefined || !sheet.formats.includes(format)) throw excelError('ItemNotFound', `no conditional format at position ${position}`);
      return format;
    };
    const countBytes = (value: unknown) => {
      this.formatBytes += JSON.stringify(value ?? null).length;
      return value;
    };
    const rule = (custom: boolean) =>
      this.object(context, {
        kind: 'ConditionalFormatRule',
        scalars: (name) => countBytes(name === 'formula' ? (custom ? must().formula : null) : undefined),
        writable: {
          formula: (formula: unknown) => {
            const format = find();
            if (format) format.formula = String(formula);
          },
        },
      });
    const customFormat = (custom: boolean) =>
      this.object(context, {
        kind: 'CustomConditionalFormat',
        children: {
          rule: () => rule(custom),
          format: () => ({
            fill: {
              set color(color: string) {
                const format = find();
                if (format) format.fill = color;
              },
            },
            font: {
              set color(color: string) {
                const format = find();
                if (format) format.font = color;
              },
            },
          }),
        },
      });
    const rangeOf = (kind: 'single' | 'single-or-null' | 'areas') => {
      const format = (): FakeFormat => must();
      const address = () => format().range;
      if (kind === 'areas') {
        this.requires(9, 'ConditionalFormat.getRanges');
        return this.object(context, {
          kind: 'RangeAreas',
          ...(missing === undefined ? {} : { isNull: missing }),
          scalars: (name) =>
            countBytes(
              name === 'address'
                ? address()
                    .split(',')
                    .map((area) => `${sheet.name}!${area}`)
                    .join(',')
                : name === 'areaCount'
                  ? address().split(',').length
                  : undefined,
            ),
        });
      }
      // A format over several areas has no single range: getRange fails, getRangeOrNullObject is null.
      const several = () => (missing?.() ?? false) || (kind === 'single-or-null' && address().includes(','));
      return this.object(context, {
        kind: 'Range',
        isNull: several,
        scalars: (name) => {
          const several = address().includes(',');
          if (several && kind === 'single') throw excelError('InvalidOperation', 'The conditional format applies to several ranges.');
          return countBytes(name === 'address' && !several ? `${sheet.name}!${address()}` : undefined);
        },
      });
    };
    const isCustom = () => find()?.type === 'Custom';
    return this.object(context, {
      kind: 'ConditionalFormat',
      ...(missing === undefined ? {} : { isNull: missing }),
      alive: () => this.sheets.includes(sheet),
      scalars: (name) => countBytes(name === 'id' ? String(position) : name === 'type' ? must().type : name === 'priority' ? sheet.formats.indexOf(must()) : undefined),
      children: {
        custom: () => customFormat(true),
        customOrNullObject: () => (isCustom() ? customFormat(true) : this.nullObject(context, 'CustomConditionalFormat')),
      },
      methods: {
        delete: () => {
          this.touchedSheets.add(sheet);
          this.formatSheets.add(sheet);
          this.pending.push(() => {
            sheet.formats.splice(sheet.formats.indexOf(must()), 1);
            this.formatWrites++;
          });
        },
        getRange: () => rangeOf('single'),
        getRangeOrNullObject: () => rangeOf('single-or-null'),
        getRanges: () => rangeOf('areas'),
      },
    });
  }

  /** Copies a row's cells and formats to another row, splitting the formats that covered the destination. */
  private copyRow(sheet: FakeSheet, from: number, to: number): void {
    for (const [address] of [...sheet.cells]) if (parseA1(address)!.row === to) sheet.cells.delete(address);
    for (const [address, cell] of [...sheet.cells]) {
      const at = parseA1(address)!;
      if (at.row === from) sheet.cells.set(a1(to, at.column), { ...cell });
    }
    const copies: Array<{ after: FakeFormat; copy: FakeFormat }> = [];
    for (const format of sheet.formats) {
      const areas = areasOf(format.range);
      const source = areas.filter((box) => from >= box.top && from <= box.bottom).map((box) => ({ ...box, top: to, bottom: to }));
      if (source.length > 0) {
        // The copy's formula is relative to its own top-left cell: Excel moves its relative rows.
        const origin = areas[0]!.top;
        copies.push({ after: format, copy: { ...format, range: source.map(boxA1).join(','), formula: format.formula === null ? null : shiftFormula(format.formula, to - origin) } });
      }
    }
    for (const format of [...sheet.formats]) {
      const areas = areasOf(format.range);
      if (!areas.some((box) => to >= box.top && to <= box.bottom)) continue;
      const rest = areas.flatMap((box) => withoutRow(box, to));
      if (rest.length === 0) sheet.formats.splice(sheet.formats.indexOf(format), 1);
      else {
        const origin = areas[0]!.top;
        format.range = rest.map(boxA1).join(',');
        if (format.formula !== null) format.formula = shiftFormula(format.formula, rest[0]!.top - origin);
      }
    }
    for (const { after, copy } of copies) {
      const index = sheet.formats.indexOf(after);
      sheet.formats.splice(index < 0 ? 0 : index, 0, copy);
    }
  }

  /** Inserts an empty row above `at`: cells, hidden rows, tables and formats below it move down; what spans it grows. */
  private shiftDown(sheet: FakeSheet, at: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [address, cell] of sheet.cells) {
      const { row, column } = parseA1(address)!;
      moved.set(row >= at ? a1(row + 1, column) : address, cell);
    }
    sheet.cells = moved;
    sheet.hiddenRows = new Set([...sheet.hiddenRows].map((row) => (row >= at ? row + 1 : row)));
    const grow = (box: Box): Box => (box.top >= at ? { ...box, top: box.top + 1, bottom: box.bottom + 1 } : box.bottom >= at ? { ...box, bottom: box.bottom + 1 } : box);
    for (const table of this.tables.filter((candidate) => candidate.sheet === sheet.name)) {
      const box = corners(table.range);
      // A row inserted just under a table's header grows it too; one above the header moves it.
      table.range = boxA1(box.top >= at ? { ...box, top: box.top + 1, bottom: box.bottom + 1 } : box.bottom >= at - 1 && at > box.top ? { ...box, bottom: box.bottom + 1 } : box);
    }
    for (const format of sheet.formats) {
      const areas = areasOf(format.range).map(grow);
      format.range = areas.map(boxA1).join(',');
      if (format.formula !== null) format.formula = shiftFormula(format.formula, 0, at);
    }
  }
}
