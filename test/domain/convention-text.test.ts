import { readProfile, sentencesOf } from '../../src/domain';

/**
 * How a convention's text, as pasted from a PDF or a Word file, is cut into the sentences the
 * reader reads: where each starts (its line, shown to the officer), which article it belongs to,
 * and whose words it holds (an amendment's replaced wording is no part of the text's values).
 */

const texts = (text: string): string[] => sentencesOf(text).map((sentence) => sentence.text);

describe('an amendment pasted from a PDF, sentence by sentence', () => {
  const amendment = [
    'AVENANT N° 2 À LA CONVENTION D’APPUI',
    'Vu le code général des collectivités territoriales,',
    'VU la convention du 12 mars 2024,',
    'Considérant les besoins du territoire,',
    'Il est convenu ce qui suit:',
    'Article premier – Objet',
    'Le présent avenant modifie l’article 4 de la convention.',
    'Article 1er bis',
    'ARTICLE II',
    'Les crédits de l’État sont délégués au Département du Pas-de-',
    'Calais avant le 30 juin.',
    '4.1 Pour l’année 2024, l’État verse 110 000 € pour les actions',
    'suivantes :',
    '- Action 1 : insertion',
    '• Action 2 : mobilité',
    '– Action 3 : parentalité',
    '« 4.2 La contribution de l’État n’excède pas 50 %.',
    'IV.3 Le Département rend compte.',
    'Au lieu de : « La participation de l’État ne peut excéder 40 %. »',
    'Lire : « La participation de l’État ne peut excéder 60 %. »',
  ].join('\n');

  test('each sentence with its line, its article, how it starts with it, and whose words it holds', () => {
    expect(sentencesOf(amendment).map((sentence) => [sentence.line, sentence.article, sentence.lead, sentence.voice, sentence.text])).toEqual([
      [1, null, null, 'own', 'AVENANT N° 2 À LA CONVENTION D’APPUI'],
      [2, null, null, 'own', 'Vu le code général des collectivités territoriales,'],
      [3, null, null, 'own', 'VU la convention du 12 mars 2024,'],
      [4, null, null, 'own', 'Considérant les besoins du territoire, Il est convenu ce qui suit:'],
      [6, '1', null, 'own', 'Article premier – Objet'],
      [7, '1', null, 'own', 'Le présent avenant modifie l’article 4 de la convention.'],
      [8, '1', null, 'own', 'Article 1er bis'],
      [9, 'II', null, 'own', 'ARTICLE II'],
      [10, 'II', null, 'own', 'Les crédits de l’État sont délégués au Département du Pas-de-Calais avant le 30 juin.'],
      [12, '4.1', 'number', 'own', '4.1 Pour l’année 2024, l’État verse 110 000 € pour les actions suivantes :'],
      [14, '4.1', null, 'own', '- Action 1 : insertion'],
      [15, '4.1', null, 'own', '• Action 2 : mobilité'],
      [16, '4.1', null, 'own', '– Action 3 : parentalité'],
      [17, '4.2', 'number', 'own', '« 4.2 La contribution de l’État n’excède pas 50 %.'],
      [18, 'IV.3', 'number', 'own', 'IV.3 Le Département rend compte.'],
      [19, 'IV.3', null, 'own', 'Au lieu de :'],
      [19, 'IV.3', null, 'replaced', 'La participation de l’État ne peut excéder 40 %.'],
      [20, 'IV.3', null, 'own', 'Lire :'],
      [20, 'IV.3', null, 'new', 'La participation de l’État ne peut excéder 60 %.'],
    ]);
  });

  test('each sentence’s offset is where its first character stands in the text', () => {
    for (const sentence of sentencesOf(amendment)) {
      // A quoted wording starts at its opening «, which its sentence leaves out.
      const from = amendment.slice(sentence.offset);
      const start = sentence.text.slice(0, 10);
      expect((sentence.voice === 'own' ? from : from.replace(/^« /, '')).slice(0, start.length)).toBe(start);
    }
  });
});

