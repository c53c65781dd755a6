import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { parseProfileJson, profileToJson, readProfile, resolveProfile } from '../../src/domain';
import { readProfilePart, withProfilePart } from '../../src/xlsx/profile-part';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { REAL_FILES } from '../helpers/excel-files';

/**
 * The accepted profile kept inside the workbook as a custom XML part: written into files that
 * Excel and LibreOffice saved, every other part left byte for byte, read back; replaced, not
 * doubled; taken out without a trace; and kept by LibreOffice when it saves the file again.
 */

jest.setTimeout(60_000);

const conventions = join(__dirname, '../fixtures/conventions');
const work = mkdtempSync(join(tmpdir(), 'profile-part-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sommeProfile(): unknown {
  const resolved = resolveProfile(readProfile(readFileSync(join(conventions, 'convention-somme-2024.txt'), 'utf8')));
  if (!('profile' in resolved)) throw new Error('unreadable');
  return profileToJson(resolved.profile);
}

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const sources = [...['excel-table01.xlsx', 'excel-defined_name01.xlsx', 'excel-comment01.xlsx'].map((name) => join(REAL_FILES, name)), join(__dirname, '../fixtures/libreoffice/officer.xlsx')];

describe.each(sources)('%s', (source) => {
  const original = new Uint8Array(readFileSync(source));
  const profile = sommeProfile();

  test('the profile is written, read back equal, and every other part is left as it was', () => {
    expect(readProfilePart(original)).toBeNull();
    const written = withProfilePart(original, profile);
    expect(readProfilePart(written)).toEqual({ json: profile });
    const before = parts(original);
    const after = parts(written);
    const changed = Object.keys(after)
      .filter((name) => before[name] !== after[name])
      .sort();
    expect(changed.filter((name) => !name.startsWith('customXml/'))).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels']);
    expect(Object.keys(before).filter((name) => !(name in after))).toEqual([]);
    // The workbook still reads as it did.
    expect(readXlsx(written).sheets.map((sheet) => sheet.name)).toEqual(readXlsx(original).sheets.map((sheet) => sheet.name));
  });

  test('writing again replaces the profile; null takes it out with its relationship and content type', () => {
    const once = withProfilePart(original, profile);
    const twice = withProfilePart(once, { ...(profile as object), stateCapPercent: 60 });
    expect(Object.keys(unzipSync(twice)).filter((name) => /^customXml\/item\d+\.xml$/.test(name))).toHaveLength(1);
    expect((readProfilePart(twice) as { json: { stateCapPercent: number } }).json.stateCapPercent).toBe(60);
    const removed = parts(withProfilePart(twice, null));
    expect(readProfilePart(withProfilePart(twice, null))).toBeNull();
    expect(Object.keys(removed).filter((name) => name.startsWith('customXml/'))).toEqual([]);
    expect(removed['xl/_rels/workbook.xml.rels']).not.toContain('customXml');
    expect(removed['[Content_Types].xml']).not.toContain('customXml');
  });
});

test('exceljs (another writer’s reader) opens a file with the profile kept in it', async () => {
  const workbook = new ExcelJS.Workbook();
  const bytes = withProfilePart(new Uint8Array(readFileSync(sources[0] as string)), sommeProfile());
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  expect(workbook.worksheets.length).toBeGreaterThan(0);
});

test('a profile part edited by hand into something unreadable is said, not taken for none', () => {
  const written = parts(withProfilePart(new Uint8Array(readFileSync(sources[0] as string)), { stateCapPercent: 50 }));
  const item = Object.keys(written).find((name) => /^customXml\/item\d+\.xml$/.test(name)) as string;
  expect(written[item]).toContain('urn:convention-budget:profile:1');
  const { zipSync, strToU8 } = jest.requireActual<typeof import('fflate')>('fflate');
  const files = Object.fromEntries(Object.entries(written).map(([name, text]) => [name, strToU8(name === item ? text.replace('"stateCapPercent":50', 'stateCapPercent: 50') : text)]));
  expect(readProfilePart(zipSync(files))).toEqual({ unreadable: true });
});

test('LibreOffice keeps the profile when it saves the file again (soffice --convert-to xlsx)', () => {
  const profile = sommeProfile();
  const input = join(work, 'budget-with-profile.xlsx');
  writeFileSync(input, withProfilePart(new Uint8Array(readFileSync(join(REAL_FILES, 'excel-table01.xlsx'))), profile));
  const out = join(work, 'saved-by-libreoffice');
  mkdirSync(out);
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, input], {
    stdio: 'pipe',
  });
  const saved = new Uint8Array(readFileSync(join(out, readdirSync(out)[0] as string)));
  // LibreOffice rewrote every part of the file…
  expect(parts(saved)['xl/workbook.xml']).not.toEqual(parts(new Uint8Array(readFileSync(input)))['xl/workbook.xml']);
  // …and the profile comes back whole, valid, and replaceable in the file LibreOffice wrote.
  const back = readProfilePart(saved);
  expect(back).toEqual({ json: profile });
  const parsed = parseProfileJson((back as { json: unknown }).json);
  expect('profile' in parsed && parsed.unresolved).toEqual([]);
  const replaced = withProfilePart(saved, { ...(profile as object), stateCapPercent: 70 });
  expect(Object.keys(unzipSync(replaced)).filter((name) => /^customXml\/item\d+\.xml$/.test(name))).toHaveLength(1);
  expect((readProfilePart(replaced) as { json: { stateCapPercent: number } }).json.stateCapPercent).toBe(70);
  expect(readProfilePart(withProfilePart(saved, null))).toBeNull();
});
