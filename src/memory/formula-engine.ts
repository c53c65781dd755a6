import FormulaParser from 'fast-formula-parser';
import { a1, type CellValue, cellError, columnLetters, excelSerial, isCellDate, isCellError, parseA1, parseRange } from '../domain';
import { rewriteOutsideQuotes } from '../workbook/formula-pieces';
import type { FormulaEngine, FormulaHost } from './formula-host';
import type { MemorySheet } from './memory-sheet';

/**
 * The standalone page's formulas, computed as Excel would after each edit, in dependency order:
 * fast-formula-parser (MIT) evaluates them; this keeps which cells each formula reads, and which
 * formulas an edit reaches. What the parser lacks and officers' files hold is added: SUBTOTAL (an
 * Excel table's totals row) and structured references (`Budget[Part État]`, `[@Coût]`). A formula
 * it still cannot compute keeps the value the file held, and is reported.
 */

/*
 * The library flattens a range by concatenating arrays one value at a time: SUM over a 10 000-row
 * column took 50 ms, on every edit. Its helpers are one shared instance; this flattens in one pass,
 * with the same result (values in reading order, nested arrays opened).
 */
FormulaParser.FormulaHelpers.flattenDeep = function flattenDeep(values: unknown[]): unknown[] {
  const flat: unknown[] = [];
  const walk = (items: readonly unknown[]) => {
    for (const item of items) {
      if (Array.isArray(item)) walk(item);
      else flat.push(item);
    }
  };
  walk(values);
  return flat;
};

type Key = string;
const keyOf = (sheet: string, address: string): Key => `${sheet}\u0000${address}`;
const partsOf = (key: Key): { sheet: string; address: string } => {
  const at = key.indexOf('\u0000');
  return { sheet: key.slice(0, at), address: key.slice(at + 1) };
};

interface RangeDependency {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly dependent: Key;
}

/** A value as the parser wants it: a date is its serial number, an error an error. */
function toParser(value: CellValue): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isCellDate(value)) return excelSerial(value.iso);
  return new FormulaParser.FormulaError(value.code);
}

function fromParser(result: unknown): CellValue {
  if (result === null || result === undefined) return 0;
  // Excel keeps 15 significant digits: 0.1 + 0.2 is 0.3 there, and a cell's value must read as Office.js gives it.
  if (typeof result === 'number') return Number.isFinite(result) ? Number(result.toPrecision(15)) : cellError('#NUM!');
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  if (result instanceof FormulaParser.FormulaError) return cellError(result.error);
  if (Array.isArray(result)) return fromParser(Array.isArray(result[0]) ? result[0][0] : result[0]);
  return cellError('#VALUE!');
}

/** The numbers of a SUBTOTAL argument: a range's numbers, as SUBTOTAL reads them. */
function numbersOf(argument: FormulaParser.Argument): number[] {
  const flat = Array.isArray(argument.value) ? (argument.value as unknown[][]).flat() : [argument.value];
  return flat.filter((value): value is number => typeof value === 'number');
}

/** SUBTOTAL, which the parser lacks: an Excel table's totals row is made of it. */
function subtotal(kind: FormulaParser.Argument, ...references: FormulaParser.Argument[]): unknown {
  const code = Number(kind.value) % 100;
  const numbers = references.flatMap(numbersOf);
  const all = references.flatMap((argument) => (Array.isArray(argument.value) ? (argument.value as unknown[][]).flat() : [argument.value]));
  switch (code) {
    case 1:
      return numbers.length === 0 ? new FormulaParser.FormulaError('#DIV/0!') : numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
    case 2:
      return numbers.length;
    case 3:
      return all.filter((value) => value !== null && value !== undefined && value !== '').length;
    case 4:
      return numbers.length === 0 ? 0 : Math.max(...numbers);
    case 5:
      return numbers.length === 0 ? 0 : Math.min(...numbers);
    case 9:
      return numbers.reduce((sum, value) => sum + value, 0);
    default:
      throw new FormulaParser.FormulaError('#ERROR!', `SUBTOTAL(${code}) is not computed`);
  }
}

