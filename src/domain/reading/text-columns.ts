import { readAmount } from './amount';
import { type CellValue, foldSpaces } from './cells';
import { AMOUNT_FIELDS, type AmountField, type ColumnMap } from './headers';

/** An amount column whose cells are mostly words: its header names an amount, its cells do not hold one. */
export interface TextColumn {
  readonly field: AmountField;
  /** Index inside the source, as in ColumnMap. */
  readonly column: number;
  /** One of its texts, to quote to the officer (shortened). */
  readonly sample: string;
}

/** How much of a cell is looked at to tell words from a number: a long text is words long before. */
const LOOK = 256;
const SAMPLE = 60;

/** Whether a text is words rather than a number written badly: more letters than digits ("à définir", not "45,139"). */
function isWords(text: string): boolean {
  let letters = 0;
  let digits = 0;
  const end = Math.min(text.length, LOOK);
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
    else if ((code | 0x20) >= 97 && (code | 0x20) <= 122) letters++;
    else if (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) letters++;
  }
  // "12 EUR" has more letters than digits and is an amount: only words that are no amount count.
  return letters > digits && readAmount(text.length > LOOK ? text.slice(0, LOOK) : text).kind !== 'amount';
}

/**
 * The amount columns whose cells are mostly words (a subsidy list's "Aide d'État (ou pas) notifiée
 * à l'UE": « Aides ne relevant pas d'une aide d'état »): such a column is no amount column, whatever
 * its header says. A few words among numbers ("à définir") are unreadable amounts, reported cell by
 * cell; only a column where words are more than half of the filled cells, two at least, is set aside.
 */
export function textColumns(rows: ReadonlyArray<ReadonlyArray<CellValue>>, columns: ColumnMap): TextColumn[] {
  const found: TextColumn[] = [];
  for (const field of AMOUNT_FIELDS) {
    const column = columns[field];
    if (column === undefined) continue;
    let filled = 0;
    let words = 0;
    let sample = '';
    for (const row of rows) {
      const value = row[column] ?? null;
      if (value === null || typeof value === 'number') {
        if (value !== null) filled++;
        continue;
      }
      if (typeof value === 'string') {
        if (value.trim() === '') continue;
        if (isWords(value)) {
          words++;
          if (sample === '') sample = foldSpaces(value.length > SAMPLE * 2 ? value.slice(0, SAMPLE * 2) : value);
        }
      }
      filled++;
    }
    if (words >= 2 && words * 2 > filled) found.push({ field, column, sample: sample.length > SAMPLE ? `${sample.slice(0, SAMPLE - 1)}…` : sample });
  }
  return found;
}

/** The columns without those set aside. */
export function withoutColumns(columns: ColumnMap, set: readonly TextColumn[]): ColumnMap {
  if (set.length === 0) return columns;
  const kept: Partial<Record<keyof ColumnMap, number>> = { ...columns };
  for (const { field } of set) delete kept[field];
  return kept;
}
