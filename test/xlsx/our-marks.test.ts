import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { checkWorkbook } from '../../src/domain';
import { FLAG_MARKER, isOurFormula, keyOfFormula } from '../../src/excel/flag-formulas';
import { ParserFormulaEngine } from '../../src/memory/formula-engine';
import { MemoryWorkbook } from '../../src/memory/memory-workbook';
import { isOurMarkFormula, MARK_MARKER, officerNoteText, ourNoteSection } from '../../src/workbook/our-marks';
import { findingText } from '../../src/i18n/finding-text';
import { annotatedCopy } from '../../src/xlsx/annotate';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { readXlsxSheets, workbookFile } from '../../src/xlsx/xlsx-sheets';
import { snapshotOfBook } from '../../src/xlsx/xlsx-snapshot';

/**
 * Our marks taken back (issue 19, item 1): a file we marked, opened again, fixed and marked again,
 * loses the marks no longer flagged and keeps one note of ours per flagged cell, never two; the
 * officer's own fill and note are what they were before our mark. Checked on the officer's budget
 * as LibreOffice saved it, through the page's path (open, edit, download) and the command line's
 * (`check --annotate`), read back by exceljs and by LibreOffice itself.
 */

const FIXTURES = join(__dirname, '../fixtures/libreoffice');
const original = () => new Uint8Array(readFileSync(join(FIXTURES, 'budget-officier.xlsx')));
const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** The page's path: open the file, type these values, check, download. */
async function pageDownload(bytes: Uint8Array, typed: ReadonlyArray<readonly [string, string, number]> = []): Promise<Uint8Array> {
  const sheets = await readXlsxSheets(buffer(bytes));
  const workbook = new MemoryWorkbook(sheets);
  workbook.attachEngine(new ParserFormulaEngine());
  for (const [sheet, cell, value] of typed) workbook.setCell(sheet, cell, value);
  await workbook.showFlags(checkWorkbook(await workbook.read()), 'action');
  return workbookFile(
    bytes,
    sheets,
    workbook.edits(),
    workbook.flagMarks((finding) => findingText(finding, 'fr')),
  );
}

/** The command line's path: `check --annotate` on the file as it is. */
function annotate(bytes: Uint8Array): Uint8Array {
  return annotatedCopy(bytes, checkWorkbook(snapshotOfBook(readXlsx(bytes))).findings, (finding) => findingText(finding, 'fr')).bytes;
}

/**
 * The notes of the first sheet as the file holds them (exceljs drops a note on a cell the sheet
 * does not list, where Excel and LibreOffice show it): each note's text runs joined, by cell.
 */
function notesOf(bytes: Uint8Array): Map<string, string> {
  const parts = unzipSync(bytes);
  const rels = strFromU8(parts['xl/worksheets/_rels/sheet1.xml.rels'] ?? new Uint8Array());
  const target = /Type="[^"]*\/comments"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/comments"/.exec(rels);
  const name = (target?.[1] ?? target?.[2] ?? '').replace(/^\.\.\//, 'xl/').replace(/^\/?/, '');
  const xml = parts[name] === undefined ? '' : strFromU8(parts[name]);
  const decode = (text: string) =>
    text
      .replace(/&#10;/g, '\n')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return new Map(
    [...xml.matchAll(/<comment\b[^>]*\bref="([^"]+)"[^>]*>([\s\S]*?)<\/comment>/g)].map((match) => [
      match[1]!,
      [...match[2]!.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((text) => decode(text[1]!)).join(''),
    ]),
  );
}

/** What another library reads in the file (exceljs: fills, conditional formats), and the notes. */
async function seen(bytes: Uint8Array, sheetName = 'Nord') {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer(bytes));
  const sheet = workbook.getWorksheet(sheetName)!;
  const notes = notesOf(bytes);
  const noteOf = (address: string): string | undefined => notes.get(address);
  const fillOf = (address: string): string | undefined => {
    const fill = sheet.getCell(address).fill as ExcelJS.FillPattern | undefined;
    return fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  };
  const formats = (sheet as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; formulae?: string[] }> }> }).conditionalFormattings;
  const ourFormats = formats.filter((format) => format.rules.some((rule) => (rule.formulae ?? []).some((formula) => formula.includes('convention-budget'))));
  const ourCells = ourFormats.flatMap((format) => format.ref.split(/\s+/));
  return { noteOf, fillOf, ourCells, officerFormats: formats.length - ourFormats.length };
}

