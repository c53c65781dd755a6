/**
 * A convention's text cut into sentences, each with its place in the text. Conventions come from
 * PDFs and Word files: lines break inside sentences (even inside amounts and hyphenated names), blank
 * lines fall mid-sentence, spaces repeat. A sentence ends at a full stop, a semicolon or a colon
 * before the next capital or number, and before an article, a numbered clause or a list item that
 * starts a line. A line with tabs is a table row (a .txt copied from Word, or a .docx table as
 * `conventionTextOfHtml` writes it): the row is a sentence of its own, its cells kept.
 */
export interface Sentence {
  /** The sentence on one line, its spaces single, as the officer reads it (a row: its cells joined by « | »). */
  readonly text: string;
  /** Its first character's line in the text (1-based) and offset. */
  readonly line: number;
  readonly offset: number;
  /** A table row's cells, and the header row of its table when it has one. */
  readonly cells?: readonly string[];
  readonly header?: readonly string[] | undefined;
  /**
   * The article the sentence belongs to ("4.1", "5", "III.2"): the number it starts with, else the
   * last article heading or numbered clause above it. `lead` says how the sentence itself starts with
   * it: "4.1 Pour …" (number) or "Article 4.1 : Pour …" (word); null when it starts with text.
   */
  readonly article: string | null;
  readonly lead: 'number' | 'word' | null;
  /**
   * Whose words these are: the text's own; the new wording an amendment quotes (« est remplacé par
   * les dispositions suivantes : « … » », « Lire : « … » »); or the wording it replaces (« Au lieu de :
   * « … » »), which is no part of this text's values.
   */
  readonly voice: 'own' | 'new' | 'replaced';
}

