import { plainOf, type Sentence } from '../../src/domain/profile/convention-text';
import { isPastAccount, readCap, readEnvelopes, readingText, readMatching, readYear } from '../../src/domain/profile/reader-figures';

const NB = '\u00a0';

/** A sentence of a convention's running text, as `sentencesOf` gives it. */
function sentence(text: string): Sentence {
  return { text, line: 1, offset: 0, voice: 'own', article: null, lead: null };
}

/** A row of a convention's table (a .docx table, a .txt copied from Word), under its header row when it has one. */
function row(cells: string[], header?: string[]): Sentence {
  return { text: cells.join(' | '), line: 2, offset: 0, voice: 'own', article: null, lead: null, cells, header };
}

const BENEFICIARIES = ['Bénéficiaire', 'Contribution de l’État 2024', 'Contribution de l’État 2025'];

describe('a table row read as a sentence', () => {
  test.each<[string, string[], string]>([
    ['a year says what its value is in the header', ['2024', '1 010 000 €'], "2024 : contribution de l'etat 2024 1 010 000 €"],
    ['a sub-total too', ['Sous-total', '1 010 000 €'], "sous-total : contribution de l'etat 2024 1 010 000 €"],
    ['a total too', ['Total', '1 400 000 €'], "total : contribution de l'etat 2024 1 400 000 €"],
    [
      'a Department, each value with its column',
      ['Département du Nord', '700 000 €', '720 000 €'],
      "departement du nord : contribution de l'etat 2024 700 000 € ; contribution de l'etat 2025 720 000 €",
    ],
    ['a Department of two words, with its article', ['Le Département de la Seine Saint-Denis', '700 000 €'], "le departement de la seine saint-denis : contribution de l'etat 2024 700 000 €"],
    ['a Conseil départemental', ['Conseil départemental du Pas-de-Calais', '500 000 €'], "conseil departemental du pas-de-calais : contribution de l'etat 2024 500 000 €"],
    ['a label that says what its value is keeps it alone', ['Dotation 2024', '800 000 €'], 'dotation 2024 : 800 000 €'],
    ['« Total général » is a label of its own', ['Total général', '1 400 000 €'], 'total general : 1 400 000 €'],
    [
      'a value past the header’s last column stays bare',
      ['Département du Nord', '700 000 €', '720 000 €', '740 000 €'],
      "departement du nord : contribution de l'etat 2024 700 000 € ; contribution de l'etat 2025 720 000 € ; 740 000 €",
    ],
  ])('%s', (_, cells, reading) => {
    expect(readingText(row(cells, BENEFICIARIES))).toBe(reading);
  });

  test('a row with no header row keeps its values bare', () => {
    expect(readingText(row(['Département du Nord', '700 000 €', '720 000 €']))).toBe('departement du nord : 700 000 € ; 720 000 €');
  });
});

describe('an amendment’s former value is no value of the text', () => {
  test.each<[string, string]>([
    ['Le montant de la subvention, initialement fixé à 400 000 €, est porté à 450 000 €.', 'le montant de la subvention est porte a 450 000 €.'],
    ['Initialement fixée à 400 000 €, la contribution de l’État est portée à 450 000 €.', " la contribution de l'etat est portee a 450 000 €."],
    ['La contribution de l’État, précédemment de 400 000 €, est portée à 450 000 €.', "la contribution de l'etat est portee a 450 000 €."],
    ['La contribution de l’État est portée à 450 000 €, initialement fixée à 400 000 €.', "la contribution de l'etat est portee a 450 000 € "],
    ...['prévu', 'prévue', 'arrêté', 'arrêtée', 'attribué', 'attribuée', 'accordé', 'accordée'].map((word): [string, string] => [
      `La subvention de l’État, initialement ${word} à 400 000 €, est portée à 450 000 €.`,
      "la subvention de l'etat est portee a 450 000 €.",
    ]),
  ])('« %s »', (text, reading) => {
    expect(readingText(sentence(text))).toBe(reading);
  });
});

describe('a past-tense account of the former convention', () => {
  test.each<[string, boolean]>([
    ['Les crédits de l’État étaient fixés à 400 000 €.', true],
    ['La contribution de l’État était fixée à 400 000 €.', true],
    ['La contribution de l’État était de 400 000 €.', true],
    ['La contribution de l’État a été fixée pour 2023 à 400 000 €.', true],
    ['La contribution de l’État a été arrêtée pour 2023 à 400 000 €.', true],
    ['Le montant a été fixé au titre de l’année 2023 à 400 000 €.', true],
    ['Le montant a été arrêté au titre de 2023 à 400 000 €.', true],
    ['La contribution de l’État est fixée pour 2024 à 450 000 €.', false],
    ['La contribution de l’État a été fixée pour l’essentiel à 450 000 €.', false],
  ])('« %s »: %s', (text, past) => {
    expect(isPastAccount(plainOf(text))).toBe(past);
  });
});

