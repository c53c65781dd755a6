import type { CheckResult, Field, UncoveredArea } from '../domain';

/** The shapes each language folder (src/i18n/<lang>/) fills, apart from the tables that use them, so that no import runs in a circle. */

/**
 * What a language does beyond its sentences: when a count takes the singular, how a list ends, how
 * it quotes, how its Excel reads a CSV. One object per language, in src/i18n/<lang>/grammar.ts.
 */
export interface Grammar {
  /** The language's name in itself, as the language setting offers it. */
  readonly name: string;
  /** What the language does to a catalogue's template before values go in (French: its no-break spaces), or null. */
  readonly typeset: ((template: string) => string) | null;
  /** Whether a count takes the singular form of a sentence. */
  readonly singular: (count: number) => boolean;
  /** The words that end a list: "a, b et c", "a, b ou c". */
  readonly and: string;
  readonly or: string;
  /** A name the officer gave (a header, a sheet) quoted in a sentence. */
  readonly quote: (text: string) => string;
  /** Two clauses of one sentence, joined: " ; " in French. */
  readonly semicolon: string;
  /** The field separator of a CSV the language's Excel opens (the other is its decimal sign). */
  readonly csvSeparator: string;
  /** A share, its digits already written, as the language's Excel reads it back from a CSV. */
  readonly csvPercent: (digits: string) => string;
}

/** Where a reading gap is said: the advice differs, the pane has a mapping screen, the command line has not. */
export type Advice = 'pane' | 'cli';

/** A language's sentences about what a check could not read; the parts (a column, a list) come written in that language. */
export interface ReadingSentences {
  readonly place: (source: { readonly sheet: string; readonly table: string | null; readonly range: string }) => string;
  readonly textColumn: (column: string, field: Field, sample: string) => string;
  readonly ambiguous: (columns: string, field: Field) => string;
  readonly unclear: (column: string, fields: string) => string;
  readonly missing: (field: Field) => string;
  readonly advice: (where: Advice) => string;
  readonly noHeader: (at: string, where: Advice) => string;
  readonly notRead: (at: string, problems: readonly string[], advice: string) => string;
  /** `problems`: the column problems joined, capitalised; `unreadFields`: the labels of the fields left unread. */
  readonly budgetColumns: (problems: string, unreadFields: readonly string[], advice: string) => string;
  readonly uncovered: (area: UncoveredArea) => string;
  readonly unreadArea: (area: CheckResult['unreadAreas'][number]) => string;
}
