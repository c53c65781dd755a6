import type { Lang } from '../domain';
import { GRAMMAR_EN } from './en/grammar';
import { GRAMMAR_FR } from './fr/grammar';

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

export const GRAMMAR: Readonly<Record<Lang, Grammar>> = { fr: GRAMMAR_FR, en: GRAMMAR_EN };

/** "a, b et c" (or "a, b ou c"): a list as a sentence says it. */
export function listText(items: readonly string[], lang: Lang, or = false): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or ? GRAMMAR[lang].or : GRAMMAR[lang].and} ${items.at(-1)}`;
}
