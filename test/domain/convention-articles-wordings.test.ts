import { readConventionArticles } from '../../src/domain';

const NB = '\u00a0';

/** Article 4.1's items as an officer types them, each with its amount. */
const ITEMS = [
  '- Action 1 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 70 854 €',
  '- Action 2 (axe 1) : Développer une plate-forme « Mobilité inclusive » pour un montant de 60 000 €',
];
const NEXT_ARTICLE = '4.2 Les contributions figurant aux 4.1, ne peuvent se substituer aux dépenses existantes du Conseil Départemental.';
const COST = 'Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1 745 883 €.';

const list = (paragraphs: readonly string[]) => readConventionArticles(paragraphs).list;
const cost = (paragraphs: readonly string[]) => readConventionArticles(paragraphs).cost;
const read = (paragraphs: readonly string[]) => {
  const found = list(paragraphs);
  return found === null
    ? null
    : { paragraph: found.paragraph, prefix: found.prefix, titleParagraph: found.titleParagraph, envelope: found.envelope?.cents ?? null, items: found.items.map((item) => item.number) };
};

describe('article 4.1 in another wording, numbered by Word: the sentence that announces the actions', () => {
  test.each([
    ['« actions suivantes »', 'Au titre de 2023, l’État verse au Département du Nord une somme de 130 854 € pour les actions suivantes :'],
    ['« actions ci-après »', 'Au titre de 2023, l’État verse au Département du Nord une somme de 130 854 € pour les actions ci-après :'],
    ['« actions ci-apres » as a PDF without accents gives it', 'Au titre de 2023, l’État verse au Département du Nord une somme de 130 854 EUR pour les actions ci-apres :'],
    ['a recital before it naming the same actions', 'Au titre de 2023, l’État verse au Département du Nord une somme de 130 854 € pour les actions suivantes :'],
  ])('%s', (name, heading) => {
    const recital = name.startsWith('a recital') ? ['Vu la délibération du 12 juin 2023 approuvant le financement de 130 854 € pour les actions suivantes :', ...ITEMS] : [];
    const paragraphs = ['ARTICLE 4 – Contribution financière', ...recital, heading, ...ITEMS, NEXT_ARTICLE];
    const at = paragraphs.indexOf(heading);
    expect(read(paragraphs)).toEqual({ paragraph: at, prefix: '', titleParagraph: null, envelope: 13_085_400, items: ['1', '2'] });
  });

  test('« l’action suivante »: a list of one action', () => {
    const paragraphs = ['Au titre de 2023, l’État verse au Département une somme de 70 854 € pour l’action suivante :', ITEMS[0] as string, NEXT_ARTICLE];
    expect(read(paragraphs)).toEqual({ paragraph: 0, prefix: '', titleParagraph: null, envelope: 7_085_400, items: ['1'] });
  });

  test('the object of the convention announcing the actions with no amount is not article 4.1', () => {
    const paragraphs = [
      'ARTICLE 2 – Objet',
      'Le Département s’engage à mettre en œuvre les actions suivantes :',
      '- Action 1 (axe 2) : Mieux garantir le droit à la santé des enfants',
      '- Action 2 (axe 1) : Développer une plate-forme « Mobilité inclusive »',
      'ARTICLE 4 – Contribution financière',
      'Au titre de 2023, l’État verse au Département du Nord une somme de 130 854 € pour les actions suivantes :',
      ...ITEMS,
    ];
    expect(read(paragraphs)).toMatchObject({ paragraph: 5, envelope: 13_085_400, items: ['1', '2'] });
  });

  test.each([
    ['no list follows the sentence', ['Le montant de 130 854 € est réparti entre les actions suivantes, décrites en annexe 1.', 'ARTICLE 5 – Durée']],
    ['the sentence is another numbered clause', ['4.3 Au titre de 2023, une somme de 130 854 € est versée pour les actions suivantes :', ...ITEMS]],
  ])('nothing is taken for article 4.1 when %s', (_case, paragraphs) => {
    expect(list(paragraphs)).toBeNull();
  });
});

