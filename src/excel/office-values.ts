import { type CellValue, cellDate, cellError, dateOfSerial, isDateFormat, toCellValue } from '../domain';

/**
 * A cell as Office.js loads it (value, value type, number format), turned into what the core reads.
 * Excel holds a date as a number: its number format tells it apart.
 */
export function officeCellValue(value: unknown, valueType: string | undefined, numberFormat: unknown): CellValue {
  switch (valueType) {
    case 'Empty':
      return null;
    case 'Error':
      return cellError(typeof value === 'string' ? value : '#VALUE!');
    case 'Double':
    case 'Integer':
      if (typeof value === 'number' && typeof numberFormat === 'string' && isDateFormat(numberFormat)) {
        return cellDate(dateOfSerial(value)) ?? value;
      }
      return toCellValue(value);
    default:
      return value === '' ? null : toCellValue(value);
  }
}
