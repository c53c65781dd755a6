import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { SEED_AT, SEED_CONVENTION } from '../helpers/word-conventions';
import { closeBrowser, openSession, screenshot, type Session } from './harness';
import { wordStandIn } from './word-stand-in';

/**
 * The pane in Word, in Chromium: Word's page (word.html) started by a stand-in office.js that
 * defines Word late, over the fake Word of the unit tests holding the seed's convention; at 320 px,
 * the width Word opens a task pane at, every screen without a horizontal scroll.
 */

jest.setTimeout(90_000);

let session: Session;
afterEach(async () => {
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await session.close();
});
afterAll(() => closeBrowser());

const WIDTH = 320;
const EXAMPLE = join(__dirname, '../../examples/convention-bassin-minier-2022.xlsx');
const PAS_DE_CALAIS = 'Convention Bassin minier 2022 — Département du Pas-de-Calais';

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.length}`);
}

const word = <T>(page: Page, read: string) => page.evaluate<T>(`window.__word.${read}`);

test('in Word at 320 px: the budget opened, the differences with Aller au paragraphe, the articles written as tracked changes', async () => {
  session = await openSession('word.html', { viewport: { width: WIDTH, height: 900 }, officeJs: wordStandIn({ paragraphs: SEED_CONVENTION, cursorAt: SEED_CONVENTION.length - 1 }) });
  const { page } = session;
  await page.getByRole('button', { name: 'Ouvrir le classeur du budget…' }).waitFor({ timeout: 15_000 });
  expect(await horizontalOverflow(page)).toBe(0);
  await page.getByTestId('budget-file').setInputFiles(EXAMPLE);
  await page.getByText('La convention et le budget concordent', { exact: false }).waitFor();
  await page.getByRole('combobox', { name: 'Bénéficiaire' }).selectOption(PAS_DE_CALAIS);
  const list = page.getByRole('list', { name: 'La convention et le budget' });
  await list.waitFor();
  expect(await list.getByRole('listitem').count()).toBeGreaterThan(10);
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'word-pane-320-differences');

  await list.getByRole('button', { name: /^Aller au paragraphe\s:\sAction 1\s:\s45.139.€ dans la convention/ }).click();
  // Word selected the paragraph of action 1.
  await page.waitForFunction(`window.__word.selection.kind === 'paragraphs' && window.__word.selection.ids[0] === window.__word.paragraphs[${SEED_AT.action1}].id`, undefined, { timeout: 5_000 });

  await page.getByRole('button', { name: 'Écrire les articles dans la convention' }).click();
  await page.getByText(/^Écrit en modifications suivies/).waitFor();
  await page.getByText('La convention et le budget concordent', { exact: false }).waitFor();
  const markup = await word<string[]>(page, 'markup()');
  expect(markup.some((line) => line.includes('~~') && line.includes('++'))).toBe(true);
  expect(await word<string>(page, 'trackingMode')).toBe('Off');
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'word-pane-320-written');
});

test('in Word at 320 px: two differences planted in the Nord convention, each with its paragraph (the README’s picture)', async () => {
  // The seed's convention with action 2's amount and action 5's axis changed, as an officer's edit after signing would.
  const planted = SEED_CONVENTION.map((paragraph, index) =>
    index === SEED_AT.action2
      ? { ...paragraph, text: paragraph.text.replace('70 854 €', '72 000 €') }
      : paragraph.text.startsWith('- Action 5 (axe 1)')
        ? { ...paragraph, text: paragraph.text.replace('(axe 1)', '(axe 2)') }
        : paragraph,
  );
  session = await openSession('word.html', { viewport: { width: WIDTH, height: 760 }, officeJs: wordStandIn({ paragraphs: planted }) });
  const { page } = session;
  await page.getByTestId('budget-file').setInputFiles(EXAMPLE);
  const list = page.getByRole('list', { name: 'La convention et le budget' });
  await list.waitFor({ timeout: 15_000 });
  const lines = (await list.getByRole('listitem').allTextContents()).map((line) => line.replace(/[\u00a0\u202f]/g, ' '));
  expect(lines).toEqual(['Action 2 : 72 000 € dans la convention, 70 854 € dans le budgetAller au paragraphe', 'Action 5 : l’axe 2 dans la convention, l’axe 1 dans le budgetAller au paragraphe']);
  await page.getByRole('button', { name: 'Écrire les articles dans la convention' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 120));
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'word-pane-readme');
});

test('in Word at 320 px: Convention read from the document, Réglages › Diagnostic passes', async () => {
  session = await openSession('word.html', { viewport: { width: WIDTH, height: 900 }, officeJs: wordStandIn({ paragraphs: SEED_CONVENTION }) });
  const { page } = session;
  await page.getByRole('tab', { name: 'Convention' }).click();
  await page.getByRole('button', { name: 'Lire la convention de ce document' }).click();
  await page.getByRole('region', { name: /^Paramètres lus\s:\svérifiez chacun avant d’accepter$/ }).waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'word-pane-320-convention');

  await page.getByRole('tab', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: 'Lancer le diagnostic' }).click();
  await page.getByText('Toutes les étapes ont réussi.', { exact: true }).first().waitFor({ timeout: 20_000 });
  const report = await page.getByRole('textbox', { name: 'Rapport du diagnostic' }).inputValue();
  expect(report).not.toContain('✗');
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'word-pane-320-diagnostic');
});

test('Excel’s page opened in Word goes to Word’s page; a Word below WordApi 1.3 gets one sentence', async () => {
  session = await openSession('taskpane.html?_host_Info=Word$Win32$16.01$fr-FR', { viewport: { width: WIDTH, height: 700 }, officeJs: wordStandIn({ paragraphs: SEED_CONVENTION }) });
  const { page } = session;
  await page.getByRole('button', { name: 'Ouvrir le classeur du budget…' }).waitFor({ timeout: 15_000 });
  expect(page.url()).toMatch(/\/word\.html\?_host_Info=Word\$Win32\$16\.01\$fr-FR$/);
  await session.close();

  session = await openSession('word.html', { viewport: { width: WIDTH, height: 700 }, officeJs: wordStandIn({ paragraphs: SEED_CONVENTION, apiMinor: 2 }) });
  await session.page.getByText('Cette version de Word est trop ancienne').waitFor({ timeout: 15_000 });
  expect(await horizontalOverflow(session.page)).toBe(0);
  await screenshot(session.page, 'word-too-old');
});
