import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import { OfficeWorkbook, type OfficeHost } from '../excel/office-workbook';
import type { PaneTextKey } from '../i18n/pane-text';
import { defaultLanguage, type PaneEnvironment } from '../taskpane/environment';
import { Pane } from '../taskpane/pane';
import { textFor } from '../taskpane/text';

/** How long to wait for office.js to say it is ready before telling the officer it is not. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/** What the page finds on window: office.js's globals, when it loaded. */
export interface OfficeGlobals {
  readonly Office?: typeof Office;
  readonly Excel?: typeof Excel;
  readonly navigatorLanguage: string;
}

function officeTheme(office: typeof Office): 'light' | 'dark' {
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

function Notice({ language, title, body }: { language: string; title: PaneTextKey; body: PaneTextKey }) {
  const t = textFor(defaultLanguage(language));
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(title)}</MessageBarTitle>
            {t(body)}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}

async function ready(office: typeof Office, timeoutMs: number): Promise<{ host: Office.HostType | null } | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    return await Promise.race([office.onReady(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the task pane in Excel. office.js may not be there (no Office, no network) or may be
 * there outside Excel: the page then says so instead of staying blank.
 */
export async function startAddin(container: HTMLElement, globals: OfficeGlobals, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<Root> {
  const root = createRoot(container);
  const office = globals.Office;
  if (!office || typeof office.onReady !== 'function' || !globals.Excel) {
    root.render(<Notice language={globals.navigatorLanguage} title="officeMissingTitle" body="officeMissingBody" />);
    return root;
  }
  let info: { host: Office.HostType | null } | null;
  try {
    info = await ready(office, timeoutMs);
  } catch {
    info = null;
  }
  if (info === null) {
    root.render(<Notice language={globals.navigatorLanguage} title="officeMissingTitle" body="officeMissingBody" />);
    return root;
  }
  if (String(info.host) !== 'Excel') {
    root.render(<Notice language={globals.navigatorLanguage} title="notExcelTitle" body="notExcelBody" />);
    return root;
  }
  const excel = globals.Excel;
  const host: OfficeHost = {
    run: (batch) => excel.run(batch),
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    onTheWeb: String(office.context.platform) === 'OfficeOnline',
    settings: office.context.document?.settings ?? null,
  };
  const environment: PaneEnvironment = { displayLanguage: office.context.displayLanguage ?? globals.navigatorLanguage, theme: officeTheme(office) };
  root.render(<Pane workbook={new OfficeWorkbook(host)} environment={environment} />);
  return root;
}


