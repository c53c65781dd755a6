import { cellDate, cellError, eurosToCents, readAmount } from '../../src/domain';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('amounts written as text, by DOMAIN.md rules', () => {
  test.each([
    ['45 139 €', 4513900],
    ['45 139,50 €', 4513950],
    ['500.000 EUR', 50000000],
    ['45139', 4513900],
    ['45139,5', 4513950],
    [`45${NBSP}139${NBSP}€`, 4513900],
    [`1${NNBSP}745${NNBSP}883`, 174588300],
    ['1.745.883,07 €', 174588307],
    ['  60 000  ', 6000000],
    ['227 366€', 22736600],
    ['70 854 eur', 7085400],
    ['0', 0],
    ['0,5', 50],
  ])('%j reads as %i cents', (text, cents) => {
    expect(readAmount(text)).toEqual({ kind: 'amount', cents });
  });

  test.each(['45,139', '12 34', '45139.50', '45.13', '1 234.567', '45 139,505', '€ 45 139', '45 139 euros', 'environ 45 000', '1e5', '45k€', ',5', '4 5139', 'N/A', '—'])(
    '%j is refused, never guessed',
    (text) => {
      const reading = readAmount(text);
      expect(reading).toMatchObject({ kind: 'invalid', problem: 'unreadable-text', shown: text.trim() });
    },
  );

  test('an empty or blank cell is empty, not zero and not an error', () => {
    expect(readAmount(null)).toEqual({ kind: 'empty' });
    expect(readAmount('   ')).toEqual({ kind: 'empty' });
  });

  test('a negative amount is reported with its value, as a number or as text', () => {
    expect(readAmount(-5000)).toEqual({ kind: 'invalid', problem: 'negative', shown: '-5000', cents: -500000 });
    expect(readAmount('-5 000 €')).toMatchObject({ kind: 'invalid', problem: 'negative', cents: -500000 });
  });

  test('error values, booleans and dates are not amounts', () => {
    expect(readAmount(cellError('#REF!'))).toEqual({ kind: 'invalid', problem: 'error-value', shown: '#REF!' });
    expect(readAmount(cellError('#DIV/0!'))).toMatchObject({ problem: 'error-value', shown: '#DIV/0!' });
    expect(readAmount(true)).toEqual({ kind: 'invalid', problem: 'boolean', shown: 'VRAI' });
    expect(readAmount(cellDate(new Date(Date.UTC(2022, 2, 1))))).toEqual({ kind: 'invalid', problem: 'date', shown: '2022-03-01' });
  });

  test('huge amounts are refused instead of losing cents', () => {
    expect(readAmount(1e15)).toMatchObject({ kind: 'invalid', problem: 'too-large' });
    expect(readAmount(1e308)).toMatchObject({ kind: 'invalid', problem: 'too-large' });
    expect(readAmount('10 000 000 000 000 €')).toMatchObject({ kind: 'invalid', problem: 'too-large' });
    expect(readAmount(999_999_999_999.99)).toEqual({ kind: 'amount', cents: 99_999_999_999_999 });
  });
});

describe('rounding a cell to the cent', () => {
  test.each([
    [60000.000000001, 6000000],
    [45139.5, 4513950],
    [1.005, 101],
    [1.015, 102],
    [0.125, 13],
    [2.675, 268],
    [0.1 + 0.2, 30],
    [-1.005, -101],
    [5e-7, 0],
    [0.004999, 0],
    [0.005, 1],
    [123456789.125, 12345678913],
    // Within a millionth of a cent of the half, the digits decide: typed just under it, it rounds down.
    [1234.5649999999, 123456],
    [-1234.5649999999, -123456],
  ])('%d € is %i cents (half away from zero)', (euros, cents) => {
    expect(eurosToCents(euros)).toBe(cents);
  });

  test('NaN and infinities have no cents', () => {
    expect(eurosToCents(Number.NaN)).toBeNull();
    expect(eurosToCents(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
