import { type CellValue, cellText } from '../domain';

const NUMBER = /^-?\d+(?:,\d+)?$/;

/**
 * What French Excel makes of text typed in a cell: a plain number (decimal comma), VRAI or FAUX, or
 * the text as typed. A leading apostrophe keeps the rest as text; a leading "=" stays text too:
 * the page computes no formula. Amounts like "45 139 €" stay text: the core reads them.
 */
export function typedValue(text: string): CellValue {
  if (text.trim() === '') return null;
  if (text.startsWith("'")) return text.slice(1);
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed.replace(',', '.'));
  const upper = trimmed.toUpperCase();
  if (upper === 'VRAI' || upper === 'TRUE') return true;
  if (upper === 'FAUX' || upper === 'FALSE') return false;
  return text;
}

/** What a cell shows in the grid and in its editor: numbers with a decimal comma, no grouping, as Excel's "Standard" format. */
export function shownValue(value: CellValue): string {
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (value !== null && typeof value === 'object' && value.kind === 'date') {
    const [year, month, day] = value.iso.split('-');
    return `${day}/${month}/${year}`;
  }
  return cellText(value);
}
