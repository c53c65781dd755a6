import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readProfilePart } from '../../src/xlsx/profile-part';
import { docxOf } from '../helpers/docx';
import { PROFILE_BUDGET_ROWS } from '../helpers/profile-budget';
import { writeWorkbook } from '../helpers/xlsx';
import { closeBrowser, gridCell, openSession, screenshot, type Session } from './harness';

/**
 * Convention profiles in real Chromium: a convention opened as .docx (mammoth in the page), its
 * parameters reviewed with their sentences, accepted, and the grid's flags and the pane's messages
 * following; at 320 px, a contradictory convention that blocks Accept until the officer chooses.
 */

jest.setTimeout(90_000);

let session: Session;
const folder = mkdtempSync(join(tmpdir(), 'convention-profile-'));
const conventions = join(__dirname, '../fixtures/conventions');

afterEach(async () => {
  expect(session.foreignRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await session.close();
});
afterAll(closeBrowser);

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('20. a .docx convention read on the page: each value with its sentence, accepted, then the grid flags what the 80 % / 30 % convention forbids', async () => {
  const budget = join(folder, 'budget Somme.xlsx');
  await writeWorkbook(budget, [{ name: 'Somme', rows: PROFILE_BUDGET_ROWS }]);
  const docx = join(folder, 'convention Somme 2024.docx');
  writeFileSync(docx, docxOf(readFileSync(join(conventions, 'convention-somme-2024.txt'), 'utf8')));

  session = await openSession();
  const { page } = session;
  await page.locator('input[type="file"]').first().setInputFiles(budget);
  await page.getByText('« budget Somme.xlsx » est ouvert.', { exact: false }).first().waitFor();
  const pane = page.getByRole('complementary');
  const card = pane.getByRole('region', { name: 'Somme' });
  await card.getByText('Convention Bassin minier 2022 : part de l’État ≤ 50 %, Département ≥ État').waitFor();
  await card.getByText('conforme').waitFor();
  expect(await gridCell(page, 'F2').getAttribute('data-flag')).toBeNull();

  await pane.getByRole('tab', { name: 'Réglages' }).click();
  await pane.getByRole('button', { name: 'Lire une convention…' }).click();
  await pane.getByLabel('ou ouvrez son fichier (.docx ou .txt)').setInputFiles(docx);
  const review = pane.getByRole('region', { name: 'Paramètres lus : vérifiez chacun avant d’accepter' });
  await review.waitFor();
  await review.getByText('Part maximale de l’État par action : 80 %').waitFor();
  await review.getByText('Ligne 25 : « La participation de l’État est versée dans la limite de 80 % du coût de chaque action retenue. »').first().waitFor();
  await review.getByText('Article de la liste des actions : 5.1').waitFor();
  // Read from Word's runs: the sentence is whole although Word split each line in two runs.
  await review
    .getByText(/^Ligne \d+\u00a0: «\u202f5\.1 Au titre de l’exercice 2024, l’État apporte une contribution de 312 500 € pour les actions suivantes :\u202f»$/)
    .first()
    .waitFor();
  await screenshot(page, '20-convention-review');

  await review.getByRole('button', { name: 'Accepter' }).click();
  await pane.getByText('Règles appliquées : Convention Somme 2024 : part de l’État ≤ 80 %, Département ≥ 30 % du coût.').waitFor();
  await page.locator('[role="gridcell"][data-cell="F2"][data-flag="error"]').waitFor();
  await pane.getByRole('tab', { name: 'Budgets' }).click();
  await card.getByRole('button', { name: /Aller à la cellule F2 : Action 1 : la part du Département \(25\s000\s€\) est inférieure à 30 % du coût total/ }).waitFor();
  await screenshot(page, '20-convention-applied');
});

test('21. at 320 px: a contradictory convention shows both caps, Accept waits for the officer’s choice, nothing overflows', async () => {
  session = await openSession('?view=pane', { viewport: { width: 320, height: 900 } });
  const { page } = session;
  await page.getByRole('region', { name: 'Nord' }).waitFor();
  await page.getByRole('tab', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: 'Lire une convention…' }).click();
  await page.getByLabel('Texte de la convention (collez-le ici)').fill(readFileSync(join(conventions, 'convention-contradictoire.txt'), 'utf8'));
  await page.getByRole('button', { name: 'Lire le texte' }).click();
  const review = page.getByRole('region', { name: 'Paramètres lus : vérifiez chacun avant d’accepter' });
  await review.getByText('Deux phrases se contredisent : aucune valeur n’est appliquée. Choisissez-en une.').waitFor();
  await expect(review.getByRole('button', { name: 'Accepter' }).isDisabled()).resolves.toBe(true);
  expect(await horizontalOverflow(page)).toBe(0);
  await review.getByRole('button', { name: 'Retenir 50 %' }).scrollIntoViewIfNeeded();
  await screenshot(page, '21-convention-conflict-320');

  await review.getByRole('button', { name: 'Retenir 50 %' }).click();
  // What the text does not give waits too: Accept stays disabled until each is confirmed.
  await expect(review.getByRole('button', { name: 'Accepter' }).isDisabled()).resolves.toBe(true);
  for (const parameter of ['matchingScope', 'listArticle', 'costArticle', 'sentences']) {
    await review
      .locator(`[data-parameter="${parameter}"]`)
      .getByRole('button', { name: /^Confirmer la valeur de 2022/ })
      .click();
  }
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, '21-convention-confirmed-320');
  await review.getByRole('button', { name: 'Accepter' }).click();
  await page.getByText(/^Profil enregistré avec le classeur\u00a0: les budgets sont vérifiés selon «\u202fConvention Bassin minier 2022\u202f»\.$/).waitFor();
  await page.getByText(/^Valeurs de 2022 confirmées\s:\sl’échelle de cet engagement/).waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
});

