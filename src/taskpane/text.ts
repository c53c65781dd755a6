import type { Lang } from '../domain';
import { paneText, type PaneTextKey } from '../i18n/pane-text';
import { translate } from '../i18n/translate';

export type Translate = (key: PaneTextKey, params?: Readonly<Record<string, string | number>>) => string;

/** The pane's text in one language. */
export function textFor(lang: Lang): Translate {
  return (key, params) => translate(paneText[key], lang, params);
}