describe('a line that starts a sentence though the line above has no full stop', () => {
  // The party's designation, as a PDF breaks it, ends with no punctuation.
  const party = 'Le Département du Nord, représenté par son président';

  test.each([
    ['« Article 3 – Montant', '3', null],
    ['«Article 3 – Montant', '3', null],
    ['Article II – Durée', 'II', null],
    ['ARTICLE 4', '4', null],
    ['VU la délibération du 4 avril 2024,', null, null],
    ['Vu la délibération du 4 avril 2024,', null, null],
    ['Considérant les besoins du territoire,', null, null],
    ['« 4.2 La contribution de l’État est versée en une fois', '4.2', 'number'],
    ['«4.2 La contribution est versée', '4.2', 'number'],
    ['12.1 La contribution est versée', '12.1', 'number'],
    ['III.2 La contribution est versée', 'III.2', 'number'],
    ['4.1.2 La contribution est versée', '4.1.2', 'number'],
    ['4.12 La contribution est versée', '4.12', 'number'],
    ['« Lire : la contribution', null, null],
    ['«Au lieu de : la contribution', null, null],
    ['- Action 1 : insertion', null, null],
  ])('« %s »', (line, article, lead) => {
    expect(sentencesOf(`${party}\n${line}`).map((sentence) => [sentence.article, sentence.lead, sentence.text])).toEqual([
      [null, null, party],
      [article, lead, line],
    ]);
  });

  test.each(['PAS-DE-CALAIS', 'ENGAGEMENTS DE L’ÉTAT'])('a line in capitals, « %s », is a sentence of its own', (line) => {
    expect(texts(`${party}\n${line}\nsigne la présente convention`)).toEqual([party, line, 'signe la présente convention']);
  });

  test('« Articles 3 et 4 » at a line’s start goes on with the sentence above', () => {
    expect(texts(`${party}\nArticles 3 et 4 du code`)).toEqual([`${party} Articles 3 et 4 du code`]);
  });
});

describe('a heading line ends where its line does', () => {
  test.each([
    'ANNEXE FINANCIÈRE',
    'TITRE II – DISPOSITIONS FINANCIÈRES',
    'N° 2024-15 – CONVENTION D’APPUI',
    'ENGAGEMENTS FINANCIERS',
    'PLAN DE FINANCEMENT 2024',
    'Article 4 – Montant : La contribution de l’État est fixée comme suit pour l’année',
  ])('« %s »', (heading) => {
    expect(texts(`${heading}\n(montants en euros)`)).toEqual([heading, '(montants en euros)']);
  });
});

describe('the article a line gives: a heading gives it to what follows, a sentence only to itself', () => {
  test.each([
    [
      'Article 5 :\nLa contribution est versée',
      [
        ['5', null],
        ['5', null],
      ],
    ],
    [
      'Article 5 Actions financées\nla contribution est versée',
      [
        ['5', null],
        ['5', null],
      ],
    ],
    [
      'Article 7 Engagements pour 2024\nla contribution est versée',
      [
        ['7', null],
        ['7', null],
      ],
    ],
    [
      'Article 6 Montant de 110 000 € pour 2024\nla contribution est versée',
      [
        [null, null],
        [null, null],
      ],
    ],
    ['Article 5 Pour 2024, l’État verse 10 000 €.', [[null, null]]],
    ['Article 8 :Pour 2024, l’État verse 10 000 € au Département du Nord.', [['8', 'word']]],
    ['ARTICLE III : Le Département s’engage à cofinancer les actions.', [['III', 'word']]],
    ['Article 2.3 :Le Département cofinance.', [['2.3', 'word']]],
    ['Article 9 :   Le Département cofinance.', [['9', 'word']]],
  ])('« %s »', (text, expected) => {
    expect(sentencesOf(text).map((sentence) => [sentence.article, sentence.lead])).toEqual(expected);
  });

  test('« Article 4.1 : Pour l’année 2023, … » broken across two lines is one sentence, led by its article', () => {
    const text = 'Article 4.1 : Pour l’année 2023, l’État s’engage à verser au Département une somme de\n350 000 €, pour les actions suivantes :';
    expect(sentencesOf(text).map((sentence) => [sentence.article, sentence.lead, sentence.text])).toEqual([['4.1', 'word', text.replace('\n', ' ')]]);
  });
});

