import { actionKey, BUILT_IN_PROFILE, type Budget, type CellValue, checkConvention, compareConvention, differenceJson, hasList, readConventionArticles, titleKey } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { sheetBudget } from '../helpers/sheet-budget';
import { withCell } from '../helpers/workbooks';
import { TYPED_CONVENTION } from '../helpers/typed-convention';

const NB = '\u00a0';
const NNB = '\u202f';

/** The Nord's budget with one more row under its six actions. */
const withRow = (row: CellValue[]): Budget => sheetBudget([...NORD_SHEET.rows, row]);

const compare = (paragraphs: readonly string[], budget: Budget, year: number | null = 2022) => {
  const articles = readConventionArticles(paragraphs);
  if (!hasList(articles)) throw new Error('no list');
  return compareConvention(articles, budget, { year });
};

const summary = (paragraphs: readonly string[], budget: Budget) => compare(paragraphs, budget).differences.map((difference) => [difference.kind, difference.action, difference.paragraph]);

describe('action numbers: one key however the number is written', () => {
  test.each([
    ['3', '3'],
    ['n° 3', '3'],
    ['N°3', '3'],
    ['n ° 3', '3'],
    ['No 3', '3'],
    ['No3', '3'],
    ['no. 3', '3'],
    ['3 bis', '3 bis'],
    ['3 BIS', '3 bis'],
    [`3${NB}bis`, '3 bis'],
    ['3  bis', '3 bis'],
    ['n° 3 bis ', '3 bis'],
    // « No » is the number sign only before the number: a number that starts with « no » keeps it.
    ['Nord 1', 'nord 1'],
    ['Noyelles 2', 'noyelles 2'],
  ])('« %s » is action « %s »', (written, key) => {
    expect(actionKey(written)).toBe(actionKey(key));
    expect(actionKey(written)).toBe(key);
  });

  test('a budget row numbered « No 3 » is the convention’s Action 3', () => {
    const rows = withCell(NORD_SHEET.rows, 3, 0, 'No 3');
    expect(compare(TYPED_CONVENTION, sheetBudget(rows)).differences).toEqual([]);
  });
});

describe('titles compared as DOMAIN.md says', () => {
  test.each([
    ['Renforcer  l’insertion.', "Renforcer l'insertion"],
    ['Renforcer l’insertion .', "Renforcer l'insertion"],
    ['Mieux garantir le droit à la santé des enfants. ', 'Mieux garantir le droit à la santé des enfants'],
    [`Développer une plate-forme «${NB}Mobilité inclusive${NB}»`, 'Développer une plate-forme «Mobilité inclusive»'],
    ['Développer une plate-forme « Mobilité inclusive ».', 'Développer une plate-forme «Mobilité inclusive»'],
    ['Etc...', 'Etc...'],
  ])('« %s » reads as « %s »', (title, key) => {
    expect(titleKey(title)).toBe(key);
  });

  test('a title that loses its guillemets is another title', () => {
    expect(titleKey('Développer une plate-forme « Mobilité inclusive »')).not.toBe(titleKey('Développer une plate-forme Mobilité inclusive'));
  });
});