describe('the year of the convention', () => {
  test.each<[string, number[]]>([
    ['ANNÉE 2024', [2024]],
    ['Pour l’année 2023, l’administration contribue financièrement pour un montant de 350 000 €.', [2023]],
    ['Au titre de l’exercice 2024, l’État verse 120 000 €.', [2024]],
    ['La présente convention est conclue pour 2023-2025.', []],
    ['Les crédits sont attribués au titre de 2024/2025.', []],
    ['Vu la loi de finances pour 2024.', []],
    // A span written with spaces or words is no budget year either, nor is the amending budget law's.
    ['La présente convention est conclue pour 2024 – 2026.', []],
    ['Les crédits sont attribués au titre de 2024 à 2026.', []],
    ['Les crédits sont attribués pour 2024 et pour 2025.', []],
    ['Vu la loi de finances rectificative pour 2024.', []],
    ['Pour 2024, et dans la limite de 120 000 €, l’État contribue.', [2024]],
  ])('« %s »', (text, years) => {
    expect(readYear(plainOf(text)).map((figure) => figure.value)).toEqual(years);
  });
});

describe('the State’s cap on each action', () => {
  const cap = (text: string) => readCap(plainOf(text)).map((figure) => [figure.value, figure.shown]);
  test.each<[string, Array<[{ percent: number; equalAllowed: boolean }, string]>]>([
    ['L’État contribue à hauteur de 50 % du coût de chaque action.', [[{ percent: 5000, equalAllowed: true }, `50${NB}%`]]],
    ['L’État participe à hauteur de 50 % du coût de chaque action, le Département au moins à parité.', [[{ percent: 5000, equalAllowed: true }, `50${NB}%`]]],
    ['L’État finance chaque action pour au moins 20 % et au maximum 50 % de son coût.', [[{ percent: 5000, equalAllowed: true }, `50${NB}%`]]],
    ['La participation de l’État est plafonnée à 33,33 % du coût de chaque action.', [[{ percent: 3333, equalAllowed: true }, `33,33${NB}%`]]],
    ['L’État peut financer une action à hauteur de 100 % de son coût.', [[{ percent: 10000, equalAllowed: true }, `100${NB}%`]]],
    ['La contribution de l’État doit être strictement inférieure à 50 % du coût de chaque action.', [[{ percent: 5000, equalAllowed: false }, `50${NB}% (strict)`]]],
    // A minimum far before the cap is the Department's, and leaves the State's cap read.
    ['Le Département, qui finance au moins le tiers du coût de chaque action retenue, et l’État, dans la limite de 50 %, s’engagent.', [[{ percent: 5000, equalAllowed: true }, `50${NB}%`]]],
    // The Department's minimum, not the State's cap.
    ['Le cofinancement de l’État complète celui du Département, au moins à hauteur de 30 % du coût de chaque action.', []],
    // A share of places, not of the cost.
    ['L’État s’engage à hauteur de 50 % des places ouvertes.', []],
  ])('« %s »', (text, expected) => {
    expect(cap(text)).toEqual(expected);
  });
});

/** What a reader shows the officer, its no-break spaces as plain ones. */
const spaced = (shown: string) => shown.replace(/[\u00a0\u202f]/g, ' ');

describe('the Department’s matching', () => {
  const matching = (text: string) => readMatching(plainOf(text)).map((figure) => [figure.key, figure.value, spaced(figure.shown)]);
  test.each<[string, Array<[string, unknown, string]>]>([
    ['Le Département s’engage à apporter des crédits au moins égaux à 50 % des crédits alloués par l’État.', [['matchingRatio', 5000, '50 % de la part de l’État']]],
    ['Le Département apporte un financement égal à la moitié de la contribution de l’État.', [['matchingRatio', 5000, '0,5 (la moitié de la part de l’État)']]],
    ['Les crédits du Département sont au moins équivalents.', [['matchingRatio', 10000, '1 (au moins équivalent)']]],
    ['Le financement du Département est au moins équivalent.', [['matchingRatio', 10000, '1 (au moins équivalent)']]],
    ['Les crédits du Département sont au moins égaux dans leur montant à ceux de l’État.', [['matchingRatio', 10000, '1 (au moins équivalent)']]],
    ['La participation du Département est au moins égale à celle de l’État.', [['matchingRatio', 10000, '1 (au moins équivalent)']]],
    ['Les crédits du Département sont au moins égaux au montant des crédits de l’État.', [['matchingRatio', 10000, '1 (au moins équivalent)']]],
    [
      'Les crédits du Département sont au moins égaux aux montants des crédits de l’État, au total.',
      [
        ['matchingRatio', 10000, '1 (au moins équivalent)'],
        ['matchingScope', 'total', 'au total'],
      ],
    ],
    [
      'Les crédits du Département sont au moins égaux à ceux de l’État pour chaque action.',
      [
        ['matchingRatio', 10000, '1 (au moins équivalent)'],
        ['matchingScope', 'action', 'par action'],
      ],
    ],
    [
      'Le Département apporte au moins 30 % du coût de chaque action, en complément de l’État.',
      [
        ['departmentMinPercent', 3000, '30 % du coût'],
        ['matchingScope', 'action', 'par action'],
      ],
    ],
    // The State's minimum, not the Department's.
    ['Le Département s’engage à ce que le cofinancement minimal de l’État atteigne 30 % du coût de chaque action.', []],
    // Another funder's commitment.
    ['La Région s’engage à apporter au moins 30 % du coût de chaque action.', []],
  ])('« %s »', (text, expected) => {
    expect(matching(text)).toEqual(expected);
  });
});

