import { type ArticleWrite, articleWrite, type Budget, type CellValue, checkConvention, hasList, paragraphsAfter, readConventionArticles } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { sheetBudget } from '../helpers/sheet-budget';
import { withCell } from '../helpers/workbooks';
import { seedPdfParagraphs, TYPED_CONVENTION } from '../helpers/typed-convention';

const NB = '\u00a0';
const NNB = '\u202f';

const HEADER = NORD_SHEET.rows[0] as CellValue[];
const NEW_ACTION: CellValue[] = [7, 1, 'Une action nouvelle', 20_000, 10_000, 10_000];
const NEW_ITEM = `- Action 7 (axe 1) : Une action nouvelle pour un montant de 10${NNB}000${NB}€`;

/** The Nord's budget with its rows in this order (7: a new action). */
const inOrder = (...actions: number[]): Budget => sheetBudget([HEADER, ...actions.map((action) => (action === 7 ? NEW_ACTION : (NORD_SHEET.rows[action] as CellValue[])))]);
const nord = (change: (rows: CellValue[][]) => CellValue[][] = (rows) => rows) => sheetBudget(change(NORD_SHEET.rows.map((row) => [...row])));
const write = (paragraphs: readonly string[], budget: Budget, year: number | null = 2022) => checkConvention(paragraphs, budget, { year }).write as ArticleWrite;

/** The plan as an officer would read it: each paragraph kept, rewritten, deleted, or a new one. */
const plan = (paragraphs: readonly string[], budget: Budget, year: number | null = 2022) =>
  write(paragraphs, budget, year).list.map((change) => {
    if (change.kind === 'keep') return `keep ${change.paragraph}`;
    if (change.kind === 'delete') return `delete ${change.first}-${change.last}`;
    if (change.kind === 'insert') return `insert like ${change.like}: ${change.text}`;
    return `rewrite ${change.first}-${change.last}: ${change.text}`;
  });

const KEPT_HEADING = ['keep 3', 'keep 4'];

describe('actions moved in the budget: the fewest items move', () => {
  test.each<[string, number[], string[]]>([
    [
      'actions 2 and 3 swapped: action 2 moves after 3',
      [1, 3, 2, 4, 5, 6],
      [...KEPT_HEADING, 'keep 5', 'delete 6-6', 'keep 7', `insert like 7: ${TYPED_CONVENTION[6]}`, 'keep 8', 'keep 9', 'keep 10'],
    ],
    ['action 1 moved last: only it moves', [2, 3, 4, 5, 6, 1], [...KEPT_HEADING, 'delete 5-5', 'keep 6', 'keep 7', 'keep 8', 'keep 9', 'keep 10', `insert like 10: ${TYPED_CONVENTION[5]}`]],
    [
      'the rows sorted the other way: the first stays, the others move after it',
      [6, 5, 4, 3, 2, 1],
      [...KEPT_HEADING, 'delete 5-5', 'delete 6-6', 'delete 7-7', 'delete 8-8', 'delete 9-9', 'keep 10', ...[9, 8, 7, 6, 5].map((at) => `insert like 10: ${TYPED_CONVENTION[at]}`)],
    ],
  ])('%s', (_name, actions, expected) => {
    expect(plan(TYPED_CONVENTION, inOrder(...actions))).toEqual(expected);
  });

  test.each<[string, number[], string[]]>([
    ['a new action typed between actions 1 and 2: nothing else moves', [1, 7, 2, 3, 4, 5, 6], ['keep 4', 'keep 5', `insert like 5: ${NEW_ITEM}`, 'keep 6', 'keep 7', 'keep 8', 'keep 9', 'keep 10']],
    [
      'action 2 first, a new action, then action 1: action 1 moves',
      [2, 7, 1, 3, 4, 5, 6],
      ['keep 4', 'delete 5-5', 'keep 6', `insert like 6: ${NEW_ITEM}`, `insert like 6: ${TYPED_CONVENTION[5]}`, 'keep 7', 'keep 8', 'keep 9', 'keep 10'],
    ],
  ])('%s', (_name, actions, expected) => {
    expect(plan(TYPED_CONVENTION, inOrder(...actions)).slice(1)).toEqual(expected);
  });

  test('a convention of two actions listed the other way round in the budget: the budget’s first stays', () => {
    const paragraphs = TYPED_CONVENTION.slice(0, 7);
    expect(plan(paragraphs, inOrder(2, 1)).slice(-3)).toEqual(['delete 5-5', 'keep 6', `insert like 6: ${TYPED_CONVENTION[5]}`]);
  });
});

