import { type Budget, checkConvention } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { sheetBudget } from '../helpers/sheet-budget';
import { withCell } from '../helpers/workbooks';

const NB = '\u00a0';
const NNB = '\u202f';
/** An amount as the add-in writes it: thin no-break spaces between thousands, a no-break space before « € ». */
const written = (amount: string) => `${amount.replace(/ /g, NNB)}${NB}€`;

/** The Nord's six actions and four more, so that a list numbered by hand reaches « 10. ». */
const ROWS = [
  ...NORD_SHEET.rows,
  [7, 1, 'Accompagner les jeunes majeurs vers le logement', 100_000, 50_000, 50_000],
  [8, 1, 'Soutenir la parentalité (crèche AVIP)', 100_000, 50_000, 50_000],
  [9, 2, 'Prévenir les sorties sèches de l’ASE', 100_000, 50_000, 50_000],
  [10, 2, 'Former les travailleurs sociaux', 100_000, 50_000, 50_000],
];
const AMOUNTS = ['45 139', '70 854', '42 181', '54 460', '60 000', '227 366', '50 000', '50 000', '50 000', '50 000'];
const ITEMS = ROWS.slice(1).map(([number, axis, title], index) => `Action ${number as number} (axe ${axis as number}) : ${title as string} pour un montant de ${AMOUNTS[index] as string} €`);

const COST_SENTENCE = '3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 2 145 883 €, conformément aux annexes 1 et 2.';
const HEADING = (envelope: string) => `4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de ${envelope}, pour les actions suivantes :`;

/** The convention as an officer types it in Word, each item behind the bullet given (its number for « 1. »). */
function convention(bullet: (number: number) => string, cost: string | null = COST_SENTENCE): string[] {
  return [
    'ARTICLE 3 – Conditions de détermination du coût du projet',
    ...(cost === null ? [] : [cost]),
    'ARTICLE 4 – Conditions de détermination de la contribution financière',
    HEADING('700 000 €'),
    ...ITEMS.map((item, index) => `${bullet(index + 1)}${item}`),
    '4.2 Les contributions figurant aux 4.1, ne peuvent se substituer aux dépenses existantes du Conseil Départemental.',
    'Fait à Arras, le 17 octobre 2022',
  ];
}

const agreeing = () => sheetBudget(ROWS);
/** Action 2's State share raised to 75 000 €, its Department share lowered: the total cost is the same. */
const stateShareChanged = () => sheetBudget(withCell(withCell(ROWS, 2, 4, 75_000), 2, 5, 105_000));
/** Action 1's total cost raised by 10 000 €, borne by the Department: only article 3.1 differs. */
const costChanged = () => sheetBudget(withCell(withCell(ROWS, 1, 3, 170_000), 1, 5, 124_861));
const bothChanged = () => sheetBudget(withCell(withCell(ROWS, 2, 4, 75_000), 1, 3, 170_000));

const opening = (article: string, date = '17 octobre 2022') => `L’article ${article} de la convention du ${date} est remplacé par les dispositions suivantes${NB}:`;
const costLine = (from: string, to: string) => `À l’article 3.1 de la convention du 17 octobre 2022, au lieu de${NB}: «${NB}${from}${NB}», lire${NB}: «${NB}${to}${NB}».`;
const newItems = ITEMS.map((item) => item.replace('70 854 €', written('75 000')));
const listText = (items: readonly string[]) => [opening('4.1'), `«${NB}${HEADING(written('704 146'))}`, '', ...items.map((item, index) => `- ${item}${index === items.length - 1 ? `${NB}»` : ''}`)];

const amendment = (paragraphs: readonly string[], budget: Budget) => checkConvention(paragraphs, budget, { year: 2022 }).amendment;