describe('more article lines, as officers’ conventions write them', () => {
  test.each([
    ['Article 10: Le Département cofinance.', [['10', 'word']]],
    ['Article III.2 : Le Département cofinance.', [['III.2', 'word']]],
    ['Article 12.10 : Le Département cofinance.', [['12.10', 'word']]],
    // Too long for a title: a sentence that happens to start with its article.
    [
      'Article 5 Actions financées au titre de la stratégie de prévention et de lutte contre la pauvreté\nla contribution',
      [
        [null, null],
        [null, null],
      ],
    ],
    [
      'Article 7 Suivi et évaluation (cf. annexe)\nla contribution',
      [
        ['7', null],
        ['7', null],
      ],
    ],
    [
      'Article 5 – Montant de la contribution de 110 000 €\nla contribution',
      [
        ['5', null],
        ['5', null],
      ],
    ],
    [
      'Article 6 Montant de 110 000 € pour la période 2024-2027\nla contribution',
      [
        [null, null],
        [null, null],
      ],
    ],
    [
      'Article 4 : Engagements financiers – contribution de l’État et des Départements\n(montants en euros)',
      [
        ['4', null],
        ['4', null],
      ],
    ],
  ])('« %s »', (text, expected) => {
    expect(sentencesOf(text).map((sentence) => [sentence.article, sentence.lead])).toEqual(expected);
  });

  test.each([
    'Article 4.1: Pour l’année 2024, l’État s’engage à verser au Département une somme de\n350 000 €.',
    'Article 4.1 :Pour l’année 2024, l’État s’engage à verser au Département une somme de\n350 000 €.',
    'Article 4.1 : Pour l’année 2023, le Département du Pas-de-Calais s’engage à verser\n350 000 €.',
  ])('« %s » is one sentence, led by its article', (text) => {
    expect(sentencesOf(text).map((sentence) => [sentence.article, sentence.lead, sentence.text])).toEqual([['4.1', 'word', text.replace('\n', ' ')]]);
  });

  test.each(['« Article 4.1', '«Article 4.1'])('an amendment’s new article quoted as « %s : Pour … » is one new sentence, led by its article', (opening) => {
    const text = `L’article 4.1 est remplacé par les dispositions suivantes :\n${opening} : Pour l’année 2024, l’État s’engage à verser au Département une somme de\n350 000 €. »`;
    expect(sentencesOf(text).map((sentence) => [sentence.article, sentence.lead, sentence.voice, sentence.text])).toEqual([
      [null, null, 'own', 'L’article 4.1 est remplacé par les dispositions suivantes :'],
      ['4.1', 'word', 'new', 'Article 4.1 : Pour l’année 2024, l’État s’engage à verser au Département une somme de 350 000 €.'],
    ]);
  });
});

describe('a table copied from Word: each row a sentence, its cells kept, under the header of its table', () => {
  test('rows with doubled tabs and non-breaking spaces, a table under a header, one without', () => {
    const text = [
      'Les montants sont répartis ainsi.',
      'Bénéficiaire\tContribution de l’État 2024',
      'Département du\u00a0Nord \t\t 450\u00a0000 €',
      'Département du Pas-de-Calais\t550 000 €',
      'Le Département rend compte.',
      'Total\t1 000 000 €',
      '',
      'Action 1\t200 000 €',
    ].join('\n');
    const header = ['Bénéficiaire', 'Contribution de l’État 2024'];
    expect(sentencesOf(text).map((sentence) => [sentence.line, sentence.text, sentence.cells, sentence.header])).toEqual([
      [1, 'Les montants sont répartis ainsi.', undefined, undefined],
      [2, 'Bénéficiaire | Contribution de l’État 2024', header, undefined],
      [3, 'Département du Nord | 450 000 €', ['Département du Nord', '450 000 €'], header],
      [4, 'Département du Pas-de-Calais | 550 000 €', ['Département du Pas-de-Calais', '550 000 €'], header],
      [5, 'Le Département rend compte.', undefined, undefined],
      [6, 'Total | 1 000 000 €', ['Total', '1 000 000 €'], undefined],
      [8, 'Action 1 | 200 000 €', ['Action 1', '200 000 €'], undefined],
    ]);
  });
});

