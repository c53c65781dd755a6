import { centsToEuros, eurosToCents, hasThreeDecimals, MAX_CENTS, parseAmountText, readAmount, readAmountValue } from '../../src/domain';

// Amounts at their limits: zero, -0, the largest a cell may hold (13 digits of euros) and one cent past it.

describe('zero and minus zero', () => {
  test('-0 € (a formula =-A1 on an empty cell) is 0 cents, not a negative amount', () => {
    expect(Object.is(eurosToCents(-0), 0)).toBe(true);
    expect(readAmount(-0)).toEqual({ kind: 'amount', cents: 0 });
    expect(readAmountValue(-0)).toBe(0);
  });

  test('a negative amount under half a cent rounds to 0, not to -0', () => {
    expect(Object.is(eurosToCents(-0.004), 0)).toBe(true);
    expect(readAmount(-0.0004)).toEqual({ kind: 'amount', cents: 0 });
    expect(readAmountValue(-0.0004)).toBe(0);
  });

  test('"-0 €" typed as text is 0, not a negative amount to correct', () => {
    expect(parseAmountText('-0 €')).toEqual({ negative: true, cents: 0 });
    expect(readAmount('-0 €')).toEqual({ kind: 'amount', cents: 0 });
    expect(readAmount('-0,00')).toEqual({ kind: 'amount', cents: 0 });
  });

  test('"-0,01 €" is negative, with its cent', () => {
    expect(readAmount('-0,01 €')).toEqual({ kind: 'invalid', problem: 'negative', shown: '-0,01 €', cents: -1 });
  });

  test('0 € is an amount, read as a number or as text', () => {
    expect(readAmount(0)).toEqual({ kind: 'amount', cents: 0 });
    expect(readAmountValue(0)).toBe(0);
    expect(readAmount('0 €')).toEqual({ kind: 'amount', cents: 0 });
    expect(readAmount('000')).toEqual({ kind: 'amount', cents: 0 });
  });
});

describe('the largest amount a cell may hold: 1 000 000 000 000,00 €', () => {
  test('as a number: exactly the limit is read, one cent more is too large', () => {
    expect(eurosToCents(1_000_000_000_000)).toBe(MAX_CENTS);
    expect(readAmount(1_000_000_000_000)).toEqual({ kind: 'amount', cents: MAX_CENTS });
    expect(readAmountValue(1_000_000_000_000)).toBe(MAX_CENTS);
    expect(eurosToCents(1_000_000_000_000.02)).toBeNull();
    expect(readAmount(1_000_000_000_000.02)).toEqual({ kind: 'invalid', problem: 'too-large', shown: '1000000000000.02' });
    expect(eurosToCents(-1_000_000_000_000)).toBe(-MAX_CENTS);
    expect(eurosToCents(-1_000_000_000_000.02)).toBeNull();
  });

  test('as text: 13 digits of euros are read to the limit, one cent past it or a 14th digit is too large', () => {
    expect(readAmount('1 000 000 000 000 €')).toEqual({ kind: 'amount', cents: MAX_CENTS });
    expect(readAmount('1000000000000')).toEqual({ kind: 'amount', cents: MAX_CENTS });
    expect(readAmount('999 999 999 999,99 €')).toEqual({ kind: 'amount', cents: MAX_CENTS - 1 });
    expect(readAmount('1 000 000 000 000,01 €')).toEqual({ kind: 'invalid', problem: 'too-large', shown: '1 000 000 000 000,01 €' });
    expect(readAmount('9 999 999 999 999 €')).toEqual({ kind: 'invalid', problem: 'too-large', shown: '9 999 999 999 999 €' });
    expect(parseAmountText('9 999 999 999 999')).toEqual({ negative: false, cents: 999_999_999_999_900 });
    expect(parseAmountText('10 000 000 000 000')).toEqual({ negative: false, cents: null });
    expect(readAmount('10 000 000 000 000')).toMatchObject({ kind: 'invalid', problem: 'too-large' });
  });

  test('leading zeros do not count as digits: 13 digits after them are still read', () => {
    expect(parseAmountText('0001000000000000')).toEqual({ negative: false, cents: MAX_CENTS });
    expect(parseAmountText('007')).toEqual({ negative: false, cents: 700 });
  });

  test('a text over 64 characters is no amount, whatever it holds', () => {
    const long = `${'0'.repeat(60)}1234`;
    expect(long).toHaveLength(64);
    expect(parseAmountText(long)).toEqual({ negative: false, cents: 123_400 });
    expect(parseAmountText(`0${long}`)).toBeNull();
    expect(readAmount(`0${long}`)).toMatchObject({ kind: 'invalid', problem: 'unreadable-text' });
  });
});

