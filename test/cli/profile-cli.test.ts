import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { docxOf } from '../helpers/docx';
import { PROFILE_80_30, PROFILE_BUDGET_ROWS } from '../helpers/profile-budget';
import { writeWorkbook } from '../helpers/xlsx';
import { parseCheckReport, parseProfileReport } from '../helpers/cli-json';

const dir = mkdtempSync(join(tmpdir(), 'convention-budget-profile-'));
const conventions = join(__dirname, '../fixtures/conventions');
const seed = join(__dirname, '../fixtures/seed/convention-bassin-minier-2022-deliberation.txt');
const budgetFile = join(dir, 'budget-somme.xlsx');
const profileFile = join(dir, 'somme.json');

async function runCli(...argv: string[]) {
  let out = '';
  let err = '';
  const status = await run(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, out, err };
}

beforeAll(async () => {
  await writeWorkbook(budgetFile, [{ name: 'Somme', rows: PROFILE_BUDGET_ROWS }]);
  writeFileSync(profileFile, JSON.stringify(PROFILE_80_30));
  writeFileSync(join(dir, 'convention-somme-2024.docx'), docxOf(readFileSync(join(conventions, 'convention-somme-2024.txt'), 'utf8')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('convention-budget profile', () => {
  test('--json on the seed: the built-in profile, each value with its sentence, in the documented shape', async () => {
    const { status, out } = await runCli('profile', seed, '--json');
    expect(status).toBe(0);
    const json = parseProfileReport(out);
    expect(json.profile).toMatchObject({
      name: 'Convention Bassin minier 2022',
      year: 2022,
      stateCapPercent: 50,
      matchingRatio: 1,
      departmentMinPercent: null,
      matchingScope: null,
      envelope: 500000,
      envelopes: { 'Département du Pas-de-Calais': 500000, 'Département du Nord': 500000 },
      listArticle: '4.1',
      costArticle: '3.1',
    });
    // The scope of the matching is not in the seed: null, and listed as missing.
    expect(json.missing).toEqual(['matchingScope']);
    expect(json.sources.stateCapPercent).toBe('4.3 Les contributions figurant aux 4.1, interviennent en cofinancement à hauteur de 50 % maximum de chacune des actions rattachées.');
    expect(json.sources.matchingScope).toBeNull();
    expect(Object.keys(json.sources)).toEqual(
      expect.arrayContaining(['name', 'year', 'stateCapPercent', 'matchingRatio', 'departmentMinPercent', 'matchingScope', 'envelope', 'envelopes', 'listArticle', 'costArticle']),
    );
  });

  test('a .docx is read like its text', async () => {
    const { status, out } = await runCli('profile', join(dir, 'convention-somme-2024.docx'), '--json');
    expect(status).toBe(0);
    expect(parseProfileReport(out).profile).toMatchObject({ stateCapPercent: 80, departmentMinPercent: 30, matchingRatio: null, envelope: 312500, listArticle: '5.1', costArticle: '4.2', year: 2024 });
  });

  test('the text report names each value, its sentence and line; a contradiction shows both and exits 1', async () => {
    const { status, out } = await runCli('profile', join(conventions, 'convention-contradictoire.txt'));
    expect(status).toBe(1);
    expect(out).toContain('■ Part maximale de l’État par action — CONTRADICTION');
    expect(out).toContain('50\u00a0% — ligne 13\u00a0: «\u202f4.3 Les contributions figurant aux 4.1');
    expect(out).toContain('80\u00a0% — ligne 18\u00a0: «\u202fLa participation de l’État est fixée dans la limite de 80 %');
    expect(out).toContain('■ Engagement du Département vérifié\u00a0: —\n    non trouvé dans le texte\u00a0: à saisir, ou à confirmer — valeur de 2022\u00a0: par action et au total');
    expect(out).toContain('■ Plafond atteint permis — contradiction\u00a0: suit le choix fait ci-dessus');
    const json = parseProfileReport((await runCli('profile', join(conventions, 'convention-contradictoire.txt'), '--json')).out);
    expect(json.profile.stateCapPercent).toBeNull();
    expect(json.conflicts[0]?.candidates.map((candidate) => candidate.value)).toEqual(['50\u00a0%', '80\u00a0%']);
  });

  test('a file that is no convention text is one sentence, exit 2', async () => {
    writeFileSync(join(dir, 'faux.docx'), 'pas un zip');
    const docx = await runCli('profile', join(dir, 'faux.docx'));
    expect(docx.status).toBe(2);
    expect(docx.err).toBe(
      'convention-budget: «\u202ffaux.docx\u202f» n’est pas un document Word (.docx) lisible\u00a0: enregistrez-le de nouveau au format .docx, ou copiez son texte dans un fichier .txt.\n',
    );
    const pdf = await runCli('profile', budgetFile);
    expect(pdf.status).toBe(2);
    expect(pdf.err).toContain('n’est ni un .txt ni un .docx');
  });
});

describe('check and clause under a profile', () => {
  test('the budget passes under the built-in profile and fails under --profile 80 % / 30 %', async () => {
    const builtIn = await runCli('check', budgetFile);
    expect(builtIn.status).toBe(0);
    expect(builtIn.out).toContain('Règles\u00a0: Convention Bassin minier 2022\u00a0: part de l’État ≤\u00a050\u00a0%, Département ≥ État');
    const somme = await runCli('check', budgetFile, '--profile', profileFile);
    expect(somme.status).toBe(1);
    expect(somme.out).toContain('Règles\u00a0: Convention Somme 2024\u00a0: part de l’État ≤\u00a080\u00a0%, Département ≥\u00a030\u00a0% du coût');
    expect(somme.out).toContain(
      'ERREUR  F2      [matching] Action 1\u00a0: la part du Département (25\u202f000\u00a0€) est inférieure à 30\u00a0% du coût total (100\u202f000\u00a0€). Portez-la à 30\u202f000\u00a0€ au moins.',
    );
  });

  test('--convention reads and applies in one go (with its envelope); --json says the profile', async () => {
    const { status, out } = await runCli('check', budgetFile, '--convention', join(conventions, 'convention-somme-2024.txt'), '--json');
    expect(status).toBe(1);
    const json = parseCheckReport(out);
    expect(json.profile).toMatchObject({ name: 'Convention Somme 2024', stateCapPercent: 80 });
    expect(json.findings.map((finding) => `${finding.rule}@${finding.cell}`)).toEqual(['matching@F2', 'envelope@null']);
  });

  test('a contradictory convention is applied by no check: exit 2, both named', async () => {
    const { status, err } = await runCli('check', budgetFile, '--convention', join(conventions, 'convention-contradictoire.txt'));
    expect(status).toBe(2);
    expect(err).toContain('donne des valeurs contradictoires (Part maximale de l’État par action)\u00a0: aucune n’est appliquée');
  });

  test('a bad profile value is one sentence, exit 2', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ stateCapPercent: 'cinquante' }));
    const bad = await runCli('check', budgetFile, '--profile', join(dir, 'bad.json'));
    expect(bad.status).toBe(2);
    expect(bad.err).toBe('convention-budget: le profil «\u202fbad.json\u202f» n’est pas valable\u00a0: «\u202fstateCapPercent\u202f» n’a pas une valeur admise (un pourcentage de 0 à 100).\n');
    writeFileSync(join(dir, 'broken.json'), '{ "stateCapPercent": 50,');
    expect((await runCli('clause', budgetFile, '--profile', join(dir, 'broken.json'))).err).toContain('n’est pas du JSON lisible');
    const both = await runCli('check', budgetFile, '--profile', profileFile, '--convention', seed);
    expect(both.status).toBe(2);
  });

  test('the clause follows the profile: its articles, sentences, year and envelope; the output of profile --json is a profile', async () => {
    const { status, out } = await runCli('clause', budgetFile, '--convention', join(conventions, 'convention-somme-2024.txt'));
    expect(status).toBe(1); // the heading's 312 500 € is not the sum of the two items: said on stderr
    expect(out.split('\n')[0]).toBe('5.1 Au titre de l’exercice 2024, l’État apporte une contribution de 312\u202f500\u00a0€ pour les actions suivantes\u00a0:');
    expect(out).toContain('- Fiche 1 (axe 1)\u00a0: Accompagner les allocataires du RSA vers l’emploi à hauteur de 20\u202f000\u00a0€');
    expect(out).toContain('4.2 Le coût total des actions retenues est estimé à 180\u202f000\u00a0€.');
    const saved = join(dir, 'read.json');
    writeFileSync(saved, (await runCli('profile', join(conventions, 'convention-somme-2024.txt'), '--json')).out);
    const again = await runCli('clause', budgetFile, '--profile', saved, '--year', '2025', '--envelope', '60 000');
    // Action 1's Department (25 000 €) is below the profile's 30 % of its cost: the article is printed, the error said.
    expect(again.err).toMatch(/\[matching\] Action 1\s: la part du Département \(25\s000\s€\) est inférieure à 30\s%/);
    expect(again.status).toBe(1);
    expect(again.out.split('\n')[0]).toBe('5.1 Au titre de l’exercice 2025, l’État apporte une contribution de 60\u202f000\u00a0€ pour les actions suivantes\u00a0:');
  });
});
