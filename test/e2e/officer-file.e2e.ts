import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { officerWorkbook } from '../helpers/officer-workbook';
import { closeBrowser, gridCell, openSession, screenshot, type Session } from './harness';

/**
 * The standalone page with an officer's own workbook, in real Chromium: formulas that follow an
 * edit, undo, the file given back whole under its own name, numbers as the file formats them, the
 * header row kept in view, the page in English, narrow windows and paper.
 */

jest.setTimeout(90_000);

/** numfmt groups French thousands with a narrow no-break space, as French Windows does. */
const GROUP = '\u202f';
let session: Session;
const folder = mkdtempSync(join(tmpdir(), 'convention-officer-'));

afterEach(async () => {
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await session.close();
});
afterAll(closeBrowser);

const pane = () => session.page.getByRole('complementary');
const status = () => session.page.getByTestId('status');

async function officerFile(name = 'budget Nord.xlsx'): Promise<string> {
  const file = join(folder, name);
  writeFileSync(file, await officerWorkbook());
  return file;
}

/** Opens a file through the page's file input, as the officer does with "Ouvrir". */
async function openFile(page: Page, file: string, name: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByText(`« ${name} » est ouvert.`, { exact: false }).first().waitFor();
}

/** Types into the selected cell with the keyboard only: F2-free typing replaces, Enter commits. */
async function typeAt(page: Page, address: string, text: string): Promise<void> {
  await gridCell(page, address).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('12. an edit: the =SUM total and the =D−E cell follow, the cap is flagged, no false « Corrigez le total »; Ctrl+Z restores value and mark', async () => {
  session = await openSession();
  const { page } = session;
  await openFile(page, await officerFile(), 'budget Nord.xlsx');
  // Numbers as the file's format shows them, not 1060883.
  await expect(gridCell(page, 'D9').textContent()).resolves.toBe(`1${GROUP}060${GROUP}883 €`);
  await expect(gridCell(page, 'E10').textContent()).resolves.toBe(`500${GROUP}000 €`);

  await typeAt(page, 'E5', '90001');
  await page.waitForSelector('[data-cell="E5"][data-flag="error"]', { timeout: 2000 });
  await expect(gridCell(page, 'E10').textContent()).resolves.toBe(`519${GROUP}147 €`);
  await expect(gridCell(page, 'G5').textContent()).resolves.toBe(`89${GROUP}999 €`);
  await expect(
    pane()
      .getByText(/Corrigez le total|ne correspond pas/)
      .count(),
  ).resolves.toBe(0);
  await expect(
    pane()
      .getByRole('button', { name: /Aller à la cellule E5/ })
      .count(),
  ).resolves.toBe(1);
  await page.getByText('Modifications non téléchargées').waitFor();
  await screenshot(page, '12-officer-edited');

  // F2 on the total shows its formula, as Excel does.
  await gridCell(page, 'E10').click();
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: 'Cellule E10' }).inputValue()).resolves.toBe('=SUM(E4:E9)');
  await page.keyboard.press('Escape');
  await expect(status().textContent()).resolves.toContain('=SUM(E4:E9)');

  // Ctrl+Z: the value, the total that follows it and the mark come back.
  await page.keyboard.press('Control+z');
  await page.waitForSelector('[data-cell="E5"]:not([data-flag])', { timeout: 2000 });
  // E5 holds the officer's note: what it shows is in its accessible name (its text holds the note for screen readers).
  await expect(gridCell(page, 'E5').getAttribute('aria-label')).resolves.toBe(`E5 70${GROUP}854 €`);
  await expect(gridCell(page, 'E10').textContent()).resolves.toBe(`500${GROUP}000 €`);
  await expect(gridCell(page, 'E5').getAttribute('aria-selected')).resolves.toBe('true');
  // Ctrl+Y: done again.
  await page.keyboard.press('Control+y');
  await page.waitForSelector('[data-cell="E5"][data-flag="error"]', { timeout: 2000 });

  // A formula typed as French Excel takes it.
  await typeAt(page, 'H4', '=SOMME(D4;1000,5)');
  await expect(gridCell(page, 'H4').textContent()).resolves.toBe('161000,5');
  // A paste of a block is one step of Ctrl+Z.
  await gridCell(page, 'H5').click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '1\t2\n3\t4\n');
    document.querySelector('[role="grid"]')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(gridCell(page, 'I6').textContent()).resolves.toBe('4');
  await page.keyboard.press('Control+z');
  await expect(gridCell(page, 'H5').textContent()).resolves.toBe('');
  await expect(gridCell(page, 'I6').textContent()).resolves.toBe('');
  await expect(gridCell(page, 'H4').textContent()).resolves.toBe('161000,5');
});

