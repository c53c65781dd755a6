import type { Lang } from '../domain';
import { GRAMMAR_EN } from './en/grammar';
import { GRAMMAR_FR } from './fr/grammar';
import type { Grammar } from './language-types';

/** What each language does beyond its sentences (Grammar, in language-types.ts), from src/i18n/<lang>/grammar.ts. */
export const GRAMMAR: Readonly<Record<Lang, Grammar>> = { fr: GRAMMAR_FR, en: GRAMMAR_EN };

/** "a, b et c" (or "a, b ou c"): a list as a sentence says it. */
export function listText(items: readonly string[], lang: Lang, or = false): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or ? GRAMMAR[lang].or : GRAMMAR[lang].and} ${items.at(-1)}`;
}
