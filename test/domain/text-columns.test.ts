import { type CellValue, checkWorkbook } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, workbookOf } from '../helpers/workbooks';

/** Column F of the Nord sheet, "Part Département", as the officer typed it, one value per action row. */
function checkWithDepartment(values: readonly CellValue[]) {
  const rows = NORD_SHEET.rows.map((row, index) => (index === 0 ? row : [...row.slice(0, 5), values[index - 1] ?? null]));
  return checkWorkbook(workbookOf(plainSheet('Nord', rows)));
}

function cellsOf(result: ReturnType<typeof checkWorkbook>, rule: string): Array<string | null> {
  return result.findings.filter((finding) => finding.rule === rule).map((finding) => finding.cell);
}

const ALL_ROWS = ['F2', 'F3', 'F4', 'F5', 'F6', 'F7'];

describe('an amount column of words is set aside, a badly written amount is not', () => {
  // Words are more letters than digits, counted on letters with or without accents and case.
  test.each([
    'à définir',
    'En attente',
    'SELON DÉLIBÉRATION',
    // Five letters, one accented, against four digits.
    'Délib. 2024',
    // The capital À tips it: five letters against four digits.
    'À voir (2025)',
    // Nine letters, three of them a, against six digits.
    'payable au 1/3/2025',
  ])('%j on every row: the Department column is words, the budget is read without it, no cell is an error', (text) => {
    const result = checkWithDepartment(Array<CellValue>(6).fill(text));
    expect(result.sources[0]!.textColumns).toEqual([{ field: 'department', column: 5, sample: text }]);
    expect(result.budgets).toHaveLength(1);
    expect(result.budgets[0]!.columns).toEqual({ action: 0, axis: 1, title: 2, cost: 3, state: 4 });
    expect(cellsOf(result, 'invalid-value')).toEqual([]);
  });

  test.each([
    // Digits only: the officer's 45 139 typed as text with a decimal comma.
    '45,139',
    // Seven letters against eight digits.
    'délib. du 19/09/2024',
    // As many letters as digits.
    'BOP 304',
    // Thousands of euros: a letter and a sign against one digit.
    '5 k€',
  ])('%j on every row is an amount written badly: the column stays, each cell is an error', (text) => {
    const result = checkWithDepartment(Array<CellValue>(6).fill(text));
    expect(result.sources[0]!.textColumns).toEqual([]);
    expect(result.budgets[0]!.columns.department).toBe(5);
    expect(cellsOf(result, 'invalid-value')).toEqual(ALL_ROWS);
  });

  test('"0 EUR" has more letters than digits but is an amount: read as 0 €, each cell a text amount', () => {
    const result = checkWithDepartment(Array<CellValue>(6).fill('0 EUR'));
    expect(result.sources[0]!.textColumns).toEqual([]);
    expect(result.budgets[0]!.columns.department).toBe(5);
    expect(result.budgets[0]!.actions.map((action) => action.department)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(cellsOf(result, 'text-amount')).toEqual(ALL_ROWS);
  });
});

describe('a column is words when words fill more than half of its filled cells, two at least', () => {
  const words = 'à définir';
  test.each<[string, boolean, CellValue[]]>([
    ['one word among empty cells', false, [words, null, null, null, null, null]],
    ['two words among four amounts', false, [words, 109146, words, 75540, 60000, 833517]],
    ['two words, two amounts: exactly half', false, [words, 109146, words, 75540, null, null]],
    ['two words, one amount, three empty cells', true, [words, null, words, 75540, null, null]],
    ['two words, one amount, three cells holding a space', true, [words, ' ', words, 75540, '\u00a0', ' ']],
    ['two words, four amounts written as text', false, [words, '109 146 €', words, '75 540', '60 000', '833 517 €']],
  ])('%s: set aside %s', (_, setAside, values) => {
    const result = checkWithDepartment(values);
    expect(result.sources[0]!.textColumns?.map((entry) => entry.field)).toEqual(setAside ? ['department'] : []);
    expect(result.budgets[0]!.columns.department).toBe(setAside ? undefined : 5);
    // Kept, its words are errors cell by cell; set aside, none is.
    expect(cellsOf(result, 'invalid-value')).toEqual(setAside ? [] : values.flatMap((value, index) => (value === words ? [ALL_ROWS[index]] : [])));
  });
});

describe('the text quoted to the officer', () => {
  test('is the first words of the column, on one line', () => {
    const result = checkWithDepartment(['selon\ndélibération', 'à définir', 'à définir', null, null, null]);
    expect(result.sources[0]!.textColumns?.[0]?.sample).toBe('selon délibération');
  });

  test('is quoted whole up to 60 characters', () => {
    const text = 'Montant voté par la commission permanente du 12 juillet 2024';
    expect(text).toHaveLength(60);
    const result = checkWithDepartment(Array<CellValue>(6).fill(text));
    expect(result.sources[0]!.textColumns?.[0]?.sample).toBe(text);
  });

  test('a longer one is cut at 59 characters and an ellipsis', () => {
    // The de minimis mention of a subsidy list (SCDL), in its amount column.
    const text =
      "Aide relevant du règlement (UE) n° 1407/2013 de la Commission du 18 décembre 2013 relatif à l'application des articles 107 et 108 du traité sur le fonctionnement de l'Union européenne aux aides de minimis";
    const result = checkWithDepartment(Array<CellValue>(6).fill(text));
    expect(result.sources[0]!.textColumns?.[0]?.sample).toBe('Aide relevant du règlement (UE) n° 1407/2013 de la Commissi…');
  });
});
