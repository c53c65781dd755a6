import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { readProfilePart } from '../../src/xlsx/profile-part';
import { PROFILE_BUDGET_ROWS } from '../helpers/profile-budget';
import { writeWorkbook } from '../helpers/xlsx';
import { parseCheckReport } from '../helpers/cli-json';

/**
 * Nothing assumed on the command line: a convention that leaves the cap, the matching or (for a
 * clause) the envelope unknown is refused with one sentence saying how to give them; --assume
 * confirms the built-in value and the report says so; the profile applied goes with the annotated
 * copy, and `check` on that copy uses it and says so.
 */

const dir = mkdtempSync(join(tmpdir(), 'convention-budget-assume-'));
const corpus = join(__dirname, '../fixtures/conventions/corpus');
const budgetFile = join(dir, 'budget-somme.xlsx');
const nordFile = join(dir, 'budget-nord.xlsx');

async function runCli(...argv: string[]) {
  let out = '';
  let err = '';
  const status = await run(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, out, err };
}

beforeAll(async () => {
  await writeWorkbook(budgetFile, [{ name: 'Somme', rows: PROFILE_BUDGET_ROWS }]);
  await writeWorkbook(nordFile, [
    {
      name: 'Nord',
      rows: [
        ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
        [1, 2, 'Mettre en œuvre un réseau de prévention précoce pour l’apprentissage du langage', 240000, 120000, 120000],
        [2, 1, 'Renforcer les clauses sociales d’insertion au service de l’ERBM', 460000, 230000, 230000],
      ],
    },
  ]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a convention that leaves a figure unknown', () => {
  test('the cap and the matching not given: check refuses, exit 2, one sentence naming them and how to give them', async () => {
    const { status, out, err } = await runCli('check', budgetFile, '--convention', join(corpus, '14-avenant-somme-2025.txt'));
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'convention-budget: la convention «\u202f14-avenant-somme-2025.txt\u202f» ne donne pas la part maximale de l’État par action, l’engagement du Département, l’échelle de cet engagement (par action ou au total). Rien n’est supposé\u00a0: donnez-les (--matching action|total, --profile PROFIL.json, que «\u202fconvention-budget profile 14-avenant-somme-2025.txt --json\u202f» prépare), ou confirmez les valeurs de 2022 avec --assume stateCapPercent,matchingRatio,matchingScope.\n',
    );
  });

  test('--assume confirms the built-in values, explicitly: the rules and the report say « valeur de 2022 confirmée »', async () => {
    const { status, out } = await runCli('check', budgetFile, '--convention', join(corpus, '14-avenant-somme-2025.txt'), '--assume', 'stateCapPercent,matching', '--matching', 'action');
    expect(status).toBe(0);
    expect(out).toContain('Règles\u00a0: Convention Somme 2025\u00a0: part de l’État ≤\u00a050\u00a0% (valeur de 2022 confirmée), Département ≥ État (valeur de 2022 confirmée)');
    expect(out).toContain('Profil\u00a0: lu dans la convention «\u202f14-avenant-somme-2025.txt\u202f».');
    expect(out).toContain('Valeurs de 2022 confirmées (--assume)\u00a0: la part maximale de l’État par action, l’engagement du Département.');
    const json = parseCheckReport(
      (await runCli('check', budgetFile, '--convention', join(corpus, '14-avenant-somme-2025.txt'), '--assume', 'stateCapPercent,matchingRatio,matchingScope', '--json')).out,
    );
    expect(json.profile.origins).toMatchObject({ stateCapPercent: 'confirmed', matchingRatio: 'confirmed', matchingScope: 'confirmed', envelope: 'read', year: 'read' });
    expect(json.profile.envelope).toBe(1200000);
  });

  test('an unknown key in --assume is a usage error', async () => {
    const { status, err } = await runCli('check', budgetFile, '--assume', 'plafond');
    expect(status).toBe(2);
    expect(err.split('\n')[0]).toBe(
      'convention-budget: --assume\u00a0: «\u202fplafond\u202f» n’est pas un paramètre (écrivez l’un de\u00a0: year, stateCapPercent, matchingRatio, matchingScope, envelope, listArticle, costArticle, sentences)',
    );
  });

  test('the issue’s 2025 convention, its cap and envelope in a Word table: read, applied, no 2022 figure', async () => {
    const { status, out } = await runCli('check', budgetFile, '--convention', join(corpus, '09-cls-calvados-2025-tableau-word.docx'));
    expect(status).toBe(0);
    expect(out).toContain('Règles\u00a0: Convention Calvados 2025\u00a0: part de l’État ≤\u00a060\u00a0%, Département ≥\u00a050\u00a0% de l’État');
    expect(out).not.toMatch(/50\s% \(|500\s000/);
    expect(out).toMatch(/il reste 360\s000\s€ à répartir sur l’enveloppe de 420\s000\s€/);
    const json = parseCheckReport((await runCli('check', budgetFile, '--convention', join(corpus, '09-cls-calvados-2025-tableau-word.docx'), '--json')).out);
    expect(json.profile).toMatchObject({ stateCapPercent: 60, envelope: 420000, matchingRatio: 0.5, matchingScope: 'total', listArticle: null, sentences: null });
    expect(json.profileUnresolved).toEqual(['listArticle', 'costArticle', 'sentences']);
  });

  test('no envelope given: the check does not check it and says so', async () => {
    const { status, out } = await runCli('check', budgetFile, '--convention', join(corpus, '16-cpom-gironde-2023-2025-par-annee.txt'), '--matching', 'action');
    expect(status).toBe(0);
    expect(out).toContain('Enveloppe\u00a0: non donnée, elle n’est pas vérifiée (--envelope MONTANT pour la vérifier).');
    expect(out).not.toContain('[envelope]');
  });
});

describe('the clause under a convention', () => {
  test('the issue’s 2023 article: its own heading, year and envelope, never 2022’s', async () => {
    const { status, out, err } = await runCli('clause', nordFile, '--convention', join(corpus, '04-bassin-minier-nord-2023.txt'));
    expect(err).toBe('');
    expect(status).toBe(0);
    expect(out.split('\n')[0]).toBe('Article 4.1\u00a0: Pour l’année 2023, l’État s’engage à verser au Département du Nord une somme de 350\u202f000\u00a0€, pour les actions suivantes\u00a0:');
    expect(out).toContain('- Action 2 (axe 1)\u00a0: Renforcer les clauses sociales d’insertion au service de l’ERBM pour un montant de 230\u202f000\u00a0€');
    expect(out).toContain('Article 3.1\u00a0: Le coût total éligible des actions du Département du Nord est évalué à 700\u202f000\u00a0€.');
  });

  test('a convention without the envelope, the year or the articles: refused until they are given or confirmed', async () => {
    const refused = await runCli('clause', nordFile, '--convention', join(corpus, '16-cpom-gironde-2023-2025-par-annee.txt'));
    expect(refused.status).toBe(2);
    expect(refused.err).toContain(
      'ne donne pas l’année, l’enveloppe de l’État, l’article de la liste des actions, l’article du coût total, les phrases de l’article. Rien n’est supposé\u00a0: donnez-les (--year AAAA, --envelope MONTANT, --profile',
    );
    const given = await runCli(
      'clause',
      nordFile,
      '--convention',
      join(corpus, '16-cpom-gironde-2023-2025-par-annee.txt'),
      '--year',
      '2024',
      '--envelope',
      '350 000',
      '--assume',
      'listArticle,costArticle,sentences',
    );
    expect(given.status).toBe(0);
    expect(given.out.split('\n')[0]).toBe('4.1 Pour l’année 2024, l’administration contribue financièrement pour un montant de 350\u202f000\u00a0€, pour les actions suivantes\u00a0:');
  });
});

describe('the profile kept with the workbook', () => {
  test('--annotate writes the profile applied into the copy; check on the copy uses it and says so', async () => {
    const copy = join(dir, 'budget-somme-verifie.xlsx');
    const first = await runCli('check', budgetFile, '--convention', join(corpus, '../convention-somme-2024.txt'), '--annotate', copy);
    expect(first.status).toBe(1);
    const stored = readProfilePart(readFileSync(copy));
    expect(stored !== null && 'json' in stored && stored.json).toMatchObject({ name: 'Convention Somme 2024', stateCapPercent: 80, departmentMinPercent: 30, origins: { stateCapPercent: 'read' } });
    const again = await runCli('check', copy);
    expect(again.status).toBe(1);
    expect(again.out).toContain('Règles\u00a0: Convention Somme 2024\u00a0: part de l’État ≤\u00a080\u00a0%, Département ≥\u00a030\u00a0% du coût');
    expect(again.out).toContain('Profil\u00a0: celui enregistré avec le classeur «\u202fbudget-somme-verifie.xlsx\u202f».');
    // A profile given on the command line wins over the one kept in the file.
    writeFileSync(join(dir, 'seed-like.json'), JSON.stringify({ stateCapPercent: 50, matchingRatio: 1, matchingScope: 'action' }));
    const given = await runCli('check', copy, '--profile', join(dir, 'seed-like.json'));
    expect(given.status).toBe(0);
    expect(given.out).toContain('Profil\u00a0: «\u202fseed-like.json\u202f».');
  });

  test('a profile kept in the file but damaged: one sentence, exit 2', async () => {
    const { withProfilePart } = await import('../../src/xlsx/profile-part');
    const damaged = join(dir, 'damaged.xlsx');
    writeFileSync(damaged, withProfilePart(readFileSync(budgetFile), { stateCapPercent: 'beaucoup' }));
    const { status, err } = await runCli('check', damaged);
    expect(status).toBe(2);
    expect(err).toBe(
      'convention-budget: le profil de convention enregistré avec le classeur «\u202fdamaged.xlsx\u202f» est illisible (modifié à la main\u202f?)\u00a0: donnez le profil avec --profile ou --convention.\n',
    );
  });
});
