import type { Lang } from '../domain';
import type { PaneTextKey } from '../i18n/pane-text';
import { screenText, type ScreenTextKey } from '../i18n/screen-text';
import { translate } from '../i18n/translate';
import { textFor } from './text';

/* The secondary screens' text: imported by those screens only, so that it loads with them. */
export type ScreenTranslate = (key: ScreenTextKey, params?: Readonly<Record<string, string | number>>) => string;

/** The secondary screens' text in one language (loaded with them). */
export function screenTextFor(lang: Lang): ScreenTranslate {
  return (key, params) => translate(screenText[key], lang, params);
}

export type AnyTranslate = (key: PaneTextKey | ScreenTextKey, params?: Readonly<Record<string, string | number>>) => string;

/** The pane's text and the secondary screens', for those screens. */
export function withScreenText(lang: Lang): AnyTranslate {
  const pane = textFor(lang);
  const screen = screenTextFor(lang);
  return (key, params) => (key in screenText ? screen(key as ScreenTextKey, params) : pane(key as PaneTextKey, params));
}
