/**
 * Writes test/fixtures/libreoffice/budget-officier.xlsx: an officer's budget as LibreOffice Calc
 * saves it, the workbook issue 19 was tried on. A title merged over the table, the officer's own
 * headers (wrapped, bold, filled), =SUM totals, amounts in `# ##0 €`, the officer's notes, a
 * drop-down list, the officer's conditional formats (a cell-value rule, a formula rule, a data bar),
 * a frozen header, two sheets, and planted mistakes:
 *   - D7: action 4's cost typed as 100 000 (130 000 meant): its State share breaks the cap (E7) and
 *     its financing exceeds its cost (D7);
 *   - F5: the Department's share typed as text « 109 146 € » (with the officer's note): =SUM skips it,
 *     so the total F10 disagrees;
 *   - B9: action 6 without its axis.
 * The workbook is written by exceljs, then opened and saved again by LibreOffice itself
 * (`soffice --headless --convert-to xlsx`), so that every part of the fixture is LibreOffice's.
 *
 * Also writes budget-officier-marque-libreoffice.xlsx: the same file marked by `check --annotate`
 * (our fills and notes), then opened and saved by LibreOffice, as an officer does who opens our
 * checked file in Calc: our marks must still be recognised when it comes back.
 *
 * Needs LibreOffice (Debian: apt-get install libreoffice-calc-nogui); the tests read the committed
 * files and need nothing. Run: npx tsx scripts/make-officer-budget.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../src/domain';
import { findingText } from '../src/i18n/finding-text';
import { PAS_DE_CALAIS_SHEET } from '../src/sample/sample-budgets';
import { annotatedCopy } from '../src/xlsx/annotate';
import { readXlsx } from '../src/xlsx/xlsx-read';
import { snapshotOfBook } from '../src/xlsx/xlsx-snapshot';

const out = join(__dirname, '../test/fixtures/libreoffice');
const work = mkdtempSync(join(tmpdir(), 'officer-budget-'));

const EUROS = '#,##0 "€"';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/** The Nord's six actions with the planted mistakes: [number, axis, title, cost, State, Department, other]. */
const ACTIONS: ReadonlyArray<readonly [number, number | null, string, number, number, number | string, number | null]> = [
  [1, 2, 'Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage', 160000, 45139, 114861, null],
  [2, 2, 'Mieux garantir le droit à la santé des enfants', 180000, 70854, '109 146 €', null],
  [3, 2, 'Développer la mobilisation des internats scolaires comme outil de prévention', 95000, 42181, 52819, null],
  [4, 1, 'Renforcer les clauses sociales d’insertion au service de l’ERBM', 100000, 54460, 75540, null],
  [5, 1, 'Développer une plate-forme « Mobilité inclusive »', 120000, 60000, 60000, null],
  [6, null, 'Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations complexes d’enfants de l’ASE', 1060883, 227366, 833517, null],
];

function budgetSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Nord', { views: [{ state: 'frozen', ySplit: 3 }], pageSetup: { orientation: 'landscape', fitToPage: true } });
  sheet.mergeCells('A1:H1');
  const title = sheet.getCell('A1');
  title.value = 'Convention Bassin minier 2022 — budget du Département du Nord';
  title.font = { bold: true, size: 14, color: { argb: 'FF1F3864' } };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 24;

  const headers = ['N° fiche', 'Axe stratégique', 'Libellé de l’action', 'Coût prévisionnel', 'Participation État (BOP 304)', 'Cofinancement CD 59', 'Autres financeurs', 'Reste à financer'];
  headers.forEach((text, column) => {
    const cell = sheet.getCell(3, column + 1);
    cell.value = text;
    cell.font = { bold: true, color: { argb: 'FF1F3864' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: column >= 3 ? 'center' : 'left' };
  });
  sheet.getRow(3).height = 32;

  ACTIONS.forEach((action, index) => {
    const r = index + 4;
    action.forEach((value, column) => {
      if (value !== null) sheet.getCell(r, column + 1).value = value;
    });
    sheet.getCell(r, 3).alignment = { wrapText: true, vertical: 'top' };
    // The remainder as officers write it: SUM skips the text amount, as Excel's does.
    const financed = action.slice(4).reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);
    sheet.getCell(r, 8).value = { formula: `D${r}-SUM(E${r}:G${r})`, result: action[3] - financed };
    // The cells the officer types in, in the light yellow officers use for input cells.
    for (const column of [4, 5, 6, 7]) sheet.getCell(r, column).fill = INPUT_FILL;
  });
  sheet.getRow(4).height = 30;
  sheet.getRow(9).height = 45;
  sheet.getCell('A10').value = 'Total';
  // The cached totals are what a spreadsheet computes (LibreOffice keeps them when it converts).
  ['D', 'E', 'F', 'G', 'H'].forEach((column, index) => {
    const values = ACTIONS.map((action, row) => (index < 4 ? action[index + 3] : (sheet.getCell(`H${row + 4}`).value as ExcelJS.CellFormulaValue).result));
    const result = values.reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);
    sheet.getCell(`${column}10`).value = { formula: `SUM(${column}4:${column}9)`, result };
  });
  for (const column of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const cell = sheet.getCell(10, column);
    cell.font = { bold: true };
    cell.fill = TOTAL_FILL;
    cell.border = { top: { style: 'thin' } };
  }
  for (let row = 4; row <= 10; row++) for (const column of ['D', 'E', 'F', 'G', 'H']) sheet.getCell(`${column}${row}`).numFmt = EUROS;
  sheet.getCell('C13').value = 'Montants votés en commission permanente ; la part de l’État est plafonnée à 50 % du coût de chaque action.';
  sheet.getCell('C13').alignment = { wrapText: true };
  sheet.getCell('C13').font = { color: { argb: 'FFC00000' } };
  sheet.getRow(13).height = 30;

  sheet.getColumn(1).width = 8;
  sheet.getColumn(2).width = 10;
  sheet.getColumn(3).width = 46;
  for (const column of [4, 5, 6, 7, 8]) sheet.getColumn(column).width = 15;

  sheet.getCell('F5').note = 'Montant voté en CP du 12/10';
  sheet.getCell('C4').note = 'Action reconduite de 2021';
  for (let row = 4; row <= 9; row++) sheet.getCell(`B${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"1,2,3"'] };
  // The officer's own conditional formats: a cell-value rule, a formula rule and a data bar.
  sheet.addConditionalFormatting({
    ref: 'H4:H9',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['0'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF8CBAD' } }, font: { bold: true } } }],
  });
  sheet.addConditionalFormatting({
    ref: 'C4:C9',
    rules: [{ type: 'expression', formulae: ['$E4>$D4/2'], priority: 2, style: { font: { color: { argb: 'FF9C0006' }, italic: true } } }],
  });
  sheet.addConditionalFormatting({
    ref: 'D4:D9',
    rules: [{ type: 'dataBar', priority: 3, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: 'FF638EC6' } } as unknown as ExcelJS.ConditionalFormattingRule],
  });
}

function secondSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Pas-de-Calais');
  sheet.getCell('A1').value = 'Département du Pas-de-Calais';
  sheet.getCell('A1').font = { bold: true, size: 12 };
  PAS_DE_CALAIS_SHEET.rows.forEach((row, index) => {
    row.forEach((value, column) => {
      if (value !== null) sheet.getCell(index + 3, column + 1).value = value as ExcelJS.CellValue;
    });
  });
  PAS_DE_CALAIS_SHEET.rows[0]?.forEach((_, column) => (sheet.getCell(3, column + 1).font = { bold: true }));
  const last = PAS_DE_CALAIS_SHEET.rows.length + 2;
  sheet.getCell(`A${last + 1}`).value = 'Total';
  ['D', 'E', 'F', 'G'].forEach((column, index) => {
    const result = PAS_DE_CALAIS_SHEET.rows.slice(1).reduce<number>((sum, row) => sum + (typeof row[index + 3] === 'number' ? (row[index + 3] as number) : 0), 0);
    sheet.getCell(`${column}${last + 1}`).value = { formula: `SUM(${column}4:${column}${last})`, result };
  });
  for (let row = 4; row <= last + 1; row++) for (const column of ['D', 'E', 'F', 'G']) sheet.getCell(`${column}${row}`).numFmt = EUROS;
  sheet.getColumn(3).width = 50;
  for (const column of [4, 5, 6, 7]) sheet.getColumn(column).width = 15;
}

/** Opens a file in LibreOffice and saves it as .xlsx again; returns the saved file's path. */
function savedByLibreOffice(source: string): string {
  const converted = join(work, 'converted');
  mkdirSync(converted, { recursive: true });
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', converted, source], {
    stdio: 'inherit',
  });
  return join(converted, source.split('/').at(-1) as string);
}

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DDETS du Nord';
  budgetSheet(workbook);
  secondSheet(workbook);
  const source = join(work, 'budget-officier.xlsx');
  writeFileSync(source, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const saved = savedByLibreOffice(source);
  copyFileSync(saved, join(out, 'budget-officier.xlsx'));
  console.log('test/fixtures/libreoffice/budget-officier.xlsx');

  // Marked by us, then opened and saved by LibreOffice.
  const bytes = new Uint8Array(readFileSync(saved));
  const result = checkWorkbook(snapshotOfBook(readXlsx(bytes), 'budget-officier.xlsx'));
  const marked = join(work, 'marked', 'budget-officier-marque-libreoffice.xlsx');
  mkdirSync(join(work, 'marked'), { recursive: true });
  writeFileSync(marked, annotatedCopy(bytes, result.findings, (finding) => findingText(finding, 'fr')).bytes);
  copyFileSync(savedByLibreOffice(marked), join(out, 'budget-officier-marque-libreoffice.xlsx'));
  console.log('test/fixtures/libreoffice/budget-officier-marque-libreoffice.xlsx');
}

void main();