describe('amounts written as text, piece by piece', () => {
  test.each([
    ['45 139,5', { negative: false, cents: 4_513_950 }],
    ['45 139,05', { negative: false, cents: 4_513_905 }],
    ['\u2212 45 139 €', { negative: true, cents: 4_513_900 }],
    ['-45139EUR', { negative: true, cents: 4_513_900 }],
    ['45 139 Eur', { negative: false, cents: 4_513_900 }],
  ])('%j reads as %j', (text, expected) => {
    expect(parseAmountText(text)).toEqual(expected);
  });

  test('a negative text amount is reported with its cents and the text as typed, trimmed', () => {
    expect(readAmount('  -1 234,56 €  ')).toEqual({ kind: 'invalid', problem: 'negative', shown: '-1 234,56 €', cents: -123_456 });
  });
});

describe('three decimals: "45,139" typed in a French Excel', () => {
  test('is refused with what the officer most likely meant: 45 139 €', () => {
    expect(readAmount(45.139)).toEqual({ kind: 'invalid', problem: 'three-decimals', shown: '45,139', suggested: 4_513_900 });
    expect(readAmountValue(45.139)).toEqual({ kind: 'invalid', problem: 'three-decimals', shown: '45,139', suggested: 4_513_900 });
    expect(readAmount(1.005)).toEqual({ kind: 'invalid', problem: 'three-decimals', shown: '1,005', suggested: 100_500 });
  });

  test.each([45.139, 0.001, 1.005, 227.366, 999_999.999])('%d has three decimals', (value) => {
    expect(hasThreeDecimals(value)).toBe(true);
    expect(hasThreeDecimals(-value)).toBe(true);
  });

  test.each([45139, 45.13, 45.1, 45.12, 45.1395, 45.1385, 45.1390000001, 0, -0, 1e-7, 0.0001, Number.NaN, Number.POSITIVE_INFINITY, 1.23e21])('%d has not', (value) => {
    expect(hasThreeDecimals(value)).toBe(false);
  });

  test('two decimals are an amount to the cent', () => {
    expect(readAmount(45.13)).toEqual({ kind: 'amount', cents: 4_513 });
    expect(readAmountValue(45139.5)).toBe(4_513_950);
  });

  test('a negative number keeps the negative message, not the three-decimals one', () => {
    expect(readAmount(-45.139)).toEqual({ kind: 'invalid', problem: 'negative', shown: '-45.139', cents: -4_514 });
    expect(readAmountValue(-45)).toEqual({ kind: 'invalid', problem: 'negative', shown: '-45', cents: -4_500 });
  });

  test('readAmountValue gives null for an empty cell and the reading for anything wrong', () => {
    expect(readAmountValue(null)).toBeNull();
    expect(readAmountValue('  ')).toBeNull();
    expect(readAmountValue('45 139 €')).toBe(4_513_900);
    expect(readAmountValue('quarante')).toEqual({ kind: 'invalid', problem: 'unreadable-text', shown: 'quarante' });
    expect(readAmountValue(1e15)).toEqual({ kind: 'invalid', problem: 'too-large', shown: '1000000000000000' });
  });
});

describe('euros for the JSON report', () => {
  test('cents / 100, the decimal the officer typed', () => {
    expect(centsToEuros(4_513_950)).toBe(45_139.5);
    expect(centsToEuros(MAX_CENTS)).toBe(1_000_000_000_000);
    expect(centsToEuros(1)).toBe(0.01);
  });
});

describe('rounding at the half cent on large amounts', () => {
  test.each([
    [123_456_789_012.345, 12_345_678_901_235],
    [123_456_789_012.344, 12_345_678_901_234],
    // Rounded up onto the limit itself: read.
    [999_999_999_999.995, MAX_CENTS],
    [0.015, 2],
    [0.025, 3],
    [-0.005, -1],
  ])('%d € is %p cents', (euros, cents) => {
    expect(eurosToCents(euros)).toBe(cents);
  });
});
