import { type Budget, checkConvention, compareConvention, differenceJson, flatText, hasList, paragraphsAfter, parseItem, readConventionArticles, signatureDateOf, titleKey } from '../../src/domain';
import { comparisonNoteText, differenceText } from '../../src/i18n/convention-sentences';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { sheetBudget } from '../helpers/sheet-budget';
import { withCell } from '../helpers/workbooks';
import { seedPdfParagraphs, TYPED_CONVENTION } from '../helpers/typed-convention';

const NB = '\u00a0';
const NNB = '\u202f';

describe('reading article 4.1 and 3.1 from paragraphs', () => {
  test.each<[string, readonly string[], { prefix: string; year: number | null; envelope: number | null; items: number; first?: number }]>([
    ['« 4.1 … » then items with « - »', TYPED_CONVENTION, { prefix: '4.1 ', year: 2022, envelope: 50_000_000, items: 6 }],
    [
      '« Article 4.1 : … », items with « • », amounts with no-break spaces and cents',
      [
        `Article 4.1 : Pour l’année 2023, l’administration contribue financièrement pour un montant de 350${NNB}000,50${NB}€, pour les actions suivantes :`,
        `• Action 1 (axe 1) : Développer une plate-forme «${NB}Mobilité inclusive${NB}» pour un montant de 45${NB}139,50${NB}€`,
        '• Action 2 (axe 2) : Soutenir les cœurs de bourg pour un montant de 305 861 €',
      ],
      { prefix: 'Article 4.1 : ', year: 2023, envelope: 35_000_050, items: 2 },
    ],
    [
      'a number Word generates: the sentence alone, items as list paragraphs without a typed bullet',
      [
        'Préambule',
        'Pour l’année 2024, l’administration contribue financièrement pour un montant de 120 000 €, pour les actions suivantes :',
        'Action 1 (axe 1) : Former pour un montant de 60 000 €',
        'Action 2 : Loger pour un montant de 60 000 €',
        'Article 5',
      ],
      { prefix: '', year: 2024, envelope: 12_000_000, items: 2, first: 1 },
    ],
    [
      'a title paragraph, then the sentence in another wording',
      [
        'Article 4.1 – Contribution de l’État',
        'Au titre de 2023, l’État s’engage à verser au Département du Nord une somme de 350 000 €, pour les actions suivantes :',
        '- Action 1 : Former pour un montant de 350 000 €',
      ],
      { prefix: '', year: 2023, envelope: 35_000_000, items: 1, first: 1 },
    ],
    ['the seed as a PDF opened in Word: a line per paragraph, items broken over lines', seedPdfParagraphs(), { prefix: '4.1 ', year: 2022, envelope: 50_000_000, items: 6 }],
  ])('%s', (_name, paragraphs, expected) => {
    const { list } = readConventionArticles(paragraphs);
    expect(list).not.toBeNull();
    expect(list?.prefix).toBe(expected.prefix);
    expect(list?.year?.value ?? null).toBe(expected.year);
    expect(list?.envelope?.cents ?? null).toBe(expected.envelope);
    expect(list?.items).toHaveLength(expected.items);
    if (expected.first !== undefined) expect(list?.paragraph).toBe(expected.first);
  });

  test.each<[string, { number: string; axis: string | null; title: string; cents: number | null }]>([
    ['- Action 1 (axe 2) : Mettre en œuvre pour un montant de 45 139 €', { number: '1', axis: '2', title: 'Mettre en œuvre', cents: 4_513_900 }],
    ['Action 2 (axe ) : Développer des actions d’insertion pour un montant de 45.139 EUR', { number: '2', axis: '', title: 'Développer des actions d’insertion', cents: 4_513_900 }],
    [`• Action 3 bis : Plate-forme «${NB}Mobilité${NB}» pour un montant de 45${NB}139,50${NB}€.`, { number: '3 bis', axis: null, title: `Plate-forme «${NB}Mobilité${NB}»`, cents: 4_513_950 }],
    ['Action n° 4 (axe 1) – Soutien (crèche AVIP) pour un montant de 20 000 euros', { number: '4', axis: '1', title: 'Soutien (crèche AVIP)', cents: 2_000_000 }],
    ['Action 5 (axe 1) : Former pour un montant de 45,139 €', { number: '5', axis: '1', title: 'Former pour un montant de 45,139 €', cents: null }],
    ['Fiche 6 : Loger pour un montant de 1 200 000 € (un million deux cent mille euros)', { number: '6', axis: null, title: 'Loger', cents: 120_000_000 }],
  ])('item %s', (text, expected) => {
    const item = parseItem(flatText(text).flat);
    expect(item).not.toBeNull();
    expect({ number: item?.number, axis: item?.axis, cents: item?.amount?.cents ?? null }).toEqual({ number: expected.number, axis: expected.axis, cents: expected.cents });
    const { list } = readConventionArticles(['4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 10 €, pour les actions suivantes :', text]);
    expect(list?.items[0]?.title).toBe(expected.title);
  });

  test.each([
    ['Article 4 – Montant', 'a whole article, not 4.1'],
    ['4.10 Pour l’année 2022, pour un montant de 10 €, pour les actions suivantes :', 'article 4.10'],
    ['4.1.2 Pour l’année 2022, pour un montant de 10 €, pour les actions suivantes :', 'article 4.1.2'],
    ['Vu la convention 4.1 Pour l’année 2022 pour un montant de 10 €, pour les actions suivantes :', 'a recital'],
  ])('no article 4.1 in « %s » (%s)', (paragraph) => {
    expect(readConventionArticles(['Préambule', paragraph, 'Fin']).list).toBeNull();
  });

  test('article 3.1: its amount after « évalué à »', () => {
    const { cost } = readConventionArticles(TYPED_CONVENTION);
    expect(cost?.paragraph).toBe(1);
    expect(cost?.cost?.cents).toBe(174_588_300);
  });

  test('the article numbers come from the profile', () => {
    const paragraphs = [
      '6.1 Le coût total des actions est de 90 000 €.',
      '6.2 Pour l’année 2025, l’État verse 45 000 €, pour les actions suivantes :',
      '- Action 1 : Former pour un montant de 45 000 €',
    ];
    expect(readConventionArticles(paragraphs).list).toBeNull();
    const articles = checkConvention(paragraphs, sheetBudget(), { year: 2025 }).articles;
    expect(articles.listArticle).toBe('6.2');
    expect(articles.list?.items).toHaveLength(1);
    expect(articles.cost?.cost?.cents).toBe(9_000_000);
  });
});

