import { format as formatNumber, isDateFormat, isValidFormat } from 'numfmt';
import { type CellValue, excelSerial, isCellDate, isCellError, type Lang, LOCALES } from '../domain';
import { booleanName } from './boolean-names';

/** Each format code as the page's language shows it, and whether numfmt reads it. */
const prepared = new Map<string, { code: string; valid: boolean }>();

/**
 * A number format's code without the locale of its currency (`[$€-40C]`, `[$-40C]`): Excel takes a
 * number's separators from the reader's language, whatever locale the writer's currency named, and
 * numfmt would follow that locale. A date format keeps it: it names its months in that language.
 */
function withoutLocale(code: string): string {
  if (!code.includes('[$') || isDateFormat(code)) return code;
  return code.replace(/\[\$([^\]-]*)-[0-9A-Fa-f]+\]/g, (_whole, symbol: string) => (symbol === '' ? '' : `[$${symbol}]`));
}

function formatted(code: string, value: number, lang: Lang): string {
  let known = prepared.get(code);
  if (known === undefined) {
    const local = withoutLocale(code);
    known = { code: local, valid: isValidFormat(local) };
    prepared.set(code, known);
  }
  // A format numfmt cannot read: the number as Excel's General shows it.
  return formatNumber(known.valid ? known.code : 'General', value, { locale: LOCALES[lang], throws: false });
}

/**
 * What a cell shows in the grid: a number or a date through the cell's number format (the file's
 * "# ##0 €", "dd/mm/yyyy"), a boolean as Excel names it in the page's language, an error as its code.
 */
export function displayText(value: CellValue, format: string | undefined, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatted(format ?? 'General', value, lang);
  if (typeof value === 'boolean') return booleanName(value, lang);
  if (isCellDate(value)) return formatted(format !== undefined && isDateFormat(format) ? format : 'dd/mm/yyyy', excelSerial(value.iso), lang);
  if (isCellError(value)) return value.code;
  return value;
}
