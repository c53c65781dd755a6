import { format as formatNumber, isDateFormat, isValidFormat } from 'numfmt';
import { type CellValue, excelSerial, isCellDate, isCellError, type Lang } from '../domain';

/** numfmt's locales: French groups with a no-break space and writes a decimal comma, as French Excel shows. */
const LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-GB' };

const valid = new Map<string, boolean>();

function formatted(code: string, value: number, lang: Lang): string {
  let known = valid.get(code);
  if (known === undefined) {
    known = isValidFormat(code);
    valid.set(code, known);
  }
  // A format numfmt cannot read: the number as Excel's General shows it.
  return formatNumber(known ? code : 'General', value, { locale: LOCALES[lang], throws: false });
}

/**
 * What a cell shows in the grid: a number or a date through the cell's number format (the file's
 * "# ##0 €", "dd/mm/yyyy"), a boolean as Excel names it in the page's language, an error as its code.
 */
export function displayText(value: CellValue, format: string | undefined, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatted(format ?? 'General', value, lang);
  if (typeof value === 'boolean') return lang === 'fr' ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  if (isCellDate(value)) return formatted(format !== undefined && isDateFormat(format) ? format : 'dd/mm/yyyy', excelSerial(value.iso), lang);
  if (isCellError(value)) return value.code;
  return value;
}
