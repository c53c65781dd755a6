import ExcelJS from 'exceljs';
import { NORD_SHEET } from '../../src/sample/sample-budgets';

/**
 * A workbook made the way officers make theirs: a merged title, bold headers with a fill, a
 * "Total" row of =SUM(…), a remainder column =D−E, "# ##0 €" formats, column widths, a note, a
 * drop-down list, a frozen header row, the officer's own conditional format, a defined name, page
 * setup and a second sheet.
 */
export async function officerWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DDETS du Nord';
  const sheet = workbook.addWorksheet('Nord', { views: [{ state: 'frozen', ySplit: 3 }], pageSetup: { orientation: 'landscape', fitToPage: true } });
  sheet.mergeCells('A1:G1');
  sheet.getCell('A1').value = 'Convention Bassin minier 2022 — Département du Nord';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const header = [...NORD_SHEET.rows[0]!, 'Reste à financer'];
  header.forEach((text, column) => {
    const cell = sheet.getCell(3, column + 1);
    cell.value = text as string;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  NORD_SHEET.rows.slice(1).forEach((row, index) => {
    const r = index + 4;
    row.forEach((value, column) => (sheet.getCell(r, column + 1).value = value as ExcelJS.CellValue));
    sheet.getCell(r, 7).value = { formula: `D${r}-E${r}`, result: (row[3] as number) - (row[4] as number) };
  });
  sheet.getCell('A10').value = 'Total';
  for (const [column, result] of [
    ['D', 1745883],
    ['E', 500000],
    ['F', 1245883],
    ['G', 1245883],
  ] as const) {
    sheet.getCell(`${column}10`).value = { formula: `SUM(${column}4:${column}9)`, result };
  }
  for (let row = 4; row <= 10; row++) for (const column of ['D', 'E', 'F', 'G']) sheet.getCell(`${column}${row}`).numFmt = '#,##0 "€"';
  sheet.getColumn(3).width = 60;
  sheet.getColumn(4).width = 14;
  sheet.getCell('E5').note = 'Montant à confirmer avec la DDETS';
  sheet.getCell('B4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"1,2,3"'] };
  sheet.addConditionalFormatting({
    ref: 'G4:G9',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['500000'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } } }],
  });
  workbook.definedNames.add('Nord!$E$4:$E$9', 'PartsEtat');
  const notes = workbook.addWorksheet('Notes');
  notes.getCell('A1').value = 'Réunion du 3 octobre : arbitrages à confirmer';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
