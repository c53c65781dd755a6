import type { FlatText } from './convention-text-map';
import { amountsIn, escapeRegExp } from './written-amounts';

/** Where a convention's articles sit among its paragraphs: their numbers, their sentences, their years. */

export const RECITAL = /^vu\b/i;
/** A paragraph that starts another numbered article or clause: « 6.2 … », « Article 5 … ». */
export const NUMBERED = /^(?:\d+(?:\.\d+)+\b|art(?:icle|\.)\s*\d)/i;

/** « Article 4.1 : », « Art. 4.1 - », « 4.1. », « 4.1 » at the start of a paragraph; never 4.10 or 4.1.2. */
export function articlePrefix(article: string): RegExp {
  return new RegExp(String.raw`^(?:art(?:icle|\.)? ?)?${escapeRegExp(article)}(?![.\d]\d)\.?(?: ?[:–—.)-] ?| |$)`, 'i');
}

/** A template's sentence as a pattern over flat text: its words kept, each field a wildcard. */
export function templatePattern(template: string, fields: Readonly<Record<string, string>>): RegExp {
  let pattern = '';
  // Trimmed first: a sentence typed with a space before it ("--profile" files, settings cells) would
  // otherwise start the pattern with " ?", a quantifier on nothing once the pattern is trimmed.
  for (const token of template
    .replace(/\{article\}\s*/g, '')
    .trim()
    .match(/\{\w+\}|\[|\]|[^{[\]]+/g) ?? []) {
    if (token === '[') pattern += '(?:';
    else if (token === ']') pattern += ')?';
    else if (token.startsWith('{')) pattern += fields[token.slice(1, -1)] ?? '.*?';
    else pattern += escapeRegExp(token.replace(/[’‘]/g, "'").replace(/\s+/g, ' ')).replace(/ /g, ' ?');
  }
  return new RegExp(`^${pattern}`, 'iu');
}

/** A year as the text writes it; the span is in the flat text. */
export interface WrittenYear {
  readonly value: number;
  readonly from: number;
  readonly to: number;
}

const YEAR_CUES = [/\b(?:l'ann[ée]e|l'exercice|ann[ée]e|exercice)\s(\d{4})\b/iu, /\bau titre de\s(\d{4})\b/iu, /(?<![\d.,] ?)\b((?:19|20)\d{2})\b(?! ?\d)/u];

export function yearIn(flat: string): WrittenYear | null {
  for (const cue of YEAR_CUES) {
    const match = new RegExp(cue.source, `${cue.flags}d`).exec(flat);
    const indices = match?.indices?.[1];
    if (match && indices) return { value: Number(match[1]), from: indices[0], to: indices[1] };
  }
  return null;
}

export interface Paragraph extends FlatText {
  readonly index: number;
}

/** The heading sentence or the items start with an amount, a year or "actions suivantes". */
export function reads(flat: string): boolean {
  return amountsIn(flat).length > 0 || /\b(?:suivantes?|ci-apr[eè]s)\b/iu.test(flat) || yearIn(flat) !== null;
}

export function nextNonEmpty(all: readonly Paragraph[], from: number, limit = 3): Paragraph | null {
  for (let index = from; index < all.length && index < from + limit + 1; index++) {
    const paragraph = all[index] as Paragraph;
    if (paragraph.flat !== '') return paragraph;
  }
  return null;
}

export interface HeadingPlace {
  readonly paragraph: Paragraph;
  readonly prefix: string;
  readonly titleParagraph: number | null;
}

/** Where a numbered article's sentence is: after its number in the same paragraph, or alone in the next one. */
export function articlePlaces(all: readonly Paragraph[], article: string, sentence: RegExp, isSentence: (flat: string) => boolean, isItem: (flat: string) => boolean): HeadingPlace[] {
  const prefix = articlePrefix(article);
  const places: HeadingPlace[] = [];
  for (const paragraph of all) {
    const { flat } = paragraph;
    if (flat === '' || RECITAL.test(flat)) continue;
    const numbered = prefix.exec(flat);
    if (numbered !== null) {
      const rest = flat.slice(numbered[0].length);
      if (isSentence(rest)) {
        places.push({ paragraph, prefix: paragraph.original.slice(0, paragraph.origin[numbered[0].length]), titleParagraph: null });
        continue;
      }
      // « Article 4.1 – Contribution de l'État » on its own line, the sentence below it.
      const next = nextNonEmpty(all, paragraph.index + 1);
      if (next !== null && isSentence(next.flat) && !isItem(next.flat) && !prefix.test(next.flat)) places.push({ paragraph: next, prefix: '', titleParagraph: paragraph.index });
      continue;
    }
    // A number Word generates is not in the text: the sentence itself is.
    if (sentence.test(flat)) places.push({ paragraph, prefix: '', titleParagraph: null });
  }
  return places;
}
