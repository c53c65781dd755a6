import { dateOfSerial, excelSerial, isDateFormat } from '../../src/domain';

// A date typed in an amount column must be told from an amount: the number format is all that says so.
describe('number formats that show a date', () => {
  test.each([
    ['dd/mm/yyyy'],
    ['d mmmm yyyy'],
    ['[$-40C]d mmmm yyyy'],
    ['hh:mm'],
    // Elapsed time, bracketed: a duration, no amount.
    ['[h]'],
    ['[hh]'],
    ['[mm]'],
    ['[ss]'],
  ])('%j shows a date or a time', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  test.each([
    ['General'],
    ['@'],
    [''],
    ['0'],
    ['#,##0'],
    ['0%'],
    ['#,##0.00\\ "€"'],
    // French Excel's accounting format: its padding (_-), escaped characters and quoted text are no date letters.
    ['_-* #,##0\\ "€"_-;\\-* #,##0\\ "€"_-;_-* "-"??\\ "€"_-;_-@_-'],
    ['#,##0 "euros"'],
    ['#,##0.00 €;[Red]-#,##0.00 €'],
  ])('%j shows an amount, not a date', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});

describe('serial numbers of dates', () => {
  test('1 March 2022 is 44 621 in the 1900 date system, both ways', () => {
    expect(excelSerial('2022-03-01')).toBe(44621);
    expect(dateOfSerial(44621).toISOString()).toBe('2022-03-01T00:00:00.000Z');
  });

  test('a date-time keeps its day; a workbook saved with the 1904 date system counts from 1 January 1904', () => {
    expect(dateOfSerial(44621.75).toISOString()).toBe('2022-03-01T00:00:00.000Z');
    expect(dateOfSerial(43159, true).toISOString()).toBe('2022-03-01T00:00:00.000Z');
  });

  test('the last day of a year and the first of the next are one serial apart', () => {
    expect(excelSerial('2023-01-01') - excelSerial('2022-12-31')).toBe(1);
    expect(excelSerial('2022-12-31')).toBe(44926);
  });
});
