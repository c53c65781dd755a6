import type { Cents } from '../money/money';

/** An amount as a convention writes it; the span is in the flat text it was read from. */
export interface WrittenAmount {
  readonly cents: Cents;
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

export interface Span {
  readonly from: number;
  readonly to: number;
}

export const AMOUNT_BODY = String.raw`(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))?`;
export const EURO = String.raw` ?(?:€|euros?\b|eur\b)`;
/** An amount nowhere inside another number: "45,139 €" has none. */
const AMOUNT = new RegExp(String.raw`(?<![\d.,])${AMOUNT_BODY}${EURO}`, 'gi');

export function amountOf(match: RegExpExecArray | RegExpMatchArray, group: number): Cents {
  const whole = Number((match[group] as string).replace(/[ .]/g, ''));
  const decimals = match[group + 1] === undefined ? 0 : Number((match[group + 1] as string).padEnd(2, '0'));
  return whole * 100 + decimals;
}

/** Every amount of a text, in order. */
export function amountsIn(flat: string): WrittenAmount[] {
  return [...flat.matchAll(AMOUNT)].map((match) => ({ cents: amountOf(match, 1), text: match[0], from: match.index, to: match.index + match[0].length }));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
