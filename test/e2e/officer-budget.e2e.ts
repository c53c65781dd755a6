import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { closeBrowser, gridCell, openSession, screenshot, type Session } from './harness';

/**
 * Issue 19, items 1 to 3, in Chromium on the officer's budget as LibreOffice saved it
 * (test/fixtures/libreoffice/budget-officier.xlsx, scripts/make-officer-budget.ts): a merged title,
 * wrapped headers with a fill, light yellow input cells, =SUM totals, `# ##0 €`, two notes of the
 * officer's, a drop-down list, three conditional formats of the officer's, two sheets, and planted
 * mistakes (D7 too low, F5 typed as text, B9 without its axis).
 */

jest.setTimeout(120_000);

const NNBSP = '\u202f';
const FIXTURE = join(__dirname, '../fixtures/libreoffice/budget-officier.xlsx');
const folder = mkdtempSync(join(tmpdir(), 'convention-officer-budget-'));
let session: Session;

afterEach(async () => {
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await session.close();
});
afterAll(closeBrowser);

const status = () => session.page.getByTestId('status');

async function openFile(page: Page, file: string, name: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByText(`« ${name} » est ouvert.`, { exact: false }).first().waitFor();
  await page.locator('aside [aria-label^="Aller à la cellule"]').first().waitFor({ timeout: 10_000 });
}

/** What a cell shows (its accessible name is its address, then what it shows). */
async function shown(page: Page, address: string): Promise<string> {
  const label = (await gridCell(page, address).getAttribute('aria-label')) ?? '';
  return label.slice(address.length + 1);
}

