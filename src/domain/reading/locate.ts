import { type CellRange, cellRange, rangeA1 } from './a1';
import { readAmount } from './amount';
import { type CellValue, cellText, foldSpaces, isBlank } from './cells';
import { AMOUNT_FIELDS, type ColumnMap, type ColumnMapping, type DetectedColumns, type Field, detectColumns, isBudgetHeader } from './headers';
import { SheetIndex } from './sheet-index';
import { type TextColumn, textColumns, withoutColumns } from './text-columns';
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from './snapshot';

/** A block of the workbook that holds a budget: an Excel table, or a header row and the rows below it. */
export interface BudgetSource {
  /** Names the source in settings (a hand mapping): the table's name, or "sheet:" and the sheet's (and "#2"… for later blocks). */
  readonly key: string;
  readonly sheet: string;
  readonly table: string | null;
  /** 0-based sheet row of the (last) header row, and sheet column of the first column. */
  readonly headerRow: number;
  readonly left: number;
  /** Data rows, below the header row(s), each as wide as the header. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** 0-based sheet row of rows[0]. */
  readonly firstDataRow: number;
  readonly hasTotalsRow: boolean;
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
  /** Fields two columns could be, and columns that could be two fields: not read, said to the officer. */
  readonly ambiguous: DetectedColumns['ambiguous'];
  readonly unclear: DetectedColumns['unclear'];
  /** Columns whose header names an amount but whose cells are mostly words: not read, said to the officer. */
  readonly textColumns?: readonly TextColumn[];
  readonly hiddenRows: ReadonlySet<number>;
  /** The whole block, header included, as an A1 address without the sheet. */
  readonly range: string;
  /** The heading cell just above a block laid out by hand ("Nord", "Département du Pas-de-Calais"). */
  readonly heading: string | null;
  /** Texts just above the budget, nearest first (a title "Convention Bassin minier 2022"): where its year is looked for. */
  readonly titles: readonly string[];
}

/**
 * A table, or a header row laid out by hand, that looks like a budget but cannot be read: a table
 * shown without its header row, or headers that name no total cost or no State column, or name one
 * of them twice. The officer maps its columns by hand.
 */
export interface UnreadSource {
  readonly key: string;
  readonly sheet: string;
  readonly table: string | null;
  readonly range: string;
  readonly headerRow: number;
  readonly left: number;
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
  /** A table shown without its header row: nothing names its columns. */
  readonly noHeader: boolean;
  /** Required fields (total cost, State) that no column names. */
  readonly missing: readonly Field[];
  /**
   * Whether it looks like a budget left unread, rather than some other table (a list of contacts):
   * its headers name an amount, or its body holds amounts. Only those are reading gaps.
   */
  readonly budgetLike: boolean;
  readonly ambiguous: DetectedColumns['ambiguous'];
  readonly unclear: DetectedColumns['unclear'];
  /** Columns whose header names an amount but whose cells are mostly words (a total cost or State among them makes it no budget). */
  readonly textColumns: readonly TextColumn[];
}

/** Cells holding amounts that no budget read covers: reported, never passed over in silence. */
export interface UncoveredArea {
  readonly sheet: string;
  readonly range: string;
  readonly cells: number;
}

export interface LocatedSources {
  readonly sources: BudgetSource[];
  readonly unread: UnreadSource[];
  readonly uncovered: UncoveredArea[];
}

export function sourceKey(sheet: string, table: string | null, ordinal = 1): string {
  return table ?? (ordinal === 1 ? `sheet:${sheet}` : `sheet:${sheet}#${ordinal}`);
}

const REQUIRED: readonly Field[] = ['cost', 'state'];

/**
 * Finds every budget in a workbook (DOMAIN.md "Where budgets sit on a sheet"): each Excel table,
 * and outside tables every header row that names a total-cost and a State column, with the rows
 * below it down to the next header row or to two blank rows. Amounts outside all of them are
 * listed as uncovered.
 */
