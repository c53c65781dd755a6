import { readAmount } from './amount';
import { type CellValue, isBlank } from './cells';
import { type ColumnMapping, type DetectedColumns, detectColumns, isBudgetHeader } from './headers';
import type { SheetIndex } from './sheet-index';

/** A header row found on a sheet: its cells from its first to its last non-blank one. */
export interface HeaderRow {
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

/**
 * Whether a row may be a header: two text cells at least, and no more numbers than texts. Years in a
 * run (2025, 2026, 2027 over a multi-year schedule, typed as numbers or as text) head columns: they
 * are not counted as numbers, however many they are. Amounts side by side make no such run.
 */
function mayBeHeader(cells: ReadonlyArray<{ readonly value: CellValue }>): boolean {
  let texts = 0;
  let numbers = 0;
  for (const { value } of cells) {
    if (typeof value === 'string') {
      if (readAmount(value).kind === 'amount') numbers++;
      else texts++;
    } else if (typeof value === 'number') numbers++;
  }
  // Nearly every row is decided before the years are looked for: every sheet row is asked.
  return texts >= 2 && (numbers <= texts || numbers - yearsInRuns(cells) <= texts);
}

/** How many cells are years next to the year before or after them: each was counted as a number. */
function yearsInRuns(cells: ReadonlyArray<{ readonly value: CellValue }>): number {
  const years = cells.map(({ value }) => yearOf(value));
  return years.filter((year, index) => year !== null && (years[index - 1] === year - 1 || years[index + 1] === year + 1)).length;
}

/** The year a cell may be the heading of: a whole number from 1900 to 2099, or those four digits typed as text. */
function yearOf(value: CellValue): number | null {
  const year = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{4}\s*$/.test(value) ? Number(value) : null;
  return year !== null && Number.isInteger(year) && year >= 1900 && year <= 2099 ? year : null;
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
export function headerAt(index: SheetIndex, position: number, mapping: ColumnMapping): HeaderRow | null {
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
