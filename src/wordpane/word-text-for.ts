import type { Lang } from '../domain';
import { translate } from '../i18n/translate';
import { wordText, type WordTextKey } from '../i18n/word-text';

export type WordTranslate = (key: WordTextKey, params?: Readonly<Record<string, string | number>>) => string;

/** The Word pane's text in one language. */
export function wordTextFor(lang: Lang): WordTranslate {
  return (key, params) => translate(wordText[key], lang, params);
}
