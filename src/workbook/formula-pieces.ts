/**
 * A formula's text, cut where references, names and separators may stand: string literals ("…",
 * with "" inside) and quoted sheet names ('…'!, with '' inside) are kept whole, and only what lies
 * between them is rewritten. The .xlsx reader (moving shared formulas), the page's formula engine
 * (structured references) and its typed formulas (French names and separators) read formulas so.
 */
const PIECES = /"(?:[^"]|"")*"|'(?:[^']|'')*'!|[^"']+|['"]/g;

const quoted = (piece: string) => piece.startsWith('"') || piece.startsWith("'");

/** The formula with each stretch outside string literals and quoted sheet names rewritten. */
export function rewriteOutsideQuotes(formula: string, rewrite: (piece: string) => string): string {
  return formula.replace(PIECES, (piece) => (quoted(piece) ? piece : rewrite(piece)));
}

/** The stretches of a formula outside string literals and quoted sheet names. */
export function outsideQuotes(formula: string): string[] {
  return [...formula.matchAll(PIECES)].map(([piece]) => piece).filter((piece) => !quoted(piece));
}
