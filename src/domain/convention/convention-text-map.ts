/**
 * A paragraph's text with its spaces made single (tabs, no-break and narrow no-break spaces read as
 * one space) and its apostrophes straight, for the article patterns to match; and the way back to the
 * paragraph's own characters, so that what we write changes only the words that differ and never a
 * no-break space the officer typed.
 */
export interface FlatText {
  /** The text matched against: single spaces, straight apostrophes, trimmed. */
  readonly flat: string;
  /** For each character of `flat`, its index in the original text; one more entry for the end. */
  readonly origin: readonly number[];
  readonly original: string;
}

const SPACE = /[\s\u00a0\u202f\u2007\u2009\u200a]/;

export function flatText(original: string): FlatText {
  let flat = '';
  const origin: number[] = [];
  let index = 0;
  // charAt past the end gives '', no space: the runs of spaces stop at the end by themselves.
  while (SPACE.test(original.charAt(index))) index++;
  while (index < original.length) {
    const char = original.charAt(index);
    if (SPACE.test(char)) {
      const start = index;
      while (SPACE.test(original.charAt(index))) index++;
      if (index === original.length) break;
      flat += ' ';
      origin.push(start);
      continue;
    }
    flat += char === '’' || char === '‘' || char === 'ʼ' || char === '`' ? "'" : char;
    origin.push(index);
    index++;
  }
  // The end maps to just past the last character kept, so that trailing spaces stay the paragraph's.
  const last = origin[origin.length - 1];
  origin.push(last === undefined ? 0 : last + 1);
  return { flat, origin, original };
}

/** A span of the flat text replaced by new text. */
export interface FlatEdit {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The original text with spans of its flat form replaced: every other character is the paragraph's own. */
export function replaceInOriginal(text: FlatText, edits: readonly FlatEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    const from = text.origin[edit.from] ?? text.original.length;
    // The span's end: just past its last character in the original.
    const to = edit.to <= edit.from ? from : (text.origin[edit.to - 1] ?? text.original.length - 1) + 1;
    if (from < at) continue;
    out += text.original.slice(at, from) + edit.text;
    at = to;
  }
  return out + text.original.slice(at);
}
