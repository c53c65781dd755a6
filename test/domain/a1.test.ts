import { type CellRange, parseA1, parseRange, rangeA1, rangesOverlap, rangeWithin } from '../../src/domain';

/** A range the test writes in A1, as the officer's sheet names it. */
function range(text: string): CellRange {
  const corners = parseRange(text);
  if (corners === null) throw new Error(`not a range: ${text}`);
  return corners;
}

describe('A1 addresses', () => {
  test.each([
    ['A1', { row: 0, column: 0 }],
    ['F8', { row: 7, column: 5 }],
    ['$E$7', { row: 6, column: 4 }],
    ['E$7', { row: 6, column: 4 }],
    ['$AB12', { row: 11, column: 27 }],
    ['f5', { row: 4, column: 5 }],
    [' E7 ', { row: 6, column: 4 }],
    ['Z10', { row: 9, column: 25 }],
    // The last cell of an Excel sheet: three letters and seven digits are the most an address has.
    ['XFD1048576', { row: 1_048_575, column: 16_383 }],
    ['$XFD$1048576', { row: 1_048_575, column: 16_383 }],
  ])('%s is read', (address, position) => {
    expect(parseA1(address)).toEqual(position);
  });

  test.each([
    ['', 'nothing'],
    ['7', 'no column letters'],
    ['E', 'no row number'],
    ['$E$', 'no row number after the dollar'],
    ['ABCD1', 'four column letters'],
    ['A12345678', 'eight row digits'],
    ['E7 bis', 'text after the row'],
    ['E7-8', 'a dash after the row'],
    ['E7:E9', 'a range, not a cell'],
    ['Total', 'a word'],
    ['É7', 'an accented letter'],
    ['{7', 'a sign after z'],
  ])('%s is no address (%s)', (address) => {
    expect(parseA1(address)).toBeNull();
  });

  test('every column of a sheet, A to XFD, is written as the letters read back', () => {
    const misread: string[] = [];
    for (let column = 0; column < 16_384; column++) {
      const address = rangeA1(0, column, 0, column);
      if (parseA1(address)?.column !== column) misread.push(address);
    }
    expect(misread).toEqual([]);
    expect([25, 26, 51, 52, 701, 702, 16_383].map((column) => rangeA1(0, column, 0, column))).toEqual(['Z1', 'AA1', 'AZ1', 'BA1', 'ZZ1', 'AAA1', 'XFD1']);
  });

  test('a one-cell block is written as its cell, a larger one by its corners', () => {
    expect(rangeA1(6, 4, 6, 4)).toBe('E7');
    expect(rangeA1(0, 0, 7, 5)).toBe('A1:F8');
  });

  test('a range of one cell is read as that cell twice', () => {
    expect(parseRange('E7')).toEqual({ from: { row: 6, column: 4 }, to: { row: 6, column: 4 } });
    expect(parseRange('A1:F8')).toEqual({ from: { row: 0, column: 0 }, to: { row: 7, column: 5 } });
    expect(parseRange('A1:Total')).toBeNull();
  });
});

// The Nord budget on A1:F8: header row 1, six actions on rows 2 to 7, the total on row 8.
describe('where a range lies against the budget', () => {
  test.each([
    ['A1:F8', true, 'the whole budget'],
    ['B3:E6', true, 'a block inside it'],
    ['E2:E7', true, 'the State column'],
    ['A8:F8', true, 'the total row'],
    ['A9:F9', false, 'the row under it'],
    ['A1:G8', false, 'a block one column too wide'],
    ['G2:G7', false, 'the column to its right'],
    ['E1:E9', false, 'a column one row too long'],
  ])('%s within A1:F8: %s (%s)', (area, within) => {
    expect(rangeWithin(range(area), range('A1:F8'))).toBe(within);
  });

  test.each([
    ['B3:E6', 'B4:E8', 'row 3 sticks out above'],
    ['B3:E6', 'B2:E5', 'row 6 sticks out below'],
    ['B3:E6', 'C3:F6', 'column B sticks out left'],
    ['B3:E6', 'A3:D6', 'column E sticks out right'],
  ])('%s is not within %s: %s', (inner, outer) => {
    expect(rangeWithin(range(inner), range(outer))).toBe(false);
  });

  test.each([
    ['A1:F8', 'A1:F8', true, 'the same block'],
    ['C3:D4', 'A1:F8', true, 'a block inside'],
    ['A8:F10', 'A1:F8', true, 'a block sharing the total row'],
    ['A1:F8', 'A8:F10', true, 'the same, the other way round'],
    ['F1:H8', 'A1:F8', true, 'a block sharing column F'],
    ['A1:F8', 'F1:H8', true, 'the same, the other way round'],
    ['A9:F12', 'A1:F8', false, 'the block under it'],
    ['A1:F8', 'A9:F12', false, 'the same, the other way round'],
    ['G1:H8', 'A1:F8', false, 'the block to its right'],
    ['A1:F8', 'G1:H8', false, 'the same, the other way round'],
  ])('%s and %s share a cell: %s (%s)', (a, b, overlap) => {
    expect(rangesOverlap(range(a), range(b))).toBe(overlap);
  });
});
