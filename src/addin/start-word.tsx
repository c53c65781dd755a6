import { createRoot, type Root } from 'react-dom/client';
import type { PaneEnvironment } from '../taskpane/environment';
import { OfficeDocument, type WordHost } from '../word/office-document';
import { WordNotice } from '../wordpane/word-notice';
import { WordPane } from '../wordpane/word-pane';
import { openBudgetFile } from './budget-file';
import { hostGlobal, OFFICE_READY_TIMEOUT_MS, type OfficeGlobals, officeTheme } from './start';

/** The requirement set the Word pane needs: paragraphs' table cells and list state, content controls' ranges. */
export const WORD_API_NEEDED = '1.3';

/**
 * Starts the task pane's Word page (word.html, which the Word button opens), as Office.onReady
 * names the host: in Word, the Office.js Word adapter and the .xlsx reader wired to Word's screens;
 * in Excel, Excel's page. As on Excel's page, a slow Word gets a notice while waiting and its pane
 * when it answers; a Word below WordApi 1.3 gets one sentence.
 */
export async function startWordPage(container: HTMLElement, globals: OfficeGlobals, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<Root> {
  const root = createRoot(container);
  const language = globals.navigatorLanguage;
  const office = globals.office();
  if (!office || typeof office.onReady !== 'function') {
    root.render(<WordNotice language={language} title="officeMissingTitle" body="officeMissingBody" />);
    return root;
  }
  root.render(<WordNotice language={language} title="officeWaitingTitle" body="officeWaitingBody" intent="info" />);
  const slow = setTimeout(() => root.render(<WordNotice language={language} title="officeSlowTitle" body="officeSlowBody" intent="info" />), timeoutMs);
  let host: string;
  try {
    host = String((await office.onReady()).host);
  } catch {
    root.render(<WordNotice language={language} title="officeMissingTitle" body="officeMissingBody" />);
    return root;
  } finally {
    clearTimeout(slow);
  }
  if (host === 'Excel') {
    (globals.navigate ?? ((page) => location.replace(page + location.search + location.hash)))('taskpane.html');
    return root;
  }
  if (host !== 'Word') {
    root.render(<WordNotice language={language} title="notWordTitle" body="notWordBody" />);
    return root;
  }
  const word = globals.word === undefined ? undefined : await hostGlobal(globals.word, timeoutMs);
  if (word === undefined) {
    root.render(<WordNotice language={language} title="officeMissingTitle" body="officeMissingBody" />);
    return root;
  }
  const environment: PaneEnvironment = { displayLanguage: office.context.displayLanguage ?? language, theme: officeTheme(office) };
  const isSetSupported = (name: string, version: string) => office.context.requirements.isSetSupported(name, version);
  if (!isSetSupported('WordApi', WORD_API_NEEDED)) {
    root.render(<WordNotice language={environment.displayLanguage} title="tooOldTitle" body="tooOldBody" />);
    return root;
  }
  const wordHost: WordHost = {
    run: (batch) => word.run(batch),
    isSetSupported,
    settings: office.context.document?.settings ?? null,
    info: { host, platform: String(office.context.platform ?? '—'), version: office.context.diagnostics?.version ?? '—' },
  };
  root.render(<WordPane convention={new OfficeDocument(wordHost)} environment={environment} openBudget={openBudgetFile} />);
  return root;
}
