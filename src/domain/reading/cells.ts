import * as z from 'zod/mini';

/** An error value that a cell shows instead of a result, such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly kind: 'error';
  readonly code: string;
}

/** A date held in a cell (a number formatted as a date in Excel, a Date in exceljs). */
export interface CellDate {
  readonly kind: 'date';
  /** ISO 8601 calendar date, `2022-03-01`, kept only to quote it back to the officer. */
  readonly iso: string;
}

/**
 * What the core knows of a cell: the value it shows. A formula cell is its result; rich text is its
 * plain text. `null` is an empty cell.
 */
export type CellValue = null | number | string | boolean | CellError | CellDate;

export const cellErrorSchema = z.object({ kind: z.literal('error'), code: z.string() });
export const cellDateSchema = z.object({ kind: z.literal('date'), iso: z.string() });

export function cellError(code: string): CellError {
  return { kind: 'error', code };
}

export function cellDate(date: Date): CellDate | null {
  return Number.isNaN(date.getTime()) ? null : { kind: 'date', iso: date.toISOString().slice(0, 10) };
}

/**
 * Turns a value that came from outside (an adapter's raw cell, a pasted string) into a CellValue.
 * Primitives take a `typeof` path on purpose: a zod union costs about 300 ns a cell, 200 ms for a
 * 100 000-row budget, against 3 ms here. Objects, whose shape we cannot trust, go through zod.
 * Anything unrecognised becomes an error value rather than being dropped, so that it is reported.
 */
export function toCellValue(raw: unknown): CellValue {
  switch (typeof raw) {
    case 'number':
      return Number.isFinite(raw) ? raw : cellError('#NUM!');
    case 'string':
    case 'boolean':
      return raw;
    case 'undefined':
      return null;
    case 'object': {
      if (raw === null) return null;
      if (raw instanceof Date) return cellDate(raw) ?? cellError('#VALUE!');
      const error = cellErrorSchema.safeParse(raw);
      if (error.success) return error.data;
      const date = cellDateSchema.safeParse(raw);
      if (date.success) return date.data;
      return cellError('#VALUE!');
    }
    default:
      return cellError('#VALUE!');
  }
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && value.kind === 'error';
}

export function isCellDate(value: CellValue): value is CellDate {
  return typeof value === 'object' && value !== null && value.kind === 'date';
}

/** Empty, or text made only of white space: what an officer sees as an empty cell. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The text a cell shows, for headers, titles and numbers written as text. Numbers print in the
 * shortest form that reads back to the same value (3, not 3.0).
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 'VRAI' : 'FAUX';
    default:
      return value.kind === 'error' ? value.code : value.iso;
  }
}

/**
 * Folds runs of ordinary white space (line breaks typed with Alt+Enter included) into one space and
 * trims. No-break spaces are kept: an officer who typed « Mobilité inclusive » with them wants them
 * in the convention.
 */
export function foldSpaces(text: string): string {
  // Most titles have nothing to fold: looking is cheaper than building a copy of each.
  if (!BREAK_OR_DOUBLE_SPACE.test(text) && !isSpaceAt(text, 0) && !isSpaceAt(text, text.length - 1)) return text;
  return text.replace(/[ \t\r\n\f\v\u2028\u2029]+/g, ' ').trim();
}

const BREAK_OR_DOUBLE_SPACE = /[\t\r\n\f\v\u2028\u2029]| {2}/;
const SPACE = /\s/;

/** `trim` takes every white space at the ends, no-break ones included: so does `\s`. */
function isSpaceAt(text: string, index: number): boolean {
  // Out of range (the end of ''), the code is NaN and the character '': no space.
  const code = text.charCodeAt(index);
  // Letters and digits, nearly every end of a title, are above the space and below the no-break space.
  if (code > 32 && code < 160) return false;
  return SPACE.test(text.charAt(index));
}

/** The key under which two names or numbers are the same: "3 BIS" and "3 bis", "Pas-de-Calais" and "pas-de-calais". */
export function comparisonKey(text: string): string {
  // Action numbers are mostly digits, their own key.
  if (DIGITS.test(text)) return text;
  // Printable ASCII words with single spaces have no accent or space to fold: only the case changes.
  // Action numbers and most names take this path, which spares a Unicode normalisation per row.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const DIGITS = /^\d{1,15}$/;
