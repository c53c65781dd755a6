/** An amount of money in euro cents: always an integer, never a float of euros. */
export type Cents = number;

/**
 * The largest amount a cell may hold: 1 000 000 000 000,00 € (10^14 cents). No convention action
 * comes near it; past it a value is a typing or paste accident (an account number, 1e308), and
 * reporting it keeps every sum of cells exact in a double.
 */
export const MAX_CENTS: Cents = 100_000_000_000_000;

/**
 * Rounds euros to the cent, half away from zero, as DOMAIN.md asks: a formula result of
 * 60000.000000001 is 6 000 000 cents. Returns null past MAX_CENTS or for a non-finite number.
 */
export function eurosToCents(euros: number): Cents | null {
  if (!Number.isFinite(euros)) return null;
  const abs = Math.abs(euros);
  const scaled = abs * 100;
  if (scaled > MAX_CENTS) return null;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  // Binary floats cannot hold 1.005 exactly (it is 1.00499999…): near a half cent, decide on the
  // shortest decimal form of the number, which is what the officer typed and Excel shows.
  const cents = Math.abs(fraction - 0.5) > 1e-6 ? (fraction < 0.5 ? whole : whole + 1) : halfUpFromDecimal(abs);
  return euros < 0 && cents !== 0 ? -cents : cents;
}

function halfUpFromDecimal(abs: number): number {
  // Near a half cent abs lies in [0.005, 10^12]: String writes it without an exponent, and with at
  // least three decimals (two decimals or fewer are near a whole cent), so the digit after the cents exists.
  const text = String(abs);
  const dot = text.indexOf('.');
  const digits = text.slice(0, dot) + text.slice(dot + 1);
  const whole = Number(digits.slice(0, dot + 2));
  return digits.charAt(dot + 2) >= '5' ? whole + 1 : whole;
}

/**
 * The euros of an amount as a number (45139.5), for the JSON report only: never compared. IEEE
 * division is correctly rounded, so cents / 100 is the very double that the decimal "45139.50"
 * reads as: what a JSON reader gets back is the amount the officer typed.
 */
export function centsToEuros(cents: Cents): number {
  return cents / 100;
}
