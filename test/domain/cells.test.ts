import { type CellValue, cellDate, cellError, cellText, foldSpaces, isCellDate, isCellError, toCellValue } from '../../src/domain';

describe('a cell as it comes from Excel, the file reader or a paste', () => {
  test.each<[string, unknown, CellValue]>([
    ['a number', 45139, 45139],
    ['a formula result with decimals', 60000.5, 60000.5],
    ['a division by zero seen as Infinity', Infinity, cellError('#NUM!')],
    ['NaN', Number.NaN, cellError('#NUM!')],
    ['text', '45 139 €', '45 139 €'],
    ['empty text', '', ''],
    ['a boolean', false, false],
    ['nothing', undefined, null],
    ['null', null, null],
    ['a date', new Date(Date.UTC(2022, 2, 1)), cellDate(new Date(Date.UTC(2022, 2, 1)))],
    ['an invalid date', new Date(Number.NaN), cellError('#VALUE!')],
    ['an error value', { kind: 'error', code: '#REF!' }, cellError('#REF!')],
    ['a date already read', { kind: 'date', iso: '2022-03-01' }, { kind: 'date', iso: '2022-03-01' }],
    ['an object of unknown shape', { text: 'Nord' }, cellError('#VALUE!')],
    ['a big integer', 45139n, cellError('#VALUE!')],
    ['a function', () => 45139, cellError('#VALUE!')],
  ])('%s', (_, raw, value) => {
    expect(toCellValue(raw)).toEqual(value);
  });

  test('an error value is an error, a date a date, and nothing else is either', () => {
    const values: CellValue[] = [cellError('#DIV/0!'), { kind: 'date', iso: '2022-03-01' }, null, 45139, 'Nord', true];
    expect(values.map(isCellError)).toEqual([true, false, false, false, false, false]);
    expect(values.map(isCellDate)).toEqual([false, true, false, false, false, false]);
  });
});

describe('the text a cell shows', () => {
  test.each<[CellValue, string]>([
    [null, ''],
    ['Nord', 'Nord'],
    [3, '3'],
    [45139.5, '45139.5'],
    [true, 'VRAI'],
    [false, 'FAUX'],
    [cellError('#REF!'), '#REF!'],
    [{ kind: 'date', iso: '2022-03-01' }, '2022-03-01'],
  ])('%j shows %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  test.each([
    ['Valoriser  les acquis', 'Valoriser les acquis'],
    ['Vers l’emploi\ndes jeunes', 'Vers l’emploi des jeunes'],
    ['  Mobilité inclusive ', 'Mobilité inclusive'],
    ['Plate-forme «\u00a0Mobilité inclusive\u00a0»', 'Plate-forme «\u00a0Mobilité inclusive\u00a0»'],
  ])('runs of spaces and line breaks in %j fold into one space', (title, folded) => {
    expect(foldSpaces(title)).toBe(folded);
  });
});
