/** Column letters of a 0-based column index: 0 is A, 25 is Z, 26 is AA. */
export function columnLetters(column: number): string {
  let letters = '';
  let rest = column + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** The A1 address, without the sheet, of a cell given by 0-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The A1 address of a block of cells given by its 0-based corners. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/** A cell's place on its sheet: 0-based row and column. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/**
 * A block of cells by its top-left and bottom-right cells, both inside it: the one rectangle of the
 * code, whatever reads it (an A1 range, a table, the part of a sheet a budget claims).
 */
export interface CellRange {
  readonly from: CellPosition;
  readonly to: CellPosition;
}

/** The range from 0-based corners. */
export function cellRange(top: number, left: number, bottom: number, right: number): CellRange {
  return { from: { row: top, column: left }, to: { row: bottom, column: right } };
}

/** Whether `inner` lies inside `outer`. */
export function rangeWithin(inner: CellRange, outer: CellRange): boolean {
  return inner.from.row >= outer.from.row && inner.to.row <= outer.to.row && inner.from.column >= outer.from.column && inner.to.column <= outer.to.column;
}

/** Whether two ranges share a cell. */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.from.row <= b.to.row && b.from.row <= a.to.row && a.from.column <= b.to.column && b.from.column <= a.to.column;
}

/** The two corners of an A1 range ("B2:F8", or one cell "B2"), 0-based, or null when either is not an address. */
export function parseRange(range: string): CellRange | null {
  const [start = '', end = start] = range.split(':');
  const from = parseA1(start);
  const to = parseA1(end);
  return from === null || to === null ? null : { from, to };
}

/**
 * 0-based row and column of an A1 address ("F5", "$F$5", "f5"; spaces around it ignored), or null:
 * the one decoder of A1 addresses. Sorting a large check's findings decodes each of their cells, so
 * it reads character codes rather than running a regular expression.
 */
export function parseA1(address: string): CellPosition | null {
  const text = address.trim();
  let at = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  const lettersFrom = at;
  let column = 0;
  for (; at < text.length; at++) {
    // Upper and lower case alike: A–Z and a–z both land on a–z.
    const code = text.charCodeAt(at) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  if (at === lettersFrom || at - lettersFrom > 3) return null;
  if (text.charCodeAt(at) === DOLLAR) at++;
  const digitsFrom = at;
  let row = 0;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  if (at === digitsFrom || at - digitsFrom > 7) return null;
  return { row: row - 1, column: column - 1 };
}

const DOLLAR = 36;
