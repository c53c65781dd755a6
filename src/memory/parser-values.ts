import FormulaParser from 'fast-formula-parser';
import { type CellValue, cellError, excelSerial, isCellDate } from '../domain';

/**
 * Values between the workbook and fast-formula-parser, and the function officers' files hold that
 * the parser lacks: SUBTOTAL (an Excel table's totals row).
 */

/** A value as the parser wants it: a date is its serial number, an error an error. */
export function toParser(value: CellValue): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isCellDate(value)) return excelSerial(value.iso);
  return new FormulaParser.FormulaError(value.code);
}

export function fromParser(result: unknown): CellValue {
  if (result === null || result === undefined) return 0;
  // Excel keeps 15 significant digits: 0.1 + 0.2 is 0.3 there, and a cell's value must read as Office.js gives it.
  if (typeof result === 'number') return Number.isFinite(result) ? Number(result.toPrecision(15)) : cellError('#NUM!');
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  if (result instanceof FormulaParser.FormulaError) return cellError(result.error);
  if (Array.isArray(result)) return fromParser(Array.isArray(result[0]) ? result[0][0] : result[0]);
  return cellError('#VALUE!');
}

/** The numbers of a SUBTOTAL argument: a range's numbers, as SUBTOTAL reads them. */
function numbersOf(argument: FormulaParser.Argument): number[] {
  const flat = Array.isArray(argument.value) ? (argument.value as unknown[][]).flat() : [argument.value];
  return flat.filter((value): value is number => typeof value === 'number');
}

/** SUBTOTAL, which the parser lacks: an Excel table's totals row is made of it. */
export function subtotal(kind: FormulaParser.Argument, ...references: FormulaParser.Argument[]): unknown {
  const code = Number(kind.value) % 100;
  const numbers = references.flatMap(numbersOf);
  const all = references.flatMap((argument) => (Array.isArray(argument.value) ? (argument.value as unknown[][]).flat() : [argument.value]));
  switch (code) {
    case 1:
      return numbers.length === 0 ? new FormulaParser.FormulaError('#DIV/0!') : numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
    case 2:
      return numbers.length;
    case 3:
      return all.filter((value) => value !== null && value !== undefined && value !== '').length;
    case 4:
      return numbers.length === 0 ? 0 : Math.max(...numbers);
    case 5:
      return numbers.length === 0 ? 0 : Math.min(...numbers);
    case 9:
      return numbers.reduce((sum, value) => sum + value, 0);
    default:
      throw new FormulaParser.FormulaError('#ERROR!', `SUBTOTAL(${code}) is not computed`);
  }
}
