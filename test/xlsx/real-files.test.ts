import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { run } from '../../src/cli/main';
import { type CellValue, checkWorkbook } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { snapshotOfBook } from '../../src/xlsx/xlsx-snapshot';
import { excelSavedWorkbook } from '../helpers/excel-files';
import { parseCheckReport } from '../helpers/cli-json';
import { stringContaining } from '../helpers/matchers';
import { slowTest } from '../helpers/mutation';

/**
 * Workbooks as Microsoft Excel writes them (built on files Excel saved, test/fixtures/excel), and
 * the shapes other writers give them: the reader must find every budget in them, or say why not.
 */

const dir = mkdtempSync(join(tmpdir(), 'convention-real-files-'));
type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

async function check(name: string, bytes: Uint8Array, ...flags: string[]) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  let out = '';
  let err = '';
  const status = await run(['check', file, '--json', ...flags], { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, report: parseCheckReport(out), err };
}

const findingsOf = (report: { findings: Array<{ rule: string; sheet: string; cell: string | null }> }) =>
  report.findings.map((finding) => [finding.rule, `${finding.sheet}!${finding.cell ?? 'budget'}`]);

/** The Pas-de-Calais budget with action 3's State share over half its cost. */
const PDC_OVER_CAP: Rows = PAS_DE_CALAIS_SHEET.rows.map((row, index) => (index === 3 ? [...row.slice(0, 4), 140000, 120000, null] : row));

describe('tables as Excel writes them (no headerRowCount: one header row)', () => {
  test('a budget kept as an Excel table is read', async () => {
    const { status, report } = await check('table.xlsx', excelSavedWorkbook('excel-table01.xlsx', { tables: [{ part: 'xl/tables/table1.xml', origin: 'C3', rows: NORD_SHEET.rows }] }));
    expect(report.budgets).toHaveLength(1);
    expect(report.budgets[0]).toMatchObject({ sheet: 'Sheet1', table: 'Table1', range: 'C3:H9' });
    expect(report.budgets[0]?.totals).toMatchObject({ cost: 1745883, state: 500000 });
    expect(report.findings).toEqual([]);
    expect(status).toBe(0);
  });

  test('two tables on one sheet: both are read, and the second one’s breach is found', async () => {
    const bytes = excelSavedWorkbook('excel-table02.xlsx', {
      tables: [
        { part: 'xl/tables/table1.xml', origin: 'B3', rows: NORD_SHEET.rows },
        { part: 'xl/tables/table3.xml', origin: 'B13', rows: PDC_OVER_CAP },
      ],
    });
    const { status, report } = await check('deux-tables.xlsx', bytes);
    expect(report.budgets.map((budget) => [budget.table, budget.range])).toEqual([
      ['Table1', 'B3:G9'],
      ['Table3', 'B13:H19'],
    ]);
    expect(findingsOf(report)).toEqual([
      ['state-cap', 'Sheet1!F16'],
      ['matching', 'Sheet1!G16'],
    ]);
    expect(status).toBe(1);
  });

  test('a totals row is checked against the actions above it', async () => {
    const rows: Rows = [...NORD_SHEET.rows, ['Total', null, null, 1745883, 500000, 1200000]];
    const { status, report } = await check('total.xlsx', excelSavedWorkbook('excel-table10.xlsx', { tables: [{ part: 'xl/tables/table1.xml', origin: 'B3', rows, totalsRow: true }] }));
    expect(report.budgets[0]?.actions).toHaveLength(6);
    expect(findingsOf(report)).toEqual([['total-mismatch', 'Sheet1!G10']]);
    expect(status).toBe(1);
  });
});

