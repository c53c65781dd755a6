import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { cellError } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { writeWorkbook } from '../helpers/xlsx';
import { markFills } from '../helpers/marks';
import { parseCheckReport } from '../helpers/cli-json';
import { builtTest } from '../helpers/mutation';

const dir = mkdtempSync(join(tmpdir(), 'convention-budget-cli-'));
const tableFile = join(dir, 'convention-2022.xlsx');
const plainFile = join(dir, 'budget texte.xlsx');
const brokenFile = join(dir, 'budget-casse.xlsx');

// Action 2's State over the cap, a text amount with a thousands comma, a #REF!, a duplicate number,
// a missing axis and a total row whose cost does not add up (its State and Department totals cannot
// be checked: a cell above them is unreadable).
const BROKEN_ROWS = [
  ['N°', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
  [1, 2, 'Réseau de prévention précoce', 160000, 45139, 114861],
  [2, 2, 'Droit à la santé des enfants', 180000, 90001, 109146],
  [3, null, 'Internats scolaires', 95000, '42,181', 52819],
  [3, 1, 'Clauses sociales d’insertion', 130000, 54460, cellError('#REF!')],
  ['Total', null, null, 560000, 231781, 276826],
];

async function runCli(...argv: string[]) {
  let out = '';
  let err = '';
  const status = await run(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, out, err };
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

beforeAll(async () => {
  await writeWorkbook(tableFile, [
    { name: 'Nord', rows: NORD_SHEET.rows, table: 'BudgetNord', origin: 'B3' },
    { name: 'Pas-de-Calais', rows: PAS_DE_CALAIS_SHEET.rows, table: 'BudgetPDC' },
  ]);
  const textRows = NORD_SHEET.rows.map((row, index) =>
    index === 0 ? row : row.map((value, column) => (column >= 3 && typeof value === 'number' ? `${new Intl.NumberFormat('fr-FR').format(value)} €` : value)),
  );
  await writeWorkbook(plainFile, [{ name: 'Budget 2022', rows: [['Convention Bassin minier — Département du Nord'], [], ...textRows] }]);
  await writeWorkbook(brokenFile, [{ name: 'Nord', rows: BROKEN_ROWS }]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('convention-budget check', () => {
  test('an Excel table that obeys every rule: report with totals and shares, exit 0', async () => {
    const { status, out, err } = await runCli('check', tableFile, '--envelope', '500 000');
    expect(err).toBe('');
    expect(status).toBe(0);
    expect(out).toContain('Vérification de «\u202fconvention-2022.xlsx\u202f»\u00a0: 2 budgets, 0 erreur, 0 avertissement');
    expect(out).toContain('■ Nord — feuille «\u202fNord\u202f», cellules B3:G9, tableau BudgetNord');
    expect(out).toContain('6 actions · coût total 1\u202f745\u202f883\u00a0€');
    expect(out).toContain('État 500\u202f000\u00a0€ (28,6\u00a0%) · Département 1\u202f245\u202f883\u00a0€ (71,4\u00a0%)');
    expect(out.match(/Conforme\u00a0: aucune anomalie\./g)).toHaveLength(2);
  });

  test('a plain header row below a heading, with amounts typed as French text: read, each one a warning', async () => {
    const { status, out } = await runCli('check', plainFile, '--json');
    expect(status).toBe(0);
    const report = parseCheckReport(out);
    expect(new Set(report.findings.map((finding) => finding.rule))).toEqual(new Set(['text-amount']));
    expect(report.findings).toHaveLength(18);
    const [budget] = report.budgets;
    expect(budget).toMatchObject({ sheet: 'Budget 2022', table: null, beneficiary: 'Convention Bassin minier — Département du Nord', range: 'A3:F9' });
    expect(budget?.actions[0]).toEqual({
      row: 4,
      action: '1',
      axis: '2',
      title: 'Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage',
      cost: 160000,
      state: 45139,
      department: 114861,
      other: 0,
      stateShare: 45139 / 160000,
      departmentShare: 114861 / 160000,
      excluded: false,
    });
    expect(budget?.actions[4]).toMatchObject({ action: '5', stateShare: 0.5, departmentShare: 0.5 });
    expect(budget?.totals).toEqual({
      cost: 1745883,
      state: 500000,
      department: 1245883,
      other: 0,
      stateShare: 500000 / 1745883,
      departmentShare: 1245883 / 1745883,
      excludedRows: 0,
      hiddenRows: 0,
    });
  });

  test('a broken workbook: every finding with its rule, severity, cell and message; exit 1', async () => {
    const { status, out } = await runCli('check', brokenFile, '--json');
    expect(status).toBe(1);
    const { findings, budgets } = parseCheckReport(out);
    expect(findings.map((finding) => [finding.rule, finding.cell])).toEqual([
      ['over-funding', 'D3'],
      ['state-cap', 'E3'],
      ['missing-axis', 'B4'],
      ['invalid-value', 'E4'],
      ['duplicate-action', 'A5'],
      ['invalid-value', 'F5'],
      ['total-mismatch', 'D6'],
    ]);
    expect(findings[6]?.message).toBe(
      'Ligne de total 6, colonne «\u202fCoût total\u202f»\u00a0: 560\u202f000\u00a0€ inscrits, alors que les actions au-dessus totalisent 565\u202f000\u00a0€. Corrigez le total (écart\u00a0: 5\u202f000\u00a0€).',
    );
    expect(findings[1]).toEqual({
      rule: 'state-cap',
      severity: 'error',
      sheet: 'Nord',
      cell: 'E3',
      action: '2',
      beneficiary: null,
      message: 'Action 2\u00a0: la part de l’État (90\u202f001\u00a0€) dépasse 50\u00a0% du coût total (180\u202f000\u00a0€). Ramenez-la à 90\u202f000\u00a0€ au plus, ou augmentez le coût total.',
      amounts: { state: 90001, cost: 180000, cap: 90000 },
    });
    expect(findings[2]).toMatchObject({ severity: 'warning', action: '3' });
    expect(findings[3]?.message).toContain('«\u202f42,181\u202f» n’est pas un montant lisible');
    expect(findings[5]?.message).toContain('l’erreur #REF!');
    // Rows 4 and 5 are left out: the totals hold actions 1 and 2 only.
    expect(budgets[0]?.totals).toMatchObject({ cost: 340000, state: 135140, excludedRows: 2 });
    expect(budgets[0]?.actions[2]).toMatchObject({ row: 4, state: null, stateShare: null, excluded: true });
  });

  test('--lang en gives the messages in English', async () => {
    const { out } = await runCli('check', brokenFile, '--lang', 'en');
    expect(out).toContain('Check of “budget-casse.xlsx”: 1 budget, 6 errors, 1 warning');
    expect(out).toContain('Action 2: the State share (€90,001) exceeds 50% of the total cost (€180,000). Lower it to €90,000 at most');
  });

  test('--matching total stops per-action matching', async () => {
    const brokenMatching = join(dir, 'matching.xlsx');
    await writeWorkbook(brokenMatching, [{ name: 'Nord', rows: NORD_SHEET.rows.map((row, index) => (index === 4 ? [...row.slice(0, 5), 50000] : row)) }]);
    expect((await runCli('check', brokenMatching)).status).toBe(1);
    const total = await runCli('check', brokenMatching, '--matching', 'total');
    expect(total.status).toBe(0);
    expect(total.out).toContain('[under-funding]');
  });

  test('--annotate writes a copy with flagged cells filled and noted; values, other cells and the input untouched', async () => {
    const before = sha256(brokenFile);
    const annotated = join(dir, 'annotée.xlsx');
    const { status, err } = await runCli('check', brokenFile, '--annotate', annotated);
    expect(status).toBe(1);
    expect(err).toContain(`Copie annotée\u00a0: ${annotated} (7 cellule(s) marquée(s))`);
    expect(sha256(brokenFile)).toBe(before);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(annotated);
    const sheet = workbook.getWorksheet('Nord')!;
    // Our fills: a conditional format of ours over the flagged cells, the cells' own style untouched.
    const fills = markFills(sheet);
    expect(fills.get('E3')).toBe('FFFFC7CE');
    expect(fills.get('B4')).toBe('FFFFEB9C');
    expect(fills.has('E2')).toBe(false);
    expect(fills.has('F3')).toBe(false);
    expect(sheet.getCell('E3').fill).toBeUndefined();
    expect(sheet.getCell('E3').value).toBe(90001);
    expect(sheet.getCell('E4').value).toBe('42,181');
    const note = sheet.getCell('E3').note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((run) => run.text).join('');
    expect(text).toContain('Ramenez-la à 90\u202f000\u00a0€ au plus');
  });

  test('--annotate keeps the officer’s own note above ours', async () => {
    const withNote = join(dir, 'note.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(brokenFile);
    workbook.getWorksheet('Nord')!.getCell('E3').note = 'Montant à confirmer avec la DDETS';
    await workbook.xlsx.writeFile(withNote);
    const out = join(dir, 'note-annotee.xlsx');
    await runCli('check', withNote, '--annotate', out);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(out);
    const note = read.getWorksheet('Nord')!.getCell('E3').note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((run) => run.text).join('');
    expect(text.startsWith('Montant à confirmer avec la DDETS\n\nConvention Budget\n• Action 2')).toBe(true);
  });

  test('--annotate refuses to write over its input, also through a symbolic link', async () => {
    const before = sha256(brokenFile);
    const same = await runCli('check', brokenFile, '--annotate', brokenFile);
    expect(same.status).toBe(2);
    expect(same.err).toMatch(/^convention-budget: --annotate .* est le classeur vérifié lui-même/);
    const link = join(dir, 'lien.xlsx');
    symlinkSync(brokenFile, link);
    const viaLink = await runCli('check', brokenFile, '--annotate', link);
    expect(viaLink.status).toBe(2);
    expect(sha256(brokenFile)).toBe(before);
  });
});

describe('convention-budget clause', () => {
  test('prints article 4.1 and 3.1 for the beneficiary asked for', async () => {
    const { status, out } = await runCli('clause', tableFile, '--year', '2022', '--envelope', '500.000 EUR', '--beneficiary', 'nord');
    expect(status).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500\u202f000\u00a0€, pour les actions suivantes\u00a0:');
    expect(lines[2]).toMatch(/^- Action 1 \(axe 2\)\u00a0: Mettre en œuvre, coordonner/);
    expect(lines[7]).toBe(
      '- Action 6 (axe 2)\u00a0: Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations complexes d’enfants de l’ASE pour un montant de 227\u202f366\u00a0€',
    );
    expect(lines[9]).toBe('3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1\u202f745\u202f883\u00a0€.');
  });

  test('--html prints the list as HTML', async () => {
    const { out } = await runCli('clause', plainFile, '--year', '2022', '--html');
    expect(out).toMatch(/^<p>4\.1 Pour l’année 2022, .*<\/p><ul><li>Action 1 \(axe 2\)\u00a0: /);
    expect(out.match(/<li>/g)).toHaveLength(6);
    // No white space between items: Word would end each one with a space.
    expect(out).not.toMatch(/<\/li>\s+<li>/);
  });

  test('actions left out of the article are said, with the heading that no longer adds up; the text is printed and the exit status is 1', async () => {
    const { status, out, err } = await runCli('clause', brokenFile, '--year', '2022', '--envelope', '500 000');
    expect(status).toBe(1);
    expect(out).toContain('- Action 2 (axe 2)\u00a0: Droit à la santé des enfants');
    expect(out).not.toContain('Internats scolaires');
    expect(err.split('\n').filter(Boolean)).toEqual([
      'Action 3 (ligne 4) n’est pas dans la liste\u00a0: la part de l’État (E4) est illisible. Corrigez la cellule pour qu’elle y figure.',
      'Action 3 (ligne 5) n’est pas dans la liste\u00a0: la part du Département (F5) est illisible. Corrigez la cellule pour qu’elle y figure.',
      'L’en-tête annonce 500\u202f000\u00a0€, mais les actions listées totalisent 135\u202f140\u00a0€ (écart\u00a0: 364\u202f860\u00a0€)\u00a0: corrigez les montants ou l’enveloppe avant de coller l’article.',
      // Action 2, listed, breaks the cap and is over-funded: the pane warns, so does the command line.
      'L’article liste 1 action en erreur, Action 2\u00a0: corrigez le budget avant de coller l’article.',
      expect.stringMatching(/^ {2}D3 +\[over-funding\] Action 2\s: /),
      expect.stringMatching(/^ {2}E3 +\[state-cap\] Action 2\s: /),
    ]);
  });

  test('several budgets and no --beneficiary: a usage error that names them', async () => {
    const { status, err } = await runCli('clause', tableFile, '--year', '2022');
    expect(status).toBe(2);
    expect(err).toBe('convention-budget: ce classeur contient plusieurs budgets (Nord, Pas-de-Calais)\u00a0: choisissez-en un avec --beneficiary NOM.\n');
    const english = await runCli('clause', tableFile, '--year', '2022', '--lang', 'en');
    expect(english.err).toBe('convention-budget: this workbook holds several budgets (Nord, Pas-de-Calais): choose one with --beneficiary NAME.\n');
  });
});

describe('usage errors and unreadable files: exit 2, one clear line', () => {
  test.each([
    [['check'], 'check\u00a0: aucun CLASSEUR.xlsx donné'],
    [['audit', 'x.xlsx'], 'commande inconnue «\u202faudit\u202f»'],
    [['check', 'x.xlsx', '--envelope', '45,139'], '--envelope\u00a0: «\u202f45,139\u202f» n’est pas un montant'],
    [['check', 'x.xlsx', '--matching', 'some'], '--matching\u00a0: «\u202fsome\u202f» n’est ni action ni total'],
    [['check', 'x.xlsx', '--lang', 'de'], '--lang\u00a0: «\u202fde\u202f» n’est ni fr ni en'],
    [['clause', 'x.xlsx'], 'clause\u00a0: --year AAAA est obligatoire'],
    [['clause', 'x.xlsx', '--year', '22'], '--year\u00a0: «\u202f22\u202f» n’est pas une année'],
    [['check', 'x.xlsx', '--year', '2022'], '--year va avec clause, pas avec check'],
    [['check', 'x.xlsx', '--colour'], 'option inconnue --colour'],
    [['check', 'x.xlsx', '--colour', '--lang', 'en'], 'unknown option --colour'],
    [['check', '--lang=en'], 'check: no FILE.xlsx given'],
    [['clause', 'x.xlsx', '--year'], 'l’option --year attend une valeur'],
  ])('%j', async (argv, message) => {
    const { status, err, out } = await runCli(...argv);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')[0]?.startsWith(`convention-budget: ${message}`)).toBe(true);
    // The usage that follows is in the same language.
    expect(err).toContain(argv.includes('en') || argv.includes('--lang=en') ? 'Usage:' : 'Utilisation\u00a0:');
  });

  test('a missing file, a folder, an empty file and a file that is not .xlsx', async () => {
    const empty = join(dir, 'vide.xlsx');
    writeFileSync(empty, '');
    const csv = join(dir, 'export.xlsx');
    writeFileSync(csv, 'Action;Coût total;Part État\n1;100;50\n');
    const cases: Array<[string, RegExp]> = [
      [join(dir, 'absent.xlsx'), /«\u202fabsent\.xlsx\u202f»\u00a0: fichier introuvable\.$/],
      [empty, /«\u202fvide\.xlsx\u202f» ne peut pas être lu\u00a0: le fichier est vide \(0 octet\)\.$/],
      [
        csv,
        /«\u202fexport\.xlsx\u202f» ne peut pas être lu\u00a0: c’est un fichier texte \(un export \.csv renommé\u202f\?\), pas un classeur\u00a0: ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format \.xlsx \(Classeur Excel\)\.$/,
      ],
    ];
    for (const [file, message] of cases) {
      const { status, err } = await runCli('check', file);
      expect(status).toBe(2);
      expect(err.trimEnd().split('\n')).toHaveLength(1);
      expect(err.trimEnd()).toMatch(message);
    }
    // A folder is a batch for check (many-workbooks.test.ts), never a workbook for clause.
    const folder = await runCli('clause', dir, '--year', '2022');
    expect(folder.status).toBe(2);
    expect(folder.err.trimEnd()).toMatch(/est un dossier, pas un classeur\.$/);
  });
});

describe('the installed executable', () => {
  const bin = join(__dirname, '../../bin/convention-budget.js');
  const exec = promisify(execFile);
  const status = async (...argv: string[]) => {
    try {
      const { stdout, stderr } = await exec(process.execPath, [bin, ...argv]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  builtTest('exit status 0, 1 and 2, with no stack trace on stderr', async () => {
    expect((await status('check', tableFile)).code).toBe(0);
    expect((await status('check', brokenFile)).code).toBe(1);
    const unreadable = await status('check', join(dir, 'absent.xlsx'));
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toBe('convention-budget: «\u202fabsent.xlsx\u202f»\u00a0: fichier introuvable.\n');
    expect(unreadable.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
