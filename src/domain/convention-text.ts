/**
 * A convention's text cut into sentences, each with its place in the text. Conventions come from
 * PDFs and Word files: lines break inside sentences (even inside amounts and hyphenated names), blank
 * lines fall mid-sentence, spaces repeat. A sentence ends at a full stop, a semicolon or a colon
 * before the next capital or number, and before an article, a numbered clause or a list item that
 * starts a line.
 */
export interface Sentence {
  /** The sentence on one line, its spaces single, as the officer reads it. */
  readonly text: string;
  /** Its first character's line in the text (1-based) and offset. */
  readonly line: number;
  readonly offset: number;
}

export function sentencesOf(text: string): Sentence[] {
  // One pass that keeps, for each character kept, where it came from.
  let flat = '';
  const origin: number[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (/[\s\u00a0\u202f]/.test(char)) {
      const start = index;
      let newline = false;
      while (index < text.length && /[\s\u00a0\u202f]/.test(text.charAt(index))) {
        if (text.charAt(index) === '\n') newline = true;
        index++;
      }
      const before = flat.charAt(flat.length - 1);
      // "Pas-de-\nCalais": a hyphen at the end of a line joins the word it split.
      if (newline && before === '-' && /\p{L}/u.test(text.charAt(index)) && /\p{L}/u.test(flat.charAt(flat.length - 2))) continue;
      flat += newline ? '\n' : ' ';
      origin.push(start);
      continue;
    }
    flat += char;
    origin.push(index);
    index++;
  }

  const starts = new Set<number>([0]);
  // A colon ends a sentence only at the end of its line ("… pour les actions suivantes :"), not
  // inside a list item ("Action 1 (axe 2) : Mettre en œuvre …").
  const endOfSentence = /[.;!?](?=[ \n]+["«»“]?[\p{Lu}\d«•–-])|:(?= ?\n)/gu;
  for (const match of flat.matchAll(endOfSentence)) starts.add(match.index + 1);
  const lineStart = /\n(?=(?:ARTICLE|Article)\s+\d|Vu\s|\d{1,2}(?:\.\d{1,2})+\.?\s|[-•–]\s|\p{Lu}{2,}[\s\p{Lu}’'-]*\n)/gu;
  for (const match of flat.matchAll(lineStart)) starts.add(match.index + 1);
  // A heading line ("ARTICLE 2 – ENGAGEMENTS FINANCIERS", "ANNEXE FINANCIÈRE") ends where its line does.
  const heading = /(?<=^|\n)(?:(?:ARTICLE|Article|ANNEXE|Annexe)\b[^\n]*|[\p{Lu}\d][\p{Lu}\d ’'–,.°-]*\p{Lu}{2}[\p{Lu}\d ’'–,.°-]*)\n/gu;
  for (const match of flat.matchAll(heading)) starts.add(match.index + match[0].length);
  const cuts = [...starts].sort((a, b) => a - b);

  const lineOf = lineCounter(text);
  const sentences: Sentence[] = [];
  for (let at = 0; at < cuts.length; at++) {
    const from = cuts[at] as number;
    const to = cuts[at + 1] ?? flat.length;
    const raw = flat.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.replace(/\n/g, ' ').replace(/ {2,}/g, ' ').trim().replace(/\. \.$/, '.');
    if (sentence === '') continue;
    const offset = origin[from + lead] ?? 0;
    sentences.push({ text: sentence, line: lineOf(offset), offset });
  }
  return sentences;
}

function lineCounter(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) breaks.push(index);
  return (offset) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((breaks[middle] as number) < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

/** Lower case, no accents, straight apostrophes, single spaces: what the reader's patterns match. */
export function plainOf(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ');
}
