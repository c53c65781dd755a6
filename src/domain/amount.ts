import { parseAmountText } from './amount-text';
import { type CellValue, cellText } from './cells';
import { type Cents, eurosToCents, MAX_CENTS } from './money';

export type AmountProblem = 'unreadable-text' | 'error-value' | 'negative' | 'boolean' | 'date' | 'too-large';

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
    };

export type InvalidAmount = Extract<AmountReading, { kind: 'invalid' }>;

const EMPTY: AmountReading = { kind: 'empty' };

/**
 * An amount cell read for an action row without building a reading: its cents, null when empty, or
 * what is wrong with it. Nearly every cell is a plain number and costs no allocation.
 */
export function readAmountValue(value: CellValue): Cents | null | InvalidAmount {
  if (typeof value === 'number') {
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
      return { kind: 'amount', cents };
    }
    case 'string':
      return readTextAmount(value);
    case 'boolean':
      return { kind: 'invalid', problem: 'boolean', shown: cellText(value) };
    default:
      return value.kind === 'error'
        ? { kind: 'invalid', problem: 'error-value', shown: value.code }
        : { kind: 'invalid', problem: 'date', shown: value.iso };
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
