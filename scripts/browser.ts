import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where a Chromium-family browser usually lives; Debian's `chromium` first (what .ci/run installs). */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/**
 * The browser to drive: CHROME_PATH when set, else one found on the system. Never a download: this
 * project's machines reach no browser download server.
 */
export function findBrowser(): string {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROME_PATH=${chosen}: no such file`);
    return chosen;
  }
  const found = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (found) return found;
  throw new Error('No Chromium, Chrome or Edge found: install one (Debian: apt-get install chromium) or set CHROME_PATH.');
}

/**
 * Headless, with the flags that keep Chromium from reaching out (background networking, component
 * updates, sync): on a closed network those requests fail, and nothing of ours may need them.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
