/**
 * The year a budget is about, as its workbook says it: officers title their sheets and files
 * "Convention Bassin minier 2022", "BP 2023", "budget-2024.xlsx". Article 4.1 opens with that year
 * ("Pour l'année 2022"), so it is a better default than today's when the officer has not set one.
 */

/** Where the year was found, nearest the budget first. */
export type YearPlace = 'title' | 'sheet' | 'table' | 'file';

export interface YearFound {
  readonly year: number;
  readonly from: YearPlace;
  /** The text it was read from, shown to the officer. */
  readonly text: string;
}

// A four-digit year of this century, not part of a longer number (an amount, a code).
const YEAR = /(?<![\d,.])(20\d\d)(?![\d,.]*\d)/;

/** The first year 2000–2099 a text names, or null. */
export function yearIn(text: string): number | null {
  const match = YEAR.exec(text);
  return match ? Number(match[1]) : null;
}

/** The year found in a budget's titles (the texts just above it), its sheet's name, its table's name, then the file's name. */
export function yearFoundFor(titles: readonly string[], sheet: string, table: string | null, fileName: string | undefined): YearFound | null {
  const places: Array<[YearPlace, string | null | undefined]> = [...titles.map((title): [YearPlace, string] => ['title', title]), ['sheet', sheet], ['table', table], ['file', fileName]];
  for (const [from, text] of places) {
    if (text === null || text === undefined) continue;
    const year = yearIn(text);
    if (year !== null) return { year, from, text };
  }
  return null;
}