describe('the convention compared with its budget', () => {
  const compare = (paragraphs: readonly string[], budget: Budget, year: number | null = 2022) => {
    const articles = readConventionArticles(paragraphs);
    if (!hasList(articles)) throw new Error('no list');
    return compareConvention(articles, budget, { year });
  };

  test('the seed against the Nord budget: they agree, typed or as a PDF gives it', () => {
    expect(compare(TYPED_CONVENTION, sheetBudget()).differences).toEqual([]);
    expect(compare(seedPdfParagraphs(), sheetBudget()).differences).toEqual([]);
  });

  test('each planted difference is found, and nothing else', () => {
    const planted = [...TYPED_CONVENTION];
    planted[1] = (planted[1] as string).replace('1 745 883 EUR', '1 700 000 EUR');
    planted[3] = (planted[3] as string).replace('2022', '2021').replace('500.000 EUR', '490 000 €');
    planted[6] = (planted[6] as string).replace('(axe 2)', '(axe 1)');
    planted[7] = (planted[7] as string).replace('internats scolaires', 'internats');
    planted[9] = (planted[9] as string).replace('60 000 €', '26 000 €');
    planted.splice(10, 1, '- Action 7 (axe 1) : Une action d’un autre budget pour un montant de 12 000 €');
    // Spacing, apostrophes and a final full stop are not differences.
    planted[5] = `- Action 1 (axe 2) : Mettre en œuvre,  coordonner et animer un réseau de prévention précoce pour l'apprentissage du langage. pour un montant de 45${NB}139${NB}€`;
    const { differences } = compare(planted, sheetBudget());
    expect(differences.map((difference) => [difference.kind, difference.action, difference.paragraph])).toEqual([
      ['year', null, 3],
      ['envelope', null, 3],
      ['axis', '2', 6],
      ['title', '3', 7],
      ['amount', '5', 9],
      ['missing-in-convention', '6', null],
      ['missing-in-budget', '7', 10],
      ['cost', null, 1],
    ]);
    const amount = differences.find((difference) => difference.kind === 'amount');
    expect(differenceText(amount!, 'fr')).toBe(`Action 5${NB}: 26${NNB}000${NB}€ dans la convention, 60${NNB}000${NB}€ dans le budget`);
    expect(differenceText(amount!, 'en')).toBe('Action 5: €26,000 in the convention, €60,000 in the budget');
    expect(differenceJson(amount!, differenceText(amount!, 'fr'))).toEqual({ kind: 'amount', action: '5', convention: 26000, budget: 60000, paragraph: 9, message: differenceText(amount!, 'fr') });
    expect(differenceJson(differences[0]!, differenceText(differences[0]!, 'fr'))).toMatchObject({ kind: 'year', convention: 2021, budget: 2022 });
  });

  test('the seed’s defects: another beneficiary’s actions, and « (axe ) »', () => {
    const pasDeCalais = sheetBudget(PAS_DE_CALAIS_SHEET.rows, 'Pas-de-Calais');
    const { differences } = compare(seedPdfParagraphs(), pasDeCalais);
    expect(differences.filter((difference) => difference.kind === 'title').map((difference) => difference.action)).toEqual(['1', '2', '3', '4', '5', '6']);
    const withEmptyAxis = [...TYPED_CONVENTION];
    withEmptyAxis[6] = '- Action 2 (axe ) : Mieux garantir le droit à la santé des enfants pour un montant de 70 854 €';
    const axis = compare(withEmptyAxis, sheetBudget()).differences;
    expect(axis).toHaveLength(1);
    expect(axis[0]).toMatchObject({ kind: 'axis', action: '2', convention: '', budget: '2' });
    expect(differenceText(axis[0]!, 'fr')).toBe(`Action 2${NB}: un axe vide «${NNB}(axe )${NNB}» dans la convention, l’axe 2 dans le budget`);
  });

  test('a year the budget does not give is not compared, and a note says so', () => {
    const { differences, notes } = compare(TYPED_CONVENTION, sheetBudget(), null);
    expect(differences).toEqual([]);
    expect(comparisonNoteText(notes[0]!, 'fr')).toMatch(/n’est pas comparée/);
  });

  test('titles: apostrophes, spaces and a final full stop normalised, nothing else', () => {
    expect(titleKey('Renforcer l’insertion.')).toBe(titleKey("Renforcer  l'insertion"));
    expect(titleKey(`Plate-forme «${NB}Mobilité${NB}»`)).toBe(titleKey('Plate-forme «Mobilité»'));
    expect(titleKey('Créer une équipe mobile dédiée')).not.toBe(titleKey('Créer une équipe mobile dédié'));
    expect(titleKey('Etc...')).toBe('Etc...');
  });
});

