import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { inspectFile } from '../../src/xlsx/file-guard';
import { readXlsxSheets, XlsxFileError } from '../../src/xlsx/xlsx-sheets';
import { writeWorkbook } from '../helpers/xlsx';
import { oleWith, zipOf } from '../helpers/zip';
import { stringContaining } from '../helpers/matchers';

const dir = mkdtempSync(join(tmpdir(), 'convention-bad-files-'));
const files: Record<string, Buffer> = {};

/** Each bad file, the kind the guard names, and a piece of the French sentence the officer reads. */
const EXPECTED: Record<string, [string, RegExp]> = {
  'corrompu.xlsx': ['corrupt', /endommagé/],
  'protégé.xlsx': ['encrypted', /mot de passe/],
  'ancien.xls': ['xls', /Excel 97-2003.*enregistrez-le au format \.xlsx/],
  'lettre.doc': ['ole', /ancien document Office/],
  'export.csv.xlsx': ['text', /fichier texte.*enregistrez-le au format \.xlsx/],
  'vide.xlsx': ['empty', /vide/],
  'bombe.xlsx': ['bomb', /anormalement compressé/],
  'sans-répertoire.xlsx': ['corrupt', /endommagé/],
  'binaire.xlsb': ['xlsb', /\.xlsb.*enregistrez-le au format \.xlsx/],
  'calc.ods': ['ods', /OpenDocument \(\.ods\).*enregistrez-le au format \.xlsx/],
  'convention.docx': ['office-document', /document Word/],
  '~$budget.xlsx': ['lock-file', /verrouillage/],
  'excel4.xls': ['biff', /Excel 4\.0/],
  'feuille-xml-2003.xls': ['spreadsheet-xml', /XML 2003/],
  'export-html.xls': ['html', /page web/],
};

beforeAll(async () => {
  const good = join(dir, 'bon.xlsx');
  await writeWorkbook(good, [{ name: 'Nord', rows: NORD_SHEET.rows }]);
  const bytes = readFileSync(good);
  files['corrompu.xlsx'] = bytes.subarray(0, Math.floor(bytes.length / 2));
  files['protégé.xlsx'] = oleWith('Root Entry', 'EncryptionInfo', 'EncryptedPackage');
  files['ancien.xls'] = oleWith('Root Entry', 'Workbook', 'SummaryInformation');
  files['lettre.doc'] = oleWith('Root Entry', 'WordDocument', '1Table');
  files['export.csv.xlsx'] = Buffer.from('Action;Coût total;Part État\n1;160 000;45 139\n', 'utf8');
  files['vide.xlsx'] = Buffer.alloc(0);
  // 50 MB of zeros in a few kilobytes: a zip bomb, small but real.
  files['bombe.xlsx'] = zipOf([
    ['[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types/>')],
    ['xl/worksheets/sheet1.xml', Buffer.alloc(50 * 1024 * 1024)],
  ]);
  files['sans-répertoire.xlsx'] = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
  files['binaire.xlsb'] = zipOf([
    ['[Content_Types].xml', Buffer.from('<Types/>')],
    ['xl/workbook.bin', Buffer.alloc(64, 1)],
  ]);
  files['calc.ods'] = zipOf(
    [
      ['mimetype', Buffer.from('application/vnd.oasis.opendocument.spreadsheet')],
      ['content.xml', Buffer.from('<office:document-content/>')],
    ],
    ['mimetype'],
  );
  files['convention.docx'] = zipOf([
    ['[Content_Types].xml', Buffer.from('<Types/>')],
    ['word/document.xml', Buffer.from('<w:document/>')],
  ]);
  // Excel's owner file: the user's name, padded; 165 bytes.
  files['~$budget.xlsx'] = Buffer.concat([Buffer.from([6]), Buffer.from('agentA'), Buffer.alloc(158, 0x20)]);
  // A BIFF4 worksheet's BOF record: 0x0409, length 6.
  files['excel4.xls'] = Buffer.concat([Buffer.from([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00]), Buffer.alloc(200)]);
  files['feuille-xml-2003.xls'] = Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>');
  files['export-html.xls'] = Buffer.from('<html><body><table><tr><td>Action</td></tr></table></body></html>');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
});

describe('bad files', () => {
  test('the guard names each one before anything is inflated', () => {
    expect(files['bombe.xlsx']!.length).toBeLessThan(200 * 1024);
    const kinds = Object.fromEntries(
      Object.entries(files).map(([name, content]) => {
        const inspection = inspectFile(content, name);
        return [name, inspection.kind === 'problem' ? inspection.problem.kind : inspection.kind];
      }),
    );
    expect(kinds).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([name, [kind]]) => [name, kind])));
  });

  test.each(Object.keys(EXPECTED))('the command line refuses %s: exit 2, one sentence in French that says what it is, memory bounded', async (name) => {
    let err = '';
    const rssBefore = process.memoryUsage().rss;
    const status = await run(['check', join(dir, name)], { out: () => undefined, err: (text) => (err += text) });
    expect(status).toBe(2);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(new RegExp(`^convention-budget: «\u202f${name.replace(/[.$^]/g, '\\$&')}\u202f» ne peut pas être lu\u00a0: `));
    expect(err).toMatch(EXPECTED[name]![1]);
    // Our internals never show: no nested parentheses of a library's message, no English.
    expect(err).not.toMatch(/cannot|Cannot|undefined|\([^)]*\(/);
    // The bomb is refused from its zip directory: its 50 MB are never inflated.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(40 * 1024 * 1024);
  });

  test('in English with --lang en, and as a JSON error object with --json', async () => {
    let err = '';
    let out = '';
    const status = await run(['check', join(dir, 'binaire.xlsb'), '--lang', 'en', '--json'], { out: (text) => (out += text), err: (text) => (err += text) });
    expect(status).toBe(2);
    expect(err).toMatch(/^convention-budget: “binaire\.xlsb” cannot be read: this is an Excel binary workbook \(\.xlsb\), which we do not read: open it in Excel or LibreOffice and save it as \.xlsx/);
    expect(JSON.parse(out)).toEqual({ error: { code: 'unreadable', message: stringContaining('binary workbook') } });
  });

  test('the page’s reader throws a sentence in both languages, never a crash', async () => {
    for (const [name, content] of Object.entries(files)) {
      const data = content.buffer.slice(content.byteOffset, content.byteOffset + content.length) as ArrayBuffer;
      const error = await readXlsxSheets(data, name).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(XlsxFileError);
      expect((error as XlsxFileError).reason.fr).toMatch(EXPECTED[name]![1]);
      expect((error as XlsxFileError).reason.en.length).toBeGreaterThan(10);
    }
  });
});
