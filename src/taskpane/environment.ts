import type { Lang } from '../domain';
import type { ConventionDocuments } from '../workbook/convention-documents';

/** What the host tells the pane about the officer's setup. */
export interface PaneEnvironment {
  /** Office's display language ("fr-FR"), or the browser's. */
  readonly displayLanguage: string;
  readonly theme: 'light' | 'dark';
  /** Word conventions opened and saved as files (the standalone page); absent where the host cannot (Excel). */
  readonly conventionDocuments?: ConventionDocuments | undefined;
}

/** French when Office speaks French, English otherwise. */
export function defaultLanguage(displayLanguage: string): Lang {
  return displayLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
