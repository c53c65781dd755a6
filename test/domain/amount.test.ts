import { hasThreeDecimals, readAmount } from '../../src/domain';

// A French Excel stores "45,139" typed by an officer who meant 45 139 € as the number 45.139.
describe('an amount typed with a decimal comma for a thousands separator', () => {
  test.each([
    [45.139, 4_513_900],
    [64.061, 6_406_100],
    [32.011, 3_201_100],
    [1060.883, 106_088_300],
  ])('%d is refused, 3 decimals, and read as a slip for %d cents', (value, suggested) => {
    expect(hasThreeDecimals(value)).toBe(true);
    expect(readAmount(value)).toMatchObject({ kind: 'invalid', problem: 'three-decimals', suggested });
  });

  test.each([45.13, 60000.5, 160000 / 3, 45139, 0.5])('%d is no such slip', (value) => {
    expect(hasThreeDecimals(value)).toBe(false);
  });
});

describe('what an unreadable amount shows back', () => {
  test.each([
    [' 45,139 € ', 'unreadable-text', '45,139 €'],
    [' 9 999 999 999 999 € ', 'too-large', '9 999 999 999 999 €'],
    [' -45 139 € ', 'negative', '-45 139 €'],
  ])('%j: %s, quoted as %j', (text, problem, shown) => {
    expect(readAmount(text)).toMatchObject({ kind: 'invalid', problem, shown });
  });
});
