import { type CellRange, cellRange, rangeA1 } from './a1';
import { readAmount } from './amount';
import { type CellValue, foldSpaces, isBlank } from './cells';
import { type ColumnMapping, isBudgetHeader } from './headers';
import { headerAt, type HeaderRow } from './header-rows';
import type { SheetIndex } from './sheet-index';
import type { SheetSnapshot } from './snapshot';
import { headerText, isAmountCell, unreadOf, wordColumns } from './source-cells';
import { type BudgetSource, sourceKey, type UnreadSource } from './sources';
import { withoutColumns } from './text-columns';

/**
 * Budgets laid out by hand on a sheet, outside its Excel tables: under each header row that names a
 * total-cost and a State column, the rows below it down to the next header row or to two blank
 * rows, with the heading just above ("Nord") and the titles above that.
 */

/** A row that names a block: one text cell, no amount ("Nord", "Département du Pas-de-Calais"). */
function headingOf(index: SheetIndex, row: number): string | null {
  const cells = index.cellsOf(row);
  if (cells.length !== 1) return null;
  const value = cells[0]?.value ?? null;
  if (typeof value !== 'string' || readAmount(value).kind === 'amount') return null;
  // A listed cell is never blank, and folding keeps what trim keeps: the text is never ''.
  const text = foldSpaces(value);
  return text.length > 120 ? null : text;
}

/** Whether a row holds anything in the columns from left to right. */
function hasContent(index: SheetIndex, row: number, left: number, right: number): boolean {
  return index.slice(row, left, right).some((value) => !isBlank(value));
}

/**
 * A row whose amount cells hold amounts is data: it cannot start a new budget. Every amount column
 * counts: an action not yet costed (cost and State empty, the Department's share typed) whose title
 * names « État / Département » read as three fields, and was taken for the next budget's header.
 */
function holdsAmounts(index: SheetIndex, row: number, header: HeaderRow): boolean {
  for (const field of ['cost', 'state', 'department', 'other'] as const) {
    const column = header.detected.columns[field];
    if (column === undefined) continue;
    if (isAmountCell(index.value(row, header.left + column))) return true;
  }
  return false;
}

export function locateBlocks(
  sheet: SheetSnapshot,
  index: SheetIndex,
  mappings: Readonly<Record<string, ColumnMapping>>,
  hiddenRows: ReadonlySet<number>,
): { sources: BudgetSource[]; unread: UnreadSource[]; claimed: CellRange[] } {
  const sources: BudgetSource[] = [];
  const unread: UnreadSource[] = [];
  const claimed: CellRange[] = [];
  const { rows } = index;
  let ordinal = 1;
  let position = 0;
  /** The first row the next block's heading may sit on: below the previous block. */
  let floor = 0;
  while (position < rows.length) {
    const key = sourceKey(sheet.name, null, ordinal);
    const header = headerAt(index, position, mappings[key] ?? {});
    if (header === null) {
      position++;
      continue;
    }
    // The block runs down to the next header row, or to two blank rows (blank in its columns).
    let last = header.row;
    let next = rows.indexOf(header.row, position) + 1;
    let end = rows.length;
    for (; next < rows.length; next++) {
      const row = rows[next] as number;
      if (row - last - 1 >= 2) {
        end = next;
        break;
      }
      if (!hasContent(index, row, header.left, header.right)) continue;
      if (!holdsAmounts(index, row, header) && headerAt(index, next, mappings[sourceKey(sheet.name, null, ordinal + 1)] ?? {}) !== null) {
        end = next;
        break;
      }
      last = row;
    }
    // A heading just above the next header belongs to the next block, not to this one.
    if (end < rows.length) {
      const nextHeader = rows[end] as number;
      // The header row holds two texts at least, so it is no heading: the walk up stops on it at the latest.
      while (nextHeader - last <= 2 && headingOf(index, last) !== null) last = rows[rows.indexOf(last) - 1] as number;
    }
    const heading = headingAbove(index, header.top, floor);
    const range = rangeA1(header.top, header.left, last, header.right);
    const headers = header.cells.map(headerText);
    claimed.push(cellRange(heading?.row ?? header.top, header.left, last, header.right));
    const dataRows: CellValue[][] = [];
    if (header.budget) for (let row = header.row + 1; row <= last; row++) dataRows.push(index.slice(row, header.left, header.right));
    const words = header.budget ? wordColumns(dataRows, header.detected.columns, mappings[key] ?? {}) : [];
    const columns = withoutColumns(header.detected.columns, words);
    if (header.budget && isBudgetHeader(columns)) {
      sources.push({
        key,
        sheet: sheet.name,
        table: null,
        headerRow: header.row,
        left: header.left,
        rows: dataRows,
        firstDataRow: header.row + 1,
        hasTotalsRow: false,
        // The header's cells run from its left column to its right one: one header per column already.
        headers,
        columns,
        ambiguous: header.detected.ambiguous,
        unclear: header.detected.unclear,
        textColumns: words,
        hiddenRows,
        range,
        heading: heading?.text ?? null,
        titles: titlesAbove(index, header.top, floor),
      });
    } else {
      let holdsAmounts = false;
      for (let row = header.row + 1; row <= last && !holdsAmounts; row++) holdsAmounts = index.slice(row, header.left, header.right).some(isAmountCell);
      unread.push(unreadOf(key, sheet.name, null, range, header.row, header.left, headers, { ...header.detected, columns }, holdsAmounts, words));
    }
    ordinal++;
    floor = last + 1;
    position = end;
  }
  return { sources, unread, claimed };
}

/** The heading of a block: a lone text cell on one of the two rows above its header, below the previous block. */
function headingAbove(index: SheetIndex, headerTop: number, floor: number): { row: number; text: string } | null {
  for (let row = headerTop - 1; row >= Math.max(floor, headerTop - 2); row--) {
    const text = headingOf(index, row);
    if (text !== null) return { row, text };
    if (index.cellsOf(row).length > 0) return null;
  }
  return null;
}

/** How far above a budget its title may sit (a title, a subtitle, a blank row). */
const TITLE_ROWS = 3;

/** The texts on the few rows above a budget, below the previous block, nearest first; amounts are no titles. */
export function titlesAbove(index: SheetIndex, top: number, floor: number): string[] {
  const titles: string[] = [];
  for (let row = top - 1; row >= Math.max(floor, top - TITLE_ROWS); row--) {
    // cellsOf lists no blank cell: every text there is a title unless it is an amount.
    for (const { value } of index.cellsOf(row)) {
      if (typeof value === 'string' && readAmount(value).kind !== 'amount') titles.push(foldSpaces(value));
    }
  }
  return titles;
}