describe('article 4.1 where the built-in sentence is written', () => {
  const HEADING = 'Pour l’année 2024, l’administration contribue financièrement pour un montant de 120 000 €, pour les actions suivantes :';

  test('numbered by Word, its actions not listed yet: found, with no items', () => {
    expect(read(['Préambule', HEADING, 'ARTICLE 5 – Durée de la convention'])).toEqual({ paragraph: 1, prefix: '', titleParagraph: null, envelope: 12_000_000, items: [] });
  });

  test('a title paragraph, then the sentence', () => {
    expect(read(['Article 4.1 – Contribution de l’État', 'Au titre de 2023, l’État verse au Département du Nord une somme de 130 854 € pour les actions suivantes :', ...ITEMS])).toEqual({
      paragraph: 1,
      prefix: '',
      titleParagraph: 0,
      envelope: 13_085_400,
      items: ['1', '2'],
    });
  });

  test('a title paragraph and the actions, with no sentence: the first action is not taken for the heading', () => {
    expect(list(['Article 4.1 – Actions financées', ...ITEMS, NEXT_ARTICLE])).toBeNull();
  });

  test.each([
    ['listed', ITEMS, ['1', '2']],
    ['not listed yet', [], []],
  ])('the table of contents names article 4.1 before the article itself: the article is read, its actions %s', (_case, items, numbers) => {
    const paragraphs = ['SOMMAIRE', 'Article 4.1 Contribution de l’État pour l’année 2024 ........ 5', 'Article 4.2 Versement ........ 6', `4.1 ${HEADING}`, ...items, NEXT_ARTICLE];
    expect(read(paragraphs)).toEqual({ paragraph: 3, prefix: '4.1 ', titleParagraph: null, envelope: 12_000_000, items: numbers });
  });

  test.each([
    ['listed', ITEMS, ['1', '2']],
    ['not listed yet', [], []],
  ])('the table of contents at the end of the document names article 4.1 again: the article is read, its actions %s', (_case, items, numbers) => {
    const paragraphs = [`4.1 ${HEADING}`, ...items, NEXT_ARTICLE, 'TABLE DES MATIÈRES', 'Article 4.1 Contribution de l’État pour l’année 2024 ........ 5', 'Article 4.2 Versement ........ 6'];
    expect(read(paragraphs)).toEqual({ paragraph: 0, prefix: '4.1 ', titleParagraph: null, envelope: 12_000_000, items: numbers });
  });

  test.each([
    ['its envelope', '4.1 500 000 € sont versés par l’État au titre de 2022 pour les actions suivantes :', { from: 4, to: 13 }, { from: 49, to: 53 }],
    ['its year', '4.1 2022 : l’État verse 500 000 € pour les actions suivantes :', { from: 24, to: 33 }, { from: 4, to: 8 }],
  ])('a sentence that starts with %s right after the article number: the number is not read into it', (_case, heading, envelope, year) => {
    const found = list([heading, '- Action 1 : Former les travailleurs sociaux pour un montant de 500 000 €']);
    expect(found?.envelope).toEqual({ cents: 50_000_000, text: '500 000 €', ...envelope });
    expect(found?.year).toEqual({ value: 2022, ...year });
  });

  test('the built-in sentence with its envelope not yet typed is not article 4.1', () => {
    expect(list([HEADING.replace('120 000 €', '[montant à compléter]'), ...ITEMS, NEXT_ARTICLE])).toBeNull();
  });

  test('a heading typed without its final colon ends where the actions start', () => {
    const found = list([`4.1 ${HEADING.replace(' :', '')}`, ...ITEMS, NEXT_ARTICLE]);
    expect(found?.items.map((item) => item.number)).toEqual(['1', '2']);
    expect(found?.lastParagraph).toBe(0);
  });

  test('the paragraph after the list is not part of its last action', () => {
    const found = list([`4.1 ${HEADING}`, ...ITEMS, 'Le versement interviendra en une seule fois à la signature de la présente convention.']);
    expect(found?.items.map((item) => [item.number, item.amount?.cents ?? null])).toEqual([
      ['1', 7_085_400],
      ['2', 6_000_000],
    ]);
    expect(found?.last).toBe(2);
  });

  test.each([
    [
      'an action broken over two lines by a PDF',
      ['- Action 1 (axe 2) : Mettre en œuvre un réseau de prévention', 'précoce pour un montant de 45 139 €'],
      'Mettre en œuvre un réseau de prévention précoce',
    ],
    [
      'an action typed with a tab and double spaces',
      ['- Action 1 (axe 2) :\tMettre en œuvre  un réseau de prévention précoce pour un montant de 45 139 €'],
      'Mettre en œuvre un réseau de prévention précoce',
    ],
    ['an action whose title is left blank', ['- Action 1 (axe 2) : pour un montant de 45 139 €'], ''],
  ])('%s: its title as the document writes it, on one line', (_case, lines, title) => {
    const found = list([`4.1 ${HEADING}`, ...lines, NEXT_ARTICLE]);
    expect(found?.items).toHaveLength(1);
    expect(found?.items[0]?.title).toBe(title);
    expect(found?.items[0]?.amount?.cents).toBe(4_513_900);
  });

  test('the written text of a broken action keeps the document’s characters, one space at the line break', () => {
    const found = list([`4.1 ${HEADING}`, '- Action 1 (axe 2) : Renforcer l’accès', `aux droits pour un montant de 45${NB}139${NB}€`]);
    expect(found?.items[0]?.written).toBe(`Action 1 (axe 2) : Renforcer l’accès aux droits pour un montant de 45${NB}139${NB}€`);
  });
});

