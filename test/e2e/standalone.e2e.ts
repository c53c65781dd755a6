import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { chromiumFromNpmPackage, findBrowser, launchBrowser } from '../../scripts/browser';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { BROKEN_INPUTS } from '../fixtures/broken-inputs';
import { writeWorkbook } from '../helpers/xlsx';
import { closeBrowser, gridCell, openSession, screenshot, type Session, typeInCell } from './harness';

/**
 * The standalone page in real Chromium: the in-memory workbook's grid beside the very same task
 * pane as in Excel. Each test has its own server on a free port; no request may leave it.
 */

jest.setTimeout(60_000);

const NNBSP = '\u202f';
const NBSP = '\u00a0';
let session: Session;

afterEach(async () => {
  // 8. No request goes anywhere but the test's own server, and the page throws nothing.
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await session.close();
});
let packagedBrowser: Browser | undefined;
afterAll(async () => {
  await closeBrowser();
  await packagedBrowser?.close();
});

async function openSample(path = ''): Promise<Session> {
  session = await openSession(path);
  await session.page.getByRole('region', { name: 'Nord' }).waitFor();
  return session;
}

const pane = () => session.page.getByRole('complementary');
const budget = (name: string) => pane().getByRole('region', { name });

test('1. the sample opens: both budgets, totals and shares in French, no error', async () => {
  const { page } = await openSample();
  await expect(budget('Nord').getByText(`1${NNBSP}745${NNBSP}883${NBSP}€`, { exact: true }).count()).resolves.toBe(1);
  await expect(budget('Nord').getByText(`500${NNBSP}000${NBSP}€ · 28,6${NBSP}%`, { exact: true }).count()).resolves.toBe(1);
  await expect(budget('Pas-de-Calais').getByText(`610${NNBSP}000${NBSP}€ · 53,5${NBSP}%`, { exact: true }).count()).resolves.toBe(1);
  await expect(budget('Nord').getByText('conforme', { exact: true }).count()).resolves.toBe(1);
  await expect(budget('Pas-de-Calais').getByText('conforme', { exact: true }).count()).resolves.toBe(1);
  await expect(page.locator('[data-flag]').count()).resolves.toBe(0);
  await screenshot(page, '1-sample');
});

test('2. an edit breaking the cap or the matching is flagged within a second, and cleared when set back', async () => {
  const { page } = await openSample();
  await typeInCell(page, 'E3', '90001');
  await page.waitForSelector('[data-cell="E3"][data-flag="error"]', { timeout: 1000 });
  const cap = budget('Nord').getByRole('button', { name: /Aller à la cellule E3/ });
  await expect(cap.textContent()).resolves.toContain(`Ramenez-la à 90${NNBSP}000${NBSP}€ au plus`);
  await screenshot(page, '2-cap-flagged');
  await typeInCell(page, 'E3', '70854');
  await page.waitForSelector('[data-cell="E3"]:not([data-flag])', { timeout: 1000 });

  await typeInCell(page, 'F5', '50000');
  await page.waitForSelector('[data-cell="F5"][data-flag="error"]', { timeout: 1000 });
  await expect(
    budget('Nord')
      .getByRole('button', { name: /Aller à la cellule F5/ })
      .textContent(),
  ).resolves.toContain(`Portez-la à 54${NNBSP}460${NBSP}€ au moins`);
  await typeInCell(page, 'F5', '75540');
  await page.waitForSelector('[data-cell="F5"]:not([data-flag])', { timeout: 1000 });
  await expect(budget('Nord').getByText('conforme', { exact: true }).count()).resolves.toBe(1);
});

test('3. a finding selects and scrolls to its cell, with a click and with the keyboard only', async () => {
  const { page } = await openSample();
  // Sixty more actions pasted below the sample, the last one over the cap, far below the fold.
  const rows = Array.from({ length: 60 }, (_, index) => [7 + index, 1, `Action collée ${7 + index}`, 10000, index === 59 ? 6000 : 4000, 6000].join('\t'));
  await gridCell(page, 'A8').click();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.querySelector('[role="grid"]')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, rows.join('\n'));
  const finding = budget('Nord').getByRole('button', { name: /Aller à la cellule E67/ });
  await finding.waitFor({ timeout: 2000 });

  await gridCell(page, 'A1').click();
  await finding.click();
  await expect(gridCell(page, 'E67').getAttribute('aria-selected')).resolves.toBe('true');
  await expect(gridCell(page, 'E67').isVisible()).resolves.toBe(true);
  expect(
    await gridCell(page, 'E67').evaluate((cell) => {
      const box = cell.getBoundingClientRect();
      const view = cell.closest('[role="tabpanel"]')!.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    }),
  ).toBe(true);
  await screenshot(page, '3-finding-selected');

  // Keyboard only: Ctrl+Home goes, as in Excel, to the first cell below the frozen header row, scrolled
  // to the top; Tab moves in the grid as in Excel, F6 goes to the pane; then Tab to the finding and Enter.
  await gridCell(page, 'E67').focus();
  await page.keyboard.press('Control+Home');
  await expect(gridCell(page, 'A2').getAttribute('aria-selected')).resolves.toBe('true');
  await page.keyboard.press('Tab');
  await expect(gridCell(page, 'B2').getAttribute('aria-selected')).resolves.toBe('true');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('F6');
  await expect(page.evaluate(() => document.activeElement?.closest('aside') !== null)).resolves.toBe(true);
  let reached = false;
  for (let step = 0; step < 80 && !reached; step++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => (document.activeElement?.getAttribute('aria-label') ?? '').startsWith('Aller à la cellule E67'));
  }
  expect(reached).toBe(true);
  await expect(gridCell(page, 'A2').getAttribute('aria-selected')).resolves.toBe('true');
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 'E67').getAttribute('aria-selected')).resolves.toBe('true');
});