test('22. the accepted profile goes with the downloaded file: reopened on the page, after LibreOffice saved it too, the budgets are checked against it', async () => {
  const budget = join(folder, 'budget Somme.xlsx');
  await writeWorkbook(budget, [{ name: 'Somme', rows: PROFILE_BUDGET_ROWS }]);
  session = await openSession();
  const { page } = session;
  await page.locator('input[type="file"]').first().setInputFiles(budget);
  await page.getByText('« budget Somme.xlsx » est ouvert.', { exact: false }).first().waitFor();
  const pane = page.getByRole('complementary');
  await pane.getByRole('tab', { name: 'Réglages' }).click();
  await pane.getByRole('button', { name: 'Lire une convention…' }).click();
  await pane.getByLabel('Texte de la convention (collez-le ici)').fill(readFileSync(join(conventions, 'convention-somme-2024.txt'), 'utf8'));
  await pane.getByRole('button', { name: 'Lire le texte' }).click();
  await pane.getByRole('region', { name: 'Paramètres lus : vérifiez chacun avant d’accepter' }).getByRole('button', { name: 'Accepter' }).click();
  await pane.getByText('Règles appliquées : Convention Somme 2024 : part de l’État ≤ 80 %, Département ≥ 30 % du coût.').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger' }).click()]);
  const saved = join(folder, download.suggestedFilename());
  await download.saveAs(saved);
  expect(readProfilePart(new Uint8Array(readFileSync(saved)))).toMatchObject({ json: { name: 'Convention Somme 2024', stateCapPercent: 80 } });
  await session.close();

  // LibreOffice opens the downloaded file and saves it again: the profile is still in it.
  const converted = join(folder, 'libreoffice');
  mkdirSync(converted, { recursive: true });
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(folder, 'lo-profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', converted, saved], {
    stdio: 'pipe',
  });
  const resaved = join(converted, download.suggestedFilename());

  for (const file of [saved, resaved]) {
    session = await openSession();
    const reopened = session.page;
    await reopened.locator('input[type="file"]').first().setInputFiles(file);
    const card = reopened.getByRole('complementary').getByRole('region', { name: 'Somme' });
    await card.getByText('Convention Somme 2024 : part de l’État ≤ 80 %, Département ≥ 30 % du coût').waitFor();
    await reopened.locator('[role="gridcell"][data-cell="F2"][data-flag="error"]').waitFor();
    if (file !== resaved) await session.close();
  }
});
