import { capOf, comparePercent, hundredthsOf, MAX_CENTS, percentOf, percentText, reducedRatio, WHOLE } from '../../src/domain';

// Amounts at the limits a cell may hold: 13 digits of euros, past 2^53 once multiplied by a percent.
const LARGEST = MAX_CENTS - 1; // 999 999 999 999,99 €

describe('a share of a cost compared with the cap, exactly', () => {
  test('the seed’s action 5 sits on 50 %: equal, one cent more is over, one cent less is under', () => {
    expect(comparePercent(6_000_000, 12_000_000, 5_000)).toBe(0);
    expect(comparePercent(6_000_001, 12_000_000, 5_000)).toBeGreaterThan(0);
    expect(comparePercent(5_999_999, 12_000_000, 5_000)).toBeLessThan(0);
  });

  test('a third written 33,33 %: 3 333 € of 10 000 € is equal, 3 334 € is over', () => {
    expect(comparePercent(333_300, 1_000_000, 3_333)).toBe(0);
    expect(comparePercent(333_400, 1_000_000, 3_333)).toBeGreaterThan(0);
  });

  test('13-digit amounts, past 2^53 once multiplied, are still compared to the cent', () => {
    const cost = 99_999_999_999_998; // 999 999 999 999,98 €: even, so its half is whole
    expect(Number.isSafeInteger(cost * WHOLE)).toBe(false);
    expect(comparePercent(cost / 2, cost, 5_000)).toBe(0);
    expect(comparePercent(cost / 2 + 1, cost, 5_000)).toBe(1);
    expect(comparePercent(cost / 2 - 1, cost, 5_000)).toBe(-1);
    // A double would call these two equal: 2^53 + 1 is not a double.
    expect(comparePercent(LARGEST, LARGEST, WHOLE)).toBe(0);
    expect(comparePercent(LARGEST, LARGEST - 1, WHOLE)).toBe(1);
    expect(comparePercent(LARGEST - 1, LARGEST, WHOLE)).toBe(-1);
  });

  test('a zero cost: any State amount is over, none is equal', () => {
    expect(comparePercent(0, 0, 5_000)).toBe(0);
    expect(comparePercent(1, 0, 5_000)).toBeGreaterThan(0);
  });
});

describe('a percent of an amount, to the cent', () => {
  test('rounded down for a cap, up for a minimum, the same when exact', () => {
    expect(percentOf(18_000_000, 5_000, 'down')).toBe(9_000_000);
    expect(percentOf(18_000_000, 5_000, 'up')).toBe(9_000_000);
    expect(percentOf(18_000_001, 5_000, 'down')).toBe(9_000_000);
    expect(percentOf(18_000_001, 5_000, 'up')).toBe(9_000_001);
    expect(percentOf(3, 3_333, 'down')).toBe(0);
    expect(percentOf(3, 3_333, 'up')).toBe(1);
  });

  test('of nothing is nothing, either way', () => {
    expect(percentOf(0, 5_000, 'down')).toBe(0);
    expect(percentOf(0, 5_000, 'up')).toBe(0);
    expect(percentOf(12_345, 0, 'up')).toBe(0);
  });

  test('100 % of an amount is the amount', () => {
    expect(percentOf(4_513_950, WHOLE, 'down')).toBe(4_513_950);
    expect(percentOf(4_513_950, WHOLE, 'up')).toBe(4_513_950);
  });

  test('amounts of 12 to 15 digits whose product stays inside 2^53 round as integers do', () => {
    for (const amount of [900_719_925_474_099, 90_071_992_547_409, 9_007_199_254_740]) {
      for (const percent of [1, 9, 10, 3_333, 9_999]) {
        const product = amount * percent;
        if (!Number.isSafeInteger(product)) continue;
        const exact = BigInt(amount) * BigInt(percent);
        const down = Number(exact / 10_000n);
        const up = Number((exact + 9_999n) / 10_000n);
        expect(percentOf(amount, percent, 'down')).toBe(down);
        expect(percentOf(amount, percent, 'up')).toBe(up);
      }
    }
  });

  test('13-digit amounts, past 2^53 once multiplied: half of 999 999 999 999,99 €', () => {
    expect(Number.isSafeInteger(LARGEST * 5_000)).toBe(false);
    expect(percentOf(LARGEST, 5_000, 'down')).toBe(49_999_999_999_999);
    expect(percentOf(LARGEST, 5_000, 'up')).toBe(50_000_000_000_000);
    expect(percentOf(MAX_CENTS, 5_000, 'down')).toBe(50_000_000_000_000);
    expect(percentOf(MAX_CENTS, 5_000, 'up')).toBe(50_000_000_000_000);
  });

  test('a third or two thirds of 999 999 999 999,97 €: a double would lose the last cent, integers do not', () => {
    // 33,33 % of it is 333 299 999 999,990 001 €: over 333 299 999 999,99 € by a hair, so the minimum is the next cent, 333 300 000 000,00 €.
    expect(percentOf(99_999_999_999_997, 3_333, 'up')).toBe(33_330_000_000_000);
    // 66,67 % of it is 666 699 999 999,979 999 €: just under 666 699 999 999,98 €, so the cap stays at …,97 €.
    expect(percentOf(99_999_999_999_997, 6_667, 'down')).toBe(66_669_999_999_997);
  });
});