describe('whose words: quotes that are an amendment’s wording, and quotes that are not', () => {
  test('« les actions suivantes : « Mobilité inclusive » » names actions: the text’s own words', () => {
    expect(sentencesOf('Le Département finance les actions suivantes : « Mobilité inclusive » et « Parentalité ». Il rend compte.').map((sentence) => [sentence.voice, sentence.text])).toEqual([
      ['own', 'Le Département finance les actions suivantes : « Mobilité inclusive » et « Parentalité ».'],
      ['own', 'Il rend compte.'],
    ]);
  });

  test('a new wording quoting a name ends at its own », and what follows it is the text’s again', () => {
    expect(
      sentencesOf('L’article 5 est ainsi rédigé : « Le Département finance l’action « Mobilité inclusive ». Il rend compte. » Le reste est inchangé.').map((sentence) => [
        sentence.voice,
        sentence.text,
      ]),
    ).toEqual([
      ['own', 'L’article 5 est ainsi rédigé :'],
      ['new', 'Le Département finance l’action « Mobilité inclusive ».'],
      ['new', 'Il rend compte.'],
      ['own', 'Le reste est inchangé.'],
    ]);
  });

  test('« Au lieu de : « … » » inside a new wording stays the replaced wording', () => {
    const voices = sentencesOf('L’article 5 est modifié comme suit : « Au lieu de : « 40 % » Lire : « 60 % » » Fin.').map((sentence) => [sentence.voice, sentence.text]);
    expect(voices).toEqual(
      expect.arrayContaining([
        ['replaced', '40 %'],
        ['new', '60 %'],
        ['own', 'Fin.'],
      ]),
    );
  });

  test('a quote never closed is no wording of an amendment', () => {
    expect(sentencesOf('Au lieu de : « La participation est de 40 %.').map((sentence) => sentence.voice)).toEqual(['own']);
  });
});

describe('more breaks as PDFs and Word files make them', () => {
  test.each([
    // A spaced dash at a line's end is no hyphen splitting a word.
    ['Pour le Département du Nord -\nDirection de l’insertion', ['Pour le Département du Nord - Direction de l’insertion']],
    ['Il est convenu ce qui suit:\nLe Département s’engage à cofinancer les actions.', ['Il est convenu ce qui suit:', 'Le Département s’engage à cofinancer les actions.']],
    [
      'Le Département s’engage à cofinancer les actions. "La contribution de l’État est versée en une fois."',
      ['Le Département s’engage à cofinancer les actions.', '"La contribution de l’État est versée en une fois."'],
    ],
    [
      'Le Département s’engage à cofinancer les actions. “La contribution de l’État est versée en une fois.”',
      ['Le Département s’engage à cofinancer les actions.', '“La contribution de l’État est versée en une fois.”'],
    ],
    // A line with one filled cell, its other cells left empty, is no table row.
    ['Montant total\t\t\nLe Département rend compte.', ['Montant total Le Département rend compte.']],
  ])('« %s »', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('« Article III.12 : … » is led by its article', () => {
    expect(sentencesOf('Article III.12 : Le Département cofinance.').map((sentence) => [sentence.article, sentence.lead])).toEqual([['III.12', 'word']]);
  });
});

test('a table on the fourth line of the text keeps its header', () => {
  const text = 'ARTICLE 2 – ENGAGEMENTS FINANCIERS\nLe soutien de l’État est réparti ainsi.\n\nBénéficiaire\tMontant\nDépartement du Nord\t450 000 €';
  expect(sentencesOf(text).find((sentence) => sentence.line === 5)?.header).toEqual(['Bénéficiaire', 'Montant']);
});

describe('clause numbers and accents as other writers give them', () => {
  test('« 4.1. » at a line’s start leads its clause, not a sentence of its own', () => {
    const sentences = sentencesOf('Le Département est représenté par son président.\n4.1. La contribution de l’État est versée en une fois.\n1. ENGAGEMENTS DE L’ÉTAT');
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Le Département est représenté par son président.',
      '4.1. La contribution de l’État est versée en une fois.',
      '1. ENGAGEMENTS DE L’ÉTAT',
    ]);
    expect(sentences[1]?.article).toBe('4.1');
  });

  test('an amendment copied with decomposed accents (a PDF copied on a Mac) is read as the same text composed', () => {
    const text = 'L’article 4.3 est modifié comme suit : « La contribution de l’État n’excède pas 60 %. » Le reste est inchangé.';
    const voices = (typed: string) => sentencesOf(typed).map((sentence) => sentence.voice);
    expect(voices(text)).toEqual(['own', 'new', 'own']);
    expect(voices(text.normalize('NFD'))).toEqual(['own', 'new', 'own']);
    expect(readProfile(text.normalize('NFD')).profile.stateCap).toEqual(readProfile(text).profile.stateCap);
  });
});
