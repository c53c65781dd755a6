import type { Lang } from '../domain';

/**
 * Excel's names of the two booleans, as it shows them and takes them typed: VRAI and FAUX in a
 * French Excel, TRUE and FALSE in an English one (and in every formula a file keeps).
 */
const NAMES: Readonly<Record<Lang, { readonly true: string; readonly false: string }>> = {
  fr: { true: 'VRAI', false: 'FAUX' },
  en: { true: 'TRUE', false: 'FALSE' },
};

/** A boolean as a cell shows it in the page's language. */
export function booleanName(value: boolean, lang: Lang): string {
  return value ? NAMES[lang].true : NAMES[lang].false;
}

/** The boolean a word names in that language, whatever its case, or null. */
export function booleanNamed(word: string, lang: Lang): boolean | null {
  const upper = word.toUpperCase();
  return upper === NAMES[lang].true ? true : upper === NAMES[lang].false ? false : null;
}

/** French function names of the booleans (=VRAI(), =FAUX()) as the file keeps them. */
export const FRENCH_BOOLEAN_FUNCTIONS: Readonly<Record<string, string>> = { [NAMES.fr.true]: NAMES.en.true, [NAMES.fr.false]: NAMES.en.false };
