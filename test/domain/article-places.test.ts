import { BUILT_IN_PROFILE, type ConventionProfile, flatText, parseItem, parseProfileJson, readConventionArticles } from '../../src/domain';
import { articlePlaces, nextNonEmpty, type Paragraph, reads, templatePattern } from '../../src/domain/convention/article-places';
import { AMOUNT_BODY, EURO } from '../../src/domain/convention/written-amounts';

const NB = '\u00a0';
const NNB = '\u202f';

/** The fields as the reader fills them: a year in figures, an amount in figures with its euro sign. */
const LIST_FIELDS = { year: String.raw`\d{4}`, envelope: `${AMOUNT_BODY}${EURO}` };
const COST_FIELDS = { cost: `${AMOUNT_BODY}${EURO}` };
const { listHeading, costSentence } = BUILT_IN_PROFILE.sentences;

function paragraphs(...texts: string[]): Paragraph[] {
  return texts.map((text, index) => ({ ...flatText(text), index }));
}

describe('a template sentence read as a pattern: its words kept, its fields the values a convention writes', () => {
  test.each<[string, string, boolean]>([
    ['the seed’s heading, its number taken off', 'Pour l’année 2022, l’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :', true],
    [
      'typed in Word, no-break spaces around the amount and before the colon',
      `Pour l’année 2023, l’administration contribue financièrement pour un montant de 350${NNB}000${NB}€, pour les actions suivantes${NB}:`,
      true,
    ],
    ['in capitals, as a title page types it', 'POUR L’ANNÉE 2023, L’ADMINISTRATION CONTRIBUE FINANCIÈREMENT POUR UN MONTANT DE 110 000 €, POUR LES ACTIONS SUIVANTES :', true],
    ['no space before the colon', 'Pour l’année 2023, l’administration contribue financièrement pour un montant de 110 000 €, pour les actions suivantes:', true],
    [
      'the amount in letters: no figure to check, not the heading',
      'Pour l’année 2023, l’administration contribue financièrement pour un montant de cent dix mille euros, pour les actions suivantes :',
      false,
    ],
    ['« l’année prochaine »: no year', 'Pour l’année prochaine, l’administration contribue financièrement pour un montant de 110 000 €, pour les actions suivantes :', false],
    ['another article’s sentence', 'Les contributions figurant aux 4.1, ne peuvent se substituer aux dépenses existantes du Conseil Départemental.', false],
    [
      'its number still in front: the number is read apart, before the pattern',
      '4.1 Pour l’année 2023, l’administration contribue financièrement pour un montant de 110 000 €, pour les actions suivantes :',
      false,
    ],
  ])('the 2022 heading: %s', (_, text, expected) => {
    expect(templatePattern(listHeading, LIST_FIELDS).test(flatText(text).flat)).toBe(expected);
  });

  test.each<[string, string, boolean]>([
    ['the seed’s cost, its sentence ended', 'Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1 745 883 EUR.', true],
    ['the cost in letters', 'Le coût total estimé éligible des projets sur la durée de la convention est évalué à un million d’euros.', false],
  ])('the 2022 cost sentence: %s', (_, text, expected) => {
    expect(templatePattern(costSentence, COST_FIELDS).test(flatText(text).flat)).toBe(expected);
  });

  test.each<[string, string, string, boolean]>([
    // A part in brackets may be missing from the text; a field the reader does not fill is any words.
    [
      'a part in brackets, written',
      '{article} Au titre de l’exercice {year}, l’État apporte[ au {department}] une contribution de {envelope} pour les actions suivantes :',
      'Au titre de l’exercice 2024, l’État apporte au Département de la Somme une contribution de 1 200 000 € pour les actions suivantes :',
      true,
    ],
    [
      'a part in brackets, left out',
      '{article} Au titre de l’exercice {year}, l’État apporte[ au {department}] une contribution de {envelope} pour les actions suivantes :',
      'Au titre de l’exercice 2024, l’État apporte une contribution de 1 200 000 € pour les actions suivantes :',
      true,
    ],
    [
      'a field the reader does not fill',
      '{article} Pour l’année {year}, l’État verse au {department} une somme de {envelope}, pour les actions suivantes :',
      'Pour l’année 2023, l’État verse au Département du Nord une somme de 690 000 €, pour les actions suivantes :',
      true,
    ],
    [
      'its number written against the sentence in the template',
      '{article}Au titre de l’exercice {year}, l’État apporte une contribution de {envelope} pour les actions suivantes :',
      'Article 4.1 : Au titre de l’exercice 2024, l’État apporte une contribution de 1 200 000 € pour les actions suivantes :',
      false,
    ],
  ])('an officer’s heading: %s', (_, template, text, expected) => {
    expect(templatePattern(template, LIST_FIELDS).test(flatText(text).flat)).toBe(expected);
  });

  test('a template with two spaces after its number reads as with one', () => {
    const text = 'Au titre de l’exercice 2024, l’État apporte une contribution de 1 200 000 € pour les actions suivantes :';
    expect(templatePattern('{article}  Au titre de l’exercice {year}, l’État apporte une contribution de {envelope} pour les actions suivantes :', LIST_FIELDS).test(flatText(text).flat)).toBe(true);
  });
});

