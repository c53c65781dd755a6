import { createRoot, type Root } from 'react-dom/client';
import { OfficeDocument, type WordHost } from '../word/office-document';
import { WordTooOld } from '../wordpane/word-notice';
import { WordPane } from '../wordpane/word-pane';
import { openBudgetFile } from './budget-file';
import { hostGlobal, navigateTo, Notice, OFFICE_READY_TIMEOUT_MS, type OfficeGlobals, officeReady } from './office-start';

/** The requirement set the Word pane needs: paragraphs' table cells and list state, content controls' ranges. */
export const WORD_API_NEEDED = '1.3';

/**
 * Starts the task pane's Word page (word.html, which the Word button opens), as Office.onReady
 * names the host: in Word, the Office.js Word adapter and the .xlsx reader wired to Word's screens;
 * in Excel, Excel's page. A Word below WordApi 1.3 gets one sentence saying so.
 */
export async function startWordPage(container: HTMLElement, globals: OfficeGlobals, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<Root> {
  const root = createRoot(container);
  const language = globals.navigatorLanguage;
  const ready = await officeReady(root, globals, timeoutMs);
  if (ready === null) return root;
  const { office, environment } = ready;
  if (ready.host === 'Excel') {
    navigateTo(globals, 'taskpane.html');
    return root;
  }
  if (ready.host !== 'Word') {
    root.render(<Notice language={language} title="notExcelTitle" body="notExcelBody" />);
    return root;
  }
  const word = globals.word === undefined ? undefined : await hostGlobal(globals.word, timeoutMs);
  if (word === undefined) {
    root.render(<Notice language={language} title="officeMissingTitle" body="officeMissingBody" />);
    return root;
  }
  const isSetSupported = (name: string, version: string) => office.context.requirements.isSetSupported(name, version);
  if (!isSetSupported('WordApi', WORD_API_NEEDED)) {
    root.render(<WordTooOld environment={environment} />);
    return root;
  }
  const host: WordHost = {
    run: (batch) => word.run(batch),
    isSetSupported,
    settings: office.context.document?.settings ?? null,
    info: {
      host: ready.host,
      platform: String(office.context.platform ?? '—'),
      version: office.context.diagnostics?.version ?? '—',
    },
  };
  root.render(<WordPane document={new OfficeDocument(host)} environment={environment} openBudget={openBudgetFile} />);
  return root;
}
