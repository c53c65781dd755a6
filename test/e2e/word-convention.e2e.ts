import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkConvention, checkWorkbook } from '../../src/domain';
import { readConventionDocx } from '../../src/docx/convention-docx';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { acceptAll, documentXmlOf, plainParagraphs } from '../helpers/accept-changes';
import { plainSheet, workbookOf } from '../helpers/workbooks';
import { closeBrowser, openSession, screenshot, type Session } from './harness';

/**
 * The Word convention on the standalone page, in Chromium: the Article 4.1 screen compares a .docx
 * saved by LibreOffice Writer with the budget (each difference with both values), and writes the
 * budget into a copy as tracked changes, downloaded as « … (budget AAAA).docx ».
 */

jest.setTimeout(90_000);

let session: Session;
const folder = mkdtempSync(join(tmpdir(), 'word-convention-'));
const ecarts = join(__dirname, '../fixtures/conventions-docx/convention-ecarts.docx');

afterEach(async () => {
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await session.close();
});
afterAll(closeBrowser);

async function openArticleTab(page: Page) {
  await page.getByRole('tab', { name: 'Article 4.1' }).click();
  await page.getByRole('button', { name: 'Comparer avec la convention…' }).waitFor();
}

async function choose(page: Page, button: string, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(file);
}

test('40. « Comparer avec la convention… »: each planted difference with both values; « Écrire dans la convention… »: the copy downloaded, accepted it says what the budget says', async () => {
  session = await openSession();
  const { page } = session;
  const pane = page.getByRole('complementary');
  await pane.getByRole('region', { name: 'Nord' }).waitFor();
  await openArticleTab(page);

  await choose(page, 'Comparer avec la convention…', ecarts);
  await pane.getByText('7 différence(s) entre « convention-ecarts.docx » et le budget').waitFor();
  await pane.getByText(/^Action 2 : 26\s000\s€ dans la convention, 70\s854\s€ dans le budget$/).waitFor();
  await pane.getByText(/^Action 5 : dans le budget \(60\s000\s€\), absente de l’article 4\.1 de la convention$/).waitFor();
  await pane.getByText(/^Action 4 : un axe vide « \(axe \) » dans la convention, l’axe 1 dans le budget$/).waitFor();
  await screenshot(page, '40-convention-compared');

  const [download] = await Promise.all([page.waitForEvent('download'), choose(page, 'Écrire dans la convention…', ecarts)]);
  expect(download.suggestedFilename()).toMatch(/^convention-ecarts \(budget \d{4}\)\.docx$/);
  const saved = join(folder, download.suggestedFilename());
  await download.saveAs(saved);
  await pane.getByText(/est téléchargé : 7 différence\(s\) remplacée\(s\) en modifications suivies/).waitFor();
  const bytes = new Uint8Array(readFileSync(saved));
  const xml = documentXmlOf(bytes);
  expect(xml).toContain('w:author="Convention Budget"');
  expect(xml).toContain('<w:tag w:val="convention-budget:article-4.1"/>');
  const nord = checkWorkbook(workbookOf(plainSheet('Nord', NORD_SHEET.rows))).budgets[0]!;
  // The screen shows 2022 for the sample: the year compared and written.
  expect(checkConvention(plainParagraphs(acceptAll(xml)), nord, { year: 2022 }).comparison?.differences).toEqual([]);
  expect(readConventionDocx(bytes).paragraphs.length).toBeGreaterThan(10);
  await screenshot(page, '40-convention-written');
});

test('41. at 320 px: the comparison and a file that is not a convention, said in one sentence, nothing overflows', async () => {
  session = await openSession('?view=pane', { viewport: { width: 320, height: 900 } });
  const { page } = session;
  await page.getByRole('region', { name: 'Nord' }).waitFor();
  await openArticleTab(page);
  await choose(page, 'Comparer avec la convention…', ecarts);
  await page.getByText('7 différence(s) entre « convention-ecarts.docx » et le budget').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await screenshot(page, '41-convention-320');
  await choose(page, 'Comparer avec la convention…', join(__dirname, '../fixtures/libreoffice/officer.xlsx'));
  await page.getByText('« officer.xlsx » ne peut pas être lu : c’est un classeur, pas un document Word : choisissez la convention (.docx).').waitFor();
});