describe('the highest State amount a cap allows', () => {
  test('the percent of the cost when equal is allowed, one cent less when it is not', () => {
    expect(capOf(18_000_000, 5_000, true)).toBe(9_000_000);
    expect(capOf(18_000_000, 5_000, false)).toBe(8_999_999);
  });

  test('a cap that falls between two cents is the lower one, whether equal is allowed or not', () => {
    expect(capOf(18_000_001, 5_000, true)).toBe(9_000_000);
    expect(capOf(18_000_001, 5_000, false)).toBe(9_000_000);
  });

  test('a zero cost allows nothing, never a negative amount', () => {
    expect(capOf(0, 5_000, true)).toBe(0);
    expect(capOf(0, 5_000, false)).toBe(0);
  });

  test('on a 13-digit cost', () => {
    expect(capOf(MAX_CENTS, 5_000, true)).toBe(50_000_000_000_000);
    expect(capOf(MAX_CENTS, 5_000, false)).toBe(49_999_999_999_999);
    expect(capOf(LARGEST, 5_000, false)).toBe(49_999_999_999_999);
  });
});

describe('a percent as a formula writes it', () => {
  test.each([
    [5_000, 1, 2],
    [8_000, 4, 5],
    [3_333, 3_333, 10_000],
    [2_500, 1, 4],
    [WHOLE, 1, 1],
    [0, 0, 1],
  ])('%i hundredths is %i/%i', (percent, numerator, denominator) => {
    expect(reducedRatio(percent)).toEqual({ numerator, denominator });
  });
});

describe('a percent read from a number', () => {
  test.each([
    [50, 5_000],
    [33.33, 3_333],
    [0.01, 1],
    [0, 0],
    [100, 10_000],
    [12.5, 1_250],
  ])('%d %% is %i hundredths', (percent, hundredths) => {
    expect(hundredthsOf(percent)).toBe(hundredths);
  });

  test.each([33.333, 0.005, -1, -0.01, Number.NaN, Number.POSITIVE_INFINITY])('%d has no exact hundredths', (percent) => {
    expect(hundredthsOf(percent)).toBeNull();
  });
});

describe('a percent as a convention writes it', () => {
  test.each([
    [5_000, 'fr', '50'],
    [3_333, 'fr', '33,33'],
    [3_333, 'en', '33.33'],
    [3_350, 'fr', '33,5'],
    [1_205, 'fr', '12,05'],
    [5, 'fr', '0,05'],
    [50, 'en', '0.5'],
    [0, 'fr', '0'],
    [WHOLE, 'fr', '100'],
  ] as const)('%i hundredths in %s is "%s"', (percent, lang, text) => {
    expect(percentText(percent, lang)).toBe(text);
  });

  test('French unless told', () => {
    expect(percentText(3_333)).toBe('33,33');
  });
});
