import { type Lang, LOCALES } from '../typography/language';
import type { Cents } from './money';

/**
 * A percentage as an exact ratio: hundredths of a percent, an integer (50 % is 5 000, 33,33 % is
 * 3 333). Conventions write at most two decimals; comparisons multiply in integers, never divide.
 */
export type Hundredths = number;

export const WHOLE: Hundredths = 10_000;

/** part × 10 000 compared with whole × percent, exactly (BigInt past 2^53). Negative: less, 0: equal, positive: more. */
export function comparePercent(part: Cents, whole: Cents, percent: Hundredths): number {
  const left = part * WHOLE;
  const right = whole * percent;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left - right;
  const big = BigInt(part) * BigInt(WHOLE) - BigInt(whole) * BigInt(percent);
  return big === 0n ? 0 : big > 0n ? 1 : -1;
}

/** The share of an amount, in cents, rounded down (a cap) or up (a minimum). */
export function percentOf(amount: Cents, percent: Hundredths, rounding: 'down' | 'up'): Cents {
  const product = amount * percent;
  if (Number.isSafeInteger(product)) {
    // No correction needed: below 2^53 the quotient is below 2^40, where a double's spacing is at most
    // 2^-13, so the correctly rounded product / 10 000 is within 2^-14 of the true one, while a true
    // quotient that is not whole lies at least 10^-4 from any integer: its floor is the true floor.
    const quotient = Math.floor(product / WHOLE);
    return rounding === 'up' && quotient * WHOLE !== product ? quotient + 1 : quotient;
  }
  const big = BigInt(amount) * BigInt(percent);
  const quotient = big / BigInt(WHOLE);
  const exact = quotient * BigInt(WHOLE) === big;
  return Number(rounding === 'up' && !exact ? quotient + 1n : quotient);
}

/** The highest amount a cap allows on a cost: the percent of it, one cent lower when equal is not allowed. */
export function capOf(cost: Cents, percent: Hundredths, equalAllowed: boolean): Cents {
  const cap = percentOf(cost, percent, 'down');
  const exact = comparePercent(cap, cost, percent) === 0;
  return !equalAllowed && exact ? Math.max(0, cap - 1) : cap;
}

/** The smallest form of percent / 10 000, for formulas: 5 000 is 1/2, 8 000 is 4/5. */
export function reducedRatio(percent: Hundredths): { readonly numerator: number; readonly denominator: number } {
  let a = percent;
  let b = WHOLE;
  // The loop runs at least once and leaves in a the last non-zero b: the divisor is never 0.
  while (b !== 0) [a, b] = [b, a % b];
  return { numerator: percent / a, denominator: WHOLE / a };
}

/** Hundredths from a percent as a number (50, 33.33), or null when it has more than two decimals. */
export function hundredthsOf(percent: number): Hundredths | null {
  if (!Number.isFinite(percent) || percent < 0) return null;
  const scaled = Math.round(percent * 100);
  // 33.33 × 100 is 3332.9999999999995 as a double: accept the nearest integer when it is that near.
  return Math.abs(scaled - percent * 100) < 1e-6 ? scaled : null;
}

/** "50", "33,33" (French) or "33.33" (English): a percent as a convention or a person writes it. */
export function percentText(percent: Hundredths, lang: Lang = 'fr'): string {
  return percentFormat(lang).format(percent / 100);
}

// At most two decimals (hundredths are integers, so Intl's rounding never drops a digit), no grouping.
const percentFormats = new Map<Lang, Intl.NumberFormat>();

function percentFormat(lang: Lang): Intl.NumberFormat {
  let found = percentFormats.get(lang);
  if (!found) {
    found = new Intl.NumberFormat(LOCALES[lang], { useGrouping: false, maximumFractionDigits: 2 });
    percentFormats.set(lang, found);
  }
  return found;
}