export function locateSources(workbook: WorkbookSnapshot, mappings: Readonly<Record<string, ColumnMapping>> = {}): LocatedSources {
  const sources: BudgetSource[] = [];
  const unread: UnreadSource[] = [];
  const uncovered: UncoveredArea[] = [];
  for (const sheet of workbook.sheets) {
    const hiddenRows = new Set(sheet.hiddenRows ?? []);
    const index = SheetIndex.of(sheet, sheet.tables.map(tableRange));
    for (const table of sheet.tables) {
      const found = tableSource(sheet, table, mappings[table.name] ?? {}, hiddenRows, titlesAbove(index, table.top, 0));
      if ('rows' in found) sources.push(found);
      else unread.push(found);
    }
    if (index.rows.length === 0) continue;
    const located = locateBlocks(sheet, index, mappings, hiddenRows);
    sources.push(...located.sources);
    unread.push(...located.unread);
    uncovered.push(...uncoveredAreas(sheet.name, index, located.claimed));
  }
  return { sources, unread, uncovered };
}

/** The widest row of a block (a loop: a spread of 100 000 rows would overflow the call stack). */
function widthOf(values: ReadonlyArray<ReadonlyArray<CellValue>>): number {
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  return width;
}

function tableRange(table: TableSnapshot): CellRange {
  const width = Math.max(1, widthOf(table.values));
  return cellRange(table.top, table.left, table.top + Math.max(table.values.length, 1) - 1, table.left + width - 1);
}

function tableSource(sheet: SheetSnapshot, table: TableSnapshot, mapping: ColumnMapping, hiddenRows: ReadonlySet<number>, titles: readonly string[]): BudgetSource | UnreadSource {
  const width = widthOf(table.values);
  const range = rangeA1(table.top, table.left, table.top + Math.max(table.values.length - 1, 0), table.left + Math.max(width - 1, 0));
  const headerRows = table.headerRows ?? 1;
  if (headerRows === 0) {
    return {
      key: table.name,
      sheet: sheet.name,
      table: table.name,
      range,
      headerRow: table.top,
      left: table.left,
      headers: [],
      columns: {},
      noHeader: true,
      missing: REQUIRED,
      ambiguous: [],
      unclear: [],
      budgetLike: table.values.some((row) => row.some(isAmountCell)),
      textColumns: [],
    };
  }
  const header = padRow(table.values[0] ?? [], width);
  const found = detectColumns(header, mapping);
  const headers = header.map(headerText);
  const words = found.columns.cost !== undefined || found.columns.state !== undefined ? wordColumns(table.values.slice(1), found.columns, mapping) : [];
  const detected = { ...found, columns: withoutColumns(found.columns, words) };
  if (!isBudgetHeader(detected.columns)) {
    const holdsAmounts = table.values.slice(1).some((row) => row.some(isAmountCell));
    return unreadOf(table.name, sheet.name, table.name, range, table.top, table.left, headers, detected, holdsAmounts, words);
  }
  return {
    key: table.name,
    sheet: sheet.name,
    table: table.name,
    headerRow: table.top,
    left: table.left,
    rows: table.values.slice(1).map((row) => padRow(row, width)),
    firstDataRow: table.top + 1,
    hasTotalsRow: table.hasTotalsRow === true,
    headers,
    columns: detected.columns,
    ambiguous: detected.ambiguous,
    unclear: detected.unclear,
    textColumns: words,
    hiddenRows,
    range,
    heading: null,
    titles,
  };
}

function unreadOf(
  key: string,
  sheet: string,
  table: string | null,
  range: string,
  headerRow: number,
  left: number,
  headers: readonly string[],
  detected: DetectedColumns,
  holdsAmounts: boolean,
  words: readonly TextColumn[] = [],
): UnreadSource {
  const namesAmount = AMOUNT_FIELDS.some(
    (field) => detected.columns[field] !== undefined || detected.ambiguous.some((entry) => entry.field === field) || detected.unclear.some((entry) => entry.fields.includes(field)),
  );
  return {
    key,
    sheet,
    table,
    range,
    headerRow,
    left,
    headers,
    columns: detected.columns,
    noHeader: false,
    missing: REQUIRED.filter((field) => detected.columns[field] === undefined && !detected.ambiguous.some((entry) => entry.field === field) && !words.some((entry) => entry.field === field)),
    ambiguous: detected.ambiguous,
    unclear: detected.unclear,
    budgetLike: namesAmount || holdsAmounts || words.length > 0,
    textColumns: words,
  };
}

/** A header row found on a sheet: its cells from its first to its last non-blank one. */
interface HeaderRow {
  /** The first header row (the upper one of two), and the last. */
  readonly top: number;
  readonly row: number;
  readonly left: number;
  readonly right: number;
  readonly cells: readonly CellValue[];
  readonly detected: DetectedColumns;
  readonly budget: boolean;
}

