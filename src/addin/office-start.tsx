import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
import type { PaneTextKey } from '../i18n/pane-text';
import { defaultLanguage, type PaneEnvironment } from '../taskpane/environment';
import { textFor } from '../taskpane/text';

/** How long to wait for Office before saying it is slow (the pane still starts when it answers). */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/**
 * office.js's globals, read when needed rather than when the bundle runs: office.js defines
 * `Office` at once but loads the host script that defines `Excel` or `Word` asynchronously, and
 * our deferred bundle may run first.
 */
export interface OfficeGlobals {
  readonly office: () => typeof Office | undefined;
  readonly excel: () => typeof Excel | undefined;
  readonly word?: () => typeof Word | undefined;
  readonly navigatorLanguage: string;
  /** Opens the add-in's page for the other host ("word.html", "taskpane.html"); by default in this pane. */
  readonly navigate?: (page: string) => void;
}

/** The page for the other host, with the query Office gave this one (office.js reads its _host_Info there). */
export function navigateTo(globals: OfficeGlobals, page: string): void {
  if (globals.navigate) globals.navigate(page);
  else window.location.replace(page + window.location.search + window.location.hash);
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

export interface OfficeReady {
  readonly office: typeof Office;
  /** The host Office.onReady names ("Excel", "Word"). */
  readonly host: string;
  readonly environment: PaneEnvironment;
}

/**
 * Waits for Office, saying so on the page: office.js may not be there (no Office, no network), or
 * may be slow — a notice while waiting, never a final "missing" that a late Office cannot undo.
 * null when the page has said Office could not be loaded.
 */
export async function officeReady(root: Root, globals: OfficeGlobals, timeoutMs: number): Promise<OfficeReady | null> {
  const language = globals.navigatorLanguage;
  const office = globals.office();
  // office.js is a blocking script before our deferred bundle: not there now, it did not load.
  if (!office || typeof office.onReady !== 'function') {
    root.render(<Notice language={language} title="officeMissingTitle" body="officeMissingBody" />);
    return null;
  }
  root.render(<Notice language={language} title="officeWaitingTitle" body="officeWaitingBody" intent="info" />);
  const slow = setTimeout(() => root.render(<Notice language={language} title="officeSlowTitle" body="officeSlowBody" intent="info" />), timeoutMs);
  let info: { host: Office.HostType | null };
  try {
    info = await office.onReady();
  } catch {
    root.render(<Notice language={language} title="officeMissingTitle" body="officeMissingBody" />);
    return null;
  } finally {
    clearTimeout(slow);
  }
  return { office, host: String(info.host), environment: { displayLanguage: office.context.displayLanguage ?? language, theme: officeTheme(office) } };
}