describe('article 4.1’s heading: only its year and amount change, in the document’s wording', () => {
  const STRAIGHT = [...TYPED_CONVENTION];
  STRAIGHT[3] = "4.1 Pour l'année 2022, l'administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :";
  const NO_YEAR = [...TYPED_CONVENTION];
  NO_YEAR[3] = '4.1 L’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :';
  const NO_YEAR_STRAIGHT = [...TYPED_CONVENTION];
  NO_YEAR_STRAIGHT[3] = "4.1 L'administration contribue  financièrement pour un montant de 500.000 EUR, pour les actions suivantes :";
  const raised = () => nord((rows) => withCell(withCell(rows, 2, 4, 75_000), 2, 5, 105_000));

  test.each<[string, readonly string[], Budget, number | null, string]>([
    ['another year, the same amount: « 500.000 EUR » and the straight apostrophes stay', STRAIGHT, nord(), 2023, STRAIGHT[3].replace('2022', '2023')],
    ['the same year, another amount', STRAIGHT, raised(), 2022, STRAIGHT[3].replace('500.000 EUR', `504${NNB}146${NB}€`)],
    ['no year given: the convention’s stays', STRAIGHT, raised(), null, STRAIGHT[3].replace('500.000 EUR', `504${NNB}146${NB}€`)],
    [
      'a heading that names no year: its own sentence written again after the article’s number',
      NO_YEAR,
      nord(),
      2023,
      `4.1 L’administration contribue financièrement pour un montant de 500${NNB}000${NB}€, pour les actions suivantes :`,
    ],
    ['a heading that names no year, no year given: its amount alone changes', NO_YEAR_STRAIGHT, raised(), null, NO_YEAR_STRAIGHT[3].replace('500.000 EUR', `504${NNB}146${NB}€`)],
  ])('%s', (_name, paragraphs, budget, year, expected) => {
    const written = write(paragraphs, budget, year);
    expect(written.heading).toBe(expected.replace(/ {2,}/g, ' '));
    expect(written.list[0]).toEqual({ kind: 'rewrite', first: 3, last: 3, text: expected });
  });

  test('a number glued to a sentence that names no year: the built-in sentence after it, a space between', () => {
    const paragraphs = ['Article 4.1 –L’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :', TYPED_CONVENTION[5] as string];
    const articles = readConventionArticles(paragraphs);
    if (!hasList(articles)) throw new Error('no list');
    expect(articleWrite(paragraphs, articles, nord(), { year: 2023 }).list[0]).toEqual({
      kind: 'rewrite',
      first: 0,
      last: 0,
      text: `Article 4.1 – Pour l’année 2023, l’administration contribue financièrement pour un montant de 500${NNB}000${NB}€, pour les actions suivantes :`,
    });
  });

  test('a heading Word numbers, naming no year: the budget’s sentence, no space before it', () => {
    const paragraphs = ['L’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :', ...TYPED_CONVENTION.slice(5, 11).map((item) => item.slice(2))];
    expect(write(paragraphs, nord(), 2023).list[0]).toEqual({
      kind: 'rewrite',
      first: 0,
      last: 0,
      text: `Pour l’année 2023, l’administration contribue financièrement pour un montant de 500${NNB}000${NB}€, pour les actions suivantes :`,
    });
  });

  test('a heading and 3.1 Word numbers: the article’s number is put back in what they read', () => {
    const paragraphs = [
      'Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1 745 883 EUR, conformément aux annexes 1 et 2.',
      'Pour l’année 2022, l’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :',
      ...TYPED_CONVENTION.slice(5, 11).map((item) => item.slice(2)),
    ];
    const written = write(paragraphs, nord());
    expect(written.unchanged).toBe(true);
    expect(written.heading).toBe(`4.1 ${paragraphs[1]}`);
    expect(written.costText).toBe(`3.1 ${paragraphs[0]}`);
  });
});

