import { type BudgetSource, type CellValue, type Field, hasThreeDecimals, isCellDate, isCellError, readAmountValue } from '../../domain';

/**
 * How Excel's formulas read a cell, beside how the core reads it: where the two differ, a row is
 * left out of a rule's column format and its findings are flagged one by one, held to their values.
 */

/**
 * Past 10^13, a difference of one is beyond what Excel's comparisons hold apart (15 significant
 * digits; HyperFormula's tolerance is 10^-13): a row whose products or sums in cents reach it is
 * left out of a rule's format, and its findings are held by value.
 */
export const EXACT_LIMIT = 1e13;

/** A value the formulas read as the core does: empty, a number, a boolean, an error, or spaces only. */
export function formulaSees(value: CellValue): boolean {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || isCellError(value)) return true;
  return typeof value === 'string' && /^ *$/.test(value);
}

/**
 * A number's cents as Excel's ROUND(x*100,0) gives them: Excel rounds on the number's first 15
 * significant digits (=82.3*0.15 is 12.344999… to the core, 12.345 to Excel).
 */
function excelCents(value: number): number {
  const shown = Number((Math.abs(value) * 100).toPrecision(15));
  return Math.sign(value) * Math.round(shown);
}

/** Whether Excel sees a number with exactly three decimals, on its first 15 significant digits. */
export function excelThreeDecimals(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  return hasThreeDecimals(Number(value.toPrecision(15)));
}

/**
 * Whether a value would make a rule's formula light where the core does not: a number the core does
 * not read as an amount (negative, three decimals, past 10^12 €), or whose cents Excel rounds
 * otherwise, a date (a number to Excel); in an optional column, which the formula reads without
 * COUNT (an empty cell is 0 there), a boolean too (TRUE*100 is 100). Text gives #VALUE! in the
 * formula and misleads nothing.
 */
export function misleads(value: CellValue, optional: boolean): boolean {
  if (value === null || isCellError(value) || typeof value === 'string') return false;
  if (typeof value === 'number') {
    const cents = readAmountValue(value);
    return typeof cents !== 'number' || (!Number.isInteger(value * 100) && excelCents(value) !== cents);
  }
  if (isCellDate(value)) return true;
  return optional;
}

/** A cell's cents for the exactness test: 0 when it holds no number (the row is excluded otherwise). */
export function centsFor(value: CellValue): number {
  const read = readAmountValue(value);
  return typeof read === 'number' ? read : 0;
}

/** An amount the formulas' SUM adds as the core does: a number in whole cents within EXACT_LIMIT, a blank, an error (both then pass). */
export function summedAlike(value: CellValue): boolean {
  if (value === null || isCellError(value)) return true;
  if (typeof value === 'string') return readAmountValue(value) === null;
  if (typeof value !== 'number' || misleads(value, false)) return false;
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6 && Math.abs(value) * 100 < EXACT_LIMIT;
}

/** The cells of a 1-based sheet row of a source, or undefined outside its data rows. */
export function rowCells(source: BudgetSource, row: number): ReadonlyArray<CellValue> | undefined {
  return source.rows[row - 1 - source.firstDataRow];
}

export function cellOf(source: BudgetSource, cells: ReadonlyArray<CellValue>, field: Field): CellValue {
  const column = source.columns[field];
  return column === undefined ? null : (cells[column] ?? null);
}