describe('the signs of our marks', () => {
  test('our section of a note is found wherever the officer wrote around it, and taken out leaving their text as it was', () => {
    const section = ourNoteSection(['Action 2 : la part de l’État dépasse 50 %.', 'Deuxième message']);
    expect(section).toBe('Convention Budget\n• Action 2 : la part de l’État dépasse 50 %.\n• Deuxième message');
    expect(officerNoteText(`Montant à confirmer\n\n${section}`)).toBe('Montant à confirmer');
    expect(officerNoteText(section)).toBe('');
    expect(officerNoteText(`${section}\n\nVu avec la DDETS`)).toBe('Vu avec la DDETS');
    expect(officerNoteText(`Avant\n\n${section}\nAprès, ajouté dans Excel`)).toBe('Avant\nAprès, ajouté dans Excel');
    // Doubled by the first version: both go.
    expect(officerNoteText(`Montant\n\n${section}\n\n${section}`)).toBe('Montant');
    // The officer's own words are never ours, even when they name us.
    expect(officerNoteText('Convention Budget : à vérifier')).toBe('Convention Budget : à vérifier');
  });

  test('our fills carry the Excel add-in’s marker: the add-in, the page and the command line take back the same marks', () => {
    const sheet = strFromU8(unzipSync(annotate(original()))['xl/worksheets/sheet1.xml']!);
    const formulas = [...sheet.matchAll(/<formula>([^<]*convention-budget[^<]*)<\/formula>/g)].map((match) => match[1]!.replace(/&quot;/g, '"'));
    expect(formulas).toHaveLength(2);
    for (const formula of formulas) {
      expect(isOurFormula(formula)).toBe(true);
      expect(keyOfFormula(formula)).toMatch(/^[0-9a-f]{8}$/);
      expect(isOurMarkFormula(formula)).toBe(true);
    }
    expect(MARK_MARKER).toBe(FLAG_MARKER);
  });
});

const ours = (note: string | undefined) => (note?.match(/Convention Budget\n•/g) ?? []).length;

