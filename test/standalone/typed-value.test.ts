import { editText, typedInput } from '../../src/standalone/typed-value';

/**
 * What a cell typed in the standalone grid holds (issue 19, item 2): a French Excel stores « 110 000 »,
 * « 110 000 € », « 110000 € » and « 110 000,50 » as numbers, and so must the page, so that =SUM
 * counts them and the downloaded file holds numbers; only what is ambiguous stays text (the core
 * then says it is text).
 */

describe('amounts typed the French way', () => {
  test.each([
    ['110 000', 110000],
    ['110 000 €', 110000],
    ['110000 €', 110000],
    ['110 000,50', 110000.5],
    ['110\u00a0000', 110000],
    ['110\u202f000\u00a0€', 110000],
    ['1 234 567,89 €', 1234567.89],
    ['-1 500', -1500],
    ['  45 139 €  ', 45139],
    ['€ 45 139', 45139],
    ['45139', 45139],
    ['45,5', 45.5],
    // What French Excel stores; the core then asks whether 45 139 was meant.
    ['45,139', 45.139],
  ])('« %s » is the number %d', (typed, number) => {
    expect(typedInput(typed, 'fr')).toBe(number);
  });

  test.each(['12 34', '1 2345', '110 000,', '110.000', '500.000 EUR', '110 000 EUR', '45.5', '1 000,50,2', '€', '12 € 34', 'Action 2', '2022-10-12'])(
    '« %s » is ambiguous in French and stays text',
    (typed) => {
      expect(typedInput(typed, 'fr')).toBe(typed);
    },
  );
});

describe('amounts typed the English way', () => {
  test.each([
    ['110,000', 110000],
    ['110,000.50', 110000.5],
    ['€110,000', 110000],
    ['110,000 €', 110000],
    ['110000 €', 110000],
    ['110 000', 110000],
    ['-1,500.25', -1500.25],
  ])('“%s” is the number %d', (typed, number) => {
    expect(typedInput(typed, 'en')).toBe(number);
  });

  test.each(['1,5', '12,34', '110,000,5', '110 000,50', '1.234.567'])('“%s” is ambiguous in English and stays text', (typed) => {
    expect(typedInput(typed, 'en')).toBe(typed);
  });
});

test('text that would be read as a number gets Excel’s apostrophe in the editor, so that Enter keeps it as text', () => {
  expect(editText('109 146 €', null, 'fr')).toBe("'109 146 €");
  expect(typedInput("'109 146 €", 'fr')).toBe('109 146 €');
  expect(editText(110000.5, null, 'fr')).toBe('110000,5');
  expect(typedInput(editText(110000.5, null, 'fr'), 'fr')).toBe(110000.5);
});
