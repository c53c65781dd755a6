import { type CellValue, cellText, isCellDate, type Lang, plainNumber } from '../domain';
import type { CellInput } from '../memory/edit-history';
import { booleanName, booleanNamed } from './boolean-names';
import { formulaOfTyped } from './typed-formula';

/** A space as officers group thousands: the ordinary one, the no-break one, the narrow no-break one. */
const SPACE = '[ \u00a0\u202f]';
/**
 * Numbers as Excel takes them when typed, by the page's language: digits, grouped by threes or
 * not, an optional decimal part, an optional "€" before or after. French groups with a space and
 * writes a decimal comma; English groups with a comma (or a space) and writes a decimal point.
 */
const NUMBER = {
  fr: new RegExp(`^(-)?(?:€${SPACE}*)?(\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(?:,(\\d+))?(?:${SPACE}*€)?$`),
  en: new RegExp(`^(-)?(?:€${SPACE}*)?(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(?:\\.(\\d+))?(?:${SPACE}*€)?$`),
} as const;

/** The number typed, or null when the text is not one in this language (or is ambiguous: "12 34", "1,5" in English). */
function typedNumber(text: string, lang: Lang): number | null {
  const match = NUMBER[lang].exec(text);
  if (match === null) return null;
  const digits = (match[2] ?? '').replace(/[^\d]/g, '');
  const number = Number(`${match[1] ?? ''}${digits}${match[3] === undefined ? '' : `.${match[3]}`}`);
  return Number.isFinite(number) ? number : null;
}

/**
 * What Excel makes of text typed in a cell, in the page's language: a formula ("=…"), a number
 * ("110 000", "110 000 €", "110 000,50" in French; "110,000.50" in English), VRAI/FAUX or
 * TRUE/FALSE, or the text as typed. A leading apostrophe keeps the rest as text. The cell keeps its
 * number format. What is ambiguous ("12 34", "500.000 EUR") stays text: the core reads it and says
 * it is text.
 */
export function typedInput(text: string, lang: Lang = 'fr'): CellInput {
  if (text.trim() === '') return null;
  if (text.startsWith("'")) return text.slice(1);
  if (text.startsWith('=') && text.trim().length > 1) return { formula: formulaOfTyped(text.slice(1).trim()) };
  const trimmed = text.trim();
  const number = typedNumber(trimmed, lang);
  if (number !== null) return number;
  return booleanNamed(trimmed, 'fr') ?? booleanNamed(trimmed, 'en') ?? text;
}

/**
 * What the cell's editor starts with (F2, a double click): the formula when there is one, a number
 * without grouping, a date as dd/mm/yyyy. Text that would be read back as something else (a number,
 * a formula) gets the apostrophe Excel shows, so that Enter without a change leaves it as it was.
 */
export function editText(value: CellValue, formula: string | null, lang: Lang = 'fr'): string {
  if (formula !== null) return `=${formula}`;
  if (typeof value === 'number') return plainNumber(value, lang);
  if (typeof value === 'boolean') return booleanName(value, lang);
  if (isCellDate(value)) {
    const [year, month, day] = value.iso.split('-');
    return `${day}/${month}/${year}`;
  }
  if (typeof value === 'string') {
    const back = typedInput(value, lang);
    return back === value ? value : `'${value}`;
  }
  return cellText(value);
}