describe('our marks, taken back when a marked file comes back', () => {
  test('the page: reopened, D7 fixed, downloaded — D7 and E7 lose our marks, F5 keeps one note of ours below the officer’s, C4 is untouched', async () => {
    const first = await pageDownload(original());
    const marked = await seen(first);
    expect(ours(marked.noteOf('D7'))).toBe(1);
    expect(ours(marked.noteOf('E7'))).toBe(1);
    expect(marked.noteOf('F5')).toMatch(/^Montant voté en CP du 12\/10\n\nConvention Budget\n• Action 2, colonne «\sCofinancement CD 59\s»/);

    const second = await pageDownload(first, [['Nord', 'D7', 130000]]);
    const fixed = await seen(second);
    expect(fixed.noteOf('D7')).toBeUndefined();
    expect(fixed.noteOf('E7')).toBeUndefined();
    expect(fixed.ourCells).not.toEqual(expect.arrayContaining(['D7']));
    expect(fixed.ourCells.join(' ')).not.toMatch(/\b[DE]7\b/);
    // The officer's light yellow input fill, as before our mark.
    expect(fixed.fillOf('D7')).toBe('FFFFF2CC');
    expect(fixed.fillOf('E7')).toBe('FFFFF2CC');
    expect(ours(fixed.noteOf('F5'))).toBe(1);
    expect(fixed.noteOf('F5')).toMatch(/^Montant voté en CP du 12\/10\n\nConvention Budget\n•/);
    expect(fixed.noteOf('C4')).toBe('Action reconduite de 2021');
    // The officer's three conditional formats, no more, no fewer.
    expect(fixed.officerFormats).toBe(3);

    // Downloaded again without a change: nothing doubles.
    const third = await pageDownload(second);
    const again = await seen(third);
    expect(ours(again.noteOf('F5'))).toBe(1);
    expect(ours(again.noteOf('B9'))).toBe(1);
    expect(again.ourCells.sort()).toEqual(fixed.ourCells.sort());
  });

  test('the command line: annotated twice, the same marks once; a clean budget loses them all and gives back the officer’s file', async () => {
    const once = annotate(original());
    const twice = annotate(once);
    const [a, b] = [await seen(once), await seen(twice)];
    for (const cell of ['B9', 'D7', 'E7', 'F5', 'F10']) expect([cell, ours(b.noteOf(cell))]).toEqual([cell, 1]);
    expect(b.ourCells.sort()).toEqual(a.ourCells.sort());

    // The officer fixes every mistake elsewhere (say in LibreOffice), then annotates: nothing of ours is left.
    const sheets = await readXlsxSheets(buffer(twice));
    const workbook = new MemoryWorkbook(sheets);
    workbook.attachEngine(new ParserFormulaEngine());
    workbook.setCells('Nord', [
      ['D7', 130000],
      ['F5', 109146],
      ['B9', 2],
    ]);
    const clean = workbookFile(twice, sheets, workbook.edits(), []);
    const after = await seen(clean);
    for (const cell of ['B9', 'D7', 'E7', 'F10']) expect([cell, after.noteOf(cell)]).toEqual([cell, undefined]);
    expect(after.noteOf('F5')).toBe('Montant voté en CP du 12/10');
    expect(after.ourCells).toEqual([]);
    expect(after.fillOf('D7')).toBe('FFFFF2CC');
    const before = await seen(original());
    for (const cell of ['A1', 'B9', 'D7', 'E7', 'F5', 'F10', 'C3']) expect([cell, after.fillOf(cell)]).toEqual([cell, before.fillOf(cell)]);
  });

  test('a file we marked, saved again by LibreOffice (its own notes and styles), comes back clean once fixed', async () => {
    const lo = new Uint8Array(readFileSync(join(FIXTURES, 'budget-officier-marque-libreoffice.xlsx')));
    const fixed = await seen(await pageDownload(lo, [['Nord', 'D7', 130000]]));
    expect(fixed.noteOf('D7')).toBeUndefined();
    expect(fixed.noteOf('E7')).toBeUndefined();
    expect(fixed.fillOf('D7')).toBe('FFFFF2CC');
    expect(ours(fixed.noteOf('F5'))).toBe(1);
    expect(fixed.noteOf('F5')).toMatch(/^Montant voté en CP du 12\/10\n\nConvention Budget\n•/);
    expect(fixed.noteOf('C4')).toBe('Action reconduite de 2021');
    expect(fixed.ourCells.join(' ')).not.toMatch(/\b[DE]7\b/);
  });

  test('a file marked by the first version (our fill in the cell’s style), saved by LibreOffice: our fill and notes are recognised and taken back', async () => {
    const lo = new Uint8Array(readFileSync(join(FIXTURES, 'budget-officier-marque-v1-libreoffice.xlsx')));
    const fixed = await seen(await pageDownload(lo, [['Nord', 'D7', 130000]]));
    expect(fixed.noteOf('D7')).toBeUndefined();
    expect(fixed.noteOf('E7')).toBeUndefined();
    // That version put its red over the officer's fill, which the file no longer holds: the red goes.
    expect(fixed.fillOf('D7')).not.toBe('FFFFC7CE');
    expect(fixed.fillOf('E7')).not.toBe('FFFFC7CE');
    expect(ours(fixed.noteOf('F5'))).toBe(1);
    expect(fixed.noteOf('F5')).toMatch(/^Montant voté en CP du 12\/10\n\nConvention Budget\n•/);
    expect(fixed.noteOf('C4')).toBe('Action reconduite de 2021');
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));
  // Not under `npm run mutation`: a LibreOffice start per mutant, on two shared cores, timed the workers out.
  (soffice === undefined || process.env.STRYKER_MUTATOR_WORKER !== undefined ? test.skip : test)(
    'LibreOffice reads the fixed file as clean: no note of ours on D7 or E7, one on F5, the officer’s fill on D7',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'our-marks-'));
      const marked = await pageDownload(original());
      const fixed = await pageDownload(marked, [['Nord', 'D7', 130000]]);
      writeFileSync(join(folder, 'fixed.xlsx'), fixed);
      execFileSync(
        soffice!,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${join(folder, 'profile')}`,
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          join(folder, 'out'),
          join(folder, 'fixed.xlsx'),
        ],
        { stdio: 'ignore' },
      );
      const resaved = await seen(new Uint8Array(readFileSync(join(folder, 'out', 'fixed.xlsx'))));
      expect(resaved.noteOf('D7')).toBeUndefined();
      expect(resaved.noteOf('E7')).toBeUndefined();
      expect(ours(resaved.noteOf('F5'))).toBe(1);
      expect(resaved.fillOf('D7')).toBe('FFFFF2CC');
      expect(resaved.ourCells.join(' ')).not.toMatch(/\b[DE]7\b/);
      expect(resaved.ourCells.join(' ')).toMatch(/\bF5\b/);
    },
    120_000,
  );
});
