import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Side-loading cannot run here (Linux has no Excel to side-load into), so its wiring is checked:
 * the scripts, the dev server and the manifest agree on one address, and a production build
 * rewrites every address of the manifest for the real host.
 */
/** What of webpack.config.js's configurations these tests read. */
interface WebpackConfig {
  output: { path: string };
  plugins: unknown[];
}

const root = join(__dirname, '../..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string | undefined>; config: unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as {
  (env: { WEBPACK_SERVE: boolean }, argv: { mode: string }): Promise<WebpackConfig[]>;
  manifestFor(production: boolean): (content: Buffer) => string;
};

const urls = (xml: string) => [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map((match) => match[1] ?? match[2] ?? '');

describe('side-loading', () => {
  test('npm start and npm stop side-load the manifest into Excel with office-addin-debugging', () => {
    expect(pkg.scripts.start).toBe('office-addin-debugging start manifest.xml');
    expect(pkg.scripts['start:web']).toBe('office-addin-debugging start manifest.xml web');
    expect(pkg.scripts['start:word']).toBe('office-addin-debugging start manifest.xml desktop --app word');
    expect(pkg.scripts.stop).toBe('office-addin-debugging stop manifest.xml');
    expect(pkg.config).toEqual({ app_to_debug: 'excel', app_type_to_debug: 'desktop', dev_server_port: 3000 });
    expect(pkg.scripts['dev-server']).toBe('webpack serve --mode development');
  });

  test('the dev server serves what the manifest names, on the port office-addin-debugging waits for', async () => {
    const configs = await webpackConfig({ WEBPACK_SERVE: false }, { mode: 'development' });
    const served = new Set(['taskpane.html', 'word.html', 'help.html', ...['16', '32', '64', '80', '128'].map((size) => `assets/icon-${size}.png`)]);
    for (const url of urls(manifest)) {
      expect(url.startsWith('https://localhost:3000')).toBe(true);
      const path = url.replace(/^https:\/\/localhost:3000\/?/, '');
      if (path !== '') expect(served.has(path)).toBe(true);
      if (path.endsWith('.png')) expect(existsSync(join(root, path))).toBe(true);
    }
    expect(existsSync(join(root, 'src/addin/help.html'))).toBe(true);
    // Word's page is written from its own compilation's folder (dist/web/word) up to dist/web.
    const emitted = (config: WebpackConfig) =>
      config.plugins.flatMap((plugin) => {
        const filename = (plugin as { userOptions?: { filename?: string } }).userOptions?.filename;
        return filename === undefined ? [] : [relative(join(root, 'dist/web'), join(config.output.path, filename))];
      });
    expect(configs.flatMap(emitted).sort()).toEqual(['index.html', 'taskpane.html', 'word.html']);
  });

  test('a production build rewrites every address for the real host, and refuses a bad one', () => {
    process.env.ADDIN_BASE_URL = 'https://budget.example.gouv.fr/convention/';
    try {
      const rewritten = webpackConfig.manifestFor(true)(Buffer.from(manifest));
      expect(rewritten).not.toContain('localhost');
      expect(urls(rewritten).every((url) => url.startsWith('https://budget.example.gouv.fr/convention'))).toBe(true);
      expect(rewritten).toContain('<SourceLocation DefaultValue="https://budget.example.gouv.fr/convention/taskpane.html"/>');
      expect(webpackConfig.manifestFor(false)(Buffer.from(manifest))).toBe(manifest);
      process.env.ADDIN_BASE_URL = 'http://budget.example.gouv.fr';
      expect(() => webpackConfig.manifestFor(true)(Buffer.from(manifest))).toThrow(/must be an https URL ending with "\/"/);
    } finally {
      delete process.env.ADDIN_BASE_URL;
    }
  });

  test('display name and description are French, with an English override', () => {
    expect(manifest).toMatch(/<DefaultLocale>fr-FR<\/DefaultLocale>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="Budget convention">\s*<Override Locale="en-US" Value="Convention budget"\/>/);
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
  });

  test('one add-in, two hosts: Excel (Workbook) and Word (Document), each with its button on the Home tab', () => {
    expect([...manifest.matchAll(/<Host Name="(\w+)"\/>/g)].map((match) => match[1])).toEqual(['Workbook', 'Document']);
    // Each host's button opens its own page: Excel's first load carries none of Word's screens.
    for (const [host, url] of [
      ['Workbook', 'Taskpane.Url'],
      ['Document', 'Taskpane.Word.Url'],
    ]) {
      const block = new RegExp(`<Host xsi:type="${host}">([\\s\\S]*?)</Host>`).exec(manifest)?.[1] ?? '';
      expect(block).toContain('<OfficeTab id="TabHome">');
      expect(block).toContain(`<SourceLocation resid="${url}"/>`);
    }
    expect(manifest).toContain('<bt:Url id="Taskpane.Word.Url" DefaultValue="https://localhost:3000/word.html"/>');
    // A set in the base manifest must be met by every host, and none is common to ExcelApi and WordApi:
    // Word would never activate the add-in. The pane checks ExcelApi and WordApi at run time instead.
    const base = manifest.replace(/<VersionOverrides[\s\S]*<\/VersionOverrides>/, '');
    expect(base).not.toMatch(/<Set Name="(ExcelApi|WordApi)"/);
  });
});
