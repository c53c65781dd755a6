import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { closeBrowser, openSession, screenshot, type Session } from './harness';

/**
 * The task pane as Excel shows it: 320 px wide (Excel opens it 320 to 350 px), every screen without
 * a horizontal scroll; the self-test run against the page's workbook; and the add-in page started
 * by an office.js that defines Excel late, as the real one does.
 */

jest.setTimeout(60_000);

let session: Session;
afterEach(async () => {
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await session.close();
});
afterAll(() => closeBrowser());

const EXCEL_WIDTH = 320;

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.length}`);
}

test('at 320 px, every screen of the pane fits, the actions included, with no serious accessibility fault', async () => {
  session = await openSession('?view=pane', { viewport: { width: EXCEL_WIDTH, height: 800 } });
  const { page } = session;
  const nord = page.getByRole('region', { name: 'Nord' });
  await nord.waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'pane-320-budgets');

  await nord.getByRole('button', { name: 'Voir les actions (6)' }).click();
  const table = nord.getByRole('table', { name: 'Actions du budget Nord' });
  await table.waitFor();
  await table.getByRole('button', { name: 'Détails de l’action 6' }).click();
  await expect(table.getByText('Ligne', { exact: true }).count()).resolves.toBe(1);
  expect(await horizontalOverflow(page)).toBe(0);
  // Each column of the four is on screen: the State amount and its share are not cut off.
  const box = await table.getByRole('columnheader', { name: '% État' }).boundingBox();
  expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(EXCEL_WIDTH);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'pane-320-actions');

  await page.getByRole('tab', { name: 'Article 4.1' }).click();
  await page.getByRole('textbox', { name: 'Texte à coller dans la convention' }).waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'pane-320-clause');

  await page.getByRole('tab', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: 'Lancer le diagnostic' }).waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'pane-320-settings');
});

test('the self-test runs against the page’s workbook: every step passes, and the report can be copied', async () => {
  session = await openSession('?view=pane', { viewport: { width: EXCEL_WIDTH, height: 900 } });
  const { page } = session;
  await page.getByRole('region', { name: 'Nord' }).waitFor();
  await page.getByRole('tab', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: 'Lancer le diagnostic' }).click();
  await page.getByText('Toutes les étapes ont réussi.', { exact: true }).first().waitFor({ timeout: 20_000 });
  const report = await page.getByRole('textbox', { name: 'Rapport du diagnostic' }).inputValue();
  expect(report).toMatch(/^Convention Budget — diagnostic du /);
  expect(report).toContain('✓ Saisie qui ne change aucune marque\u00a0: rien n’est écrit');
  expect(report).not.toContain('✗');
  await page.getByRole('button', { name: 'Copier le rapport' }).click();
  await page.getByText('Rapport copié : collez-le dans votre message.').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'pane-320-diagnostic');
});

test('the add-in page waits for an Excel that office.js defines late, then shows the pane (never “Office missing”)', async () => {
  const standIn = readFileSync(join(__dirname, 'office-stand-in.js'), 'utf8');
  session = await openSession('taskpane.html', { viewport: { width: EXCEL_WIDTH, height: 700 }, officeJs: standIn });
  const { page } = session;
  await page.getByText('Aucun tableau de budget dans ce classeur').waitFor({ timeout: 10_000 });
  expect(await page.getByText('Office n’a pas pu être chargé').count()).toBe(0);
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'addin-late-excel');
});