const ARTICLE_HEADING = /^(?:[«"“]\s*)?(?:ARTICLE|Article)\s+(premier|1er|\d+(?:\.\d+)*|[IVXLC]+(?:\.\d+)*)\b\.?/u;
const NUMBERED_CLAUSE = /^(?:[«"“]\s*)?((?:\d{1,2}|[IVXLC]{1,5})(?:\.\d{1,2})+)\.?(?=\s)/u;

export function sentencesOf(typed: string): Sentence[] {
  // Composed first: a PDF copied on a Mac gives « modifié » as « modifie » and an accent, which the
  // patterns' plain copy turns into a space (« modifie  comme suit »). Offsets are the composed text's.
  const text = typed.normalize('NFC');
  const lines = linesOf(text);
  const rows = tableRows(lines);
  const regions = quoteRegions(text);

  // One pass that keeps, for each character kept, where it came from; table rows are left out of it.
  let flat = '';
  const origin: number[] = [];
  const forced = new Set<number>([0]);
  let index = 0;
  const rowAt = new Map(rows.map((row) => [row.offset, row]));
  while (index < text.length) {
    const row = rowAt.get(index);
    if (row !== undefined) {
      forced.add(flat.length);
      index = row.offset + row.raw.length;
      continue;
    }
    const char = text.charAt(index);
    if (/[\s\u00a0\u202f]/.test(char)) {
      const start = index;
      let newline = false;
      while (index < text.length && /[\s\u00a0\u202f]/.test(text.charAt(index)) && !rowAt.has(index)) {
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

  const starts = new Set<number>(forced);
  // A quoted wording is a sentence of its own: "Au lieu de :" before it and what follows it are not.
  for (const region of regions.all) {
    starts.add(lowerBound(origin, region.from));
    starts.add(lowerBound(origin, region.to));
  }
  // A colon ends a sentence only at the end of its line ("… pour les actions suivantes :"), not
  // inside a list item ("Action 1 (axe 2) : Mettre en œuvre …").
  // Not after a clause number at a line's start: « 4.1. La contribution … », « 1. ENGAGEMENTS … ».
  const endOfSentence = /(?<!(?:^|\n)[«"“]?\s?(?:\d{1,2}|[IVXLC]{1,5})(?:\.\d{1,2})*)[.;!?][»"”]?(?=[ \n]+["«»“]?[\p{Lu}\d«•–-])|:(?= ?\n)/gu;
  for (const match of flat.matchAll(endOfSentence)) starts.add(match.index + match[0].length);
  const lineStart =
    /\n(?=[«"“]?\s?(?:ARTICLE|Article)\s+(?:\d|[IVXLC]+\b|premier|1er)|Vu\s|VU\s|Considérant\s|[«"“]?\s?(?:\d{1,2}|[IVXLC]{1,5})(?:\.\d{1,2})+\.?\s|[-•–]\s|[«"“]?\s?(?:Au lieu de|Lire)\b|\p{Lu}{2,}[\s\p{Lu}’'-]*\n)/gu;
  for (const match of flat.matchAll(lineStart)) starts.add(match.index + 1);
  // A heading line ("ARTICLE 2 – ENGAGEMENTS FINANCIERS", "Article 5 – Actions financées", "ANNEXE FINANCIÈRE") ends where its line does.
  const heading = /(?<=^|\n)(?:[«"“]?\s?(?:ARTICLE|Article|ANNEXE|Annexe|TITRE|Titre)\b[^\n]*|[\p{Lu}\d][\p{Lu}\d ’'–,.°-]*\p{Lu}{2}[\p{Lu}\d ’'–,.°-]*)\n/gu;
  for (const match of flat.matchAll(heading)) {
    // "Article 4.1 : Pour l’année 2023, …" is a sentence that begins with its article, not a heading.
    if (/^[«"“]?\s?(?:ARTICLE|Article)\s+\S+\s*:\s*\p{Lu}[^\n]{40,}/u.test(match[0]) && !/^[^\n]*[–—-]\s/u.test(match[0])) continue;
    starts.add(match.index + match[0].length);
  }
  const cuts = [...starts].sort((a, b) => a - b);

  const lineOf = lineCounter(text);
  const prose: Array<Omit<Sentence, 'article' | 'lead'> & { heading: string | null }> = [];
  for (let at = 0; at < cuts.length; at++) {
    const from = cuts[at] as number;
    const to = cuts[at + 1] ?? flat.length;
    const raw = flat.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    let sentence = raw
      .replace(/\n/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
      .replace(/\. \.$/, '.');
    if (sentence === '') continue;
    const offset = origin[from + lead] ?? 0;
    const voice = regions.voiceAt(offset);
    if (voice !== 'own') sentence = sentence.replace(/^[«"“]\s*/, '').replace(/\s*[»"”]\s*$/, '');
    prose.push({ text: sentence, line: lineOf(offset), offset, voice, heading: headingNumber(sentence) });
  }

  // Articles in reading order: a heading or a numbered clause sets the article of what follows it.
  const all = [
    ...prose,
    ...rows.map((row) => ({ text: row.cells.join(' | '), line: row.line, offset: row.offset, cells: row.cells, header: row.header, voice: regions.voiceAt(row.offset), heading: null })),
  ].sort((a, b) => a.offset - b.offset);
  const sentences: Sentence[] = [];
  let article: string | null = null;
  for (const entry of all) {
    const { heading, ...sentence } = entry;
    const own = ownNumber(sentence.text);
    if (heading !== null) article = heading;
    else if (own !== null) article = own.number;
    sentences.push({ ...sentence, article: own?.number ?? article, lead: own?.lead ?? null });
  }
  return sentences;
}

/** "Article 5 – Actions financées": the number a heading line gives what follows it. */
function headingNumber(sentence: string): string | null {
  const match = ARTICLE_HEADING.exec(sentence);
  if (match === null) return null;
  const rest = sentence.slice(match[0].length).trim();
  // A heading has a title or nothing after its number; "Article 4.1 : Pour l’année …" is a sentence.
  if (/^[:–—-]?\s*$/.test(rest) || /^[–—-]/.test(rest) || (rest.length < 70 && !/[.;]$/.test(rest) && !/\d/.test(rest.replace(/\b(?:19|20)\d\d\b/g, '')))) return articleNumber(match[1] as string);
  return null;
}

/** The number a sentence starts with, and how: "4.1 Pour …", "Article 4.1 : Pour …". */
function ownNumber(sentence: string): { number: string; lead: 'number' | 'word' } | null {
  const clause = NUMBERED_CLAUSE.exec(sentence);
  if (clause !== null) return { number: clause[1] as string, lead: 'number' };
  const word = /^(?:ARTICLE|Article)\s+(\d+(?:\.\d+)*|[IVXLC]+(?:\.\d+)*)\s*:\s*\S/u.exec(sentence);
  if (word !== null && headingNumber(sentence) === null) return { number: word[1] as string, lead: 'word' };
  return null;
}

function articleNumber(text: string): string {
  return text === 'premier' || text === '1er' ? '1' : text;
}

interface Line {
  readonly raw: string;
  readonly offset: number;
  readonly line: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, index) => {
    lines.push({ raw, offset, line: index + 1 });
    offset += raw.length + 1;
  });
  return lines;
}

interface Row extends Line {
  readonly cells: readonly string[];
  readonly header: readonly string[] | undefined;
}

/**
 * Lines with a tab are table rows; consecutive rows are one table, whose first row is its header
 * when it holds no figure ("Bénéficiaire | Contribution de l’État 2024").
 */
function tableRows(lines: readonly Line[]): Row[] {
  const rows: Row[] = [];
  let header: readonly string[] | undefined;
  let previous = -2;
  for (const [index, line] of lines.entries()) {
    const cells = line.raw.split('\t').map((cell) => cell.replace(/[\s\u00a0\u202f]+/g, ' ').trim());
    if (cells.filter((cell) => cell !== '').length < 2) continue;
    if (index !== previous + 1) header = /\d/.test(cells.join(' ').replace(/\b(?:19|20)\d\d\b/g, '')) ? undefined : cells;
    previous = index;
    rows.push({ ...line, raw: line.raw, cells: cells.filter((cell) => cell !== ''), header: header === cells ? undefined : header });
  }
  return rows;
}

/**
 * The parts of the text an amendment quotes: the wording it replaces (« Au lieu de : « … » ») and
 * its new wording (« Lire : « … » », « … est remplacé par les dispositions suivantes : « … » »).
 * Quotes nest (« Mobilité inclusive » inside a quoted article): a quote ends at its own ».
 */
function quoteRegions(text: string): { all: ReadonlyArray<{ from: number; to: number }>; voiceAt: (offset: number) => Sentence['voice'] } {
  const regions: Array<{ from: number; to: number; voice: 'new' | 'replaced' }> = [];
  const plain = plainSameLength(text);
  const cue =
    /\b(au lieu de|lire|remplacee?s? par (?:les dispositions|le texte|la phrase|l'alinea|le paragraphe|les mots)[^«:]*|ainsi redigee?s?|modifiee?s? comme suit|suivants?|suivantes?)\s*:?\s*(?=«)/g;
  for (const match of plain.matchAll(cue)) {
    const open = match.index + match[0].length;
    const close = closingQuote(text, open);
    if (close === null) continue;
    const word = match[1] as string;
    if (word.startsWith('suivant') && !/remplace|redige|modifie|dispositions/.test(plain.slice(Math.max(0, match.index - 120), match.index))) continue;
    regions.push({ from: open, to: close + 1, voice: word === 'au lieu de' ? 'replaced' : 'new' });
  }
  return {
    all: regions,
    voiceAt(offset) {
      // The innermost region wins: a replaced wording quoted inside a new article stays replaced.
      let found: Sentence['voice'] = 'own';
      let size = Infinity;
      for (const region of regions) {
        if (offset >= region.from && offset < region.to && region.to - region.from < size) {
          found = region.voice;
          size = region.to - region.from;
        }
      }
      return found;
    },
  };
}

/** The offset of the » that closes the « at `open`, counting the quotes inside it; null when none does. */
function closingQuote(text: string, open: number): number | null {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '«') depth++;
    else if (char === '»') {
      depth--;
      if (depth === 0) return index;
    }
  }
  return null;
}

function lineCounter(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) breaks.push(index);
  return (offset) => lowerBound(breaks, offset) + 1;
}

/** The index of the first value not below the target, in values sorted ascending. */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** plainOf, character for character: offsets in it are offsets in the text. */
function plainSameLength(text: string): string {
  let plain = '';
  for (const char of text) {
    const bare = plainOf(char);
    plain += bare.length === char.length ? bare : char.length === 1 ? ' ' : bare.padEnd(char.length, ' ').slice(0, char.length);
  }
  return plain;
}

/** Lower case, no accents, straight apostrophes, single spaces: what the reader's patterns match. */
export function plainOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}
