import { type BrowserChoice, type BrowserLookup, findBrowser } from '../scripts/browser';

/** Which browser the end-to-end tests drive, on machines that have one, several or none. */

const PACKAGED: BrowserChoice = { executablePath: '/tmp/chromium', origin: 'npm package', env: { FONTCONFIG_PATH: '/tmp/fonts' } };

function machine(options: { env?: Record<string, string>; files?: string[]; packaged?: () => Promise<BrowserChoice> }): BrowserLookup & { packagedCalls: number } {
  const lookup = {
    packagedCalls: 0,
    env: options.env ?? {},
    exists: (path: string) => (options.files ?? []).includes(path),
    packaged: () => {
      lookup.packagedCalls += 1;
      return (options.packaged ?? (() => Promise.resolve(PACKAGED)))();
    },
  };
  return lookup;
}

test('CHROME_PATH wins over a browser installed on the system', async () => {
  const lookup = machine({ env: { CHROME_PATH: '/opt/edge/msedge' }, files: ['/opt/edge/msedge', '/usr/bin/chromium'] });
  await expect(findBrowser(lookup)).resolves.toEqual({ executablePath: '/opt/edge/msedge', origin: 'CHROME_PATH' });
  expect(lookup.packagedCalls).toBe(0);
});

test('a CHROME_PATH that names no file is an error that says so, not a silent fallback', async () => {
  await expect(findBrowser(machine({ env: { CHROME_PATH: '/nowhere/chrome' }, files: ['/usr/bin/chromium'] }))).rejects.toThrow('CHROME_PATH=/nowhere/chrome: no such file');
});

test("Debian's chromium comes before Google Chrome, and the npm package is not unpacked", async () => {
  const lookup = machine({ files: ['/usr/bin/google-chrome', '/usr/bin/chromium'] });
  await expect(findBrowser(lookup)).resolves.toEqual({ executablePath: '/usr/bin/chromium', origin: 'system' });
  expect(lookup.packagedCalls).toBe(0);
});

test('with no browser installed, the Chromium of the npm package serves, with its own environment', async () => {
  const lookup = machine({});
  await expect(findBrowser(lookup)).resolves.toBe(PACKAGED);
  expect(lookup.packagedCalls).toBe(1);
});

test('with no browser and no usable package, the error says why and how to install one', async () => {
  const lookup = machine({ packaged: () => Promise.reject(new Error('it is built for Linux x64, not darwin arm64')) });
  await expect(findBrowser(lookup)).rejects.toThrow(/cannot serve \(it is built for Linux x64, not darwin arm64\).*apt-get install chromium/);
});