/** How many fields a row must name to be taken for a header row that we cannot read, rather than data. */
const CANDIDATE_FIELDS = 3;

function headerOf(top: number, row: number, cells: readonly CellValue[], left: number, mapping: ColumnMapping): HeaderRow | null {
  let first = 0;
  while (first < cells.length && isBlank(cells[first] ?? null)) first++;
  let last = cells.length - 1;
  while (last > first && isBlank(cells[last] ?? null)) last--;
  if (first >= cells.length) return null;
  const trimmed = cells.slice(first, last + 1);
  const detected = detectColumns(trimmed, mapping);
  const budget = isBudgetHeader(detected.columns);
  if (!budget) {
    const named = Object.keys(detected.columns).length + detected.ambiguous.length + detected.unclear.length;
    if (named < CANDIDATE_FIELDS) return null;
  }
  return { top, row, left: left + first, right: left + last, cells: trimmed, detected, budget };
}

/** Whether a row may be a header: two text cells at least, and no more numbers than texts. */
function mayBeHeader(cells: ReadonlyArray<{ readonly value: CellValue }>): boolean {
  let texts = 0;
  let numbers = 0;
  for (const { value } of cells) {
    if (typeof value === 'string') {
      if (readAmount(value).kind === 'amount') numbers++;
      else texts++;
    } else if (typeof value === 'number') numbers++;
  }
  return texts >= 2 && numbers <= texts;
}

/** Blank columns inside a header row's run of cells: more, and the cells beyond belong to something else. */
const HEADER_GAP = 2;

/** A row's cells cut into runs of nearby columns: a stray cell far to the right is no part of a header. */
function runsOf(cells: ReadonlyArray<{ readonly column: number; readonly value: CellValue }>): Array<{ left: number; right: number; cells: Array<{ column: number; value: CellValue }> }> {
  const runs: Array<{ left: number; right: number; cells: Array<{ column: number; value: CellValue }> }> = [];
  for (const cell of cells) {
    const last = runs.at(-1);
    if (last !== undefined && cell.column - last.right - 1 <= HEADER_GAP) {
      last.right = cell.column;
      last.cells.push(cell);
    } else runs.push({ left: cell.column, right: cell.column, cells: [cell] });
  }
  return runs;
}

/**
 * The header at a row, if any: the row alone, or the row and the next one read together (a merged
 * "Financements" above "État" and "Département"), each cell of the lower completing the upper. A
 * header is a run of nearby cells; the first run that names a budget wins.
 */
function headerAt(index: SheetIndex, position: number, mapping: ColumnMapping): HeaderRow | null {
  const row = index.rows[position] as number;
  const next = index.rows[position + 1];
  const lowerCells = next === row + 1 ? index.cellsOf(next) : [];
  let candidate: HeaderRow | null = null;
  for (const run of runsOf(index.cellsOf(row))) {
    if (!mayBeHeader(run.cells)) continue;
    const single = headerOf(row, row, index.slice(row, run.left, run.right), run.left, mapping);
    if (single?.budget) return single;
    const lower = lowerCells.filter((cell) => cell.column >= run.left - HEADER_GAP && cell.column <= run.right + HEADER_GAP);
    if (lower.length > 0 && mayBeHeader(lower)) {
      const left = Math.min(run.left, lower[0]?.column ?? run.left);
      const right = Math.max(run.right, lower.at(-1)?.column ?? run.right);
      const below = headerOf(next as number, next as number, index.slice(next as number, left, right), left, mapping);
      // The next row is the header: this one is a title above it.
      if (below?.budget) continue;
      const upper = index.slice(row, left, right);
      const combined = index.slice(next as number, left, right).map((value, offset) => (isBlank(value) ? (upper[offset] ?? null) : value));
      const both = headerOf(row, next as number, combined, left, mapping);
      if (both?.budget) return both;
    }
    candidate ??= single;
  }
  return candidate;
}

/** A row that names a block: one text cell, no amount ("Nord", "Département du Pas-de-Calais"). */
function headingOf(index: SheetIndex, row: number): string | null {
  const cells = index.cellsOf(row);
  if (cells.length !== 1) return null;
  const value = cells[0]?.value ?? null;
  if (typeof value !== 'string' || readAmount(value).kind === 'amount') return null;
  const text = foldSpaces(value);
  return text === '' || text.length > 120 ? null : text;
}

