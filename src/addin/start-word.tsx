import type { Root } from 'react-dom/client';
import type { PaneEnvironment } from '../taskpane/environment';
import { OfficeDocument, type WordHost } from '../word/office-document';
import { WordTooOld } from '../wordpane/word-notice';
import { WordPane } from '../wordpane/word-pane';
import { openBudgetFile } from './budget-file';

/** The requirement set the Word pane needs: paragraphs' table cells and list state, content controls' ranges. */
export const WORD_API_NEEDED = '1.3';

/**
 * The pane in Word, once Office.onReady has said so: the Office.js Word adapter and the .xlsx reader
 * wired to Word's screens. A Word below WordApi 1.3 gets one sentence saying so.
 */
export function startWord(root: Root, office: typeof Office, word: typeof Word, environment: PaneEnvironment): void {
  const isSetSupported = (name: string, version: string) => office.context.requirements.isSetSupported(name, version);
  if (!isSetSupported('WordApi', WORD_API_NEEDED)) {
    root.render(<WordTooOld environment={environment} />);
    return;
  }
  const host: WordHost = {
    run: (batch) => word.run(batch),
    isSetSupported,
    settings: office.context.document?.settings ?? null,
    info: {
      host: 'Word',
      platform: String(office.context.platform ?? '—'),
      version: office.context.diagnostics?.version ?? '—',
    },
  };
  root.render(<WordPane document={new OfficeDocument(host)} environment={environment} openBudget={openBudgetFile} />);
}