/** A table's place and its columns' names, for structured references. */
interface TableShape {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columns: readonly string[];
}

function tablesOf(sheets: readonly MemorySheet[]): TableShape[] {
  return sheets.flatMap((sheet) =>
    sheet.tables.map((table) => {
      const { from, to } = parseRange(table.range) ?? { from: { row: 0, column: 0 }, to: { row: 0, column: 0 } };
      const headerRows = table.headerRows ?? 1;
      const columns = Array.from({ length: to.column - from.column + 1 }, (_, offset) => {
        const value = headerRows > 0 ? sheet.cells.valueAt(from.row, from.column + offset) : null;
        return value === null ? `Colonne${offset + 1}` : String(typeof value === 'object' ? '' : value);
      });
      return { name: table.name, sheet: sheet.name, top: from.row, left: from.column, bottom: to.row, right: to.column, headerRows, totalsRows: table.hasTotalsRow ? 1 : 0, columns };
    }),
  );
}

const quoteSheet = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
/** A structured reference: an optional table name, then a bracketed specifier (one level of nesting). */
const STRUCTURED = /([A-Za-z_\\][\w.]*)?\[((?:[^[\]]|\[(?:[^\]']|'.)*\])*)\]/g;

/** A structured reference as an A1 range, or null when it names nothing we know. */
function structuredRange(table: TableShape, specifier: string, row: number): string | null {
  const items = specifier.trim() === '' ? [] : [...specifier.matchAll(/\[((?:[^\]']|'.)*)\]|([^,[\]]+)/g)].map((match) => (match[1] ?? match[2] ?? '').trim()).filter(Boolean);
  let rows: 'data' | 'all' | 'headers' | 'totals' | 'this' = 'data';
  const names: string[] = [];
  let spanned = false;
  for (const raw of specifier.startsWith('@') ? ['#This Row', specifier.slice(1).replace(/^\[|\]$/g, '')] : items) {
    const item = raw.replace(/'(.)/g, '$1');
    const special = item.toLowerCase();
    if (special === '#this row' || special === '@') rows = 'this';
    else if (special === '#data') rows = 'data';
    else if (special === '#all') rows = 'all';
    else if (special === '#headers') rows = 'headers';
    else if (special === '#totals') rows = 'totals';
    else if (item !== '') names.push(item);
  }
  if (/\]\s*:\s*\[/.test(specifier)) spanned = true;
  const columnIndex = (name: string) => table.columns.findIndex((column) => column.trim().toLowerCase() === name.trim().toLowerCase());
  let left = table.left;
  let right = table.right;
  if (names.length > 0) {
    const first = columnIndex(names[0] as string);
    const last = spanned && names.length > 1 ? columnIndex(names.at(-1) as string) : first;
    if (first < 0 || last < 0) return null;
    left = table.left + Math.min(first, last);
    right = table.left + Math.max(first, last);
  }
  const dataTop = table.top + table.headerRows;
  const dataBottom = table.bottom - table.totalsRows;
  const [top, bottom] =
    rows === 'this' ? [row, row] : rows === 'all' ? [table.top, table.bottom] : rows === 'headers' ? [table.top, table.top] : rows === 'totals' ? [table.bottom, table.bottom] : [dataTop, dataBottom];
  const start = `$${columnLetters(left)}$${top + 1}`;
  const end = `$${columnLetters(right)}$${bottom + 1}`;
  return `${quoteSheet(table.sheet)}!${start === end ? start : `${start}:${end}`}`;
}

/** The formula with its structured references written as A1 ranges, as the parser reads them. */
export function withoutStructuredReferences(formula: string, tables: readonly TableShape[], sheet: string, row: number, column: number): string {
  if (!formula.includes('[')) return formula;
  const here = tables.find((table) => table.sheet === sheet && row >= table.top && row <= table.bottom && column >= table.left && column <= table.right);
  return rewriteOutsideQuotes(formula, (piece) =>
    piece.replace(STRUCTURED, (whole, name: string | undefined, specifier: string) => {
      const table = name === undefined ? here : tables.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (table === undefined) return whole;
      return structuredRange(table, specifier, row) ?? whole;
    }),
  );
}

export class ParserFormulaEngine implements FormulaEngine {
  private readonly dependents = new Map<Key, Set<Key>>();
  private readonly ranges: RangeDependency[] = [];
  /** Each formula cell's dependencies as registered, to drop them when its formula changes. */
  private readonly registered = new Map<Key, string>();
  private built = false;
  private tables: TableShape[] = [];
  // Building a parser builds its grammar (tens of milliseconds): one of each, kept, reading the run in progress.
  private readonly dependencyParser = new FormulaParser.DepParser();
  private run: { host: FormulaHost; computed: ReadonlyMap<Key, CellValue> } | null = null;
  private parser: FormulaParser | null = null;

  /** The parser, reading the workbook and the values this run has computed before the sheet has them. */
  private parserFor(host: FormulaHost, computed: ReadonlyMap<Key, CellValue>): FormulaParser {
    this.run = { host, computed };
    this.parser ??= this.newParser();
    return this.parser;
  }

  private newParser(): FormulaParser {
    const current = () => this.run as { host: FormulaHost; computed: ReadonlyMap<Key, CellValue> };
    const valueAt = (sheet: string, row: number, column: number): CellValue => {
      const { host, computed } = current();
      if (computed.size > 0) {
        const key = keyOf(sheet, a1(row, column));
        if (computed.has(key)) return computed.get(key) ?? null;
      }
      return host.sheet(sheet)?.cells.valueAt(row, column) ?? null;
    };
    return new FormulaParser({
      onCell: ({ sheet, row, col }) => toParser(valueAt(sheet, row - 1, col - 1)),
      onRange: ({ sheet, from, to }) => {
        const rows: unknown[][] = [];
        // A whole column (A:A) reads only down to the last row the sheet holds.
        const bottom = Math.min(to.row, (current().host.sheet(sheet)?.cells.extent()?.bottom ?? 0) + 1);
        for (let row = from.row; row <= bottom; row++) {
          const values: unknown[] = [];
          for (let column = from.col; column <= to.col; column++) values.push(toParser(valueAt(sheet, row - 1, column - 1)));
          rows.push(values);
        }
        return rows;
      },
      functions: { SUBTOTAL: subtotal },
    });
  }

  private register(sheet: string, address: string, formula: string | null): void {
    const key = keyOf(sheet, address);
    if (this.registered.has(key)) {
      for (const set of this.dependents.values()) set.delete(key);
      for (let index = this.ranges.length - 1; index >= 0; index--) if (this.ranges[index]?.dependent === key) this.ranges.splice(index, 1);
      this.registered.delete(key);
    }
    if (formula === null) return;
    const cell = parseA1(address);
    if (cell === null) return;
    this.registered.set(key, formula);
    let references: ReturnType<FormulaParser.DepParser['parse']>;
    try {
      references = this.dependencyParser.parse(withoutStructuredReferences(formula, this.tables, sheet, cell.row, cell.column), { sheet, row: cell.row + 1, col: cell.column + 1 });
    } catch {
      return;
    }
    for (const reference of references) {
      if ('from' in reference) {
        this.ranges.push({ sheet: reference.sheet, top: reference.from.row - 1, left: reference.from.col - 1, bottom: reference.to.row - 1, right: reference.to.col - 1, dependent: key });
      } else {
        const precedent = keyOf(reference.sheet, a1(reference.row - 1, reference.col - 1));
        const set = this.dependents.get(precedent) ?? new Set<Key>();
        set.add(key);
        this.dependents.set(precedent, set);
      }
    }
  }

  private build(host: FormulaHost): void {
    this.tables = tablesOf(host.sheets);
    for (const sheet of host.sheets) for (const [address, formula] of sheet.formulas) this.register(sheet.name, address, formula);
    this.built = true;
  }

  prepare(host: FormulaHost): void {
    if (!this.built) this.build(host);
  }

  private dependentsOf(key: Key): Key[] {
    const found = [...(this.dependents.get(key) ?? [])];
    const { sheet, address } = partsOf(key);
    const cell = parseA1(address);
    if (cell !== null) {
      for (const range of this.ranges) {
        if (range.sheet === sheet && cell.row >= range.top && cell.row <= range.bottom && cell.column >= range.left && cell.column <= range.right) found.push(range.dependent);
      }
    }
    return found;
  }

  evaluate(host: FormulaHost, sheet: string, address: string, formula: string): CellValue {
    const cell = parseA1(address);
    if (cell === null) return cellError('#REF!');
    const tables = this.built ? this.tables : tablesOf(host.sheets);
    try {
      return fromParser(this.parserFor(host, new Map()).parse(withoutStructuredReferences(formula, tables, sheet, cell.row, cell.column), { sheet, row: cell.row + 1, col: cell.column + 1 }));
    } catch {
      return cellError('#VALUE!');
    }
  }

  recompute(host: FormulaHost, changed: ReadonlyArray<{ readonly sheet: string; readonly address: string }>) {
    if (!this.built) this.build(host);
    else this.tables = tablesOf(host.sheets);
    for (const { sheet, address } of changed) {
      const formula = host.sheet(sheet)?.formulas.get(address) ?? null;
      if (this.registered.get(keyOf(sheet, address)) !== formula) this.register(sheet, address, formula);
    }
    // Every formula the edit reaches, then an order where each comes after what it reads.
    const reached = new Set<Key>();
    const queue: Key[] = changed.map(({ sheet, address }) => keyOf(sheet, address));
    for (const key of queue) if (this.registered.has(key)) reached.add(key);
    while (queue.length > 0) {
      for (const next of this.dependentsOf(queue.pop() as Key)) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    const order: Key[] = [];
    const state = new Map<Key, 'visiting' | 'done'>();
    const visit = (key: Key) => {
      if (state.get(key) !== undefined) return;
      state.set(key, 'visiting');
      for (const next of this.dependentsOf(key)) if (reached.has(next) && state.get(next) !== 'visiting') visit(next);
      state.set(key, 'done');
      order.push(key);
    };
    for (const key of reached) visit(key);
    order.reverse();

    const computed = new Map<Key, CellValue>();
    const parser = this.parserFor(host, computed);
    const values: Array<{ sheet: string; address: string; value: CellValue }> = [];
    const failed: Array<{ sheet: string; address: string; reason: string }> = [];
    for (const key of order) {
      const { sheet, address } = partsOf(key);
      const target = host.sheet(sheet);
      const formula = target?.formulas.get(address);
      const cell = parseA1(address);
      if (target === undefined || formula === undefined || cell === null) continue;
      try {
        const text = withoutStructuredReferences(formula, this.tables, sheet, cell.row, cell.column);
        const value = fromParser(parser.parse(text, { sheet, row: cell.row + 1, col: cell.column + 1 }));
        if (isCellError(value) && value.code === '#ERROR!') throw new Error('#ERROR!');
        values.push({ sheet, address, value });
        // Later formulas read this one's new value.
        computed.set(key, value);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        const name = /Function (\w+)/.exec(detail)?.[1] ?? /[A-Z][A-Z0-9.]+(?=\()/.exec(formula)?.[0] ?? '';
        failed.push({ sheet, address, reason: name });
      }
    }
    return { values, failed };
  }
}
