import { columnLetters, parseA1 } from '../domain';
import { rewriteOutsideQuotes } from '../workbook/formula-pieces';

/**
 * Excel formulas as text: moving a formula by some rows and columns, as Excel does when it fills a
 * shared formula down a column (the file holds the text once, for the first cell). Relative
 * references move, absolute ones ($D$2) do not; text in quotes, sheet names in quotes and function
 * names are left alone.
 */

/**
 * A cell reference or a whole column or row range, not inside a name: "A1", "$B$2", "C:C",
 * "$3:$3". A letters-then-digits word followed by "(" is a function (LOG10), and one glued to a
 * letter, digit, underscore, dot or "[" is part of a name or a structured reference.
 */
const REFERENCE =
  /(?<![A-Za-z0-9_.\][])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_([])|(?<![A-Za-z0-9_.\][])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_([])|(?<![A-Za-z0-9_.\][])(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_([])/g;

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** A column reference moved, its "$" kept; null when it leaves the sheet. */
function moveColumn(letters: string, absolute: string, by: number): string | null {
  if (absolute === '$' || by === 0) return `${absolute}${letters}`;
  const column = (parseA1(`${letters}1`)?.column ?? -1) + by;
  return column < 0 || column >= MAX_COLUMN ? null : columnLetters(column);
}

/** A row reference moved, its "$" kept; null when it leaves the sheet. */
function moveRow(digits: string, absolute: string, by: number): string | null {
  if (absolute === '$' || by === 0) return `${absolute}${digits}`;
  const row = Number(digits) + by;
  return row < 1 || row > MAX_ROW ? null : String(row);
}

/** The formula as it reads `rows` rows down and `columns` columns right; a reference moved off the sheet becomes #REF!. */
export function moveFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return rewriteOutsideQuotes(formula, (piece) =>
    piece.replace(
      REFERENCE,
      (_whole, c1: string, letters: string, r1: string, digits: string, c2: string, from: string, c3: string, to: string, r2: string, first: string, r3: string, last: string) => {
        if (letters !== undefined) {
          const column = moveColumn(letters, c1, columns);
          const row = moveRow(digits, r1, rows);
          return column === null || row === null ? '#REF!' : `${column}${row}`;
        }
        if (from !== undefined) {
          const left = moveColumn(from, c2, columns);
          const right = moveColumn(to, c3, columns);
          return left === null || right === null ? '#REF!' : `${left}:${right}`;
        }
        const top = moveRow(first, r2, rows);
        const bottom = moveRow(last, r3, rows);
        return top === null || bottom === null ? '#REF!' : `${top}:${bottom}`;
      },
    ),
  );
}
