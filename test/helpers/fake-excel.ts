import { OfficeMockObject } from 'office-addin-mock';
import { a1, type CellValue, parseA1, rangeA1 } from '../../src/domain';
import { excelSerial } from '../../src/domain';
import type { OfficeHost, RunOptions } from '../../src/excel/office-workbook';

/**
 * A small Excel for the Office.js adapter's tests: sheets of cells, tables, conditional formats,
 * change events and document settings. The adapter sees it only through office-addin-mock objects,
 * which, like Office, refuse to give a property that was not loaded and synced. Every context.sync
 * is counted, and any write to a range's values or formulas is recorded.
 *
 * Where office.js and Excel are known to differ from a naive mock, it behaves as they do:
 * - a conditional format loaded without its id is addressed by its position in the collection
 *   (office.js's GetItemAt), and deletes run at sync in the order queued, each renumbering the
 *   items after it: a delete in ascending order skips formats or fails with ItemNotFound;
 * - Excel on the web refuses a sync whose response passes 5 MB (counted on the JSON of what it loads);
 * - a sheet can be made to fail (known Excel issues with duplicated rules), failing the whole batch;
 * - ExcelApi 1.20's mergeUndoGroup can be refused with UndoNotSupported;
 * - formats written (added or deleted) are counted, as each one is a step of Excel's undo.
 */

/**
 * An office-addin-mock object. Its typings mark addMock, populate and setValue private, though its
 * README documents addMock and setValue for building a mock; the adapter reads any property of it.
 */
