import { OfficeMockObject } from 'office-addin-mock';
import { a1, type CellValue, parseA1, rangeA1 } from '../../src/domain';
import { excelSerial } from '../../src/domain';
import type { OfficeHost } from '../../src/excel/office-workbook';

/**
 * A small Excel for the Office.js adapter's tests: sheets of cells, tables, conditional formats,
 * change events and document settings. The adapter sees it only through office-addin-mock objects,
 * which, like Office, refuse to give a property that was not loaded and synced. Every context.sync
 * is counted, and any write to a range's values or formulas is recorded.
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
  readonly range: string;
  readonly type: string;
  formula: string | null;
  fill: string | null;
  font: string | null;
}

export interface FakeSheet {
  name: string;
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
  const x = corners(a);
  const y = corners(b);
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
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

  /** The officer types in a cell: Excel raises the change events. */
  async edit(sheet: string, address: string, value: CellValue, triggerSource: 'Unknown' | 'ThisLocalAddin' = 'Unknown'): Promise<void> {
    this.sheet(sheet).cells.set(address, cellOf(value));
    for (const { sheet: target, handler } of [...this.handlers]) {
      if (target === null || target === sheet) await handler({ address, source: 'Local', triggerSource, type: 'WorksheetChanged' });
    }
  }

  handlerCount(): number {
    return this.handlers.length;
  }

  host(): OfficeHost {
    return {
      run: async (batch) => batch(this.context() as unknown as Excel.RequestContext),
      isSetSupported: (_name, version) => Number(version.split('.')[1] ?? 0) <= this.apiMinor,
      onTheWeb: this.onTheWeb,
      settings: {
        get: (key: string) => this.settings.get(key),
        set: (key: string, value: unknown) => void this.settings.set(key, value),
        saveAsync: ((callback?: (result: Office.AsyncResult<void>) => void) => {
          callback?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>);
        }) as Office.Settings['saveAsync'],
      },
    };
  }

  /** A fresh request context, as each Excel.run gets, over the same workbook. */
  context(): Mock {
    const context = new OfficeMockObject({ workbook: {} }) as unknown as Mock;
    const sync = context.sync.bind(context);
    context.sync = async () => {
      this.syncs++;
      const cells = this.pendingCells;
      this.pendingCells = 0;
      if (cells > this.payloadLimitCells) throw Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' });
      await sync();
    };
    const workbook = context.workbook as Mock;
    this.collection(workbook, 'worksheets', () => this.sheets.map((sheet) => this.sheetMock(workbook, sheet)), {
      getItem: (name: string) => this.sheetMock(workbook, this.sheet(name)),
      getItemOrNullObject: (name: string) => {
        const sheet = this.sheets.find((candidate) => candidate.name === name);
        return sheet ? this.sheetMock(workbook, sheet) : this.nullObject(workbook);
      },
      add: (name: string) => this.sheetMock(workbook, this.addSheet(name)),
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
  private collection(parent: Mock, key: string, items: () => Mock[], methods: Record<string, unknown> = {}): Mock {
    parent.addMock(key);
    const collection = parent[key] as Mock;
    collection.populate(methods);
    let current: Mock[] = [];
    collection.load = (argument?: string) => {
      current = items();
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
    const used = [...sheet.cells.entries()].filter(([, cell]) => cell.valueType !== 'Empty').map(([address]) => parseA1(address)!);
    if (used.length === 0) return null;
    return rangeA1(Math.min(...used.map((cell) => cell.row)), Math.min(...used.map((cell) => cell.column)), Math.max(...used.map((cell) => cell.row)), Math.max(...used.map((cell) => cell.column)));
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
        mock.setValue('values', grid((cell) => cell.value));
        mock.setValue('valueTypes', grid((cell) => cell.valueType));
        mock.setValue('numberFormat', grid((cell) => cell.numberFormat));
      }
      return load(argument);
    };
    for (const property of ['values', 'formulas', 'formulasLocal', 'formulasR1C1']) this.trapWrites(mock, property, `${sheet.name}!${address}`);
    this.formatCollection(mock, sheet, address);
    return mock;
  }

  /** Records any assignment to a range's values or formulas made by the code under test. */
  private trapWrites(mock: Mock, property: string, where: string): void {
    let current: unknown = mock[property];
    Object.defineProperty(mock, property, {
      get: () => current,
      set: (value: unknown) => {
        // office-addin-mock itself sets loaded values and its "not loaded" messages.
        const internal = typeof value === 'string' || value === (mock as unknown as { _properties: Map<string, { _value: unknown }> })._properties.get(property)?._value;
        if (!internal) this.forbiddenWrites.push(`${property} of ${where}`);
        current = value;
      },
    });
  }

  private formatCollection(range: Mock, sheet: FakeSheet, address: string): void {
    this.collection(range, 'conditionalFormats', () => sheet.formats.filter((format) => intersects(format.range, address)).map((format) => this.formatMock(range, sheet, format)), {
      add: (type: string) => {
        const format: FakeFormat = { id: this.nextFormatId++, range: address, type, formula: null, fill: null, font: null };
        sheet.formats.push(format);
        const rule = {};
        Object.defineProperty(rule, 'formula', { set: (formula: string) => void (format.formula = formula), get: () => format.formula });
        const fill = {};
        Object.defineProperty(fill, 'color', { set: (color: string) => void (format.fill = color) });
        const font = {};
        Object.defineProperty(font, 'color', { set: (color: string) => void (format.font = color) });
        return { custom: { rule, format: { fill, font } } };
      },
    });
  }

  private formatMock(parent: Mock, sheet: FakeSheet, format: FakeFormat): Mock {
    const custom = format.type === 'Custom';
    const mock = this.register(parent, `format:${format.id}`, {
      type: format.type,
      customOrNullObject: { rule: { formula: custom ? format.formula : null } },
      delete: () => {
        sheet.formats = sheet.formats.filter((candidate) => candidate.id !== format.id);
      },
    });
    (mock.customOrNullObject as Mock).isNullObject = !custom;
    return mock;
  }
}
