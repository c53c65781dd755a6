import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { builtTest } from '../helpers/mutation';
import { writeWorkbook } from '../helpers/xlsx';
import { runCli } from '../helpers/run-cli';
import { parseBatchLines } from '../helpers/cli-json';

const dir = mkdtempSync(join(tmpdir(), 'convention-many-'));
const campaign = join(dir, 'campagne 2022');
const nord = join(campaign, 'nord.xlsx');
const pdc = join(campaign, 'Pas-de-Calais', 'pas-de-calais.xlsx');
const broken = join(campaign, 'somme.xlsx');
const old = join(campaign, 'aisne.xls');

beforeAll(async () => {
  mkdirSync(join(campaign, 'Pas-de-Calais'), { recursive: true });
  await writeWorkbook(nord, [{ name: 'Nord', rows: NORD_SHEET.rows }]);
  await writeWorkbook(pdc, [{ name: 'Pas-de-Calais', rows: PAS_DE_CALAIS_SHEET.rows, table: 'BudgetPDC' }]);
  const rows = NORD_SHEET.rows.map((row) => [...row]);
  rows[2]![4] = 90001;
  await writeWorkbook(broken, [{ name: 'Somme', rows }]);
  // An Excel 97-2003 file: unreadable, and it must not stop the others.
  writeFileSync(old, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(4096, 1)]));
  // Excel's lock file beside an open workbook: no workbook of the campaign.
  writeFileSync(join(campaign, '~$nord.xlsx'), 'agent');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check over many workbooks', () => {
  test('a folder: one line per workbook in order, a total, the unreadable one said on its line, exit status the worst', async () => {
    const { status, out, err } = await runCli('check', campaign);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Vérification de 4 classeurs');
    expect(lines.filter((line) => line.startsWith('  '))).toEqual([
      `  ${old}\u00a0: illisible — «\u202faisne.xls\u202f» ne peut pas être lu\u00a0: c’est un classeur au format .xls d’Excel 97-2003\u00a0: ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx (Classeur Excel).`,
      `  ${nord}\u00a0: 1 budget, 0 erreur, 0 avertissement — conforme`,
      `  ${pdc}\u00a0: 1 budget, 0 erreur, 0 avertissement — conforme`,
      `  ${broken}\u00a0: 1 budget, 2 erreurs, 0 avertissement — à corriger`,
    ]);
    expect(out).toContain('Total\u00a0: 4 classeurs — 3 budgets, 2 erreurs, 0 avertissement\u202f; 2 conformes, 1 à corriger, 0 sans budget, 1 illisible.');
    expect(err).toBe('convention-budget: 1 classeur(s) ne sont pas vérifiés (illisibles ou sans budget)\u00a0: voyez leur ligne.\n');
    expect(status).toBe(2);
  });

  test('files given one by one: their order, and the worst status among them', async () => {
    const { status, out } = await runCli('check', broken, nord, '--lang', 'en');
    expect(out.split('\n').filter((line) => line.startsWith('  '))).toEqual([`  ${broken}: 1 budget, 2 errors, 0 warnings — to correct`, `  ${nord}: 1 budget, 0 errors, 0 warnings — compliant`]);
    expect(status).toBe(1);
    expect((await runCli('check', nord, pdc)).status).toBe(0);
  });

  test('--json: one object per workbook, one per line', async () => {
    const { out } = await runCli('check', nord, old, '--json');
    const objects = parseBatchLines(out);
    expect(objects.map((object) => [object.file, object.status])).toEqual([
      [nord, 0],
      [old, 2],
    ]);
    expect(objects[0]?.budgets?.[0]?.totals.state).toBe(500000);
    expect(objects[1]?.error?.message).toMatch(/Excel 97-2003/);
  });

  test('--summary .csv: one row per budget, and one for the workbook that gave none; French Excel’s separator and decimal comma', async () => {
    const summary = join(dir, 'synthese.csv');
    const { err } = await runCli('check', campaign, '--summary', summary);
    expect(err).toContain(`Synthèse\u00a0: ${summary} (4 ligne(s)).`);
    const lines = readFileSync(summary, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFClasseur;Feuille;Cellules;Bénéficiaire;Actions;Coût total;État;Département;Part État;Part Département;Erreurs;Avertissements;Parties non lues;Remarque');
    expect(lines[2]).toBe(`${nord};Nord;A1:F7;Nord;6;1745883,00;500000,00;1245883,00;28,6 %;71,4 %;0;0;0;conforme`);
    expect(lines[1]).toMatch(/^.*aisne\.xls;;;;;;;;;;;;;«\saisne\.xls\s» ne peut pas être lu\s: /);
    expect(lines[4]).toMatch(/somme\.xlsx;Somme;A1:F7;Somme;6;1745883,00;519147,00;.*;2;0;0;à corriger$/);
  });

  test('--summary .xlsx: a workbook our own reader reads back, amounts as numbers', async () => {
    const summary = join(dir, 'synthese.xlsx');
    const { status } = await runCli('check', nord, pdc, '--summary', summary, '--lang', 'en');
    expect(status).toBe(0);
    const book = readXlsx(readFileSync(summary), summary);
    const sheet = book.sheets[0]!;
    expect(sheet.name).toBe('Summary');
    expect(sheet.tables[0]?.ref).toBe('A1:N3');
    expect(sheet.rows.get(0)?.values.slice(0, 6)).toEqual(['Workbook', 'Sheet', 'Cells', 'Beneficiary', 'Actions', 'Total cost']);
    expect(sheet.rows.get(1)?.values.slice(4, 10)).toEqual([6, 1745883, 500000, 1245883, 500000 / 1745883, 1245883 / 1745883]);
  });

  test('--summary refuses to write over a workbook it checks; --annotate goes with one workbook', async () => {
    expect((await runCli('check', nord, pdc, '--summary', nord)).status).toBe(2);
    expect((await runCli('check', nord, pdc, '--annotate', join(dir, 'copie.xlsx'))).err).toContain('--annotate va avec un seul classeur');
  });

  test('an empty folder is said, exit status 2', async () => {
    const empty = join(dir, 'vide');
    mkdirSync(empty);
    const { status, err } = await runCli('check', empty, nord);
    expect(status).toBe(2);
    expect(err).toBe(`convention-budget: le dossier «\u202f${empty}\u202f» ne contient aucun classeur (.xlsx, .xlsm…).\n`);
  });

  builtTest('the installed executable reads them on worker threads: the same lines, in order', async () => {
    const bin = join(__dirname, '../../bin/convention-budget.js');
    const exec = promisify(execFile);
    const result = await exec(process.execPath, [bin, 'check', nord, pdc, nord, pdc, nord]).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .split('\n')
        .filter((line) => line.startsWith('  '))
        .map((line) => line.split('\u00a0: ')[0]?.trim()),
    ).toEqual([nord, pdc, nord, pdc, nord]);
  });
});
