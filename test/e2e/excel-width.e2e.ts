import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { closeBrowser, gridCell, openSession, screenshot, type Session } from './harness';

/**
 * At Excel's width (320 px, where Excel opens its task pane, and where the standalone page puts the
 * pane below the grid), with an officer's workbook saved by LibreOffice Calc
 * (test/fixtures/libreoffice/officer.xlsx: a merged title « Convention Bassin minier 2022 —
 * Département du Nord » that names the budget, =SUM totals, « # ##0 € », a second sheet): every
 * screen of the pane stays inside the pane, a finding brings its cell into view, the sheets change
 * with Ctrl+PgDn / Ctrl+PgUp, and the page has one main landmark.
 */

jest.setTimeout(120_000);

const EXCEL_WIDTH = 320;
const OFFICER_FILE = join(__dirname, '../fixtures/libreoffice/officer.xlsx');
const CONVENTION = join(__dirname, '../fixtures/conventions/convention-somme-2024.txt');

let session: Session;
afterEach(async () => {
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await session.close();
});
afterAll(closeBrowser);

async function openOfficerFile(page: Page): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(OFFICER_FILE);
  await page.getByText('«\u202fofficer.xlsx\u202f» est ouvert.', { exact: false }).first().waitFor();
}

/**
 * What sticks out of the window on the right: the page's own horizontal scroll, and each element
 * drawn past the window's edge (a pane inside a clipping box would hide it from the page's scroll
 * width alone). The grid scrolls inside its own box and is left out.
 */
async function overflow(page: Page): Promise<{ page: number; elements: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const elements: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('#sheet-panel')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 0.5)
        elements.push(`${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]} ${Math.round(box.right - width)} px: ${(element.textContent ?? '').trim().slice(0, 50)}`);
    }
    return { page: document.documentElement.scrollWidth - width, elements };
  });
}

async function expectInside(page: Page, screen: string): Promise<void> {
  expect({ screen, ...(await overflow(page)) }).toEqual({ screen, page: 0, elements: [] });
}

/** axe's landmark rules (one main, not duplicated, at the top level, landmarks unique) and its region rule. */
async function landmarkViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.id.startsWith('landmark') || violation.id === 'region').map((violation) => `${violation.id}: ${violation.nodes.length}`);
}

async function shot(page: Page, element: Locator, name: string): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  await screenshot(page, name);
}

test('22. at 320 px, every screen of the pane stays inside it, in the page with a LibreOffice-saved workbook and in the pane alone', async () => {
  session = await openSession('', { viewport: { width: EXCEL_WIDTH, height: 800 } });
  const { page } = session;
  await openOfficerFile(page);
  const pane = page.getByRole('complementary');
  const card = pane.getByRole('region', { name: /Département du Nord/ });
  await card.waitFor();
  await expectInside(page, 'Budgets');
  await card.getByRole('button', { name: /Voir les actions/ }).click();
  await card.getByRole('table').waitFor();
  await expectInside(page, 'Budgets, actions');
  await shot(page, card, '22-320-budgets');

  // The beneficiary list names the budget by its heading: 51 characters, once 91 px past the pane.
  await pane.getByRole('tab', { name: 'Article 4.1' }).click();
  const beneficiary = pane.getByRole('combobox', { name: 'Bénéficiaire' });
  await expect(beneficiary.inputValue()).resolves.toBeTruthy();
  await expect(beneficiary.locator('option').first().textContent()).resolves.toBe('Convention Bassin minier 2022 — Département du Nord');
  await pane.getByRole('textbox', { name: 'Texte à coller dans la convention' }).waitFor();
  await expectInside(page, 'Article 4.1');
  await shot(page, beneficiary, '22-320-clause');

  await pane.getByRole('tab', { name: 'Réglages' }).click();
  await pane.getByRole('button', { name: 'Lire une convention…' }).click();
  await pane.getByLabel('Texte de la convention (collez-le ici)').fill(readFileSync(CONVENTION, 'utf8'));
  await pane.getByRole('button', { name: 'Lire le texte' }).click();
  const review = pane.getByRole('region', { name: /^Paramètres lus/ });
  await review.waitFor();
  await expectInside(page, 'Réglages › Convention, review');
  await shot(page, review, '22-320-settings-convention');
  await review.getByRole('button', { name: 'Annuler' }).click();
  await pane.getByRole('combobox', { name: 'Tableau' }).waitFor();
  await expectInside(page, 'Réglages, mapping');

  await pane.getByRole('button', { name: 'Lancer le diagnostic' }).click();
  await pane.getByText('Toutes les étapes ont réussi.', { exact: true }).first().waitFor({ timeout: 20_000 });
  await expectInside(page, 'Réglages › Diagnostic');
  // The report's text fills its frame (it once showed two lines in a 14em box).
  const report = pane.getByRole('textbox', { name: 'Rapport du diagnostic' });
  const [shown, frame] = await report.evaluate((element) => [element.getBoundingClientRect().height, element.parentElement?.getBoundingClientRect().height ?? 0]);
  expect(shown).toBeGreaterThan(frame - 8);
  await shot(page, report, '22-320-settings-diagnostic');
  await session.close();

  session = await openSession('?view=pane', { viewport: { width: EXCEL_WIDTH, height: 800 } });
  const alone = session.page;
  await alone.getByRole('region', { name: 'Nord' }).waitFor();
  await expectInside(alone, 'pane alone: Budgets');
  for (const tab of ['Article 4.1', 'Réglages']) {
    await alone.getByRole('tab', { name: tab }).click();
    await alone.getByRole('tabpanel').getByRole('button').first().waitFor();
    await expectInside(alone, `pane alone: ${tab}`);
  }
});