test('4. the clause for 2022 and 500 000 € is the expected text; Copier puts text and HTML on the clipboard', async () => {
  const { page } = await openSample();
  await pane().getByRole('tab', { name: 'Article 4.1' }).click();
  const year = pane().getByRole('textbox', { name: 'Année' });
  await year.fill('2022');
  const envelope = pane().getByRole('textbox', { name: 'Enveloppe de l’État' });
  await envelope.fill('500 000');
  await envelope.press('Enter');
  const expected = [
    `4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500${NNBSP}000${NBSP}€, pour les actions suivantes\u00a0:`,
    '',
    `- Action 1 (axe 2)\u00a0: Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage pour un montant de 45${NNBSP}139${NBSP}€`,
    `- Action 2 (axe 2)\u00a0: Mieux garantir le droit à la santé des enfants pour un montant de 70${NNBSP}854${NBSP}€`,
    `- Action 3 (axe 2)\u00a0: Développer la mobilisation des internats scolaires comme outil de prévention pour un montant de 42${NNBSP}181${NBSP}€`,
    `- Action 4 (axe 1)\u00a0: Renforcer les clauses sociales d’insertion au service de l’ERBM pour un montant de 54${NNBSP}460${NBSP}€`,
    `- Action 5 (axe 1)\u00a0: Développer une plate-forme « Mobilité inclusive » pour un montant de 60${NNBSP}000${NBSP}€`,
    `- Action 6 (axe 2)\u00a0: Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations complexes d’enfants de l’ASE pour un montant de 227${NNBSP}366${NBSP}€`,
  ].join('\n');
  const preview = pane().getByRole('textbox', { name: 'Texte à coller dans la convention' });
  await expect(preview.inputValue()).resolves.toBe(`${expected}\n\n3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1${NNBSP}745${NNBSP}883${NBSP}€.`);

  await pane().getByRole('button', { name: 'Copier l’article 4.1' }).click();
  await pane()
    .getByText(/^Copié\u00a0: collez dans Word/)
    .waitFor();
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: [...(item?.types ?? [])].sort(), text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
  });
  expect(clipboard.types).toEqual(['text/html', 'text/plain']);
  expect(clipboard.text).toBe(expected);
  // The browser hands the HTML back with its no-break spaces as &nbsp;: what Word is given. The title keeps its own spaces.
  expect(clipboard.html).toContain('<li>Action 5 (axe 1)&nbsp;: Développer une plate-forme « Mobilité inclusive » pour un montant de 60');
  expect(clipboard.html).not.toMatch(/ :/);
  await screenshot(page, '4-clause');
});

test('5. switching the language to English changes the pane and the findings’ messages', async () => {
  const { page } = await openSample();
  await typeInCell(page, 'F5', '50000');
  await budget('Nord')
    .getByRole('button', { name: /Aller à la cellule F5/ })
    .waitFor({ timeout: 2000 });
  await pane().getByRole('tab', { name: 'Réglages' }).click();
  await pane().getByRole('radio', { name: 'English' }).check();
  await pane().getByRole('tab', { name: 'Budgets' }).click();
  const finding = budget('Nord').getByRole('button', { name: /Go to cell F5: Action 4: the Department share \(€50,000\) is below the State share \(€54,460\)/ });
  await finding.waitFor({ timeout: 2000 });
  await expect(pane().getByRole('button', { name: 'Check', exact: true }).count()).resolves.toBe(1);
  await expect(page.getByRole('button', { name: 'Open an .xlsx file' }).count()).resolves.toBe(1);
  await screenshot(page, '5-english');
});

