import FormulaParser from 'fast-formula-parser';
import { a1, type CellValue, cellError, isCellError, parseA1 } from '../domain';
import { FormulaGraph, type Key, keyOf, partsOf } from './formula-graph';
import type { CellAt, FormulaEngine, FormulaHost } from './formula-host';
import { fromParser, subtotal, toParser } from './parser-values';
import { type TableShape, tablesOf, withoutStructuredReferences } from './structured-references';

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

/** A key's 0-based row and column, -1 when it names no cell. */
const position = (key: Key) => parseA1(partsOf(key).address) ?? { row: -1, column: -1 };

export class ParserFormulaEngine implements FormulaEngine {
  private readonly graph = new FormulaGraph();
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
    this.graph.forget(key);
    if (formula === null) return;
    const cell = parseA1(address);
    if (cell === null) return;
    let references: ReturnType<FormulaParser.DepParser['parse']>;
    try {
      references = this.dependencyParser.parse(withoutStructuredReferences(formula, this.tables, sheet, cell.row, cell.column), { sheet, row: cell.row + 1, col: cell.column + 1 });
    } catch {
      references = [];
    }
    this.graph.add(
      key,
      formula,
      references.map((reference) =>
        'from' in reference
          ? { sheet: reference.sheet, top: reference.from.row - 1, left: reference.from.col - 1, bottom: reference.to.row - 1, right: reference.to.col - 1 }
          : keyOf(reference.sheet, a1(reference.row - 1, reference.col - 1)),
      ),
    );
  }

  private build(host: FormulaHost): void {
    this.tables = tablesOf(host.sheets);
    for (const sheet of host.sheets) for (const [address, formula] of sheet.formulas) this.register(sheet.name, address, formula);
    this.built = true;
  }

  prepare(host: FormulaHost): { circular: CellAt[] } {
    if (!this.built) this.build(host);
    return { circular: this.graph.circular(position).map(partsOf) };
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
      if (this.graph.formulaAt(keyOf(sheet, address)) !== formula) this.register(sheet, address, formula);
    }
    // Every formula the edit reaches, each after what it reads; those in a circle keep their values.
    const { order, circular } = this.graph.reached(
      changed.map(({ sheet, address }) => keyOf(sheet, address)),
      position,
    );

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
    return { values, failed, circular: circular.map(partsOf) };
  }
}