describe('several budgets on one sheet, laid out by hand', () => {
  const nordBlock: Rows = [['Nord'], ...NORD_SHEET.rows, ['Total', null, null, 1745883, 500000, 1245883]];
  const pdcBlock: Rows = [['Département du Pas-de-Calais'], ...PDC_OVER_CAP];

  test('each block under its heading and header row is a budget; one blank row between them is enough', async () => {
    const bytes = excelSavedWorkbook('excel-table01.xlsx', { blocks: [{ origin: 'A1', rows: [...nordBlock, [], ...pdcBlock] }] });
    const { status, report } = await check('blocs.xlsx', bytes);
    expect(report.budgets.map((budget) => [budget.beneficiary, budget.range])).toEqual([
      ['Nord', 'A2:F9'],
      ['Département du Pas-de-Calais', 'A12:G18'],
    ]);
    expect(findingsOf(report)).toEqual([
      ['state-cap', 'Sheet1!E15'],
      ['matching', 'Sheet1!F15'],
    ]);
    expect(report.uncovered).toEqual([]);
    expect(status).toBe(1);
  });

  test('the clause is written for a block by its heading', async () => {
    const bytes = excelSavedWorkbook('excel-table01.xlsx', { blocks: [{ origin: 'A1', rows: [...nordBlock, [], [], ...pdcBlock] }] });
    const file = join(dir, 'blocs-clause.xlsx');
    writeFileSync(file, bytes);
    let out = '';
    let err = '';
    const status = await run(['clause', file, '--year', '2022', '--beneficiary', 'Pas-de-Calais'], { out: (text) => (out += text), err: (text) => (err += text) });
    // The block's action at row 15 breaks the cap and the matching: printed, and said.
    expect(err).toMatch(/^L’article liste 1 action en erreur/);
    expect(status).toBe(1);
    expect(out).toContain('- Action 3 (axe 2)\u00a0: Prévenir les sorties sèches ASE');
  });

  test('amounts that no header row covers are reported with their cells, and the check is no pass', async () => {
    const stray: Rows = [
      [7, 2, 'Action ajoutée sans en-tête', 50000, 30000, 20000],
      [8, 1, 'Autre action', 40000, 20000, 20000],
    ];
    const bytes = excelSavedWorkbook('excel-table01.xlsx', { blocks: [{ origin: 'A1', rows: [...nordBlock, [], [], [], ...stray] }] });
    const { status, report } = await check('hors-budget.xlsx', bytes);
    expect(report.budgets).toHaveLength(1);
    expect(report.findings).toEqual([]);
    expect(report.uncovered).toEqual([
      { sheet: 'Sheet1', range: 'A13:F14', cells: 10, message: stringContaining('Feuille «\u202fSheet1\u202f», cellules A13:F14\u00a0: des montants hors de tout budget lu.') },
    ]);
    expect(status).toBe(1);
  });

  test('a workbook where no budget is found exits 2 with its sentence', async () => {
    const bytes = excelSavedWorkbook('excel-table01.xlsx', {
      blocks: [
        {
          origin: 'A1',
          rows: [
            ['Contact', 'Téléphone'],
            ['DDETS', '03 20 00 00 00'],
          ],
        },
      ],
    });
    const { status, report, err } = await check('rien.xlsx', bytes);
    expect(status).toBe(2);
    expect(report.budgets).toEqual([]);
    expect(report.error).toEqual({ code: 'no-budget', message: stringContaining('Aucun budget lu') });
    expect(err).toBe('convention-budget: aucun budget n’a pu être lu dans «\u202frien.xlsx\u202f»\u00a0: rien n’y est vérifié.\n');
  });
});

/** Rewrites the first sheet's XML of a workbook. */
function withSheetXml(bytes: Uint8Array, change: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts['xl/worksheets/sheet1.xml'] = strToU8(change(strFromU8(parts['xl/worksheets/sheet1.xml']!)));
  return zipSync(parts, { level: 6 });
}

describe('files that span the whole sheet but hold little: read sparsely', () => {
  const budget = () => excelSavedWorkbook('excel-table01.xlsx', { blocks: [{ origin: 'A1', rows: NORD_SHEET.rows }] });

  test('a stray cell in XFD1 and another in A100000', async () => {
    const bytes = withSheetXml(budget(), (xml) =>
      xml
        .replace('<row r="1" spans="1:6">', '<row r="1" spans="1:16384">')
        .replace(/(<row r="1"[^>]*>.*?)<\/row>/, '$1<c r="XFD1" t="b"><v>1</v></c></row>')
        .replace('</sheetData>', '<row r="100000"><c r="A100000" t="b"><v>0</v></c></row></sheetData>'),
    );
    const { report } = await check('epars.xlsx', bytes);
    expect(report.budgets[0]?.range).toBe('A1:F7');
    expect(report.findings).toEqual([]);
  });

  slowTest('LibreOffice’s trailing row records down to row 1 048 576', async () => {
    const trailing = Array.from(
      { length: 1_048_576 - 8 },
      (_, index) => `<row r="${index + 9}" s="1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"/>`,
    ).join('');
    const bytes = withSheetXml(budget(), (xml) => xml.replace('</sheetData>', `${trailing}</sheetData>`));
    const { report } = await check('lignes-libreoffice.xlsx', bytes);
    expect(report.budgets[0]?.actions).toHaveLength(6);
  });

  test('a drop-down list over a whole column and over the whole sheet', async () => {
    const validations =
      '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="B2:B1048576"><formula1>"1,2,3"</formula1></dataValidation>' +
      '<dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>';
    const bytes = excelSavedWorkbook('excel-table01.xlsx', { blocks: [{ origin: 'A1', rows: NORD_SHEET.rows }], extraRows: validations });
    const { report } = await check('validation.xlsx', bytes);
    expect(report.budgets[0]?.totals.state).toBe(500000);
  });
});