interface MockMethods {
  addMock(name: string): void;
  populate(data: Record<string, unknown>): void;
  setValue(name: string, value: unknown): void;
  load(argument?: string): Mock;
  sync(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mock = MockMethods & Record<string, any>;

const baseLoad = OfficeMockObject.prototype.load as unknown as (this: Mock, argument?: string) => Mock;
const baseSync = OfficeMockObject.prototype.sync as unknown as (this: Mock) => Promise<void>;

export interface FakeCell {
  value: unknown;
  valueType: string;
  numberFormat: string;
}

export interface FakeFormat {
  readonly id: number;
  /** The areas it applies to, comma-separated ("E2:E7,E10:E15"). */
  readonly range: string;
  readonly type: string;
  formula: string | null;
  fill: string | null;
  font: string | null;
}

export interface FakeSheet {
  name: string;
  /** A sheet the add-in created (its scratch sheet, a new budget table): its cells may be written. */
  ours?: boolean;
  cells: Map<string, FakeCell>;
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

type ChangeHandler = (event: Partial<Excel.WorksheetChangedEventArgs>) => Promise<void> | void;

/** Excel's errors as office.js gives them: an Error with a code. */
function excelError(code: string, message = code): Error {
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

function corners(address: string) {
  const [start = 'A1', end = start] = address.replace(/\$/g, '').split(':');
  const from = parseA1(start)!;
  const to = parseA1(end)!;
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

function intersects(a: string, b: string): boolean {
  return a.split(',').some((areaA) =>
    b.split(',').some((areaB) => {
      const x = corners(areaA);
      const y = corners(areaB);
      return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
    }),
  );
}

const WHOLE_SHEET = 'A1:XFD1048576';

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  syncs = 0;
  proxies = 0;
  readonly forbiddenWrites: string[] = [];
  selected: { sheet: string; address: string } | null = null;
  readonly settings = new Map<string, unknown>();
  private readonly handlers: Array<{ sheet: string | null; handler: ChangeHandler }> = [];
  private nextFormatId = 1;
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
  /** Formats added or deleted: each is a write, and from ExcelApi 1.20 a step of Excel's undo. */
  formatWrites = 0;
  /** Settings saved (each saveAsync clears Excel's undo stack). */
  settingsSaves = 0;
  /** Sheets whose conditional formats cannot be read or written: the batch that touches them fails. */
  readonly failingSheets = new Set<string>();
  /** Excel cannot group this batch into one undo step. */
  undoNotSupported = false;
  /** The options of each Excel.run, in order. */
  readonly runs: Array<RunOptions | undefined> = [];
  /** Work queued by the batch, done at its sync as Excel does. */
  private pending: Array<() => void> = [];
  private touchedSheets = new Set<string>();

  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellValue>> = [], origin = 'A1'): FakeSheet {
    const sheet: FakeSheet = { name, cells: new Map(), formats: [], hiddenRows: new Set(), fills: new Map(), notes: new Map() };
    const start = parseA1(origin)!;
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null) sheet.cells.set(a1(start.row + r, start.column + c), cellOf(value));
    }));
    this.sheets.push(sheet);
    return sheet;
  }

  addTable(sheet: string, name: string, range: string, options: { showTotals?: boolean } = {}): void {
    this.tables.push({ name, sheet, range, showTotals: options.showTotals ?? false, showHeaders: true });
  }

  /** The officer's own conditional format, as Excel's UI would add it. */
  addOfficerFormat(sheet: string, range: string, formula: string, fill = '#C6EFCE'): FakeFormat {
    const format = { id: this.nextFormatId++, range, type: 'Custom', formula, fill, font: null };
    this.sheet(sheet).formats.push(format);
    return format;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((sheet) => sheet.name === name);
    if (!found) throw Object.assign(new Error(`no sheet ${name}`), { code: 'ItemNotFound' });
    return found;
  }

  value(sheet: string, address: string): unknown {
    return this.sheet(sheet).cells.get(address)?.value ?? '';
  }

  /** The officer (or a co-author, source "Remote") types in a cell: Excel raises the change events. */
  async edit(
    sheet: string,
    address: string,
    value: CellValue,
    triggerSource: 'Unknown' | 'ThisLocalAddin' = 'Unknown',
    source: 'Local' | 'Remote' = 'Local',
  ): Promise<void> {
    this.sheet(sheet).cells.set(address, cellOf(value));
    for (const { sheet: target, handler } of [...this.handlers]) {
      if (target === null || target === sheet) await handler({ address, source: source as Excel.EventSource, triggerSource, type: 'WorksheetChanged' });
    }
  }

  /** Our conditional formats on a sheet, as a person would see them in Excel's rule manager. */
  oursOn(sheet: string): FakeFormat[] {
    return this.sheet(sheet).formats.filter((format) => typeof format.formula === 'string' && format.formula.includes('"convention-budget:'));
  }

  handlerCount(): number {
    return this.handlers.length;
  }

  host(): OfficeHost {
    return {
      run: async (batch, options) => {
        this.runs.push(options);
        if (options?.mergeUndoGroup === true && this.undoNotSupported) throw excelError('UndoNotSupported', 'The operation cannot be grouped into one undo step.');
        return batch(this.context() as unknown as Excel.RequestContext);
      },
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
  context(): Mock {
    const context = new OfficeMockObject({ workbook: {} }) as unknown as Mock;
    const sync = context.sync.bind(context);
    context.sync = async () => {
      this.syncs++;
      const cells = this.pendingCells;
      const bytes = this.pendingBytes;
      const work = this.pending;
      const touched = [...this.touchedSheets];
      this.pendingCells = 0;
      this.pendingBytes = 0;
      this.pending = [];
      this.touchedSheets = new Set();
      this.largestResponseBytes = Math.max(this.largestResponseBytes, bytes);
      if (cells > this.payloadLimitCells || bytes > this.payloadLimitBytes) throw excelError(this.payloadErrorCode, 'The response payload size has exceeded the limit.');
      const failing = touched.find((name) => this.failingSheets.has(name));
      if (failing !== undefined) throw excelError('GeneralException', `An internal error has occurred (sheet ${failing}).`);
      for (const step of work) step();
      await sync();
    };
    const workbook = context.workbook as Mock;
    this.collection(workbook, 'worksheets', () => this.sheets.map((sheet) => this.sheetMock(workbook, sheet)), {
      getItem: (name: string) => this.sheetMock(workbook, this.sheet(name)),
      getItemOrNullObject: (name: string) => {
        const sheet = this.sheets.find((candidate) => candidate.name === name);
        return sheet ? this.sheetMock(workbook, sheet) : this.nullObject(workbook);
      },
      add: (name: string) => {
        const added = this.addSheet(name);
        added.ours = true;
        return this.sheetMock(workbook, added);
      },
      onChanged: { add: (handler: ChangeHandler) => this.subscribe(null, handler) },
      onAdded: { add: (handler: ChangeHandler) => this.subscribe('\u0000added', handler) },
    });
    this.collection(workbook, 'tables', () => this.tables.map((table) => this.tableMock(workbook, table)));
    return context;
  }

  private subscribe(sheet: string | null, handler: ChangeHandler) {
    const entry = { sheet, handler };
    this.handlers.push(entry);
    return {
      remove: () => {
        const index = this.handlers.indexOf(entry);
        if (index >= 0) this.handlers.splice(index, 1);
      },
      context: { sync: async () => undefined },
    };
  }

  private register(parent: Mock, key: string, data: Record<string, unknown>): Mock {
    this.proxies++;
    const name = `${key}#${this.proxies}`;
    parent.addMock(name);
    const mock = parent[name] as Mock;
    mock.populate(data);
    return mock;
  }

  private nullObject(parent: Mock): Mock {
    const mock = this.register(parent, 'null', {});
    mock.isNullObject = true;
    return mock;
  }

  /** A collection: `items` loads with "items/x" paths; its items sync with the context. */
  private collection(parent: Mock, key: string, items: (paths: readonly string[]) => Mock[], methods: Record<string, unknown> = {}): Mock {
    parent.addMock(key);
    const collection = parent[key] as Mock;
    collection.populate(methods);
    let current: Mock[] = [];
    collection.load = (argument?: string) => {
      const loadedPaths = (argument ?? '').split(',').map((path) => path.trim()).filter((path) => path.startsWith('items/')).map((path) => path.slice('items/'.length));
      current = items(loadedPaths);
      collection.setValue('items', current);
      baseLoad.call(collection, 'items');
      const paths = (argument ?? '').split(',').map((path) => path.trim()).filter((path) => path.startsWith('items/')).map((path) => path.slice('items/'.length));
      if (paths.length > 0) for (const item of current) item.load(paths.join(','));
      return collection;
    };
    collection.sync = async () => {
      await baseSync.call(collection);
      for (const item of current) await item.sync();
    };
    return collection;
  }

  private sheetMock(parent: Mock, sheet: FakeSheet): Mock {
    const mock = this.register(parent, `sheet:${sheet.name}`, {
      name: sheet.name,
      activate: () => undefined,
      getRange: (address?: string) => this.rangeMock(mock, sheet, address ?? WHOLE_SHEET),
      // ExcelApi 1.9: several areas as one RangeAreas, with its own conditional formats.
      getRanges: (address: string) => {
        if (this.apiMinor < 9) throw excelError('ApiNotFound', 'getRanges needs ExcelApi 1.9');
        const areas = this.register(mock, `areas:${sheet.name}!${address}`, { address: address.split(',').map((area) => `${sheet.name}!${area}`).join(',') });
        this.formatCollection(areas, sheet, address);
        return areas;
      },
      delete: () => {
        this.pending.push(() => {
          const index = this.sheets.indexOf(sheet);
          if (index >= 0) this.sheets.splice(index, 1);
        });
      },
      getUsedRangeOrNullObject: () => {
        const used = this.usedAddress(sheet);
        return used === null ? this.nullObject(mock) : this.rangeMock(mock, sheet, used);
      },
      onChanged: { add: (handler: ChangeHandler) => this.subscribe(sheet.name, handler) },
    });
    mock.isNullObject = false;
    // Tables added on this sheet.
    mock.addMock('tables');
    (mock.tables as Mock).populate({
      add: (address: string) => {
        const table: FakeTable = { name: `Tableau${this.tables.length + 1}`, sheet: sheet.name, range: address, showTotals: false, showHeaders: true };
        this.tables.push(table);
        return this.tableMock(mock, table);
      },
    });
    return mock;
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

  private tableMock(parent: Mock, table: FakeTable): Mock {
    const sheet = this.sheet(table.sheet);
    const { top, left, bottom, right } = corners(table.range);
    const mock = this.register(parent, `table:${table.name}`, {
      name: table.name,
      showTotals: table.showTotals,
      showHeaders: table.showHeaders,
      worksheet: { name: table.sheet },
      getRange: () => this.rangeMock(mock, sheet, table.range),
      getDataBodyRange: () => this.rangeMock(mock, sheet, rangeA1(top + 1, left, bottom - (table.showTotals ? 1 : 0), right)),
    });
    mock.addMock('columns');
    (mock.columns as Mock).populate({
      getItemAt: (index: number) => {
        const column = {};
        Object.defineProperty(column, 'name', {
          set: (header: string) => sheet.cells.set(a1(top, left + index), { value: header, valueType: 'String', numberFormat: 'General' }),
        });
        return column;
      },
    });
    return mock;
  }

  private rangeMock(parent: Mock, sheet: FakeSheet, address: string): Mock {
    const { top, left, bottom, right } = corners(address);
    const whole = address === WHOLE_SHEET;
    const grid = <T>(pick: (cell: FakeCell) => T): T[][] =>
      whole ? [] : Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => pick(sheet.cells.get(a1(top + r, left + c)) ?? cellOf(null))));
    const mock = this.register(parent, `range:${sheet.name}!${address}`, {
      address: `${sheet.name}!${address}`,
      rowIndex: top,
      columnIndex: left,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
      // Cell grids are made when loaded, as Excel gives them: a range's shape costs nothing.
      values: [],
      valueTypes: [],
      numberFormat: [],
      select: () => {
        this.selected = { sheet: sheet.name, address };
      },
      getRowProperties: () => ({
        value: Array.from({ length: bottom - top + 1 }, (_, r) => ({ rowIndex: top + r, rowHidden: sheet.hiddenRows.has(top + r) })),
      }),
    });
    mock.isNullObject = false;
    const load = mock.load.bind(mock);
    mock.load = (argument?: string) => {
      if (typeof argument === 'string' && argument.includes('values')) {
        this.pendingCells += (bottom - top + 1) * (right - left + 1);
        const values = grid((cell) => cell.value);
        const valueTypes = grid((cell) => cell.valueType);
        const numberFormat = grid((cell) => cell.numberFormat);
        // What the response would weigh: the JSON office.js receives for these properties.
        this.pendingBytes += JSON.stringify({ Values: values, ValueTypes: valueTypes, NumberFormat: numberFormat }).length;
        mock.setValue('values', values);
        mock.setValue('valueTypes', valueTypes);
        mock.setValue('numberFormat', numberFormat);
      }
      return load(argument);
    };
    for (const property of ['values', 'formulas', 'formulasLocal', 'formulasR1C1']) this.trapWrites(mock, property, `${sheet.name}!${address}`, sheet, top, left);
    this.formatCollection(mock, sheet, address);
    return mock;
  }

  /**
   * Records any assignment to a range's values or formulas made by the code under test; on a sheet
   * the add-in created (the self-test's scratch sheet), values are written, as Excel would.
   */
  private trapWrites(mock: Mock, property: string, where: string, sheet: FakeSheet, top: number, left: number): void {
    let current: unknown = mock[property];
    Object.defineProperty(mock, property, {
      get: () => current,
      set: (value: unknown) => {
        // office-addin-mock itself sets loaded values and its "not loaded" messages.
        const internal = typeof value === 'string' || value === (mock as unknown as { _properties: Map<string, { _value: unknown }> })._properties.get(property)?._value;
        if (!internal && sheet.ours === true && property === 'values' && Array.isArray(value)) {
          (value as unknown[][]).forEach((row, r) => row.forEach((cell, c) => {
            const address = a1(top + r, left + c);
            // As in Excel, a leading apostrophe keeps what follows as text.
            if (cell === null || cell === '') sheet.cells.delete(address);
            else sheet.cells.set(address, cellOf(typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : (cell as CellValue)));
          }));
        } else if (!internal) this.forbiddenWrites.push(`${property} of ${where}`);
        current = value;
      },
    });
  }

  /**
   * A range's conditional formats. Items loaded with their id are addressed by it; loaded without,
   * by their position, resolved when the batch syncs (office.js's GetItemAt). Deletes run at sync in
   * the order queued, each renumbering the items after it, as in Excel.
   */
  private formatCollection(range: Mock, sheet: FakeSheet, address: string): void {
    const current = () => sheet.formats.filter((format) => intersects(format.range, address));
    const byId = (id: string) => () => {
      const index = sheet.formats.findIndex((candidate) => String(candidate.id) === id);
      if (index < 0) throw excelError('ItemNotFound', `no conditional format ${id}`);
      sheet.formats.splice(index, 1);
      this.formatWrites++;
    };
    this.collection(
      range,
      'conditionalFormats',
      (paths) => {
        this.touchedSheets.add(sheet.name);
        const withId = paths.some((path) => path === 'id' || path.startsWith('id'));
        return current().map((format, index) => this.formatMock(range, sheet, format, withId ? null : { index, current }));
      },
      {
        add: (type: string) => {
          this.touchedSheets.add(sheet.name);
          const format: FakeFormat = { id: this.nextFormatId++, range: address, type, formula: null, fill: null, font: null };
          sheet.formats.push(format);
          this.formatWrites++;
          const rule = {};
          Object.defineProperty(rule, 'formula', { set: (formula: string) => void (format.formula = formula), get: () => format.formula });
          const fill = {};
          Object.defineProperty(fill, 'color', { set: (color: string) => void (format.fill = color) });
          const font = {};
          Object.defineProperty(font, 'color', { set: (color: string) => void (format.font = color) });
          return { custom: { rule, format: { fill, font } } };
        },
        getItem: (id: string) => ({ delete: () => this.pending.push(byId(String(id))) }),
      },
    );
  }

  private formatMock(parent: Mock, sheet: FakeSheet, format: FakeFormat, position: { index: number; current: () => FakeFormat[] } | null): Mock {
    const custom = format.type === 'Custom';
    const mock = this.register(parent, `format:${format.id}`, {
      id: String(format.id),
      type: format.type,
      customOrNullObject: { rule: { formula: custom ? format.formula : null } },
      getRangeOrNullObject: () => ({ address: format.range.split(',').map((area) => `${sheet.name}!${area}`).join(','), isNullObject: false, load() { return this; } }),
      delete: () => {
        this.pending.push(() => {
          // Without a loaded id, office.js names the item by its position at the time the batch runs.
          const target = position === null ? format : position.current()[position.index];
          const index = target === undefined ? -1 : sheet.formats.indexOf(target);
          if (index < 0) throw excelError('ItemNotFound', `no conditional format at position ${position?.index}`);
          sheet.formats.splice(index, 1);
          this.formatWrites++;
        });
      },
    });
    (mock.customOrNullObject as Mock).isNullObject = !custom;
    return mock;
  }
}
