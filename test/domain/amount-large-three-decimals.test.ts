import { hasThreeDecimals, readAmount } from '../../src/domain';

// A share worked out by a formula, half of a cost with odd cents, has three decimals however large
// it is: past a million euros, value × 1 000 is no longer exactly whole in floating point.
describe('an amount over a million euros with three decimals', () => {
  test.each([
    // Half of 2 121 766,89 €.
    [1_060_883.445],
    // Half of 2 121 767,03 €.
    [1_060_883.515],
  ])('%d has three decimals and is refused', (value) => {
    expect(hasThreeDecimals(value)).toBe(true);
    expect(readAmount(value)).toMatchObject({ kind: 'invalid', problem: 'three-decimals' });
  });

  test.each([1_060_883.44, 1_060_883.5, 2_121_766.89])('%d, with two decimals or fewer, is read', (value) => {
    expect(hasThreeDecimals(value)).toBe(false);
    expect(readAmount(value)).toEqual({ kind: 'amount', cents: Math.round(value * 100) });
  });
});
