/**
 * Dates as spreadsheets hold them: a number (days since 1899-12-30, or since 1904-01-01 in a
 * workbook saved with the 1904 date system) shown through a date format. Every adapter needs this
 * to tell a date typed in an amount column from an amount.
 */

/**
 * A number format that shows a date or a time: a d, m, y, h or s outside quoted text, escaped
 * characters and [bracketed] sections ("dd/mm/yyyy", "[$-40C]d mmmm yyyy"). Currency and number
 * formats ("#,##0.00 €", "0%") hold none; "[h]:mm" elapsed time is a time.
 */
export function isDateFormat(format: string): boolean {
  if (format === 'General' || format === '@' || format === '') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare);
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A serial number as a JavaScript Date at midnight UTC. */
export function dateOfSerial(serial: number, date1904 = false): Date {
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * DAY_MS);
}

/** Excel's serial number of a calendar date (1900 date system, dates after February 1900). */
export function excelSerial(iso: string): number {
  const [year = 1900, month = 1, day = 1] = iso.split('-').map(Number);
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_1900) / DAY_MS);
}