async function typeAt(page: Page, address: string, text: string): Promise<void> {
  await gridCell(page, address).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function download(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger' }).click()]);
  const saved = join(mkdtempSync(join(folder, 'download-')), file.suggestedFilename());
  await file.saveAs(saved);
  return saved;
}

/** The first sheet's notes as the file holds them, by cell. */
function notesOf(file: string): Map<string, string> {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const rels = strFromU8(parts['xl/worksheets/_rels/sheet1.xml.rels'] ?? new Uint8Array());
  const target = /Target="([^"]*comments[^"]*)"/.exec(rels)?.[1]?.replace(/^\.\.\//, 'xl/') ?? '';
  const xml = parts[target] === undefined ? '' : strFromU8(parts[target]);
  return new Map(
    [...xml.matchAll(/<comment\b[^>]*\bref="([^"]+)"[^>]*>([\s\S]*?)<\/comment>/g)].map((match) => [
      match[1]!,
      [...match[2]!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((text) => text[1]!.replace(/&#10;/g, '\n')).join(''),
    ]),
  );
}

/** The areas our conditional formats cover in the first sheet. */
function markedAreas(file: string): string[] {
  const sheet = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['xl/worksheets/sheet1.xml']!);
  return [...sheet.matchAll(/<conditionalFormatting sqref="([^"]+)">(?:(?!<\/conditionalFormatting>)[\s\S])*convention-budget:/g)].flatMap((match) => match[1]!.split(' '));
}

const ours = (note: string | undefined) => (note?.match(/Convention Budget\n•/g) ?? []).length;

test('item 1. a « (vérifié) » file reopened, D7 fixed, downloaded: D7 and E7 lose our marks, F5 keeps one note of ours; downloaded again, nothing doubles', async () => {
  session = await openSession();
  const { page } = session;
  await openFile(page, FIXTURE, 'budget-officier.xlsx');
  const checked = await download(page);
  expect(ours(notesOf(checked).get('D7'))).toBe(1);
  expect(markedAreas(checked)).toEqual(expect.arrayContaining(['D7', 'E7']));

  page.once('dialog', (dialog) => void dialog.accept());
  await openFile(page, checked, 'budget-officier (vérifié).xlsx');
  // The file's old marks are not drawn as the officer's: only the current flags are.
  await page.waitForSelector('[data-cell="D7"][data-flag="error"]');
  await typeAt(page, 'D7', '130000');
  await page.waitForSelector('[data-cell="D7"]:not([data-flag])', { timeout: 3000 });
  await page.waitForSelector('[data-cell="E7"]:not([data-flag])', { timeout: 3000 });
  // Nothing of ours is drawn on D7 any more: the officer's light yellow input fill is back.
  await expect(gridCell(page, 'D7').evaluate((cell) => getComputedStyle(cell).backgroundColor)).resolves.toBe('rgb(255, 242, 204)');
  const fixed = await download(page);
  const notes = notesOf(fixed);
  expect(notes.get('D7')).toBeUndefined();
  expect(notes.get('E7')).toBeUndefined();
  expect(ours(notes.get('F5'))).toBe(1);
  expect(notes.get('F5')).toMatch(/^Montant voté en CP du 12\/10\n\nConvention Budget\n•/);
  expect(notes.get('C4')).toBe('Action reconduite de 2021');
  expect(markedAreas(fixed).join(' ')).not.toMatch(/\b[DE]7\b/);

  const again = await download(page);
  const twice = notesOf(again);
  for (const cell of ['F5', 'B9', 'F10']) expect([cell, ours(twice.get(cell))]).toEqual([cell, 1]);
  expect(markedAreas(again).sort()).toEqual(markedAreas(fixed).sort());
});

test('item 2. « 109 146 € », « 110 000 », « 110000 € », « 110 000,50 » typed in the grid are numbers: =SUM counts them, the file stores numbers in the cells’ own format', async () => {
  session = await openSession();
  const { page } = session;
  await openFile(page, FIXTURE, 'budget-officier.xlsx');
  await expect(shown(page, 'F10')).resolves.toBe(`1${NNBSP}136${NNBSP}737 €`);
  await typeAt(page, 'F5', '109 146 €');
  // The text amount's warning and the total's mismatch go: =SUM counts the number.
  await expect(shown(page, 'F10')).resolves.toBe(`1${NNBSP}245${NNBSP}883 €`);
  await page.waitForSelector('[data-cell="F5"]:not([data-flag])', { timeout: 3000 });
  await page.waitForSelector('[data-cell="F10"]:not([data-flag])', { timeout: 3000 });
  await expect(shown(page, 'F5')).resolves.toBe(`109${NNBSP}146 €`);
  await typeAt(page, 'G4', '110 000');
  await typeAt(page, 'G5', '110000 €');
  await typeAt(page, 'G6', '110 000,50');
  await typeAt(page, 'G8', '2\u00a0500');
  await expect(shown(page, 'G10')).resolves.toBe(`332${NNBSP}501 €`);
  await expect(shown(page, 'G6')).resolves.toBe(`110${NNBSP}001 €`);
  // What stays text is what is ambiguous, with its warning.
  await typeAt(page, 'G9', '12 34');
  await page.waitForSelector('[data-cell="G9"][data-flag]', { timeout: 3000 });
  await screenshot(page, 'item2-typed-amounts');

  const book = readXlsx(new Uint8Array(readFileSync(await download(page))));
  const nord = book.sheets[0]!;
  const cell = (address: string) => {
    const at = /([A-Z])(\d+)/.exec(address)!;
    const row = nord.rows.get(Number(at[2]) - 1)!;
    const index = row.columns.indexOf(at[1]!.charCodeAt(0) - 65);
    return { value: row.values[index], format: book.formats[row.styles[index] ?? 0] };
  };
  expect(cell('F5')).toEqual({ value: 109146, format: '#,##0" €"' });
  expect(cell('G4')).toEqual({ value: 110000, format: '#,##0" €"' });
  expect(cell('G5')).toEqual({ value: 110000, format: '#,##0" €"' });
  expect(cell('G6')).toEqual({ value: 110000.5, format: '#,##0" €"' });
  expect(cell('G9').value).toBe('12 34');
  expect(cell('F10').value).toBe(1245883);
});

test('item 3. the grid shows the workbook as the officer made it: merged title, wrapped headers, fills, bold, colours, notes, conditional formats; numbers in the page’s language', async () => {
  session = await openSession();
  const { page } = session;
  await openFile(page, FIXTURE, 'budget-officier.xlsx');
  const style = (address: string) =>
    gridCell(page, address).evaluate((cell) => {
      const computed = getComputedStyle(cell);
      return {
        background: computed.backgroundColor,
        color: computed.color,
        weight: computed.fontWeight,
        italic: computed.fontStyle,
        wrap: computed.whiteSpace,
        height: cell.getBoundingClientRect().height,
        clipped: cell.scrollWidth > cell.clientWidth + 1,
      };
    });

  // Merged: the title spans A1:H1, whole; B1…H1 are not drawn.
  await expect(gridCell(page, 'A1').getAttribute('colspan')).resolves.toBe('8');
  await expect(gridCell(page, 'B1').count()).resolves.toBe(0);
  await expect(shown(page, 'A1')).resolves.toBe('Convention Bassin minier 2022 — budget du Département du Nord');
  expect((await style('A1')).clipped).toBe(false);
  expect((await style('A1')).weight).toBe('700');
  expect((await style('A1')).color).toBe('rgb(31, 56, 100)');
  // Wrapped and filled headers, in the row's own height.
  const header = await style('E3');
  expect(header).toMatchObject({ background: 'rgb(217, 225, 242)', weight: '700', color: 'rgb(31, 56, 100)', wrap: 'pre-wrap' });
  expect(header.height).toBeGreaterThanOrEqual(40);
  expect((await style('C9')).wrap).toBe('pre-wrap');
  expect((await style('C9')).height).toBeGreaterThanOrEqual(58);
  // The officer's input fill, on a value and on an empty cell; the total row in bold on grey.
  expect((await style('D4')).background).toBe('rgb(255, 242, 204)');
  expect((await style('G4')).background).toBe('rgb(255, 242, 204)');
  expect(await style('A10')).toMatchObject({ background: 'rgb(242, 242, 242)', weight: '700' });
  expect((await style('C13')).color).toBe('rgb(192, 0, 0)');
  // Our marks over the officer's fill.
  expect((await style('D7')).background).toBe('rgb(255, 199, 206)');
  expect((await style('F5')).background).toBe('rgb(255, 235, 156)');

  // The officer's notes: a corner mark, and the note on hover.
  await expect(gridCell(page, 'C4').getAttribute('data-note')).resolves.toBe('true');
  await expect(gridCell(page, 'D4').getAttribute('data-note')).resolves.toBeNull();
  await gridCell(page, 'C4').hover();
  await page.getByRole('tooltip').getByText('Action reconduite de 2021').waitFor();
  await gridCell(page, 'F5').hover();
  await page.getByRole('tooltip').getByText('Montant voté en CP du 12/10').waitFor();

  // The officer's conditional formats: cell value (H > 0: bold on orange), formula ($E > $D/2: dark red italic).
  expect(await style('H5')).toMatchObject({ background: 'rgb(248, 203, 173)', weight: '700' });
  expect((await style('H4')).weight).not.toBe('700');
  expect(await style('C7')).toMatchObject({ color: 'rgb(156, 0, 6)', italic: 'italic' });
  expect((await style('C4')).italic).toBe('normal');
  // The data bar is named as not shown.
  await expect(status().textContent()).resolves.toMatch(/Mise en forme conditionnelle non affichée\s:\sbarre de données \(D4:D9\)/);
  await screenshot(page, 'item3-officer-look-1400');
  // Live: D7 fixed, action 4's State share is no longer over half its cost, C7 is plain again.
  await typeAt(page, 'D7', '130000');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-cell="C7"]')!).fontStyle === 'normal', undefined, { timeout: 3000 });

  // Numbers follow the page's language.
  await expect(shown(page, 'D4')).resolves.toBe(`160${NNBSP}000 €`);
  await page.getByRole('complementary').getByRole('tab', { name: 'Réglages' }).click();
  await page.getByRole('complementary').getByRole('radio', { name: 'English' }).check();
  await expect(shown(page, 'D4')).resolves.toBe('160,000 €');
  await expect(status().textContent()).resolves.toMatch(/Conditional format not shown: data bar \(D4:D9\)/);
});

test.each([1400, 320])('item 3. screenshots of the officer’s budget at %i px', async (width) => {
  session = await openSession('', { viewport: { width, height: 900 } });
  const { page } = session;
  await openFile(page, FIXTURE, 'budget-officier.xlsx');
  await gridCell(page, 'F5').click();
  await gridCell(page, 'F5').hover();
  await page.getByRole('tooltip').waitFor();
  await screenshot(page, `officer-budget-${width}`);
});
