import { DocumentError } from '../document/convention-document';

/** What the adapter needs of office.js in Word: `Word.run`, the requirement sets and the document's settings. */
export interface WordHost {
  readonly run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  readonly isSetSupported: (name: 'WordApi', version: string) => boolean;
  /** The document's settings (Office.context.document.settings), where they are available. */
  readonly settings: Pick<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync'> | null;
  /** Host, platform and version, for the self-test's report. */
  readonly info?: Readonly<Record<string, string>>;
}

/** The same key as the workbook's: one add-in, one place in each document's settings. */
export const SETTINGS_KEY = 'convention-budget';

/** Settings saved with the document; a refusal (a read-only document) is a DocumentError. */
export function saved(store: Pick<Office.Settings, 'saveAsync'>): Promise<void> {
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      // Office.AsyncResultStatus.Failed is "failed"; the enum object is not there when office.js is not.
      if (String(result.status) === 'failed') reject(new DocumentError('read-only', result.error?.message ?? 'settings not saved'));
      else resolve();
    });
  });
}
