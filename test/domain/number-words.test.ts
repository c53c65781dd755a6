import { numbersInDigits, parseNumberWords } from '../../src/domain/typography/number-words';

describe('French numbers in words', () => {
  test.each([
    ['cinquante', 50],
    ['soixante', 60],
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['quatre-vingts', 80],
    ['quatre vingt', 80],
    ['quatre-vingt-dix', 90],
    ['quatre-vingt-dix-neuf', 99],
    ['vingt et un', 21],
    ['vingt-et-un', 21],
    ['cent', 100],
    ['deux cents', 200],
    ['cinq cents', 500],
    ['trois cent cinquante mille', 350_000],
    ['deux cent quatre-vingt-sept mille cinq cents', 287_500],
    ['deux cent douze mille', 212_000],
    ['mille', 1_000],
    ['mille deux cents', 1_200],
    ['dix mille', 10_000],
    ['cent mille', 100_000],
    ['un million', 1_000_000],
    ['un million deux cent mille', 1_200_000],
    ['deux millions cinq cent mille', 2_500_000],
    ['un milliard', 1_000_000_000],
    ['deux milliards', 2_000_000_000],
    ['million', 1_000_000],
  ])('« %s » is %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  test('a stray hyphen after the last word is ignored: « quatre-vingt- » is 80', () => {
    expect(parseNumberWords('quatre-vingt-')).toBe(80);
  });

  test.each(['', 'et', 'département', 'cinquante départements'])('« %s » is no number', (words) => {
    expect(parseNumberWords(words)).toBeNull();
  });
});

describe('numbers rewritten in digits for the reader (plain text: lower case, no accents)', () => {
  test.each([
    ['ne peut depasser cinquante pour cent de son cout', 'ne peut depasser 50 % de son cout'],
    ['est plafonnee a quatre-vingts pour cent du cout', 'est plafonnee a 80 % du cout'],
    ['a hauteur de 50 pour cent du cout', 'a hauteur de 50 % du cout'],
    ["une dotation d'un million deux cent mille euros.", "une dotation d'1 200 000 €."],
    ['un montant de trois cent cinquante mille euros', 'un montant de 350 000 €'],
    ["1 000 000 € (un million d'euros)", '1 000 000 € (1 000 000 €)'],
    ["s'eleve a 1,2 m€.", "s'eleve a 1 200 000 €."],
    ['enveloppe de 1,35 m€', 'enveloppe de 1 350 000 €'],
    ['une enveloppe de 2 m€', 'une enveloppe de 2 000 000 €'],
    ["1,5 million d'euros", '1 500 000 €'],
    ["2,25 millions d'euros", '2 250 000 €'],
    ['350 k€', '350 000 €'],
    ["un euro du departement pour un euro de l'etat", "1 € du departement pour 1 € de l'etat"],
    ['les deux departements et cinquante actions', 'les deux departements et cinquante actions'],
    ['212 000 € (deux cent douze mille euros)', '212 000 € (212 000 €)'],
    ['une enveloppe de 1,2m€', 'une enveloppe de 1 200 000 €'],
    ['un plafond de 1,5 million €', 'un plafond de 1 500 000 €'],
    ['au plus cinquante % du cout', 'au plus 50 % du cout'],
    ['a hauteur de 80 pourcent du cout', 'a hauteur de 80 % du cout'],
    // « et » joins French number words only before « un » or « onze »: between two numbers it is a range.
    ['un taux compris entre deux et trois pour cent', 'un taux compris entre deux et 3 %'],
    ['entre dix et vingt pour cent du cout', 'entre dix et 20 % du cout'],
    ['vingt et un pour cent', '21 %'],
    ['soixante et onze euros', '71 €'],
    ['trente-et-une euros', '31 €'],
  ])('« %s »', (plain, digits) => {
    expect(numbersInDigits(plain)).toBe(digits);
  });
});
