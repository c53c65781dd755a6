import { type Lang, LOCALES } from '../typography/language';
import type { Cents } from './money';

// Intl formatters are costly to build and cheap to reuse: one per language and kind.
const wholeEuros = new Map<Lang, Intl.NumberFormat>();
const euroCents = new Map<Lang, Intl.NumberFormat>();
const percents = new Map<Lang, Intl.NumberFormat>();

function formatter(cache: Map<Lang, Intl.NumberFormat>, lang: Lang, options: Intl.NumberFormatOptions) {
  let found = cache.get(lang);
  if (!found) {
    found = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(lang, found);
  }
  return found;
}

/**
 * An amount as officers write it: "45 139 €" for whole euros, "45 139,50 €" otherwise (French), or
 * "€45,139.50" (English).
 *
 * Intl is given cents / 100 as a number, which formats twice as fast as an exact decimal string. No
 * cent is lost: up to MAX_CENTS (10^12 €) the double nearest to the decimal is within 2^-13 € of it,
 * far inside the half cent, so Intl's rounding to two decimals gives back the very cents.
 */
export function formatMoney(cents: Cents, lang: Lang = 'fr'): string {
  const whole = cents % 100 === 0;
  const format = whole
    ? formatter(wholeEuros, lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 })
    : formatter(euroCents, lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return format.format(cents / 100);
}

/** A share as a percentage with one decimal ("28,6 %"), or "—" when there is none (a cost of 0). */
export function formatShare(share: number | null, lang: Lang = 'fr'): string {
  if (share === null) return '—';
  return formatter(percents, lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

// The decimal sign of each language, as Intl writes it.
const decimalSigns = new Map<Lang, string>();

/**
 * A number as Excel's edit bar shows it: its shortest digits (String's, exponent kept, no grouping)
 * with the language's decimal sign, "33,33" in French.
 */
export function plainNumber(value: number, lang: Lang): string {
  let sign = decimalSigns.get(lang);
  if (sign === undefined) {
    // 0.5 always has a decimal part, whatever the language.
    sign = (new Intl.NumberFormat(LOCALES[lang]).formatToParts(0.5).find((part) => part.type === 'decimal') as Intl.NumberFormatPart).value;
    decimalSigns.set(lang, sign);
  }
  return String(value).replace('.', sign);
}
