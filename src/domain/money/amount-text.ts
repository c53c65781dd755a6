import type { Cents } from './money';

const SPACE = '[ \\u00a0\\u202f]';

/**
 * DOMAIN.md's grammar of an amount written as text, in French usage: digits alone, or grouped by
 * spaces (ordinary, no-break or narrow no-break) or by dots, in groups of exactly three; an optional
 * decimal comma with one or two digits; an optional "€" or "EUR". A leading minus is read so that a
 * negative amount gets its own message. Anything else ("45,139", "12 34", "45139.50") is refused.
 */
const AMOUNT_TEXT = new RegExp(`^(?<sign>[-\\u2212]${SPACE}*)?` + `(?<int>\\d+|\\d{1,3}(?:${SPACE}\\d{3})+|\\d{1,3}(?:\\.\\d{3})+)` + `(?:,(?<dec>\\d{1,2}))?` + `(?:${SPACE}*(?:€|eur))?$`, 'i');

const MAX_AMOUNT_TEXT = 64;

/** Longest run of integer digits that can still be exact in a double once in cents. */
const MAX_INTEGER_DIGITS = 13;

export interface TextAmount {
  readonly negative: boolean;
  /** null when the digits are more than a cell may hold (see MAX_CENTS). */
  readonly cents: Cents | null;
}

/**
 * Reads text as an amount by DOMAIN.md's rules, or returns null when it is not one. The grammar is
 * the pattern above, read straight from its groups: a check meets one text amount in ten cells, and
 * a schema's parse allocated a kilobyte for each.
 */
export function parseAmountText(text: string): TextAmount | null {
  const trimmed = text.trim();
  // The longest amount a cell may hold, grouped, with cents and "EUR", is some 30 characters: a long text is none.
  if (trimmed.length > MAX_AMOUNT_TEXT) return null;
  const groups = AMOUNT_TEXT.exec(trimmed)?.groups;
  if (groups === undefined) return null;
  // The int group is not optional: a match always has it.
  const digits = (groups.int as string).replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '');
  const decimals = (groups.dec ?? '').padEnd(2, '0');
  const cents = digits.length > MAX_INTEGER_DIGITS ? null : Number(digits) * 100 + Number(decimals);
  return { negative: groups.sign !== undefined, cents };
}
