import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { fileProblem } from '../../src/xlsx/file-guard';
import { readXlsxSheets, XlsxFileError } from '../../src/xlsx/xlsx-sheets';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { writeWorkbook } from '../helpers/xlsx';
import { OLE_HEADER, zipOf } from '../helpers/zip';

const dir = mkdtempSync(join(tmpdir(), 'convention-bad-files-'));
const files: Record<string, Buffer> = {};

beforeAll(async () => {
  const good = join(dir, 'bon.xlsx');
  await writeWorkbook(good, [{ name: 'Nord', rows: NORD_SHEET.rows }]);
  const bytes = readFileSync(good);
  files['corrompu.xlsx'] = bytes.subarray(0, Math.floor(bytes.length / 2));
  files['protégé.xlsx'] = Buffer.concat([OLE_HEADER, Buffer.alloc(4096, 1)]);
  files['ancien.xls.xlsx'] = Buffer.concat([OLE_HEADER, Buffer.alloc(8192, 7)]);
  files['export.csv.xlsx'] = Buffer.from('Action;Coût total;Part État\n1;160 000;45 139\n', 'utf8');
  files['vide.xlsx'] = Buffer.alloc(0);
  // 50 MB of zeros in a few kilobytes: a zip bomb, small but real.
  files['bombe.xlsx'] = zipOf([
    ['[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types/>')],
    ['xl/worksheets/sheet1.xml', Buffer.alloc(50 * 1024 * 1024)],
  ]);
  files['sans-répertoire.xlsx'] = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
});

describe('bad files', () => {
  test('the guard names each one before anything is inflated', () => {
    expect(files['bombe.xlsx']!.length).toBeLessThan(200 * 1024);
    expect(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, fileProblem(content)?.kind ?? null]))).toEqual({
      'corrompu.xlsx': 'corrupt',
      'protégé.xlsx': 'ole',
      'ancien.xls.xlsx': 'ole',
      'export.csv.xlsx': 'not-zip',
      'vide.xlsx': 'empty',
      'bombe.xlsx': 'bomb',
      'sans-répertoire.xlsx': 'corrupt',
    });
  });

  test.each(Object.keys({ 'corrompu.xlsx': 1, 'protégé.xlsx': 1, 'ancien.xls.xlsx': 1, 'export.csv.xlsx': 1, 'vide.xlsx': 1, 'bombe.xlsx': 1, 'sans-répertoire.xlsx': 1 }))(
    'the command line refuses %s: exit 2, one clear line, memory bounded',
    async (name) => {
      let err = '';
      const rssBefore = process.memoryUsage().rss;
      const status = await run(['check', join(dir, name)], { out: () => undefined, err: (text) => (err += text) });
      expect(status).toBe(2);
      expect(err.trimEnd().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^convention-budget: .* (cannot be read as an \.xlsx workbook|is empty, not an \.xlsx workbook)/);
      // The bomb is refused from its zip directory: its 50 MB are never inflated.
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(40 * 1024 * 1024);
    },
  );

  test('the page’s reader throws a sentence in both languages, never a crash', async () => {
    for (const [name, content] of Object.entries(files)) {
      const data = content.buffer.slice(content.byteOffset, content.byteOffset + content.length) as ArrayBuffer;
      const error = await readXlsxSheets(data).then(() => null, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(XlsxFileError);
      expect((error as XlsxFileError).reason.fr.length).toBeGreaterThan(5);
      expect(name).toBeTruthy();
    }
    expect(((await readXlsxSheets(files['protégé.xlsx']!.buffer as ArrayBuffer).catch((error: XlsxFileError) => error)) as XlsxFileError).reason.fr).toContain('mot de passe');
  });
});
