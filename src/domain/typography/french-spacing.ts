/**
 * French typography: a no-break space before « : » and « % » (U+00A0), a narrow no-break space
 * (U+202F) before « ; », « ! », « ? » and inside « », so that a line never starts with a colon or a
 * percent sign and a quotation never loses its guillemet at the end of a line.
 *
 * It applies to our own wording. Text the officer wrote (a header, a cell, a title, a sheet or file
 * name, a sentence of their convention) is theirs and goes in as typed: `french` spaces the literal
 * parts of a template and leaves what is interpolated alone, and the i18n catalogue and the clause
 * space their templates before filling them.
 *
 * What is not prose is left as it is: a colon, semicolon, exclamation or question mark counts as
 * punctuation only when a space, a closing bracket or the end of the text follows it, so "Feuille1!A1",
 * "A1:B2", "10:30", "=SI(A1;1;0)", "https://…", "?x=1" and "#REF!" keep their characters; a colon right after a
 * straight double quote is JSON's ("{"stateCapPercent": 50}"). A percent sign is spaced only where a
 * space already stands before it ("50 %"; "50%" may be a formula's). A comparison keeps its number on
 * its line ("≤ 50 %").
 */

export const NO_BREAK_SPACE = '\u00a0';
export const NARROW_NO_BREAK_SPACE = '\u202f';

/** Stands for an interpolated value while `french` spaces the template around it. */
const HOLE = '\ue000';

const SPACE_BEFORE_COLON_OR_PERCENT = / +(?=[:%])/g;
const SPACE_BEFORE_HIGH_MARK = / +(?=[;!?])/g;
const SPACE_AFTER_OPENING = /« +/g;
const SPACE_BEFORE_CLOSING = / +»/g;
// A word, a number, a closing bracket or quotation, or an interpolated value right against the mark;
// not an error value's ("#REF!", "#DIV/0!", "#NOM?"), which the replacement looks back for.
const GLUED_MARK = /([\p{L}\p{N})\]}»’\ue000])([:;!?])(?=[\s)\]»,.]|$)/gu;
const ERROR_VALUE_END = /#[\p{L}\p{N}/]*$/u;
// "≤ 50 %" stays on one line: a comparison keeps its number.
const SPACE_AFTER_COMPARISON = /([≤≥<>]) (?=[\d\ue000])/g;
const GLUED_OPENING = /«(?=[^\s\u00a0\u202f])/g;
const GLUED_CLOSING = /(?<=[^\s\u00a0\u202f])»/g;

/** The French text with its no-break spaces. Pure and idempotent: spaced text comes back unchanged. */
export function frenchSpacing(text: string): string {
  if (!/[:;!?%«»≤≥<>]/.test(text)) return text;
  return text
    .replace(SPACE_BEFORE_COLON_OR_PERCENT, NO_BREAK_SPACE)
    .replace(SPACE_BEFORE_HIGH_MARK, NARROW_NO_BREAK_SPACE)
    .replace(SPACE_AFTER_OPENING, `«${NARROW_NO_BREAK_SPACE}`)
    .replace(SPACE_BEFORE_CLOSING, `${NARROW_NO_BREAK_SPACE}»`)
    .replace(GLUED_MARK, (glued: string, before: string, mark: string, offset: number, whole: string) =>
      ERROR_VALUE_END.test(whole.slice(Math.max(0, offset - 16), offset + 1)) ? glued : `${before}${mark === ':' ? NO_BREAK_SPACE : NARROW_NO_BREAK_SPACE}${mark}`,
    )
    .replace(SPACE_AFTER_COMPARISON, `$1${NO_BREAK_SPACE}`)
    .replace(GLUED_OPENING, `«${NARROW_NO_BREAK_SPACE}`)
    .replace(GLUED_CLOSING, `${NARROW_NO_BREAK_SPACE}»`);
}

// A template literal's strings array is one object per call site: its spaced parts are worked out once.
const spacedParts = new WeakMap<TemplateStringsArray, readonly string[]>();

/**
 * A template literal tag for French sentences: `french\`${at} : « ${header} » est vide\``. Our
 * words get their no-break spaces; the values put in (often the officer's text) are kept as they are.
 */
export function french(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let parts = spacedParts.get(strings);
  if (parts === undefined) {
    parts = frenchSpacing(strings.join(HOLE)).split(HOLE);
    spacedParts.set(strings, parts);
  }
  let text = parts[0] as string;
  for (let index = 0; index < values.length; index++) text += String(values[index]) + (parts[index + 1] as string);
  return text;
}
