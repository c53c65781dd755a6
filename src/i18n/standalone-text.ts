import type { Lang } from '../domain';
import { translate } from './translate';
import { catalogue } from './catalogue';
import { STANDALONE_EN } from './en/standalone';
import { STANDALONE_FR } from './fr/standalone';

/** What the standalone page says around the grid and the pane, French first, English second. */
export const standaloneText = catalogue({ fr: STANDALONE_FR, en: STANDALONE_EN });

export type StandaloneTextKey = keyof typeof standaloneText;

/** The standalone page's text in one language. */
export function standaloneTextFor(lang: Lang): (key: StandaloneTextKey, params?: Readonly<Record<string, string | number>>) => string {
  return (key, params) => translate(standaloneText[key], lang, params);
}