/** Whether a row holds anything in the columns from left to right. */
function hasContent(index: SheetIndex, row: number, left: number, right: number): boolean {
  return index.slice(row, left, right).some((value) => !isBlank(value));
}

/** A row whose amount cells hold amounts is data: it cannot start a new budget. */
function holdsAmounts(index: SheetIndex, row: number, header: HeaderRow): boolean {
  for (const field of ['cost', 'state'] as const) {
    const column = header.detected.columns[field];
    if (column === undefined) continue;
    const value = index.value(row, header.left + column);
    if (typeof value === 'number' || (typeof value === 'string' && readAmount(value).kind === 'amount')) return true;
  }
  return false;
}

function locateBlocks(
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
      while (last > header.row && nextHeader - last <= 2 && headingOf(index, last) !== null) {
        const before = rows[rows.indexOf(last) - 1];
        last = before !== undefined && before > header.row ? before : header.row;
      }
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
      const width = header.right - header.left + 1;
      sources.push({
        key,
        sheet: sheet.name,
        table: null,
        headerRow: header.row,
        left: header.left,
        rows: dataRows,
        firstDataRow: header.row + 1,
        hasTotalsRow: false,
        headers: headers.length === width ? headers : padRow(headers, width).map((value) => cellText(value)),
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
function titlesAbove(index: SheetIndex, top: number, floor: number): string[] {
  const titles: string[] = [];
  for (let row = top - 1; row >= Math.max(floor, top - TITLE_ROWS); row--) {
    for (const { value } of index.cellsOf(row)) {
      if (typeof value === 'string' && readAmount(value).kind !== 'amount' && value.trim() !== '') titles.push(foldSpaces(value));
    }
  }
  return titles;
}

/** A header as the officer reads it: on one line, whatever line breaks (Alt+Entrée) it holds. */
function headerText(value: CellValue): string {
  return foldSpaces(cellText(value));
}

/** Amount columns of words, among those detection found: a column the officer mapped by hand is theirs. */
function wordColumns(rows: ReadonlyArray<ReadonlyArray<CellValue>>, columns: ColumnMap, mapping: ColumnMapping): TextColumn[] {
  return textColumns(rows, columns).filter((entry) => typeof mapping[entry.field] !== 'string');
}

/** Whether a cell holds an amount as the core would read one: a number, or text read as an amount. */
function isAmountCell(value: CellValue): boolean {
  if (typeof value === 'number') return true;
  return typeof value === 'string' && readAmount(value).kind === 'amount';
}

/** Amount cells outside every block, grouped into areas of rows with at most one blank row between. */
function uncoveredAreas(sheet: string, index: SheetIndex, claimed: readonly CellRange[]): UncoveredArea[] {
  const areas: UncoveredArea[] = [];
  // The area being gathered: its corners, and how many amount cells it holds (0: none open).
  let top = 0;
  let left = 0;
  let bottom = 0;
  let right = 0;
  let cells = 0;
  const flush = () => {
    if (cells > 0) areas.push({ sheet, range: rangeA1(top, left, bottom, right), cells });
    cells = 0;
  };
  for (const row of index.rows) {
    // The budgets' rectangles on this row: a cell inside one is read, and its value need not be looked at.
    const across = claimed.filter((range) => row >= range.from.row && row <= range.to.row);
    for (const { column, value } of index.cellsOf(row)) {
      if (insideAny(across, column)) continue;
      if (!isAmountCell(value)) continue;
      if (cells > 0 && row - bottom > 2) flush();
      if (cells === 0) [top, left, right] = [row, column, column];
      bottom = row;
      left = Math.min(left, column);
      right = Math.max(right, column);
      cells++;
    }
  }
  flush();
  return areas;
}

function insideAny(ranges: readonly CellRange[], column: number): boolean {
  for (const range of ranges) if (column >= range.from.column && column <= range.to.column) return true;
  return false;
}

function padRow(row: ReadonlyArray<CellValue>, width: number): ReadonlyArray<CellValue> {
  if (row.length === width) return row;
  if (row.length > width) return row.slice(0, width);
  return [...row, ...Array<CellValue>(width - row.length).fill(null)];
}