describe('the convention compared with its budget', () => {
  test('a document without article 4.1 is not compared', () => {
    const check = checkConvention(['Préambule', 'Article 5 – Durée de la convention', 'La convention est conclue pour une durée d’un an.'], sheetBudget(), { year: 2022 });
    expect(check.comparison).toBeNull();
    expect(check.write).toBeNull();
  });

  test('an article 4.1 that lists no action: a note, and each action missing from it', () => {
    const paragraphs = [...TYPED_CONVENTION.slice(0, 4), TYPED_CONVENTION[11] as string];
    const { differences, notes } = compare(paragraphs, sheetBudget());
    expect(notes).toEqual([{ kind: 'no-items', article: '4.1' }]);
    expect(differences.map((difference) => difference.kind)).toEqual(Array(6).fill('missing-in-convention'));
  });

  test('the agreeing convention has no note', () => {
    expect(compare(TYPED_CONVENTION, sheetBudget()).notes).toEqual([]);
  });

  test('an action listed twice in the convention: the first is compared, the second is extra', () => {
    const paragraphs = [...TYPED_CONVENTION];
    paragraphs[9] = '- Action 4 (axe 1) : Développer une plate-forme « Mobilité inclusive » pour un montant de 60 000 €';
    expect(summary(paragraphs, sheetBudget())).toEqual([
      ['missing-in-convention', '5', null],
      ['missing-in-budget', '4', 9],
    ]);
  });

  test('an action number used twice in the budget: its first row is compared, once', () => {
    const budget = withRow([3, 2, 'Une autre action', 20_000, 10_000, 10_000]);
    expect(summary(TYPED_CONVENTION, budget)).toEqual([
      ['envelope', null, 3],
      ['cost', null, 1],
    ]);
  });

  test('an action the budget cannot read and the convention lacks: a note, no difference', () => {
    const budget = withRow([7, 1, 'Une action nouvelle', '45,139', 10_000, 10_000]);
    const { differences, notes } = compare(TYPED_CONVENTION, budget);
    expect(differences).toEqual([]);
    expect(notes).toEqual([{ kind: 'amount-not-compared', number: '7', row: 8 }]);
  });

  test('an action whose cost the budget cannot read keeps its title and axis compared', () => {
    const paragraphs = [...TYPED_CONVENTION];
    paragraphs[7] = '- Action 3 (axe 1) : Développer la mobilisation des internats pour un montant de 42 181 €';
    const { differences, notes } = compare(paragraphs, sheetBudget(withCell(NORD_SHEET.rows, 3, 3, '95,000')));
    // Left out of the totals, its State amount and cost leave the envelope and 3.1 too.
    expect(differences.map((difference) => [difference.kind, difference.action])).toEqual([
      ['envelope', null],
      ['axis', '3'],
      ['title', '3'],
      ['cost', null],
    ]);
    expect(notes).toEqual([{ kind: 'amount-not-compared', number: '3', row: 4 }]);
  });

  test('an action the convention lacks is written in the profile’s wording', () => {
    const articles = readConventionArticles(TYPED_CONVENTION);
    if (!hasList(articles)) throw new Error('no list');
    const profile = { ...BUILT_IN_PROFILE, sentences: { ...BUILT_IN_PROFILE.sentences, listItem: 'Fiche {number}[ (axe {axis})] : {title} pour un montant de {amount}' } };
    const { differences } = compareConvention(articles, withRow([7, 1, 'Une action nouvelle', 20_000, 10_000, 10_000]), { year: 2022, envelope: 51_000_000, profile });
    expect(differences.find((difference) => difference.kind === 'missing-in-convention')?.budget).toBe(`Fiche 7 (axe 1)${NB}: Une action nouvelle pour un montant de 10${NNB}000${NB}€`);
  });

  test('« (axe ) » left empty is a difference even when the budget has no axis', () => {
    const paragraphs = [...TYPED_CONVENTION];
    paragraphs[6] = '- Action 2 (axe ) : Mieux garantir le droit à la santé des enfants pour un montant de 70 854 €';
    const { differences } = compare(paragraphs, sheetBudget(withCell(NORD_SHEET.rows, 2, 1, null)));
    expect(differences).toMatchObject([{ kind: 'axis', action: '2', convention: '', budget: null, paragraph: 6 }]);
  });

  test('no article 3.1: the cost is said not found, with the budget’s', () => {
    const { differences } = compare(TYPED_CONVENTION.slice(2), sheetBudget());
    expect(differences).toEqual([{ kind: 'cost', action: null, convention: null, budget: 174_588_300, paragraph: null, data: { kind: 'cost-not-found', article: '3.1', budget: 174_588_300 } }]);
  });

  test('amounts go to JSON in euros: an action’s, the envelope and the cost', () => {
    const budget = withRow([7, 1, 'Une action nouvelle', 20_000, 10_000, 10_000]);
    const { differences } = compare(TYPED_CONVENTION, budget);
    const json = Object.fromEntries(differences.map((difference) => [difference.kind, differenceJson(difference, '')]));
    expect(json['envelope']).toMatchObject({ convention: 500_000, budget: 510_000 });
    expect(json['cost']).toMatchObject({ convention: 1_745_883, budget: 1_765_883 });
  });
});