describe('article 3.1, the total cost', () => {
  test.each([
    ['numbered « 3.1 »', [`3.1 ${COST}`], 0, null],
    ['numbered by Word', ['ARTICLE 3 – Coût du projet', COST], 1, null],
    ['a title paragraph, then the sentence', ['Article 3.1 – Coût du projet', COST], 1, 0],
    [
      'numbered by Word beside a recital giving the programme’s total cost',
      ['Considérant que le coût total du programme départemental s’élève à 4 000 000 € ;', 'ARTICLE 3 – Coût du projet', COST],
      2,
      null,
    ],
    [
      'in another wording, « coût total »',
      [
        'ARTICLE 3 – Coût du projet',
        'Le coût total des actions est de 1 745 883 €.',
        'ARTICLE 4 – Contribution',
        `4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 130 854 €, pour les actions suivantes :`,
        ...ITEMS,
      ],
      1,
      null,
    ],
    ['in another wording, « cout total » without its accent', ['Le cout total des actions est de 1 745 883 EUR.', 'Vu le coût total de 4 000 000 € du programme départemental'], 0, null],
  ])('%s', (_case, paragraphs, paragraph, titleParagraph) => {
    const found = cost(paragraphs);
    expect(found).toMatchObject({ paragraph, titleParagraph, prefix: paragraph === 0 && paragraphs[0]?.startsWith('3.1') === true ? '3.1 ' : '' });
    expect(found?.cost?.cents).toBe(174_588_300);
  });

  test('numbered « 3.1 » in another wording, while a recital gives the programme’s total cost', () => {
    const found = cost(['Considérant que le coût total du programme départemental s’élève à 4 000 000 € ;', '3.1 Le montant des dépenses éligibles est évalué à 1 745 883 €.']);
    expect(found?.paragraph).toBe(1);
    expect(found?.cost?.cents).toBe(174_588_300);
  });

  test('two sentences give a total cost and none is numbered: not guessed', () => {
    expect(cost(['Le coût total des actions de 2022 est de 1 745 883 €.', 'Le coût total des actions de 2023 est de 1 900 000 €.'])).toBeNull();
  });

  test.each([
    ['« est évalué à », « estimé » earlier in the sentence', '3.1 Le coût total estimé éligible des projets, dont 500 000 € à la charge de l’État, est évalué à 1 745 883 €.'],
    ['« s’élève à »', '3.1 Le coût total des projets, dont 500 000 € à la charge de l’État, s’élève à 1 745 883 €.'],
    ['« est fixé à »', '3.1 Le coût total des projets, dont 500 000 € à la charge de l’État, est fixé à 1 745 883 €.'],
    ['« est estimé à »', '3.1 Pour une contribution de l’État de 500 000 €, le coût total des projets est estimé à 1 745 883 €.'],
    ['« sont évalués à »', '3.1 Pour une contribution de l’État de 500 000 €, les coûts totaux des projets sont évalués à 1 745 883 €.'],
  ])('the amount after %s, not the State’s share written before it', (_, sentence) => {
    expect(cost([sentence])?.cost?.cents).toBe(174_588_300);
  });

  test('the amount after « est de », not the State’s share written before it', () => {
    expect(cost(['3.1 Pour une contribution de l’État de 500 000 €, le coût total des projets est de 1 745 883 €.'])?.cost?.cents).toBe(174_588_300);
  });

  test('the built-in sentence with its amount not yet typed is not article 3.1', () => {
    expect(cost(['ARTICLE 3 – Coût du projet', 'Le coût total estimé éligible des projets sur la durée de la convention est évalué à [montant à compléter].'])).toBeNull();
  });
});
