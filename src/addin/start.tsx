import { createRoot, type Root } from 'react-dom/client';
import { OfficeWorkbook, type OfficeHost } from '../excel/office-workbook';
import { Pane } from '../taskpane/pane';
import { hostGlobal, navigateTo, Notice, OFFICE_READY_TIMEOUT_MS, type OfficeGlobals, officeReady } from './office-start';

export { OFFICE_READY_TIMEOUT_MS, type OfficeGlobals } from './office-start';

/**
 * Starts the task pane in Excel, as Office.onReady names the host (in Word, opens Word's page).
 * office.js may not be there, may be there in another host, or may be slow: the page says which,
 * and a slow Office still gets its pane when it answers.
 */
export async function startAddin(container: HTMLElement, globals: OfficeGlobals, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<Root> {
  const root = createRoot(container);
  const language = globals.navigatorLanguage;
  const ready = await officeReady(root, globals, timeoutMs);
  if (ready === null) return root;
  const { office, environment } = ready;
  if (ready.host === 'Word') {
    // Word's screens are a page of their own (word.html, which the Word button opens): Excel's
    // first load carries none of them, and Word's none of Excel's.
    navigateTo(globals, 'word.html');
    return root;
  }
  if (ready.host !== 'Excel') {
    root.render(<Notice language={language} title="notExcelTitle" body="notExcelBody" />);
    return root;
  }
  const excel = await hostGlobal(globals.excel, timeoutMs);
  if (excel === undefined) {
    root.render(<Notice language={language} title="officeMissingTitle" body="officeMissingBody" />);
    return root;
  }
  // The manifest names no requirement set (none is common to Excel and Word): checked here instead.
  if (!office.context.requirements.isSetSupported('ExcelApi', '1.4')) {
    root.render(<Notice language={language} title="excelTooOldTitle" body="excelTooOldBody" />);
    return root;
  }
  const host: OfficeHost = {
    run: (batch, options) => (options === undefined ? excel.run(batch) : excel.run(options as Excel.RunOptions, batch)),
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    onTheWeb: String(office.context.platform) === 'OfficeOnline',
    settings: office.context.document?.settings ?? null,
    documentUrl: () => office.context.document?.url,
    info: {
      host: ready.host,
      platform: String(office.context.platform ?? '—'),
      version: office.context.diagnostics?.version ?? '—',
    },
  };
  root.render(<Pane workbook={new OfficeWorkbook(host)} environment={environment} />);
  return root;
}