describe('a paragraph that may be the list’s heading: an amount, a year or the actions announced', () => {
  test.each<[string, boolean]>([
    ['l’État s’engage à verser une somme de 110 000 €, pour les actions suivantes :', true],
    ['une contribution de 110 000 € est versée', true],
    ['au titre de l’exercice 2024', true],
    ['Pour l’année 2023', true],
    ['l’administration contribue aux actions suivantes :', true],
    ['l’administration contribue à l’action suivante :', true],
    ['l’administration contribue aux actions ci-après :', true],
    ['l’administration contribue aux actions ci-apres :', true],
    ['Contribution de l’État', false],
    ['Conditions de détermination de la contribution financière', false],
  ])('« %s »: %s', (text, expected) => {
    expect(reads(flatText(text).flat)).toBe(expected);
  });
});

describe('the next paragraph with text, a few empty ones skipped', () => {
  const page = paragraphs('Article 4.1 – Contribution de l’État', '', '', '', 'Pour l’année 2023, l’État verse 110 000 €', '', '', '', '', 'Article 4.2 – Modalités');
  test.each<[string, number, number | undefined, number | null]>([
    ['the paragraph itself when it has text', 0, undefined, 0],
    ['three empty paragraphs skipped', 1, undefined, 4],
    ['one empty paragraph at most, when asked', 1, 1, null],
    ['four empty paragraphs are too many', 5, undefined, null],
    ['the last paragraph, after three empty ones', 7, undefined, 9],
    ['the document ends on empty paragraphs', 10, undefined, null],
  ])('%s', (_, from, limit, expected) => {
    expect(nextNonEmpty(page, from, limit)?.index ?? null).toBe(expected);
  });

  test('a document that ends on empty paragraphs, looked at from one of them', () => {
    expect(nextNonEmpty(paragraphs('Fait à Lille, le 3 octobre 2023', '', ''), 1)).toBeNull();
  });
});

describe('where a numbered article’s sentence is', () => {
  const isItem = (flat: string) => parseItem(flat) !== null;
  const sentence = templatePattern(listHeading, LIST_FIELDS);
  const places = (all: Paragraph[]) => articlePlaces(all, '4.1', sentence, reads, isItem).map((place) => ({ at: place.paragraph.index, prefix: place.prefix, title: place.titleParagraph }));

  test('the title on its own line, the sentence in the next paragraph', () => {
    expect(
      places(
        paragraphs(
          'Article 4.1 – Contribution de l’État',
          'Au titre de l’exercice 2023, l’État verse 110 000 € pour les actions suivantes :',
          'Action 1 : Réseau de prévention pour un montant de 110 000 €',
        ),
      ),
    ).toEqual([{ at: 1, prefix: '', title: 0 }]);
  });

  test('the title followed by an action is no heading', () => {
    expect(places(paragraphs('Article 4.1 – Contribution de l’État', 'Action 1 : Réseau de prévention pour un montant de 110 000 €'))).toEqual([]);
  });

  test('the title followed by the same number again: the second is the heading, read with its number', () => {
    expect(places(paragraphs('Article 4.1 – Contribution de l’État', '4.1 Au titre de l’exercice 2023, l’État verse 110 000 € pour les actions suivantes :'))).toEqual([
      { at: 1, prefix: '4.1 ', title: null },
    ]);
  });

  test('a heading Word numbers itself: the sentence alone, no number in the text', () => {
    expect(
      places(
        paragraphs('Vu le code général des collectivités territoriales', 'Pour l’année 2023, l’administration contribue financièrement pour un montant de 110 000 €, pour les actions suivantes :'),
      ),
    ).toEqual([{ at: 1, prefix: '', title: null }]);
  });
});

describe('a profile whose sentences were typed with spaces at their ends (a --profile file, a settings cell)', () => {
  const sentences = {
    listHeading: 'Pour l’année {year}, l’administration contribue financièrement pour un montant de {envelope}, pour les actions suivantes :',
    listItem: 'Action {number} : {title} pour un montant de {amount}',
    costSentence: 'Le coût total est de {cost}.',
  };
  const profileOf = (typed: typeof sentences): ConventionProfile => {
    const parse = parseProfileJson({ listArticle: '4.1', sentences: typed });
    if ('error' in parse) throw new Error(`profile refused: ${parse.error.key}`);
    return parse.profile;
  };
  const text = [
    '4.1 Pour l’année 2023, l’administration contribue financièrement pour un montant de 110 000 €, pour les actions suivantes :',
    '- Action 1 : Réseau de prévention pour un montant de 110 000 €',
  ];

  test('reads the article as it does without them', () => {
    const padded = { listHeading: ` ${sentences.listHeading} `, listItem: `  ${sentences.listItem}`, costSentence: `${sentences.costSentence} ` };
    const plain = readConventionArticles(text, profileOf(sentences));
    expect(plain.list?.items.map((item) => [item.number, item.amount?.cents])).toEqual([['1', 11_000_000]]);
    expect(readConventionArticles(text, profileOf(padded))).toEqual(plain);
  });
});