test('23. at 320 px, « Aller à la cellule E7 » in the pane below the grid brings the page up to the cell', async () => {
  session = await openSession('', { viewport: { width: EXCEL_WIDTH, height: 800 } });
  const { page } = session;
  await openOfficerFile(page);
  // Action 4's State share over the cap (65 000 € of 130 000 €): flagged in E7.
  await gridCell(page, 'E7').click();
  await page.keyboard.type('90001');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-cell="E7"][data-flag="error"]');
  const goTo = page.getByRole('complementary').getByRole('button', { name: /^Aller à la cellule E7/ });
  await goTo.scrollIntoViewIfNeeded();
  const viewport = { width: EXCEL_WIDTH, height: 800 };
  const inView = async () => {
    const box = await gridCell(page, 'E7').boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
  };
  expect(await inView()).toBe(false);

  await goTo.click();
  await page.getByTestId('status').getByText('Nord!E7').waitFor();
  for (let wait = 0; wait < 20 && !(await inView()); wait++) await page.waitForTimeout(50);
  expect(await inView()).toBe(true);
  await expect(gridCell(page, 'E7').getAttribute('aria-selected')).resolves.toBe('true');
  await screenshot(page, '23-320-go-to-cell');
});

test('24. Ctrl+PgDn and Ctrl+PgUp change sheet as in Excel, each sheet showing again the cell it was left on', async () => {
  session = await openSession('', { viewport: { width: 1400, height: 900 } });
  const { page } = session;
  await openOfficerFile(page);
  const sheetTab = (name: string) => page.getByRole('tablist', { name: 'Feuilles du classeur' }).getByRole('tab', { name });
  await gridCell(page, 'C6').click();

  await page.keyboard.press('Control+PageDown');
  await expect(sheetTab('Notes').getAttribute('aria-selected')).resolves.toBe('true');
  await page.getByTestId('status').getByText('Notes!A1').waitFor();
  // The focus follows into the new sheet: the arrows go on there.
  await page.keyboard.press('ArrowDown');
  await page.getByTestId('status').getByText('Notes!A2').waitFor();
  // No sheet after the last: Ctrl+PgDn stays, and never scrolls the sheet by a page as PgDn does.
  await page.keyboard.press('Control+PageDown');
  await page.getByTestId('status').getByText('Notes!A2').waitFor();

  await page.keyboard.press('Control+PageUp');
  await expect(sheetTab('Nord').getAttribute('aria-selected')).resolves.toBe('true');
  await page.getByTestId('status').getByText('Nord!C6').waitFor();
  await expect(page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).resolves.toBe('C6');
  // Excel on the web's keys, for browsers that keep Ctrl+PgDn for their tabs.
  await page.keyboard.press('Control+Alt+PageDown');
  await page.getByTestId('status').getByText('Notes!A2').waitFor();
  await expect(page.getByRole('grid', { name: /Notes/ }).count()).resolves.toBe(1);
});

test('25. « Budget » stays whole in the findings list at 320 px', async () => {
  session = await openSession('?view=pane', { viewport: { width: EXCEL_WIDTH, height: 800 } });
  const { page } = session;
  const nord = page.getByRole('region', { name: 'Nord' });
  await nord.waitFor();
  const envelope = nord.getByRole('textbox', { name: 'Enveloppe de l’État' });
  await envelope.fill('480 000');
  await envelope.press('Enter');
  const label = nord.getByRole('listitem').filter({ hasText: 'de plus que l’enveloppe' }).getByText('Budget', { exact: true });
  await label.waitFor();
  const lines = await label.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines).toBe(1);
  await shot(page, label, '25-320-budget-label');
});

test('26. one main landmark: axe’s landmark rules pass in the page, the pane alone and the add-in page', async () => {
  session = await openSession('', { viewport: { width: EXCEL_WIDTH, height: 800 } });
  await session.page.getByRole('complementary').getByRole('region', { name: 'Nord' }).waitFor();
  expect(await session.page.getByRole('main').count()).toBe(1);
  expect(await landmarkViolations(session.page)).toEqual([]);
  await session.close();

  session = await openSession('?view=pane', { viewport: { width: EXCEL_WIDTH, height: 800 } });
  await session.page.getByRole('region', { name: 'Nord' }).waitFor();
  expect(await session.page.getByRole('main').count()).toBe(1);
  expect(await landmarkViolations(session.page)).toEqual([]);
  await session.close();

  const standIn = readFileSync(join(__dirname, 'office-stand-in.js'), 'utf8');
  session = await openSession('taskpane.html', { viewport: { width: EXCEL_WIDTH, height: 700 }, officeJs: standIn });
  await session.page.getByText('Aucun tableau de budget dans ce classeur').waitFor({ timeout: 10_000 });
  expect(await session.page.getByRole('main').count()).toBe(1);
  expect(await landmarkViolations(session.page)).toEqual([]);
});