describe('the amendment (avenant) of a convention whose budget changed', () => {
  test.each([
    ['« - » typed', () => '- '],
    ['« • » typed', () => '• '],
    ['« • » typed with no space after it', () => '•'],
    ['numbered by hand « 1. » to « 10. »', (number: number) => `${number}. `],
    ['numbered by hand « 1) » to « 10) »', (number: number) => `${number}) `],
    ['bullets Word draws (none typed)', () => ''],
  ])('article 4.1 whole, the items with their own bullet or number left out (%s)', (_layout, bullet) => {
    const result = amendment(convention(bullet), stateShareChanged());
    // The amendment is a list of its own: a typed « 3. » or « • » would number or bullet each item twice.
    expect(result?.text.split('\n')).toEqual(listText(newItems));
    expect(result?.html).toBe(
      `<p>${opening('4.1')}</p><p>«${NB}${HEADING(written('704 146'))}</p><ul>${newItems.map((item, index) => `<li>${item}${index === newItems.length - 1 ? `${NB}»` : ''}</li>`).join('')}</ul>`,
    );
    expect(result?.replaces).toEqual(['4.1']);
  });

  test('only the total cost changed: one sentence replaces 3.1’s amount, article 4.1 is left alone', () => {
    const result = amendment(
      convention(() => '- '),
      costChanged(),
    );
    expect(result?.text).toBe(costLine('2 145 883 €', written('2 155 883')));
    expect(result?.html).toBe(`<p>${costLine('2 145 883 €', written('2 155 883'))}</p>`);
    expect(result?.replaces).toEqual(['3.1']);
  });

  test('both changed: article 4.1 whole, a blank line, then 3.1’s amount', () => {
    const result = amendment(
      convention(() => '- '),
      bothChanged(),
    );
    const lines = result?.text.split('\n');
    expect(lines?.slice(0, -2)).toEqual(listText(newItems));
    expect(lines?.slice(-2)).toEqual(['', costLine('2 145 883 €', written('2 155 883'))]);
    expect(result?.replaces).toEqual(['4.1', '3.1']);
  });

  test('article 3.1 not found in the convention: the budget’s cost sentence is given whole', () => {
    const costSentence = `«${NB}3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à ${written('2 155 883')}.${NB}»`;
    const alone = amendment(
      convention(() => '- ', null),
      costChanged(),
    );
    expect(alone?.text.split('\n')).toEqual([opening('3.1'), costSentence]);
    expect(alone?.html).toBe(`<p>${opening('3.1')}</p><p>${costSentence}</p>`);
    expect(alone?.replaces).toEqual(['3.1']);
    const withList = amendment(
      convention(() => '- ', null),
      bothChanged(),
    );
    expect(withList?.text.split('\n').slice(-3)).toEqual(['', opening('3.1'), costSentence]);
    expect(withList?.replaces).toEqual(['4.1', '3.1']);
  });

  test('a budget not costed yet, a heading with no items: the heading alone closes the quotation', () => {
    const notCosted = sheetBudget(ROWS.map((row, index) => (index === 0 ? row : [...row.slice(0, 3), null, null, null])));
    const result = amendment([COST_SENTENCE, HEADING('700 000 €'), '4.2 Les contributions figurant aux 4.1, ne peuvent se substituer aux dépenses existantes.'], notCosted);
    expect(result?.text.split('\n')).toEqual([
      opening('4.1', '[date à compléter]'),
      `«${NB}${HEADING(written('0'))}${NB}»`,
      '',
      `À l’article 3.1 de la convention du [date à compléter], au lieu de${NB}: «${NB}2 145 883 €${NB}», lire${NB}: «${NB}${written('0')}${NB}».`,
    ]);
    expect(result?.html).toContain(`<p>«${NB}${HEADING(written('0'))}${NB}»</p><p>À l’article 3.1`);
    expect(result?.html).not.toContain('<ul>');
  });

  test('nothing to amend when the convention and the budget agree', () => {
    expect(
      amendment(
        convention(() => '- '),
        agreeing(),
      ),
    ).toBeNull();
  });
});