describe('what writing the budget changes', () => {
  const changed = () => {
    const rows = withCell(withCell(NORD_SHEET.rows, 2, 4, 75_000), 3, 1, 1);
    return sheetBudget([...rows.slice(0, 5), ...rows.slice(6), [7, 1, 'Une action nouvelle', 20_000, 10_000, 10_000, null]]);
  };

  test('accepted, the changes give the budget’s article: compared again, nothing differs', () => {
    const budget = changed();
    const check = checkConvention(TYPED_CONVENTION, budget, { year: 2023 });
    expect(check.comparison?.differences.length).toBeGreaterThan(0);
    const after = paragraphsAfter(TYPED_CONVENTION, check.write!);
    const again = checkConvention(after, budget, { year: 2023 });
    expect(again.comparison?.differences).toEqual([]);
    expect(again.write?.unchanged).toBe(true);
  });

  test('only what differs changes, in the document’s wording', () => {
    const check = checkConvention(TYPED_CONVENTION, changed(), { year: 2023 });
    const write = check.write!;
    expect(write.list.map((change) => change.kind)).toEqual(['rewrite', 'keep', 'keep', 'rewrite', 'rewrite', 'keep', 'delete', 'keep', 'insert']);
    // The heading keeps « 500.000 EUR »'s wording around the new figures.
    expect(write.list[0]).toMatchObject({
      kind: 'rewrite',
      text: `4.1 Pour l’année 2023, l’administration contribue financièrement pour un montant de 454${NNB}146${NB}€, pour les actions suivantes :`,
    });
    expect(write.list[3]).toMatchObject({ text: `- Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 75${NNB}000${NB}€` });
    expect(write.list[4]).toMatchObject({ text: '- Action 3 (axe 1) : Développer la mobilisation des internats scolaires comme outil de prévention pour un montant de 42 181 €' });
    expect(write.list[8]).toMatchObject({ kind: 'insert', like: 10, text: `- Action 7 (axe 1) : Une action nouvelle pour un montant de 10${NNB}000${NB}€` });
    expect(write.cost?.text).toBe(`3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1${NNB}645${NNB}883${NB}€, conformément aux annexes 1 et 2.`);
  });

  test('the amendment: the new article whole, and 3.1’s amount « au lieu de … lire … »', () => {
    const paragraphs = [...TYPED_CONVENTION, 'Fait à Arras, le 17 octobre 2022'];
    expect(signatureDateOf(paragraphs)).toBe('17 octobre 2022');
    const { amendment } = checkConvention(paragraphs, changed(), { year: 2022 });
    const lines = amendment!.text.split('\n');
    expect(lines[0]).toBe(`L’article 4.1 de la convention du 17 octobre 2022 est remplacé par les dispositions suivantes${NB}:`);
    expect(lines[1]).toMatch(/^«\u00a04\.1 Pour l’année 2022, .* 454\u202f146\u00a0€, pour les actions suivantes :$/);
    expect(lines.filter((line) => line.startsWith('- Action'))).toHaveLength(6);
    expect(lines.find((line) => line.startsWith('- Action 7'))).toMatch(/\u00a0»$/);
    expect(lines[lines.length - 1]).toBe(`À l’article 3.1 de la convention du 17 octobre 2022, au lieu de${NB}: «${NB}1 745 883 EUR${NB}», lire${NB}: «${NB}1${NNB}645${NNB}883${NB}€${NB}».`);
    expect(amendment!.html).toContain('<ul><li>Action 1 (axe 2) : Mettre en œuvre');
    expect(checkConvention(paragraphs, sheetBudget(), { year: 2022 }).amendment).toBeNull();
    expect(checkConvention(TYPED_CONVENTION, changed(), { year: 2022 }).amendment?.text).toContain('de la convention du [date à compléter]');
  });
});