describe('items: only what differs changes', () => {
  const withItem = (item: string) => {
    const paragraphs = [...TYPED_CONVENTION];
    paragraphs[6] = item;
    return paragraphs;
  };
  const ITEM = 'Mieux garantir le droit à la santé des enfants pour un montant de 70 854 €';

  test.each<[string, string, CellValue, string]>([
    ['« (axe ) » left empty, the budget’s axis 2', `- Action 2 (axe ) : ${ITEM}`, 2, `- Action 2 (axe 2) : ${ITEM}`],
    ['« (axe ) » left empty, no axis in the budget', `- Action 2 (axe ) : ${ITEM}`, null, `- Action 2 : ${ITEM}`],
    ['an axis the budget no longer gives', `- Action 2 (axe 2) : ${ITEM}`, null, `- Action 2 : ${ITEM}`],
    ['an axis the convention did not write', `- Action 2 : ${ITEM}`, 2, `- Action 2 (axe 2) : ${ITEM}`],
    ['another axis', `- Action 2 (axe 1) : ${ITEM}`, 2, `- Action 2 (axe 2) : ${ITEM}`],
    ['the same axis', `- Action 2 (axe 2) : ${ITEM}`, 2, `- Action 2 (axe 2) : ${ITEM}`],
  ])('%s', (_name, item, axis, expected) => {
    const written = write(
      withItem(item),
      nord((rows) => withCell(rows, 2, 1, axis)),
    );
    expect(written.items[1]).toBe(expected);
  });

  test('a title that differs only by its apostrophes keeps the convention’s; another title is replaced', () => {
    const straight = nord((rows) => withCell(rows, 4, 2, "Renforcer les clauses sociales d'insertion au service de l'ERBM."));
    expect(write(TYPED_CONVENTION, straight).unchanged).toBe(true);
    const renamed = nord((rows) => withCell(rows, 4, 2, 'Renforcer les clauses sociales d’insertion.'));
    expect(write(TYPED_CONVENTION, renamed).items[3]).toBe('- Action 4 (axe 1) : Renforcer les clauses sociales d’insertion pour un montant de 54 460 €');
  });

  test('an amount the convention writes unreadably: the budget’s item whole', () => {
    expect(write(withItem(`- Action 2 (axe 2) : ${ITEM.replace('70 854', '70,854')}`), nord()).items[1]).toBe(
      `- Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 70${NNB}854${NB}€`,
    );
  });

  test('items written on one line, their stray spaces gone', () => {
    const paragraphs = withItem(`- Action 2 (axe 2) :  Mieux garantir  le droit à la santé des enfants pour un montant de 70 854 € `);
    const written = write(paragraphs, nord());
    expect(written.items[1]).toBe(`- Action 2 (axe 2) : ${ITEM}`);
    expect(written.list).toContainEqual({ kind: 'keep', paragraph: 6 });
  });
});

