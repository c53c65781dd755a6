import { createReadStream, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { extract } from 'tar-fs';

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

export interface BrowserChoice {
  readonly executablePath: string;
  readonly origin: 'CHROME_PATH' | 'system' | 'npm package';
  /** Extra environment for the browser process (the npm package's libraries and fonts). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface BrowserLookup {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exists: (path: string) => boolean;
  /** The browser that an npm package ships, unpacked; rejects when the package cannot serve here. */
  readonly packaged: () => Promise<BrowserChoice>;
}

const defaultLookup: BrowserLookup = { env: process.env, exists: existsSync, packaged: chromiumFromNpmPackage };

/**
 * The browser to drive: CHROME_PATH when set, else one installed on the system, else the Chromium that
 * the `@sparticuz/chromium` dev dependency ships, so that `npm install && npm test` passes on a Linux
 * machine with no browser. Never a download: this project's machines reach no browser download server.
 */
export async function findBrowser(lookup: BrowserLookup = defaultLookup): Promise<BrowserChoice> {
  const chosen = lookup.env.CHROME_PATH;
  if (chosen) {
    if (!lookup.exists(chosen)) throw new Error(`CHROME_PATH=${chosen}: no such file`);
    return { executablePath: chosen, origin: 'CHROME_PATH' };
  }
  const installed = SYSTEM_BROWSERS.find((path) => lookup.exists(path));
  if (installed) return { executablePath: installed, origin: 'system' };
  try {
    return await lookup.packaged();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`No Chromium, Chrome or Edge found, and the npm package's Chromium cannot serve (${reason}). ` + 'Install one (Debian: apt-get install chromium) or set CHROME_PATH.', {
      cause: error,
    });
  }
}

/**
 * @sparticuz/chromium unpacks its brotli-packed Chromium and fonts into the temporary folder. Its
 * libraries (NSS, which minimal Linux images lack) it unpacks on AWS Lambda only, so we unpack them
 * ourselves and put them first on the browser's library path.
 */
export async function chromiumFromNpmPackage(): Promise<BrowserChoice> {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`it is built for Linux x64, not ${process.platform} ${process.arch}`);
  const { default: packaged } = await import('@sparticuz/chromium');
  const executablePath = await packaged.executablePath();
  const libraries = join(tmpdir(), 'al2023', 'lib');
  if (!existsSync(join(libraries, 'libnss3.so'))) {
    // The package exports no path to its files; its entry point lives in build/cjs/.
    const packageFolder = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..');
    await pipeline(createReadStream(join(packageFolder, 'bin', 'al2023.tar.br')), createBrotliDecompress(), extract(join(tmpdir(), 'al2023')));
  }
  return {
    executablePath,
    origin: 'npm package',
    env: {
      LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: join(tmpdir(), 'fonts'),
    },
  };
}

/** The flags that keep Chromium from reaching out (background networking, component updates, sync):
 * on a closed network those requests fail, and nothing of ours may need them. */
const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launchBrowser(choice?: BrowserChoice): Promise<Browser> {
  choice ??= await findBrowser();
  return chromium.launch({
    executablePath: choice.executablePath,
    headless: true,
    args: QUIET_FLAGS,
    ...(choice.env ? { env: { ...process.env, ...choice.env } } : {}),
  });
}