describe('writers other than Excel', () => {
  test('namespace prefixes (the Open XML SDK), rows and cells without references', () => {
    const plain = excelSavedWorkbook('excel-table01.xlsx', { blocks: [{ origin: 'A1', rows: NORD_SHEET.rows }] });
    const prefixed = withSheetXml(plain, (xml) =>
      xml
        .replace('<worksheet xmlns="', '<x:worksheet xmlns:x="')
        .replace('</worksheet>', '</x:worksheet>')
        .replace(/<(\/?)(sheetData|row|c|v|dimension|sheetViews|sheetView|sheetFormatPr|pageMargins|cols|col)\b/g, '<$1x:$2')
        .replace(/<x:row r="\d+"/g, '<x:row')
        .replace(/<x:c r="[A-Z]+\d+"/g, '<x:c'),
    );
    const result = checkWorkbook(snapshotOfBook(readXlsx(prefixed)));
    expect(result.budgets[0]?.range).toBe('A1:F7');
    expect(result.budgets[0]?.totals.state).toBe(50_000_000);
  });

  test('a number with three decimals is "45,139" typed in a French Excel: refused, with what was meant', async () => {
    const rows = NORD_SHEET.rows.map((row, index) => (index === 1 ? [...row.slice(0, 4), 45.139, 114861] : row));
    const { report } = await check('trois-decimales.xlsx', excelSavedWorkbook('excel-table01.xlsx', { tables: [{ part: 'xl/tables/table1.xml', origin: 'A1', rows }] }));
    const [finding] = report.findings;
    expect(finding).toMatchObject({ rule: 'invalid-value', cell: 'E2', amounts: { suggested: 45139 } });
    expect(finding?.message).toBe(
      'Action 1, colonne «\u202fPart État\u202f»\u00a0: «\u202f45,139\u202f» a trois décimales\u00a0: vouliez-vous écrire 45\u202f139\u00a0€\u202f? Dans Excel en français, la virgule sépare les centimes\u00a0: saisissez 45139 sans virgule. L’action est exclue des totaux et de l’article 4.1 tant que la cellule n’est pas corrigée.',
    );
  });

  test('a total that disagrees by an amount typed as text names that cell', async () => {
    const rows: Rows = [...NORD_SHEET.rows.map((row, index) => (index === 3 ? [...row.slice(0, 4), '42 181 €', row[5]!] : row)), ['Total', null, null, 1745883, 457819, 1245883]];
    const { report } = await check('texte-somme.xlsx', excelSavedWorkbook('excel-table10.xlsx', { tables: [{ part: 'xl/tables/table1.xml', origin: 'A1', rows, totalsRow: true }] }));
    expect(findingsOf(report)).toEqual([
      ['text-amount', 'Sheet1!E4'],
      ['total-mismatch', 'Sheet1!E8'],
    ]);
    expect(report.findings[1]?.message).toBe(
      'Ligne de total 8, colonne «\u202fPart État\u202f»\u00a0: 457\u202f819\u00a0€ inscrits, alors que les actions au-dessus totalisent 500\u202f000\u00a0€. L’écart (42\u202f181\u00a0€) est le montant saisi comme texte en E4, que la formule SOMME ne compte pas\u00a0: convertissez cette cellule en nombre, le total suivra.',
    );
  });
});

describe('budgets saved by LibreOffice Calc (test/fixtures/libreoffice, made by scripts/make-libreoffice-fixtures.ts)', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/libreoffice', name)));

  test('an Excel table, as LibreOffice writes it back', async () => {
    const { status, report } = await check('lo-table.xlsx', fixture('table-nord.xlsx'));
    expect(report.budgets.map((budget) => [budget.table, budget.range])).toEqual([['Table1', 'B2:G8']]);
    expect(report.findings).toEqual([]);
    expect(status).toBe(0);
  });

  test('two blocks under their headings on one sheet', async () => {
    const { status, report } = await check('lo-blocs.xlsx', fixture('deux-blocs.xlsx'));
    expect(report.budgets.map((budget) => budget.beneficiary)).toEqual(['Nord', 'Pas-de-Calais']);
    expect(findingsOf(report)).toEqual([
      ['state-cap', 'Sheet1!E14'],
      ['matching', 'Sheet1!F14'],
    ]);
    expect(status).toBe(1);
  });
});
