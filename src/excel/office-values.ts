import { type CellValue, cellDate, cellError, toCellValue } from '../domain';

/**
 * A number format that shows a date or a time: a d, m, y, h or s outside quoted text, escaped
 * characters and [bracketed] sections ("dd/mm/yyyy", "[$-40C]d mmmm yyyy"). Currency and number
 * formats ("#,##0.00 €", "0%") hold none.
 */
export function isDateFormat(format: string): boolean {
  if (format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare);
}

/** Excel's serial number of a date (1900 date system) as a JavaScript Date at midnight UTC. */
export function dateOfSerial(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
}

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
