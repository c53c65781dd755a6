import { columnLetters, parseRange } from '../domain';
import { rewriteOutsideQuotes } from '../workbook/formula-pieces';
import type { MemorySheet } from './memory-sheet';

/**
 * Structured references (`Budget[Part État]`, `[@Coût]`, `Budget[[#Totals],[Coût]]`), which
 * fast-formula-parser does not read: written as the A1 ranges they name before a formula is parsed.
 */

/** A table's place and its columns' names, for structured references. */
export interface TableShape {
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

export function tablesOf(sheets: readonly MemorySheet[]): TableShape[] {
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