describe('the State envelope in a sentence', () => {
  const envelopes = (text: string) => readEnvelopes(readingText(sentence(text)), sentence(text), null).map((figure) => [figure.key, figure.value, spaced(figure.shown)]);
  test.each<[string, Array<[string, unknown, string]>]>([
    ['Pour l’année 2023, l’administration contribue financièrement pour un montant de 350 000,50 €.', [['envelope', 35_000_050, '350 000,50 €']]],
    ['L’État s’engage à verser une subvention de 45 139,5 €.', [['envelope', 4_513_950, '45 139,50 €']]],
    // In a State convention a subsidy named alone is the State's.
    ['Subvention d’un montant de 401 000 €, versée à la signature.', [['envelope', 40_100_000, '401 000 €']]],
    [
      'L’État s’engage à verser au Département du Nord une somme de 700 000 €.',
      [
        ['envelope', 70_000_000, '700 000 €'],
        ['envelopes', { 'Département du Nord': 70_000_000 }, 'Département du Nord : 700 000 €'],
      ],
    ],
    [
      'L’État s’engage à verser au Département de la Seine Saint-Denis une somme de 600 000 €.',
      [
        ['envelope', 60_000_000, '600 000 €'],
        ['envelopes', { 'Département de la Seine Saint-Denis': 60_000_000 }, 'Département de la Seine Saint-Denis : 600 000 €'],
      ],
    ],
    [
      'L’État attribue une subvention de 1 200 000 €, partagée entre le Département du Nord (700 000 €) et le Département du Pas-de-Calais (500 000 €).',
      [['envelopes', { 'Département du Nord': 70_000_000, 'Département du Pas-de-Calais': 50_000_000 }, 'Département du Nord : 700 000 €, Département du Pas-de-Calais : 500 000 €']],
    ],
    [
      'L’État attribue une subvention de 1 200 000 EUR, répartie entre le Département du Nord (700 000 EUR) et le Département du Pas-de-Calais (500 000 EUR).',
      [['envelopes', { 'Département du Nord': 70_000_000, 'Département du Pas-de-Calais': 50_000_000 }, 'Département du Nord : 700 000 €, Département du Pas-de-Calais : 500 000 €']],
    ],
    // The Department's own subsidy to an association.
    ['Le Département verse une subvention de 100 000 € à l’association.', []],
    // A payment of the subsidy, not the subsidy.
    ['Un premier versement de la subvention de l’État de 200 000 € intervient à la signature.', []],
  ])('« %s »', (text, expected) => {
    expect(envelopes(text)).toEqual(expected);
  });
});

describe('the State envelope in a table row', () => {
  const envelopes = (cells: string[], header: string[]) => {
    const read = row(cells, header);
    return readEnvelopes(readingText(read), read, null).map((figure) => [figure.key, figure.value, spaced(figure.shown), figure.forYear]);
  };
  test.each<[string[], string[], Array<[string, unknown, string, number | undefined]>]>([
    [['Département du Nord', '700 000 €'], BENEFICIARIES, [['envelopes', { 'Département du Nord': 70_000_000 }, 'Département du Nord : 700 000 €', undefined]]],
    [['Contribution de l’État', '420 000 €'], ['Financeur', 'Montant'], [['envelope', 42_000_000, '420 000 €', undefined]]],
    [['Montant total de la contribution de l’État', '1 200 000 €'], ['Financeur', 'Montant'], [['envelope', 120_000_000, '1 200 000 €', undefined]]],
    ...['Subvention de l’État', 'Crédit État', 'Enveloppe de l’État', 'Dotation de l’État', 'Participation de l’État', 'Montant État'].map(
      (column): [string[], string[], Array<[string, unknown, string, number | undefined]>] => [['2025', '1 010 000 €'], ['Année', column], [['envelope', 101_000_000, '1 010 000 €', 2025]]],
    ),
    // A total repeats the rows above it.
    [['Total de la contribution de l’État', '1 200 000 €'], ['Financeur', 'Montant'], []],
    // Neither the State's nor a contribution: the Department's own money, an amount of no one.
    [['2025', '1 010 000 €'], ['Année', 'Participation du Département'], []],
    [['2025', '1 010 000 €'], ['Année', 'Montant'], []],
    // An advance is a payment of the envelope.
    [['Avance de l’État', '150 000 €'], ['Financeur', 'Montant'], []],
    // One action's share is no envelope.
    [['Action 1', '45 139 €'], ['Action', 'Contribution de l’État'], []],
  ])('%j under %j', (cells, header, expected) => {
    expect(envelopes(cells, header)).toEqual(expected);
  });
});
