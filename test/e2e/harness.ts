import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser';
import { type RunningServer, serveBuild } from '../../scripts/serve';

export const SCREENSHOTS = join(__dirname, '../../test-results/e2e');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface Session {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly server: RunningServer;
  /** Requests for anything but the test's own server: refused, and listed here. */
  readonly foreignRequests: string[];
  readonly pageErrors: string[];
  close(): Promise<void>;
}

let browser: Browser | undefined;

export async function sharedBrowser(): Promise<Browser> {
  browser ??= await launchBrowser();
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** A fresh server on a free port, and a fresh browser context that may reach only it. */
export async function openSession(path = '', options: { locale?: string; viewport?: { width: number; height: number }; browser?: Browser; officeJs?: string } = {}): Promise<Session> {
  const server = await serveBuild();
  const context = await (options.browser ?? (await sharedBrowser())).newContext({
    locale: options.locale ?? 'fr-FR',
    viewport: options.viewport ?? { width: 1400, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const foreignRequests: string[] = [];
  const origin = server.url.replace(/\/$/, '');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    // The task pane's office.js, from Microsoft's CDN: served by a stand-in when the test gives one.
    if (options.officeJs !== undefined && url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: options.officeJs });
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A Content-Security-Policy violation (an inline script, an eval, a foreign origin) is a failure too.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  await page.goto(`${server.url}${path}`);
  return {
    page,
    context,
    server,
    foreignRequests,
    pageErrors,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** Saves what the page shows, for a person to look at (test-results/ is not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** A grid cell of the standalone page, by its A1 address. */
export function gridCell(page: Page, address: string) {
  return page.locator(`[role="gridcell"][data-cell="${address}"]`);
}

/** Selects a cell with a click and types a value into it, as an officer would. */
export async function typeInCell(page: Page, address: string, text: string): Promise<void> {
  await gridCell(page, address).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}
