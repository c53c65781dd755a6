import { type CellValue, excelSerial, isCellDate, isCellError } from '../domain';
import { escapeXml } from './xml-scan';

/** What a cell is written with: the value it shows (a formula's result, as its cached value), and its formula without "=", or null. */
export interface CellWrite {
  readonly value: CellValue;
  readonly formula: string | null;
}

/**
 * A cell element as SpreadsheetML types its value: a number or a date as `<v>`, a boolean and an
 * error with their types, text as an inline string, or as the cached string of a formula. A date
 * keeps the cell's style (`attributes`, written after the reference), which gives it its format.
 * `prefix` is the sheet's namespace prefix ("x:"), when its writer used one.
 */
export function cellXml(address: string, write: CellWrite, attributes = '', prefix = ''): string {
  const p = prefix;
  const value = write.value;
  const formula = write.formula === null ? '' : `<${p}f>${escapeXml(write.formula)}</${p}f>`;
  let type = '';
  let content = '';
  if (typeof value === 'number') {
    content = `<${p}v>${value}</${p}v>`;
  } else if (typeof value === 'boolean') {
    type = ' t="b"';
    content = `<${p}v>${value ? 1 : 0}</${p}v>`;
  } else if (typeof value === 'string') {
    if (write.formula !== null) {
      type = ' t="str"';
      content = `<${p}v>${escapeXml(value)}</${p}v>`;
    } else {
      type = ' t="inlineStr"';
      content = `<${p}is><${p}t xml:space="preserve">${escapeXml(value)}</${p}t></${p}is>`;
    }
  } else if (value !== null && isCellError(value)) {
    type = ' t="e"';
    content = `<${p}v>${escapeXml(value.code)}</${p}v>`;
  } else if (value !== null && isCellDate(value)) {
    content = `<${p}v>${excelSerial(value.iso)}</${p}v>`;
  }
  const inner = formula + content;
  return inner === '' ? `<${p}c r="${address}"${attributes}${type}/>` : `<${p}c r="${address}"${attributes}${type}>${inner}</${p}c>`;
}
