import { type CellValue, type CheckOptions, checkWorkbook, readingGaps } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, workbookOf } from '../helpers/workbooks';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

const NORD = NORD_SHEET.rows;
const PAS_DE_CALAIS = PAS_DE_CALAIS_SHEET.rows;

/** A sheet laid out by hand, no Excel table, as the check reads it. */
function check(rows: Rows, options: CheckOptions = {}, hiddenRows?: number[]) {
  return checkWorkbook(workbookOf({ ...plainSheet('Annexe financière', rows), ...(hiddenRows ? { hiddenRows } : {}) }), options);
}

describe('two budgets one under the other, the Nord and the Pas-de-Calais', () => {
  test.each<[string, Rows, string[]]>([
    ['the heading right under the Nord block', [['Nord'], ...NORD, ['Pas-de-Calais'], ...PAS_DE_CALAIS], ['A2:F8', 'A10:G16']],
    ['a blank row, then the heading', [['Nord'], ...NORD, [], ['Pas-de-Calais'], ...PAS_DE_CALAIS], ['A2:F8', 'A11:G17']],
    ['a blank row, the heading, a blank row', [['Nord'], ...NORD, [], ['Pas-de-Calais'], [], ...PAS_DE_CALAIS], ['A2:F8', 'A12:G18']],
    // Three rows above the next header, the note is the Nord's, not the Pas-de-Calais' heading.
    [
      'a note under the Nord block, a blank row, the heading',
      [['Nord'], ...NORD, ['Source : délibération de la commission permanente du 12 juin 2024'], [], ['Pas-de-Calais'], ...PAS_DE_CALAIS],
      ['A2:F9', 'A12:G18'],
    ],
  ])('%s: each block is its own budget, named by its heading', (_, rows, ranges) => {
    const result = check(rows);
    expect(result.budgets.map((budget) => [budget.label, budget.range])).toEqual([
      ['Nord', ranges[0]],
      ['Pas-de-Calais', ranges[1]],
    ]);
    expect(readingGaps(result)).toBe(0);
  });

  test('no heading, no blank row: the second header row ends the first budget', () => {
    const result = check([...NORD, ...PAS_DE_CALAIS]);
    expect(result.budgets.map((budget) => [budget.sourceKey, budget.range, budget.actions.length])).toEqual([
      ['sheet:Annexe financière', 'A1:F7', 6],
      ['sheet:Annexe financière#2', 'A8:G14', 6],
    ]);
  });

  test('a second block whose headers only the officer’s mapping reads still ends the first', () => {
    const second: Rows = [
      ['Réf.', 'Objet', 'Montant', 'Apport 1', 'Apport 2'],
      ['PDC-1', 'Mobiliser la clause d’insertion au service de l’ERBM', 200000, 80000, 120000],
      ['PDC-2', 'Développer des actions d’insertion spécifiques périmètre ERBM', 190000, 95000, 95000],
    ];
    const mapping = { action: 'Réf.', title: 'Objet', cost: 'Montant', state: 'Apport 1', department: 'Apport 2' };
    const result = check([...NORD, [], ...second], { mappings: { 'sheet:Annexe financière#2': mapping } });
    expect(result.budgets.map((budget) => [budget.sourceKey, budget.range, budget.actions.length])).toEqual([
      ['sheet:Annexe financière', 'A1:F7', 6],
      ['sheet:Annexe financière#2', 'A9:E11', 2],
    ]);
  });

  test('a data row whose texts name columns is still data: its amounts say so', () => {
    // "Département du Nord" names the Department, "Axe 2" the axis, « dépenses » a cost: three fields, as a header row would.
    const result = check([
      ['N°', 'Bénéficiaire', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
      ['1.1', 'Département du Nord', 'Axe 2', 'Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146],
      ['1.2', 'Département du Nord', 'Axe 2', 'Accompagner les dépenses de mobilité des jeunes', 160000, 45139, 114861],
      ['2.1', 'Département du Pas-de-Calais', 'Axe 1', 'Prendre en charge les dépenses de garde d’enfants', '130 000 €', '54 460 €', '75 540 €'],
    ]);
    expect(result.budgets.map((budget) => [budget.label, budget.actions.length])).toEqual([
      ['Département du Nord', 2],
      ['Département du Pas-de-Calais', 1],
    ]);
    expect(result.unread).toEqual([]);
  });

  test('an action not yet costed, whose title names the State and the Department, is still an action', () => {
    // Its title names three fields as a header row would, but its Department share is typed.
    const result = check([
      NORD[0] ?? [],
      ['Action 1', 'Axe 2', 'Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146],
      ['Action 2', 'Axe 1', 'Cofinancement État / Département du réseau', null, null, 60000],
      ['Action 3', 'Axe 2', 'Développer la mobilisation des internats scolaires comme outil de prévention', 95000, 42181, 52819],
    ]);
    expect(result.budgets.map((budget) => [budget.range, budget.actions.length])).toEqual([['A1:F4', 3]]);
    expect(result.unread).toEqual([]);
    expect(result.findings.filter((finding) => finding.rule === 'missing-value').map((finding) => finding.cell)).toEqual(['D3', 'E3']);
  });

  test('rows the officer hid are counted, and said so', () => {
    const [budget] = check(NORD, {}, [3]).budgets;
    expect(budget!.actions.map((action) => action.hidden)).toEqual([false, false, true, false, false, false]);
    expect(budget!.totals.hiddenRows).toBe(1);
  });

  test('a block laid out from column B has its own six headers, no empty one', () => {
    const result = check(NORD.map((row) => [null, ...row]));
    expect(result.sources[0]!.headers).toEqual(['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département']);
    expect(result.budgets[0]!.range).toBe('B1:G7');
  });
});

describe('the heading that names a block, and the titles above it', () => {
  const long = 'Annexe financière à la convention d’appui à la lutte contre la pauvreté et d’accès à l’emploi entre l’État et le Département du Nord, année 2024';
  const exactly120 = 'Département du Nord : actions financées par l’État au titre de la stratégie de prévention et de lutte contre la pauvreté';

  test.each<[string, Rows, string | null, string[]]>([
    ['a lone text just above', [['Nord']], 'Nord', ['Nord']],
    ['a lone text two rows above, a blank row between', [['Département du Nord'], []], 'Département du Nord', ['Département du Nord']],
    ['a lone text three rows above: a title, no heading', [['Département du Nord'], [], []], null, ['Département du Nord']],
    [
      'a row of two texts just above is no heading, and hides the one above it',
      [['Département du Nord'], ['Programme 2024', null, null, null, null, 'en euros']],
      null,
      ['Programme 2024', 'en euros', 'Département du Nord'],
    ],
    ['the envelope written just above is no heading nor a title', [['Nord'], ['500 000 €']], null, ['Nord']],
    ['a sentence longer than 120 characters is a title, no heading', [[long]], null, [long]],
    ['a heading of 120 characters', [[exactly120]], exactly120, [exactly120]],
  ])('%s', (_, above, heading, titles) => {
    const result = check([...above, ...NORD]);
    expect(result.budgets[0]!.beneficiary).toBe(heading);
    expect(result.budgets[0]!.label).toBe(heading ?? 'Annexe financière');
    expect(result.sources[0]!.titles).toEqual(titles);
  });

  test('the rows of the budget above are no titles of the next one, a blank row between', () => {
    const nord = [...NORD.slice(0, -1), [6, 2, 'Plan pauvreté 2019 : équipe mobile du Bassin minier', 1060883, 227366, 833517]];
    const result = check([...nord, [], ...PAS_DE_CALAIS]);
    expect(result.budgets.map((budget) => budget.range)).toEqual(['A1:F7', 'A9:G15']);
    expect(result.sources[1]!.titles).toEqual([]);
    expect(result.budgets[1]!.yearFound).toBeNull();
  });

  test('the year of article 4.1 is read from a title above the budget', () => {
    const [budget] = check([['Programme 2024'], [], ['Nord'], ...NORD]).budgets;
    expect(budget!.yearFound).toEqual({ year: 2024, from: 'title', text: 'Programme 2024' });
  });
});

describe('a header row that is no budget', () => {
  test('a State column of words: not read, and said why', () => {
    const result = check([
      ['N°', 'Objet de la subvention', 'Montant total de la subvention', "Aide d'Etat (ou pas) notifiée à l'UE"],
      [1, 'Fonctionnement 2023', 37800, "Aides ne relevant pas d'une aide d'état"],
      [2, 'Fonctionnement 2023', 12000, "Aides ne relevant pas d'une aide d'état"],
      [3, 'Projet jeunesse', 5400, "Aide d'état notifiée"],
    ]);
    expect(result.budgets).toEqual([]);
    expect(result.unread.map((source) => [source.range, source.budgetLike, source.textColumns])).toEqual([
      ['A1:D4', true, [{ field: 'state', column: 3, sample: "Aides ne relevant pas d'une aide d'état" }]],
    ]);
  });

  test('a list of actions by year, numbered 1.1, 1.2, with no amount: nothing to report', () => {
    const result = check([
      ['N°', 'Axe', 'Intitulé', 2024, 2025],
      ['1.1', 'Enfance', 'Mettre en œuvre, coordonner et animer un réseau de prévention précoce', 'x', 'x'],
      ['1.2', 'Enfance', 'Mieux garantir le droit à la santé des enfants', 'x', null],
    ]);
    expect(result.unread.map((source) => [source.range, source.budgetLike])).toEqual([['A1:E3', false]]);
    expect(readingGaps(result)).toBe(0);
  });

  test('a list of actions with an amount in its last row only: not read, and said', () => {
    const result = check([
      ['N°', 'Axe', 'Intitulé', 'Montant'],
      ['1.1', 'Enfance', 'Mettre en œuvre, coordonner et animer un réseau de prévention précoce', null],
      ['1.2', 'Enfance', 'Mieux garantir le droit à la santé des enfants', null],
      ['1.3', 'Enfance', 'Développer la mobilisation des internats scolaires', 95000],
    ]);
    expect(result.unread.map((source) => [source.range, source.budgetLike])).toEqual([['A1:D4', true]]);
    expect(readingGaps(result)).toBe(1);
  });
});