test('6. an .xlsx with a broken row shows its findings; a file that is not .xlsx is refused and the workbook kept', async () => {
  const { page } = await openSample();
  const folder = mkdtempSync(join(tmpdir(), 'convention-e2e-'));
  const broken = join(folder, 'budget-2023.xlsx');
  await writeWorkbook(broken, [{ name: 'Budget 2023', rows: NORD_SHEET.rows.map((row, index) => (index === 3 ? [3, 2, row[2], 95000, '42,181', 52819] : row)), table: 'Budget2023' }]);
  await page.locator('input[type="file"]').setInputFiles(broken);
  await page.getByText('« budget-2023.xlsx » est ouvert.').waitFor();
  const finding = budget('Budget 2023').getByRole('button', { name: /Aller à la cellule E4 : Action 3, colonne « Part État » : « 42,181 » n’est pas un montant lisible/ });
  await finding.waitFor({ timeout: 2000 });
  await page.waitForSelector('[data-cell="E4"][data-flag="error"]', { timeout: 1000 });
  await screenshot(page, '6-xlsx-opened');

  const notXlsx = join(folder, 'export.xlsx');
  writeFileSync(notXlsx, 'Action;Coût total;Part État\n1;100;50\n');
  await page.locator('input[type="file"]').setInputFiles(notXlsx);
  await page.getByText(/«\u202fexport\.xlsx\u202f» n’est pas un classeur \.xlsx lisible .*Le classeur affiché n’a pas changé\./).waitFor();
  await expect(budget('Budget 2023').count()).resolves.toBe(1);
  await screenshot(page, '6-not-xlsx-refused');
});

test.each(['light', 'dark'])('7. axe-core finds no serious or critical accessibility violation in the pane (%s theme)', async (theme) => {
  const { page } = await openSample(`?theme=${theme}`);
  await typeInCell(page, 'E3', '90001');
  await page.waitForSelector('[data-cell="E3"][data-flag="error"]', { timeout: 1000 });
  for (const screenName of ['Budgets', 'Article 4.1', 'Réglages']) {
    await pane().getByRole('tab', { name: screenName }).click();
    await pane().getByRole('tabpanel').waitFor();
    const results = await new AxeBuilder({ page }).include('aside').analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${screenName}: ${violation.id} (${violation.nodes.length}) ${violation.help}`)).toEqual([]);
  }
  await screenshot(page, `7-axe-${theme}`);
});

test('8. the add-in page without Office’s network says so instead of staying blank', async () => {
  session = await openSession('taskpane.html');
  await session.page.getByText('Office n’a pas pu être chargé').waitFor({ timeout: 15_000 });
  await screenshot(session.page, '8-taskpane-offline');
  // The one request it makes elsewhere is office.js, from Microsoft's CDN, as Office requires.
  expect(session.foreignRequests).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  session.foreignRequests.length = 0;
});

test('9. every workbook of the corpus opens in the page without an error, hostile titles as text', async () => {
  const { page } = await openSample();
  const folder = mkdtempSync(join(tmpdir(), 'convention-e2e-corpus-'));
  for (const input of BROKEN_INPUTS.filter((candidate) => !candidate.name.includes('20 000'))) {
    const file = join(folder, `${input.name.replace(/[^\w]+/g, '-')}.xlsx`);
    await writeWorkbook(file, input.sheets);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText(/ est ouvert\./).waitFor();
    await page.locator('[role="grid"]').waitFor();
  }
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('10. rapid edits while checks run: the newest edit wins, in the flags and in the totals', async () => {
  const { page } = await openSample();
  await gridCell(page, 'E3').click();
  for (const value of ['90001', '80000', '95000', '70854', '90002']) {
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
  }
  await page.waitForSelector('[data-cell="E3"][data-flag="error"]', { timeout: 2000 });
  await expect(budget('Nord').getByText(`519${NNBSP}148${NBSP}€ · 29,7${NBSP}%`, { exact: true }).count()).resolves.toBe(1);
  // And back: one last edit puts the budget right, and nothing stale is left.
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('70854');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-cell="E3"]:not([data-flag])', { timeout: 2000 });
  await expect(page.locator('[data-flag]').count()).resolves.toBe(0);
  await expect(budget('Nord').getByText(`500${NNBSP}000${NBSP}€ · 28,6${NBSP}%`, { exact: true }).count()).resolves.toBe(1);
});

test('11. with no browser installed, the Chromium that the npm package ships runs the page', async () => {
  const choice = await findBrowser({ env: {}, exists: () => false, packaged: chromiumFromNpmPackage });
  expect(choice.origin).toBe('npm package');
  packagedBrowser = await launchBrowser(choice);
  const { page } = (session = await openSession('', { browser: packagedBrowser }));
  await budget('Nord').waitFor();
  await typeInCell(page, 'E3', '90001');
  await page.waitForSelector('[data-cell="E3"][data-flag="error"]', { timeout: 2000 });
  await expect(
    budget('Nord')
      .getByRole('button', { name: /Aller à la cellule E3/ })
      .textContent(),
  ).resolves.toContain(`Ramenez-la à 90${NNBSP}000${NBSP}€ au plus`);
  await screenshot(page, '11-npm-package-chromium');
});
