import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { writeWorkbook } from '../helpers/xlsx';
import { runCli } from '../helpers/run-cli';
import { parseCheckReport } from '../helpers/cli-json';

const dir = mkdtempSync(join(tmpdir(), 'convention-text-columns-'));

/**
 * A subsidy list in the SCDL open-data format (the columns of betagouv/api-subventions-asso's test
 * files, rows made up): "Montant total de la subvention" names a cost, and "Aide d'Etat (ou pas)
 * notifiée à l'UE" names the State, but that column holds sentences, not amounts.
 */
const SCDL_ROWS = [
  ['Liste des subventions attribuées'],
  [],
  ["Nom de l'attribuant", 'Date de la convention', 'NOM Bénéficiaire', 'Objet de la subvention', 'Montant total\nde la subvention', 'Nature de la subvention', "Aide d'Etat (ou pas) notifiée à l'UE"],
  ['Région Exemple', '2023-01-12', 'Association A', 'Fonctionnement 2023', 37800, 'aide en numéraire', "Aides ne relevant pas d'une aide d'état"],
  ['Région Exemple', '2023-02-03', 'Association B', 'Fonctionnement 2023', 12000, 'aide en numéraire', "Aides ne relevant pas d'une aide d'état"],
  ['Région Exemple', '2023-03-20', 'Association C', 'Projet jeunesse', 5400, 'aide en numéraire', "Aide d'état notifiée"],
  ['Région Exemple', '2023-04-11', 'Association D', 'Projet culture', 8000, 'aide en numéraire', "Aides ne relevant pas d'une aide d'état"],
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a column of text is never an amount column', () => {
  test('an SCDL subsidy list is no budget: exit 2, the unread table says which column holds text, headers on one line', async () => {
    const file = join(dir, 'scdl.xlsx');
    await writeWorkbook(file, [{ name: 'Subventions', rows: SCDL_ROWS }]);
    const { status, out, err } = await runCli('check', file);
    expect(status).toBe(2);
    expect(out).not.toContain('[invalid-value]');
    expect(out).toContain('0 budget');
    const unread = out.split('\n').find((line) => line.includes('n’est pas lu'));
    expect(unread).toContain(
      "la colonne G («\u202fAide d'Etat (ou pas) notifiée à l'UE\u202f») pourrait être la part de l’État, mais elle contient du texte («\u202fAides ne relevant pas d'une aide d'état\u202f»), pas des montants",
    );
    expect(err).toContain('aucun budget n’a pu être lu');
    // The report names no header with its line break inside.
    expect(out).not.toMatch(/Montant total\n/);

    const json = await runCli('check', file, '--json');
    const report = parseCheckReport(json.out);
    expect(report.unread[0]?.textColumns).toEqual([{ field: 'state', column: 'G', sample: "Aides ne relevant pas d'une aide d'état" }]);
  });

  test('the same list as an Excel table: not read, said why', async () => {
    const file = join(dir, 'scdl-table.xlsx');
    await writeWorkbook(file, [
      { name: 'Subventions', rows: SCDL_ROWS.slice(2).map((row) => row.map((value) => (typeof value === 'string' ? value.replace('\n', ' ') : value))), table: 'Subventions2023' },
    ]);
    const { status, out } = await runCli('check', file);
    expect(status).toBe(2);
    expect(out).toContain(
      "Le tableau Subventions2023 (feuille «\u202fSubventions\u202f», A1:G5) n’est pas lu\u00a0: la colonne G («\u202fAide d'Etat (ou pas) notifiée à l'UE\u202f») pourrait être la part de l’État, mais elle contient du texte",
    );
  });

  test('a budget with one unreadable text amount among numbers is still a budget, and the cell is an error', () => {
    const rows = NORD_SHEET.rows.map((row) => [...row]);
    rows[3]![4] = 'à définir';
    const result = checkWorkbook({ sheets: [{ name: 'Nord', tables: [], cells: [{ top: 0, left: 0, values: rows }] }] });
    expect(result.budgets).toHaveLength(1);
    expect(result.findings.filter((finding) => finding.rule === 'invalid-value').map((finding) => finding.cell)).toEqual(['E4']);
  });

  test('a Department column of words is not read as amounts: said beside the budget, no error per row', () => {
    const rows = NORD_SHEET.rows.map((row, index) => (index === 0 ? [...row, 'Observations'] : [...row.slice(0, 5), 'selon délibération', '']));
    const result = checkWorkbook({ sheets: [{ name: 'Nord', tables: [], cells: [{ top: 0, left: 0, values: rows }] }] });
    expect(result.budgets).toHaveLength(1);
    expect(result.budgets[0]!.columns.department).toBeUndefined();
    expect(result.findings.filter((finding) => finding.rule === 'invalid-value')).toEqual([]);
    expect(result.sources[0]!.textColumns).toEqual([{ field: 'department', column: 5, sample: 'selon délibération' }]);
  });
});

describe('amounts outside every budget, said in the right number', () => {
  test('one amount: « il n’est pas vérifié »; several: « ils ne sont pas vérifiés »', async () => {
    const file = join(dir, 'hors-budget.xlsx');
    await writeWorkbook(file, [
      { name: 'Nord', rows: [...NORD_SHEET.rows, [], [], [], [null, null, null, 1234]] },
      { name: 'Notes', rows: [['Reste'], [1000], [2000]] },
    ]);
    const { out } = await runCli('check', file);
    expect(out).toContain(
      'Feuille «\u202fNord\u202f», cellule D11\u00a0: un montant hors de tout budget lu. Il n’est pas vérifié\u00a0: s’il fait partie d’un budget, placez au-dessus une ligne d’en-tête',
    );
    expect(out).toContain('Feuille «\u202fNotes\u202f», cellules A2:A3\u00a0: des montants hors de tout budget lu. Ils ne sont pas vérifiés\u00a0: s’ils font partie d’un budget');
    const english = await runCli('check', file, '--lang', 'en');
    expect(english.out).toContain('Sheet “Nord”, cell D11: an amount outside every budget read. It is not checked: if it belongs to a budget, put a header row above it');
  });
});
