import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import { OfficeWorkbook, type OfficeHost } from '../excel/office-workbook';
import type { PaneTextKey } from '../i18n/pane-text';
import { defaultLanguage, type PaneEnvironment } from '../taskpane/environment';
import { Pane } from '../taskpane/pane';
import { textFor } from '../taskpane/text';

/** How long to wait for Office before saying it is slow (the pane still starts when it answers). */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/**
 * office.js's globals, read when needed rather than when the bundle runs: office.js defines
 * `Office` at once but loads the host script that defines `Excel` asynchronously, and our deferred
 * bundle may run first.
 */
export interface OfficeGlobals {
  readonly office: () => typeof Office | undefined;
  readonly excel: () => typeof Excel | undefined;
  readonly word?: () => typeof Word | undefined;
  readonly navigatorLanguage: string;
  /** Opens the add-in's page for the other host; by default in this pane, with the query Office gave it. */
  readonly navigate?: (page: string) => void;
}

export function officeTheme(office: typeof Office): 'light' | 'dark' {
  try {
    const background = office.context.officeTheme?.bodyBackgroundColor;
    const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background ?? '');
    if (!match) return 'light';
    const [red, green, blue] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [number, number, number];
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5 ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

export function Notice({ language, title, body, intent = 'warning' }: { language: string; title: PaneTextKey; body: PaneTextKey; intent?: 'warning' | 'info' }) {
  const t = textFor(defaultLanguage(language));
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <MessageBar intent={intent} layout="multiline" role={intent === 'info' ? 'status' : 'alert'}>
          <MessageBarBody>
            <MessageBarTitle>{t(title)}</MessageBarTitle>
            {t(body)}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `Excel` or `Word`, once office.js's host script has defined it: asked again for a while, never taken for missing at once. */
export async function hostGlobal<T>(read: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const until = Date.now() + timeoutMs;
  for (let found = read(); ; found = read()) {
    if (found !== undefined) return found;
    if (Date.now() >= until) return undefined;
    await delay(50);
  }
}

/**
 * Starts the task pane in Excel (in Word, opens Word's page). office.js may not be there (no Office, no network), may be there
 * outside Excel, or may be slow: the page says which, and a slow Office still gets its pane when
 * it answers — a notice while waiting, never a final "missing" that a late Office cannot undo.
 */
export async function startAddin(container: HTMLElement, globals: OfficeGlobals, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<Root> {
  const root = createRoot(container);
  const language = globals.navigatorLanguage;
  const office = globals.office();
  // office.js is a blocking script before our deferred bundle: not there now, it did not load.
  if (!office || typeof office.onReady !== 'function') {
    root.render(<Notice language={language} title="officeMissingTitle" body="officeMissingBody" />);
    return root;
  }
  root.render(<Notice language={language} title="officeWaitingTitle" body="officeWaitingBody" intent="info" />);
  const slow = setTimeout(() => root.render(<Notice language={language} title="officeSlowTitle" body="officeSlowBody" intent="info" />), timeoutMs);
  let info: { host: Office.HostType | null };
  try {
    info = await office.onReady();
  } catch {
    clearTimeout(slow);
    root.render(<Notice language={language} title="officeMissingTitle" body="officeMissingBody" />);
    return root;
  }
  clearTimeout(slow);
  if (String(info.host) === 'Word') {
    // Word's screens are a page of their own (word.html, which the Word button opens), built apart:
    // Excel's first load carries none of them. Office's query goes along (office.js reads _host_Info there).
    (globals.navigate ?? ((page) => location.replace(page + location.search + location.hash)))('word.html');
    return root;
  }
  if (String(info.host) !== 'Excel') {
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
    root.render(<Notice language={language} title="errorTitle" body="error-unsupported" />);
    return root;
  }
  const host: OfficeHost = {
    run: (batch, options) => (options === undefined ? excel.run(batch) : excel.run(options as Excel.RunOptions, batch)),
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    onTheWeb: String(office.context.platform) === 'OfficeOnline',
    settings: office.context.document?.settings ?? null,
    documentUrl: () => office.context.document?.url,
    info: {
      host: String(info.host),
      platform: String(office.context.platform ?? '—'),
      version: office.context.diagnostics?.version ?? '—',
    },
  };
  const environment: PaneEnvironment = { displayLanguage: office.context.displayLanguage ?? language, theme: officeTheme(office) };
  const workbook = new OfficeWorkbook(host);
  root.render(<Pane workbook={workbook} diagnostics={workbook} environment={environment} />);
  return root;
}
