import type { Severity } from '../domain';
import { FLAG_COLOURS } from './flag-colours';

/**
 * The signs that a mark in a workbook is ours, read wherever a marked file comes back (the page, the
 * command line): a mark we add must be found again, so that a file marked and reopened loses its
 * stale marks and has its current ones replaced, never doubled, and the officer's own fill and note
 * are what they were before.
 *
 * - Our fill is a conditional format of ours, never a change of the cell's style: the officer's fill
 *   stays in the cell, under ours, and comes back when ours goes. Its formula starts with the marker
 *   the Excel add-in's formats carry (`N("convention-budget:…")`, which is 0), so that the add-in,
 *   the page and the command line all know it, whoever saved the file since.
 * - Our note is a section of the cell's note: a line « Convention Budget », then one line per
 *   message starting with « • ». The officer's own text is kept apart, above it, and is what is
 *   left when our section is taken out.
 */

/** The marker our conditional formats' formulas carry (the Excel add-in's: excel/flag-formulas.ts). */
export const MARK_MARKER = 'convention-budget';

/** The first line of our section of a note. */
export const NOTE_HEADING = 'Convention Budget';

const BULLET = '• ';

/** Our section of a note: the heading, then the messages. */
export function ourNoteSection(messages: readonly string[]): string {
  return [NOTE_HEADING, ...messages.map((message) => `${BULLET}${message.replace(/\s*\n\s*/g, ' ')}`)].join('\n');
}

/** Where our section sits in a note's text, blank lines before it included; null when the note has none. */
export interface NoteSection {
  readonly start: number;
  readonly end: number;
}

/**
 * Our sections in a note's text (one, unless a writer doubled it), each with the line breaks that
 * separate it from the officer's text: cut them out and the officer's note is left as it was.
 */
export function ourNoteSections(text: string): NoteSection[] {
  const sections: NoteSection[] = [];
  const source = text;
  const lines = source.split('\n');
  let offset = 0;
  let index = 0;
  const starts: number[] = [];
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  while (index < lines.length) {
    const line = (lines[index] ?? '').replace(/\r$/, '');
    if (line.trim() === NOTE_HEADING && (lines[index + 1] ?? '').startsWith(BULLET)) {
      let last = index + 1;
      while ((lines[last + 1] ?? '').startsWith(BULLET)) last++;
      let start = starts[index] ?? 0;
      // The blank line (and the line break) between the officer's text and ours.
      while (start > 0 && (source[start - 1] === '\n' || source[start - 1] === '\r')) start--;
      const end = Math.min(source.length, (starts[last] ?? 0) + (lines[last] ?? '').length);
      // A section at the very start takes the line breaks after it instead.
      let after = end;
      if (start === 0) while (after < source.length && (source[after] === '\n' || source[after] === '\r')) after++;
      sections.push({ start, end: after });
      index = last + 1;
    } else index++;
  }
  return sections;
}

/** The officer's part of a note: the note without our sections. */
export function officerNoteText(text: string): string {
  let kept = text;
  for (const section of ourNoteSections(text).reverse()) kept = kept.slice(0, section.start) + kept.slice(section.end);
  return kept;
}

/** Whether a conditional format's formula (as the file holds it, XML entities read) is one of ours. */
export function isOurMarkFormula(formula: string): boolean {
  return formula.includes(`"${MARK_MARKER}:`);
}

/** The ARGB colour of our fill for a severity ("FFFFC7CE"): the fill a mark of the first version put in the cell's style. */
export function ourFillArgb(severity: Severity): string {
  return `FF${FLAG_COLOURS[severity].fill.replace('#', '').toUpperCase()}`;
}

/** Whether an ARGB colour is one of our fills (the alpha ignored: writers differ on it). */
export function isOurFillArgb(argb: string | undefined): boolean {
  if (argb === undefined) return false;
  const rgb = argb.slice(-6).toUpperCase();
  return rgb === ourFillArgb('error').slice(2) || rgb === ourFillArgb('warning').slice(2);
}
