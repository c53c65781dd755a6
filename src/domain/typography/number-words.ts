/**
 * Numbers as conventions write them besides plain digits: in words (« cinquante pour cent », « un
 * million deux cent mille euros »), abbreviated (« 1,2 M€ », « 350 k€ ») or in millions (« 1,5
 * million d’euros »). The reader works on plain text (lower case, no accents, straight apostrophes):
 * these functions take and give that text.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};

/**
 * A word of a French number: a unit or ten, « cent(s) », « mille », « million(s) », « milliard(s) »,
 * and « et » before « un » or « onze » only (« vingt et un », « soixante et onze »): between two
 * numbers it makes a range (« entre deux et trois pour cent »), not a sum.
 */
const NUMBER_WORD = String.raw`(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|millions?|milliards?|et(?=[ -](?:une?|onze)\b))`;
/** Words joined by spaces or hyphens (« quatre-vingt-dix », « deux cent quatre-vingt-sept mille cinq cents »). */
const WORDS = String.raw`(?!et\b)${NUMBER_WORD}(?:[ -]${NUMBER_WORD})*`;

/**
 * The number a run of French number words writes, or null when it is not one (« et » alone, a word
 * out of place). Both spellings are read: « vingt et un », « vingt-et-un », « quatre-vingts ».
 */
export function parseNumberWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== '' && word !== 'et');
  if (words.length === 0) return null;
  let total = 0;
  let small = 0;
  let last = 0;
  for (const word of words) {
    const unit = UNITS[word];
    if (unit !== undefined) {
      // « quatre-vingt » is 80: a unit just before « vingt » multiplies it (« deux cent quatre-vingt-sept » is 287).
      if ((word === 'vingt' || word === 'vingts') && last > 1 && last < 10) small += last * 19;
      else small += unit;
      last = unit;
      continue;
    }
    last = 0;
    if (word === 'cent' || word === 'cents') {
      small = (small === 0 ? 1 : small) * 100;
    } else if (word === 'mille') {
      total += (small === 0 ? 1 : small) * 1000;
      small = 0;
    } else if (word === 'million' || word === 'millions' || word === 'milliard' || word === 'milliards') {
      const scale = word.startsWith('million') ? 1_000_000 : 1_000_000_000;
      total += (small === 0 ? 1 : small) * scale;
      small = 0;
    } else {
      return null;
    }
  }
  // Every word either adds to the number or returns null: past the loop, the words wrote one.
  return total + small;
}

/** « 1 200 000 »: digits grouped by three, as the reader's amount pattern reads them. */
function grouped(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * Whole euros written as « 1 200 000 € ». Never cents: k€ and M€ take at most three decimals, times
 * 1 000 or more, and words write integers; rounding only drops a double's error (2,01 k€ is 2009.9999999999998).
 */
function euros(value: number): string {
  return `${grouped(Math.round(value))} €`;
}

/**
 * The plain text with every number written in words or abbreviated rewritten in digits, so that
 * one pattern reads them all: « cinquante pour cent » → « 50 % », « trois cent cinquante mille
 * euros » → « 350 000 € », « 1,2 M€ » → « 1 200 000 € », « 1,5 million d’euros » → « 1 500 000 € ».
 * Words not followed by a unit (« les deux départements ») are left as they are.
 */
export function numbersInDigits(plain: string): string {
  let text = plain;
  // « 1,2 M€ », « 1,2 millions d’euros », « 2 M€ », « 350 k€ », « 1.2 MEUR ».
  text = text.replace(/(?<![\d,.])(\d{1,3}(?:[.,]\d{1,3})?) ?(m€|meur\b|millions? d'euros|millions? €|k€|keur\b)/g, (all, number: string, unit: string) => {
    // Up to three digits, a decimal sign and up to three more: always a finite number.
    const value = Number(number.replace(',', '.'));
    return euros(value * (unit.startsWith('k') ? 1_000 : 1_000_000));
  });
  // Numbers in words before a unit: « pour cent », « % », « euros », « d’euros ».
  const inWords = new RegExp(String.raw`(?<![\p{L}\d])(${WORDS}) (pour ?cent|pour 100|%|euros?\b|d'euros\b)`, 'gu');
  text = text.replace(inWords, (all, words: string, unit: string) => {
    const value = parseNumberWords(words);
    if (value === null) return all;
    return unit.startsWith('pour') || unit === '%' ? `${value} %` : euros(value);
  });
  // « 50 pour cent », « 50 pour 100 ».
  return text.replace(/(\d+(?:,\d{1,2})?) pour ?(?:cent\b|100\b)/g, '$1 %');
}