test('13. « Télécharger » gives back the officer’s file under its own name, formulas and formats kept; reopened, it reads the same', async () => {
  session = await openSession();
  const { page } = session;
  await openFile(page, await officerFile(), 'budget Nord.xlsx');
  await typeAt(page, 'E5', '90001');
  await page.waitForSelector('[data-cell="E5"][data-flag="error"]', { timeout: 2000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger' }).click()]);
  expect(download.suggestedFilename()).toBe('budget Nord (vérifié).xlsx');
  const saved = join(folder, download.suggestedFilename());
  await download.saveAs(saved);
  await page.getByText('Modifications non téléchargées').waitFor({ state: 'detached' });

  const book = readXlsx(new Uint8Array(readFileSync(saved)));
  const nord = book.sheets.find((sheet) => sheet.name === 'Nord')!;
  expect(nord.formulas.get('E10')).toBe('SUM(E4:E9)');
  expect(nord.formulas.get('G5')).toBe('D5-E5');
  const cell = (address: string) => {
    const at = /([A-Z]+)(\d+)/.exec(address)!;
    const row = nord.rows.get(Number(at[2]) - 1)!;
    const index = row.columns.indexOf(at[1]!.charCodeAt(0) - 65);
    return { value: row.values[index], format: book.formats[row.styles[index] ?? 0] };
  };
  expect(cell('E5').value).toBe(90001);
  expect(cell('E10')).toEqual({ value: 519147, format: '#,##0 "€"' });
  expect(cell('D4').format).toBe('#,##0 "€"');
  expect(book.sheets.map((sheet) => sheet.name)).toEqual(['Nord', 'Notes']);
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(saved);
  expect(read.getWorksheet('Nord')!.getCell('A1').isMerged).toBe(true);
  expect(read.getWorksheet('Nord')!.getColumn(3).width).toBe(60);

  // Reopened in the page: the same values, the same mark, the formula behind the total.
  await openFile(page, saved, 'budget Nord (vérifié).xlsx');
  await page.waitForSelector('[data-cell="E5"][data-flag="error"]', { timeout: 2000 });
  await expect(gridCell(page, 'E10').textContent()).resolves.toBe(`519${GROUP}147 €`);
  await gridCell(page, 'E10').click();
  await expect(status().textContent()).resolves.toContain('=SUM(E4:E9)');
});

test('14. opening another file or leaving the page with edits not downloaded asks first', async () => {
  session = await openSession();
  const { page } = session;
  await openFile(page, await officerFile(), 'budget Nord.xlsx');
  await typeAt(page, 'E5', '90001');
  const other = await officerFile('autre.xlsx');
  const dialogs: string[] = [];
  page.once('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.locator('input[type="file"]').setInputFiles(other);
  for (let wait = 0; wait < 50 && dialogs.length === 0; wait++) await page.waitForTimeout(100);
  expect(dialogs[0]).toBe('Vos modifications de «\u202fbudget Nord.xlsx\u202f» n’ont pas été téléchargées. Les abandonner\u202f?');
  // Refused: the edited workbook is still there.
  await expect(gridCell(page, 'E5').getAttribute('aria-label')).resolves.toBe(`E5 90${GROUP}001 €`);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('input[type="file"]').setInputFiles(other);
  await page.getByText('« autre.xlsx » est ouvert.', { exact: false }).first().waitFor();
  // Leaving the page: the browser asks when our handler cancels the unload (an event as the browser sends it).
  const leaving = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  await expect(leaving()).resolves.toBe(false);
  await typeAt(page, 'E5', '1');
  await expect(leaving()).resolves.toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger' }).click()]);
  expect(download.suggestedFilename()).toBe('autre (vérifié).xlsx');
  await expect(leaving()).resolves.toBe(false);
});

test('15. the header row stays in view in a 3 000-row budget; arrows, Tab, Enter move as in Excel', async () => {
  session = await openSession();
  const { page } = session;
  const rows = [['Convention 2023 — Département du Nord'], [], NORD_SHEET.rows[0]!, ...Array.from({ length: 3000 }, (_, index) => [index + 1, 1, `Action ${index + 1}`, 10000, 4000, 6000])];
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Programme').addRows(rows);
  const file = join(folder, 'programme.xlsx');
  await workbook.xlsx.writeFile(file);
  await openFile(page, file, 'programme.xlsx');
  await pane()
    .getByText(/3\s?000 action/)
    .first()
    .waitFor({ timeout: 5000 });
  await gridCell(page, 'A4').click();
  await page.keyboard.press('Control+ArrowDown');
  await expect(gridCell(page, 'A3003').getAttribute('aria-selected')).resolves.toBe('true');
  // The budget's header row (row 3) is drawn at the top of the scrolled grid.
  const header = gridCell(page, 'C3');
  await expect(header.isVisible()).resolves.toBe(true);
  const [headerBox, panelBox] = await Promise.all([header.boundingBox(), page.locator('#sheet-panel').boundingBox()]);
  expect(headerBox!.y).toBeGreaterThanOrEqual(panelBox!.y);
  expect(headerBox!.y).toBeLessThan(panelBox!.y + 5 * 28);
  await screenshot(page, '15-frozen-header');
  await page.keyboard.press('Tab');
  await expect(gridCell(page, 'B3003').getAttribute('aria-selected')).resolves.toBe('true');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Enter');
  await expect(gridCell(page, 'A3002').getAttribute('aria-selected')).resolves.toBe('true');
  // Article 4.1's year is the one the workbook's title names.
  await pane().getByRole('tab', { name: 'Article 4.1' }).click();
  await expect(pane().getByRole('textbox', { name: 'Année' }).inputValue()).resolves.toBe('2023');
  await pane().getByText('Lue dans le titre « Convention 2023 — Département du Nord ».').waitFor();
});

test('16. a formula the page cannot compute keeps the file’s value and the status line says so; an .ods file gets one sentence', async () => {
  session = await openSession();
  const { page } = session;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nord');
  sheet.addRows([...NORD_SHEET.rows, ['Total', null, null, { formula: 'AGGREGATE(9,6,D2:D7)', result: 1745883 }]]);
  const file = join(folder, 'agregat.xlsx');
  await workbook.xlsx.writeFile(file);
  await openFile(page, file, 'agregat.xlsx');
  await typeAt(page, 'D2', '160001');
  await expect(status().textContent()).resolves.toContain('1 formule non recalculée (Nord!D8)\u00a0: sa valeur est celle du fichier');
  await gridCell(page, 'D8').click();
  await expect(status().textContent()).resolves.toContain('Formule non recalculée par la page (fonction AGGREGATE)');
  // The file's value, kept: the check then reads the total as the file holds it, and says it differs.
  await expect(gridCell(page, 'D8').getAttribute('aria-label')).resolves.toBe('D8 1745883');

  const ods = join(folder, 'budget.ods');
  writeFileSync(ods, zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') }));
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('input[type="file"]').setInputFiles(ods);
  await page
    .getByRole('alert')
    .getByText(/«\u202fbudget\.ods\u202f».*OpenDocument \(\.ods\).*\.xlsx/)
    .waitFor();
  await expect(gridCell(page, 'D2').getAttribute('aria-label')).resolves.toBe('D2 160001');
});

test('17. in English the whole page speaks English: lang attribute, notice, status line, file name', async () => {
  session = await openSession();
  const { page } = session;
  await openFile(page, await officerFile(), 'budget Nord.xlsx');
  await pane().getByRole('tab', { name: 'Réglages' }).click();
  await pane().getByRole('radio', { name: 'English' }).check();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  await page.getByText('“budget Nord.xlsx” is open. Its formulas are recalculated at each change.').waitFor();
  await page.getByText(/^“budget Nord\.xlsx”: change a cell/).waitFor();
  await gridCell(page, 'D9').click();
  await expect(gridCell(page, 'D9').textContent()).resolves.toBe('1,060,883 €');
  await expect(status().textContent()).resolves.toContain('Arrows, Tab, Enter: move');
  await typeAt(page, 'E5', '90001');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('budget Nord (checked).xlsx');
  await screenshot(page, '17-english');
});

test.each([1400, 900, 380])('18. at %i px wide nothing overlaps and the page never scrolls sideways', async (width) => {
  session = await openSession('', { viewport: { width, height: 900 } });
  const { page } = session;
  await openFile(page, await officerFile(), 'budget Nord.xlsx');
  await pane().getByRole('region').first().waitFor();
  const layout = await page.evaluate(() => {
    const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const grid = rect('#sheet-panel');
    const tabs = rect('[role="tablist"]');
    const aside = rect('aside');
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      gridHeight: grid.height,
      gridWidth: grid.width,
      tabsOverPane: overlaps(tabs, aside),
      gridOverPane: overlaps(grid, aside),
      paneBelow: aside.top >= grid.bottom,
    };
  });
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
  expect(layout.tabsOverPane).toBe(false);
  expect(layout.gridOverPane).toBe(false);
  expect(layout.gridHeight).toBeGreaterThan(250);
  expect(layout.gridWidth).toBeGreaterThan(width < 900 ? width - 40 : 450);
  expect(layout.paneBelow).toBe(width < 900);
  await screenshot(page, `18-width-${width}`);
});

test('19. on paper: the whole sheet, the marks in colour, and the marks’ messages below; no pane, no buttons', async () => {
  session = await openSession();
  const { page } = session;
  await openFile(page, await officerFile(), 'budget Nord.xlsx');
  await typeAt(page, 'E5', '90001');
  await page.waitForSelector('[data-cell="E5"][data-flag="error"]', { timeout: 2000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('aside').isVisible()).resolves.toBe(false);
  await expect(page.getByRole('button', { name: 'Télécharger' }).isVisible()).resolves.toBe(false);
  const marked = await gridCell(page, 'E5').evaluate((cell) => {
    const style = getComputedStyle(cell);
    return { background: style.backgroundColor, adjust: style.getPropertyValue('print-color-adjust') || style.getPropertyValue('-webkit-print-color-adjust') };
  });
  expect(marked).toEqual({ background: 'rgb(255, 199, 206)', adjust: 'exact' });
  await page.getByText(/^E5 — Action 2\u00a0: la part de l’État/).waitFor();
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  expect(pdf.length).toBeGreaterThan(10_000);
  writeFileSync(join(folder, 'print.pdf'), pdf);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('aside').isVisible()).resolves.toBe(true);
});

test('20. a circular reference is named in the status line, as Excel names it, and its cell keeps its last value', async () => {
  session = await openSession();
  const { page } = session;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nord');
  // The total's SUM takes in its own cell: Excel says « Références circulaires : D8 » and does not compute it.
  sheet.addRows([...NORD_SHEET.rows, ['Total', null, null, { formula: 'SUM(D2:D8)', result: 1745883 }]]);
  const file = join(folder, 'circulaire.xlsx');
  await workbook.xlsx.writeFile(file);
  await openFile(page, file, 'circulaire.xlsx');
  await page.getByTestId('status').getByText('Références circulaires\u00a0: Nord!D8').waitFor();
  await typeAt(page, 'D2', '160001');
  await gridCell(page, 'D8').click();
  await expect(status().textContent()).resolves.toContain('Référence circulaire\u00a0: cette formule fait référence à sa propre cellule, directement ou indirectement.');
  await expect(gridCell(page, 'D8').getAttribute('aria-label')).resolves.toBe('D8 1745883');
});