describe('what changes and what does not', () => {
  test('only an action’s State amount changes: the heading and that item, not 3.1; accepted, the document reads so', () => {
    const budget = nord((rows) => withCell(withCell(rows, 2, 4, 75_000), 2, 5, 105_000));
    const written = write(TYPED_CONVENTION, budget);
    expect(written.cost).toBeNull();
    expect(written.unchanged).toBe(false);
    const expected = [...TYPED_CONVENTION];
    expected[3] = TYPED_CONVENTION[3]!.replace('500.000 EUR', `504${NNB}146${NB}€`);
    expected[6] = TYPED_CONVENTION[6]!.replace('70 854 €', `75${NNB}000${NB}€`);
    expect(paragraphsAfter(TYPED_CONVENTION, written)).toEqual(expected);
  });

  test('only an action’s cost changes: 3.1 alone is rewritten', () => {
    const written = write(
      TYPED_CONVENTION,
      nord((rows) => withCell(withCell(rows, 2, 3, 200_000), 2, 5, 129_146)),
    );
    expect(written.list.every((change) => change.kind === 'keep')).toBe(true);
    expect(written.cost?.text).toBe(TYPED_CONVENTION[1]!.replace('1 745 883 EUR', `1${NNB}765${NNB}883${NB}€`));
    expect(written.unchanged).toBe(false);
  });

  test('an item a PDF broke over two lines that agrees: both lines kept', () => {
    const paragraphs = [
      ...TYPED_CONVENTION.slice(0, 10),
      '- Action 6 (axe 2) : Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations',
      'complexes d’enfants de l’ASE pour un montant de 227 366 €',
      TYPED_CONVENTION[11] as string,
    ];
    expect(write(paragraphs, nord()).unchanged).toBe(true);
  });

  test('an action the budget cannot read and the convention lacks changes nothing', () => {
    const written = write(TYPED_CONVENTION, sheetBudget([...NORD_SHEET.rows, [7, 1, 'Une action nouvelle', '45,139', 10_000, 10_000]]));
    expect(written.unchanged).toBe(true);
  });

  test('an action the budget cannot read keeps its item as the convention writes it', () => {
    const written = write(
      TYPED_CONVENTION,
      nord((rows) => withCell(rows, 3, 3, '95,000')),
    );
    expect(written.list).toContainEqual({ kind: 'keep', paragraph: 7 });
    expect(written.list.filter((change) => change.kind !== 'keep')).toHaveLength(1);
  });

  test('an action the budget cannot read, its item broken over two lines: both lines kept', () => {
    const paragraphs = [
      ...TYPED_CONVENTION.slice(0, 10),
      '- Action 6 (axe 2) : Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations',
      'complexes d’enfants de l’ASE pour un montant de 227 366 €',
      TYPED_CONVENTION[11] as string,
    ];
    const written = write(
      paragraphs,
      nord((rows) => withCell(rows, 6, 3, '1 060,883')),
    );
    expect(written.list.slice(-2)).toEqual([
      { kind: 'keep', paragraph: 10 },
      { kind: 'keep', paragraph: 11 },
    ]);
  });

  test('an action listed twice in the convention: the first item is the action’s, the second goes', () => {
    const paragraphs = [...TYPED_CONVENTION];
    paragraphs[9] = '- Action 4 (axe 1) : Développer une plate-forme « Mobilité inclusive » pour un montant de 60 000 €';
    expect(plan(paragraphs, nord())).toEqual([
      ...KEPT_HEADING,
      'keep 5',
      'keep 6',
      'keep 7',
      'keep 8',
      `insert like 8: ${TYPED_CONVENTION[9]!.replace('60 000 €', `60${NNB}000${NB}€`)}`,
      'delete 9-9',
      'keep 10',
    ]);
  });

  test('a new action in a list with « • » bullets gets one', () => {
    const paragraphs = TYPED_CONVENTION.map((text) => text.replace(/^- /, '• '));
    expect(write(paragraphs, sheetBudget([...NORD_SHEET.rows, NEW_ACTION])).items[6]).toBe(NEW_ITEM.replace('- ', '• '));
  });

  test('article 4.1 without items: each action a new item with « - »', () => {
    const written = write([...TYPED_CONVENTION.slice(0, 4), TYPED_CONVENTION[11] as string], nord());
    expect(written.items[0]).toMatch(/^- Action 1 \(axe 2\)/);
  });

  test('the seed as a PDF gives it agrees with the Nord: every line kept', () => {
    const written = write(seedPdfParagraphs(), nord());
    expect(written.unchanged).toBe(true);
    expect(written.items[3]).toBe(TYPED_CONVENTION[8]);
  });

  test('the seed as a PDF gives it, a year later: the heading broken over two lines is joined', () => {
    const written = write(
      seedPdfParagraphs(),
      nord((rows) => withCell(withCell(rows, 6, 4, 200_000), 6, 5, 860_883)),
      2023,
    );
    expect(written.list[0]).toEqual({
      kind: 'rewrite',
      first: 147,
      last: 148,
      // The lines joined by a space, each with its own characters.
      text: `4.1 Pour l’année 2023, l’administration contribue financièrement pour un montant de 472${NNB}634${NB}€, pour les  actions suivantes : `,
    });
    expect(written.list).toContainEqual({
      kind: 'rewrite',
      first: 163,
      last: 164,
      text: `- Action 6 (axe 2) : Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations  complexes d’enfants de l’ASE pour un montant de 200${NNB}000${NB}€ `,
    });
    expect(written.list).toContainEqual({ kind: 'keep', paragraph: 150 });
    expect(written.list).toContainEqual({ kind: 'keep', paragraph: 151 });
  });
});

describe('new items take the article’s spacing', () => {
  const FRENCH = `- Action 7 (axe 1)${NB}: Une action nouvelle pour un montant de 10${NNB}000${NB}€`;
  test.each<[string, (paragraphs: string[]) => void, string]>([
    ['plain spaces before the colons', () => undefined, NEW_ITEM],
    [
      'no-break spaces in the amounts only',
      (paragraphs) => {
        paragraphs[6] = `- Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 70${NB}854${NB}€`;
      },
      NEW_ITEM,
    ],
    [
      'a no-break space before a colon outside article 4.1',
      (paragraphs) => {
        paragraphs[2] = `ARTICLE 4${NB}: Conditions de détermination de la contribution financière`;
      },
      NEW_ITEM,
    ],
    [
      'a no-break space before the last item’s colon',
      (paragraphs) => {
        paragraphs[10] = (paragraphs[10] as string).replace('(axe 2) :', `(axe 2)${NB}:`);
      },
      FRENCH,
    ],
  ])('%s', (_name, change, expected) => {
    const paragraphs = [...TYPED_CONVENTION];
    change(paragraphs);
    expect(write(paragraphs, sheetBudget([...NORD_SHEET.rows, NEW_ACTION])).items[6]).toBe(expected);
  });
});

describe('a heading whose number is glued to its sentence, as a PDF or a slip of the keyboard leaves it', () => {
  test('« Article 4.1 –L’administration … » is written again with its number once', () => {
    const paragraphs = [
      TYPED_CONVENTION[2] as string,
      'Article 4.1 –L’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :',
      ...TYPED_CONVENTION.slice(4),
    ];
    expect(write(paragraphs, nord(), 2023).heading).toBe(`Article 4.1 – L’administration contribue financièrement pour un montant de 500${NNB}000${NB}€, pour les actions suivantes :`);
  });
});
