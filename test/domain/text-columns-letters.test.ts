import { type CellValue, checkWorkbook } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, workbookOf } from '../helpers/workbooks';

/** The Nord sheet with its "Part Département" column (F) as the officer typed it, one value per action row. */
function checkWithDepartment(values: readonly CellValue[]) {
  const rows = NORD_SHEET.rows.map((row, index) => (index === 0 ? row : [...row.slice(0, 5), values[index - 1] ?? null]));
  return checkWorkbook(workbookOf(plainSheet('Nord', rows)));
}

function onEveryRow(text: string) {
  return checkWithDepartment(Array<CellValue>(6).fill(text));
}

function departmentSetAside(result: ReturnType<typeof checkWorkbook>): boolean {
  return result.budgets[0]!.columns.department === undefined && (result.sources[0]!.textColumns ?? []).some((entry) => entry.field === 'department');
}

describe('a letter is a Latin letter, accented or not, and nothing else', () => {
  test.each([
    // z is a letter like any other: nine letters against eight digits.
    ['Douze mois 2024-2025', true],
    // The multiplication sign is no letter: four letters against four digits.
    ['1500 × mois', false],
    // Nor the division sign.
    ['2400 ÷ mois', false],
    // Nor a typographic space pasted from a layout tool (U+2000, en quad).
    ['voir\u20002025', false],
  ])('%j on every row: the Department column is words, %s', (text, words) => {
    const result = onEveryRow(text);
    expect(departmentSetAside(result)).toBe(words);
    expect(result.budgets[0]!.columns.department).toBe(words ? undefined : 5);
  });
});

describe('a cell over 256 characters is weighed on its first 256', () => {
  // "BOP 304 " is three letters, three digits and a space: 32 of them fill the first 256 characters evenly.
  const even = 'BOP 304 '.repeat(32);

  test('as many letters as digits there: an amount written badly, whatever words follow', () => {
    expect(even).toHaveLength(256);
    const result = onEveryRow(`${even}puis selon la délibération de la commission permanente`);
    expect(departmentSetAside(result)).toBe(false);
    expect(result.budgets[0]!.columns.department).toBe(5);
  });

  test('an amount there, then only blank lines and a note: an amount written badly, not words', () => {
    const text = `12 EUR${'\n'.repeat(250)}voir la convention`;
    expect(text.length).toBeGreaterThan(256);
    const result = onEveryRow(text);
    expect(departmentSetAside(result)).toBe(false);
    expect(result.budgets[0]!.columns.department).toBe(5);
  });

  test('the same note with fewer blank lines is words: the column is set aside', () => {
    const result = onEveryRow(`12 EUR${'\n'.repeat(10)}voir la convention`);
    expect(departmentSetAside(result)).toBe(true);
  });
});

test('the text quoted to the officer is taken from the first 120 characters of the cell', () => {
  const text = `à définir${' '.repeat(150)}(en attente du vote de la commission permanente du 12 juillet 2024)`;
  const result = onEveryRow(text);
  expect(result.sources[0]!.textColumns).toEqual([{ field: 'department', column: 5, sample: 'à définir' }]);
});
