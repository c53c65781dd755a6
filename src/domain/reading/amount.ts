import { parseAmountText } from '../money/amount-text';
import { type CellValue, cellText } from './cells';
import { plainNumber } from '../money/format';
import { type Cents, eurosToCents, MAX_CENTS } from '../money/money';

export type AmountProblem = 'unreadable-text' | 'three-decimals' | 'error-value' | 'negative' | 'boolean' | 'date' | 'too-large';

/** What an amount cell holds, read by DOMAIN.md's rules. */
export type AmountReading =
  | { readonly kind: 'amount'; readonly cents: Cents }
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'invalid';
      readonly problem: AmountProblem;
      /** What the cell shows, quoted back in the message. */
      readonly shown: string;
      /** The amount, for a negative one. */
      readonly cents?: Cents;
      /** What the officer most likely meant: 45 139 € for 45.139. */
      readonly suggested?: Cents;
    };

export type InvalidAmount = Extract<AmountReading, { kind: 'invalid' }>;

const EMPTY: AmountReading = { kind: 'empty' };

/**
 * An amount cell read for an action row without building a reading: its cents, null when empty, or
 * what is wrong with it. Nearly every cell is a plain number and costs no allocation.
 */
export function readAmountValue(value: CellValue): Cents | null | InvalidAmount {
  if (typeof value === 'number' && !hasThreeDecimals(value)) {
    const cents = eurosToCents(value);
    if (cents !== null && cents >= 0) return cents;
  }
  const reading = readAmount(value);
  return reading.kind === 'amount' ? reading.cents : reading.kind === 'empty' ? null : reading;
}

export function readAmount(value: CellValue): AmountReading {
  if (value === null) return EMPTY;
  switch (typeof value) {
    case 'number': {
      const cents = eurosToCents(value);
      if (cents === null) return { kind: 'invalid', problem: 'too-large', shown: String(value) };
      if (cents < 0) return { kind: 'invalid', problem: 'negative', shown: String(value), cents };
      // "45,139" typed in a French Excel is the number 45.139: the officer meant 45 139 €, and is
      // shown what they typed, in French whatever the pane's language.
      if (hasThreeDecimals(value)) return { kind: 'invalid', problem: 'three-decimals', shown: plainNumber(value, 'fr'), suggested: Math.round(value * 1000) * 100 };
      return { kind: 'amount', cents };
    }
    case 'string':
      return readTextAmount(value);
    case 'boolean':
      return { kind: 'invalid', problem: 'boolean', shown: cellText(value) };
    default:
      return value.kind === 'error' ? { kind: 'invalid', problem: 'error-value', shown: value.code } : { kind: 'invalid', problem: 'date', shown: value.iso };
  }
}

function readTextAmount(text: string): AmountReading {
  if (text.trim() === '') return EMPTY;
  const parsed = parseAmountText(text);
  if (parsed === null) return { kind: 'invalid', problem: 'unreadable-text', shown: text.trim() };
  if (parsed.cents === null || parsed.cents > MAX_CENTS) return { kind: 'invalid', problem: 'too-large', shown: text.trim() };
  if (parsed.negative && parsed.cents > 0) {
    return { kind: 'invalid', problem: 'negative', shown: text.trim(), cents: -parsed.cents };
  }
  return { kind: 'amount', cents: parsed.cents };
}

/**
 * Whether a number has exactly three decimals (45.139): the value times 1 000 is whole, times 100 is
 * not. A French Excel stores "45,139" typed by an officer meaning 45 139 as this number. Whole
 * numbers, nearly every amount, are answered without building the number's text.
 */
export function hasThreeDecimals(value: number): boolean {
  if (Number.isInteger(value) || !Number.isFinite(value)) return false;
  const thousandths = value * 1000;
  const whole = Math.round(thousandths);
  if (whole % 10 === 0 || Math.abs(thousandths - whole) > 1e-7 * Math.max(1, Math.abs(thousandths))) return false;
  const text = String(Math.abs(value));
  const dot = text.indexOf('.');
  return !text.includes('e') && dot >= 0 && text.length - dot - 1 === 3;
}
