import { type CellValue, cellText, isCellDate, type Lang } from '../domain';
import type { CellInput } from '../memory/memory-workbook';
import { formulaOfTyped } from './typed-formula';

const NUMBER = { fr: /^-?\d+(?:,\d+)?$/, en: /^-?\d+(?:\.\d+)?$/ } as const;

/**
 * What Excel makes of text typed in a cell, in the page's language: a formula ("=…"), a plain
 * number (a decimal comma in French, a point in English), VRAI/FAUX or TRUE/FALSE, or the text as
 * typed. A leading apostrophe keeps the rest as text. Amounts like "45 139 €" stay text: the core
 * reads them and says they are text.
 */
export function typedInput(text: string, lang: Lang = 'fr'): CellInput {
  if (text.trim() === '') return null;
  if (text.startsWith("'")) return text.slice(1);
  if (text.startsWith('=') && text.trim().length > 1) return { formula: formulaOfTyped(text.slice(1).trim()) };
  const trimmed = text.trim();
  if (NUMBER[lang].test(trimmed)) return Number(trimmed.replace(',', '.'));
  const upper = trimmed.toUpperCase();
  if (upper === 'VRAI' || upper === 'TRUE') return true;
  if (upper === 'FAUX' || upper === 'FALSE') return false;
  return text;
}

/**
 * What the cell's editor starts with (F2, a double click): the formula when there is one, a number
 * without grouping, a date as dd/mm/yyyy. Text that would be read back as something else (a number,
 * a formula) gets the apostrophe Excel shows, so that Enter without a change leaves it as it was.
 */
export function editText(value: CellValue, formula: string | null, lang: Lang = 'fr'): string {
  if (formula !== null) return `=${formula}`;
  if (typeof value === 'number') return lang === 'fr' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'boolean') return lang === 'fr' ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
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
