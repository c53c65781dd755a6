import type { Lang } from '../domain';

/** What the host tells the pane about the officer's setup. */
export interface PaneEnvironment {
  /** Office's display language ("fr-FR"), or the browser's. */
  readonly displayLanguage: string;
  readonly theme: 'light' | 'dark';
}

/** French when Office speaks French, English otherwise. */
export function defaultLanguage(displayLanguage: string): Lang {
  return displayLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
