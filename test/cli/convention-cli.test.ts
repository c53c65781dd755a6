import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { docxOf } from '../helpers/docx';
import { writeWorkbook } from '../helpers/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'convention-budget-word-cli-'));
const workbook = join(dir, 'budget 2022.xlsx');
const fixtures = join(__dirname, '../fixtures/conventions-docx');
const ecarts = join(dir, 'convention-ecarts.docx');
const nord = join(fixtures, 'convention-nord-2022.docx');
const pasDeCalais = join(fixtures, 'convention-pas-de-calais-2022.docx');
const noArticle = join(dir, 'sans-article.docx');

async function runCli(...argv: string[]) {
  let out = '';
  let err = '';
  const status = await run(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, out, err };
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  await writeWorkbook(workbook, [
    { name: 'Nord', rows: NORD_SHEET.rows, table: 'BudgetNord' },
    { name: 'Pas-de-Calais', rows: PAS_DE_CALAIS_SHEET.rows, table: 'BudgetPDC' },
  ]);
  copyFileSync(join(fixtures, 'convention-ecarts.docx'), ecarts);
  writeFileSync(noArticle, docxOf('CONVENTION\nARTICLE 4 – Contribution\nLa contribution est versée en une fois.'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('convention-budget compare', () => {
  test('they agree: exit 0 and one sentence', async () => {
    const { status, out, err } = await runCli('compare', workbook, nord, '--beneficiary', 'Nord');
    expect(status).toBe(0);
    expect(out).toBe('La convention et le budget concordent\u00a0: articles 4.1 et 3.1.\n');
    // The workbook names its year ("budget 2022.xlsx"): it is compared, no note.
    expect(err).toBe('');
  });

  test('differences: exit 1 and one line per difference, in French or English', async () => {
    const { status, out } = await runCli('compare', workbook, ecarts, '--beneficiary', 'Nord');
    expect(status).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines).toContain('Action 2\u00a0: 26\u202f000\u00a0€ dans la convention, 70\u202f854\u00a0€ dans le budget');
    const english = await runCli('compare', workbook, ecarts, '--beneficiary', 'Nord', '--lang', 'en');
    expect(english.out).toContain('Action 2: €26,000 in the convention, €70,854 in the budget');
  });

  test('--json: the differences with euros as numbers', async () => {
    const { status, out } = await runCli('compare', workbook, ecarts, '--beneficiary', 'Nord', '--json');
    expect(status).toBe(1);
    const { differences } = JSON.parse(out) as { differences: Array<Record<string, unknown>> };
    expect(differences.map((difference) => difference.kind)).toEqual(['envelope', 'amount', 'title', 'axis', 'missing-in-convention', 'missing-in-budget', 'cost']);
    expect(differences[1]).toMatchObject({ kind: 'amount', action: '2', convention: 26000, budget: 70854 });
    expect(typeof differences[1]?.paragraph).toBe('number');
    expect(differences[6]).toMatchObject({ kind: 'cost', action: null, convention: 1700000, budget: 1745883 });
  });

  test('the seed’s Pas-de-Calais convention against the Pas-de-Calais budget: the Nord’s titles', async () => {
    const { status, out } = await runCli('compare', workbook, pasDeCalais, '--beneficiary', 'Pas-de-Calais');
    expect(status).toBe(1);
    expect(out).toContain(
      'Action 1, intitulé\u00a0: «\u202fMettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage\u202f» dans la convention, «\u202fMobiliser la clause d’insertion au service de l’ERBM\u202f» dans le budget',
    );
  });

  test('article 4.1 not found, or not a Word document: exit 2, saying which', async () => {
    const missing = await runCli('compare', workbook, noArticle, '--beneficiary', 'Nord');
    expect(missing.status).toBe(2);
    expect(missing.err).toContain('«\u202fsans-article.docx\u202f»\u00a0: l’article 4.1 (la liste des actions financées) est introuvable dans la convention');
    const json = await runCli('compare', workbook, noArticle, '--beneficiary', 'Nord', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ error: { code: 'article-not-found' } });
    const workbookGiven = await runCli('compare', workbook, workbook, '--beneficiary', 'Nord');
    expect(workbookGiven.status).toBe(2);
    expect(workbookGiven.err).toContain('c’est un classeur, pas un document Word');
    const none = await runCli('compare', workbook);
    expect(none.status).toBe(2);
  });
});

describe('convention-budget clause --into / --avenant', () => {
  test('--into … --out: a copy with the budget written as tracked changes; the convention is never written', async () => {
    const out = join(dir, 'convention-ecarts (budget 2022).docx');
    const before = sha256(ecarts);
    const { status, out: printed, err } = await runCli('clause', workbook, '--beneficiary', 'Nord', '--into', ecarts, '--out', out);
    expect(status).toBe(0);
    expect(printed.trimEnd().split('\n')).toHaveLength(7);
    expect(err).toContain('Convention écrite');
    expect(sha256(ecarts)).toBe(before);
    expect(existsSync(out)).toBe(true);
    // Read back with its changes accepted, it says what the budget says.
    expect((await runCli('compare', workbook, out, '--beneficiary', 'Nord')).status).toBe(0);
  });

  test('--out onto an input, or without --out: refused, exit 2', async () => {
    const onto = await runCli('clause', workbook, '--beneficiary', 'Nord', '--into', ecarts, '--out', ecarts);
    expect(onto.status).toBe(2);
    expect(onto.err).toContain('jamais modifiés');
    expect((await runCli('clause', workbook, '--beneficiary', 'Nord', '--into', ecarts)).status).toBe(2);
    expect((await runCli('clause', workbook, '--beneficiary', 'Nord', '--into', noArticle, '--out', join(dir, 'x.docx'))).status).toBe(2);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  test('--avenant: the amendment, plain or HTML', async () => {
    const plain = await runCli('clause', workbook, '--beneficiary', 'Nord', '--avenant', ecarts);
    expect(plain.status).toBe(0);
    expect(plain.out.split('\n')[0]).toBe('L’article 4.1 de la convention du 17 octobre 2022 est remplacé par les dispositions suivantes\u00a0:');
    expect(plain.out).toMatch(/\n- Action 5 \(axe 1\) : Développer une plate-forme «.Mobilité inclusive.» pour un montant de 60\u202f000\u00a0€\n/);
    const html = await runCli('clause', workbook, '--beneficiary', 'Nord', '--avenant', ecarts, '--html');
    expect(html.out).toMatch(/^<p>L’article 4\.1 de la convention du 17 octobre 2022/);
    const none = await runCli('clause', workbook, '--beneficiary', 'Nord', '--avenant', nord);
    expect(none.status).toBe(0);
    expect(none.out).toBe('');
    expect(none.err).toContain('aucun avenant n’est nécessaire');
  });
});
