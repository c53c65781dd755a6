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

/** The two corners of an A1 range ("B2:F8", or one cell "B2"), 0-based, or null when either is not an address. */
export function parseRange(range: string): { from: { row: number; column: number }; to: { row: number; column: number } } | null {
  const [start = '', end = start] = range.split(':');
  const from = parseA1(start);
  const to = parseA1(end);
  return from === null || to === null ? null : { from, to };
}

/** 0-based row and column of an A1 address ("F5", "$F$5"), or null. */
export function parseA1(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const [, letters = '', digits = ''] = match;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, column: column - 1 };
}
