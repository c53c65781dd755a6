import { type Cents, centsToDecimal } from './money';

export type Lang = 'fr' | 'en';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

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
 * "€45,139.50" (English). Intl is given an exact decimal string, so no cent is lost to a float.
 */
export function formatMoney(cents: Cents, lang: Lang = 'fr'): string {
  const whole = cents % 100 === 0;
  const format = whole
    ? formatter(wholeEuros, lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 })
    : formatter(euroCents, lang, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Intl's typings predate string input (exact decimals, ES2023); the runtime takes it.
  return format.format(centsToDecimal(cents) as unknown as number);
}

/** A share as a percentage with one decimal ("28,6 %"), or "—" when there is none (a cost of 0). */
export function formatShare(share: number | null, lang: Lang = 'fr'): string {
  if (share === null) return '—';
  return formatter(percents, lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}
