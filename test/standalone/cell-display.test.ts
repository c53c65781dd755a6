import { displayText } from '../../src/standalone/cell-display';

/**
 * Numbers in the grid follow the page's language (issue 19, item 3): a French page groups thousands
 * with a narrow no-break space and writes a decimal comma, an English one a comma and a point,
 * whatever locale the writer's format named for its currency (LibreOffice writes `[$€-40C]`).
 */
const NNBSP = '\u202f';

test.each([
  ['#,##0" €"', 120000, `120${NNBSP}000 €`, '120,000 €'],
  ['#,##0\\ [$€-40C]', 120000, `120${NNBSP}000 €`, '120,000 €'],
  ['#,##0\\ [$€-409]', 120000, `120${NNBSP}000 €`, '120,000 €'],
  ['#,##0.00\\ [$€-40C];[RED]\\-#,##0.00\\ [$€-40C]', 120000.5, `120${NNBSP}000,50 €`, '120,000.50 €'],
  ['[$-40C]#,##0.00', 1234.5, `1${NNBSP}234,50`, '1,234.50'],
  ['#,##0 [$EUR]', 45139, `45${NNBSP}139 EUR`, '45,139 EUR'],
  ['0.0%', 0.286, '28,6%', '28.6%'],
])('%s shows %d as « %s » in French and “%s” in English', (format, value, french, english) => {
  expect(displayText(value, format, 'fr')).toBe(french);
  expect(displayText(value, format, 'en')).toBe(english);
});

test('a date format keeps the language its locale names', () => {
  expect(displayText({ kind: 'date', iso: '2022-10-12' } as never, '[$-40C]d mmmm yyyy', 'en')).toBe('12 octobre 2022');
});
