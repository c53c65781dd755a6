import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/domain';
import { ParserFormulaEngine } from '../../src/memory/formula-engine';
import { MemoryWorkbook } from '../../src/memory/memory-workbook';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { findingText } from '../../src/i18n/finding-text';
import { annotatedCopy } from '../../src/xlsx/annotate';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { readXlsxSheets, workbookFile } from '../../src/xlsx/xlsx-sheets';
import { excelSavedWorkbook } from '../helpers/excel-files';
import { markFills } from '../helpers/marks';
import { officerWorkbook } from '../helpers/officer-workbook';

/**
 * "Télécharger" gives back the officer's own file: opened, one amount edited, checked, downloaded,
 * then compared with the original part by part. Only the edited cell, the formulas that follow it,
 * our marks (a fill, a note) and Excel's recalculation flag may differ.
 */

const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Opens a file as the standalone page does, edits one cell, checks, flags, and downloads. */
async function editAndDownload(bytes: Uint8Array, sheet: string, cell: string, value: number): Promise<{ out: Uint8Array; workbook: MemoryWorkbook; rules: string[] }> {
  const sheets = await readXlsxSheets(buffer(bytes));
  const workbook = new MemoryWorkbook(sheets);
  workbook.attachEngine(new ParserFormulaEngine());
  workbook.setCell(sheet, cell, value);
  const result = checkWorkbook(await workbook.read());
  await workbook.showFlags(result, 'action');
  return {
    out: workbookFile(
      bytes,
      sheets,
      workbook.edits(),
      workbook.flagMarks((finding) => findingText(finding, 'fr')),
    ),
    workbook,
    rules: result.findings.map((finding) => finding.rule),
  };
}

/** The parts of two files that differ, by name (added, removed, or changed). */
function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzipSync(before);
  const b = unzipSync(after);
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((name) => a[name] === undefined || b[name] === undefined || strFromU8(a[name]) !== strFromU8(b[name])).sort();
}

/** Every cell's value, formula and style, by sheet and address. */
function cellsOf(bytes: Uint8Array) {
  const book = readXlsx(bytes);
  return new Map(
    book.sheets.map((sheet) => {
      const cells = new Map<string, { value: unknown; style: number; formula: string | undefined }>();
      for (const [row, entry] of sheet.rows) {
        entry.columns.forEach((column, index) => {
          const address = `${String.fromCharCode(65 + column)}${row + 1}`;
          cells.set(address, { value: entry.values[index], style: entry.styles[index] ?? 0, formula: sheet.formulas.get(address) });
        });
      }
      return [sheet.name, cells] as const;
    }),
  );
}

/** What lies outside a sheet's cells: widths, merges, validations, conditional formats, page setup… */
const outsideCells = (xml: string) => xml.replace(/<sheetData[\s\S]*<\/sheetData>|<sheetData\/>/, '');
/**
 * The same without our marks' conditional formats, and without the formats' priorities: ours come
 * first, so the officer's move down by as many (their order kept).
 */
const officersOutsideCells = (xml: string) =>
  outsideCells(xml)
    .replace(/<conditionalFormatting\b[^>]*>(?:(?!<\/conditionalFormatting>)[\s\S])*convention-budget:(?:(?!<\/conditionalFormatting>)[\s\S])*<\/conditionalFormatting>/g, '')
    .replace(/ priority="\d+"/g, '');

describe('the officer’s workbook, kept whole', () => {
  test('made with the usual parts: only the edited cell, its formulas, our marks and the recalculation flag differ', async () => {
    const original = await officerWorkbook();
    const { out } = await editAndDownload(original, 'Nord', 'E5', 90001);
    // exceljs writes the officer's note as comments1.xml and vmlDrawing1.vml already: ours go in them.
    expect(changedParts(original, out)).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const parts = { before: unzipSync(original), after: unzipSync(out) };
    const sheetBefore = strFromU8(parts.before['xl/worksheets/sheet1.xml']!);
    const sheetAfter = strFromU8(parts.after['xl/worksheets/sheet1.xml']!);
    expect(officersOutsideCells(sheetAfter)).toBe(officersOutsideCells(sheetBefore));
    expect(outsideCells(sheetAfter)).toContain('<conditionalFormatting sqref="D5 E5"><cfRule type="expression" dxfId="1" priority="1"><formula>N("convention-budget:mark-error:00000000")+1</formula>');
    expect(
      strFromU8(parts.after['xl/workbook.xml']!)
        .replace(/ fullCalcOnLoad="1"/, '')
        .replace('<calcPr/>', ''),
    ).toBe(strFromU8(parts.before['xl/workbook.xml']!).replace('<calcPr/>', ''));
    expect(strFromU8(parts.after['xl/worksheets/sheet2.xml']!)).toBe(strFromU8(parts.before['xl/worksheets/sheet2.xml']!));

    // Cell by cell: the edited one and the two formulas that read it; no style changes, marked or not.
    const before = cellsOf(original).get('Nord')!;
    const after = cellsOf(out).get('Nord')!;
    const differences = [...new Set([...before.keys(), ...after.keys()])].filter((address) => JSON.stringify(before.get(address)) !== JSON.stringify(after.get(address))).sort();
    const valueChanges = differences.filter((address) => JSON.stringify(before.get(address)?.value) !== JSON.stringify(after.get(address)?.value));
    expect(valueChanges).toEqual(['E10', 'E5', 'G10', 'G5']);
    expect(differences).toEqual(valueChanges);
    expect(after.get('E5')).toMatchObject({ value: 90001 });
    expect(after.get('G5')).toMatchObject({ value: 89999, formula: 'D5-E5' });
    expect(after.get('E10')).toMatchObject({ value: 519147, formula: 'SUM(E4:E9)' });
    for (const address of differences) {
      const formulaBefore = before.get(address)?.formula;
      expect([address, after.get(address)?.formula]).toEqual([address, formulaBefore]);
    }

    // Read back by another library: the officer's parts are all there.
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer(out));
    const nord = read.getWorksheet('Nord')!;
    expect(nord.getCell('A1').isMerged).toBe(true);
    expect(nord.getCell('C3').font?.bold).toBe(true);
    expect(nord.getColumn(3).width).toBe(60);
    expect(nord.getCell('D4').numFmt).toBe('#,##0 "€"');
    expect((nord.getCell('G5').value as ExcelJS.CellFormulaValue).formula).toBe('D5-E5');
    expect(nord.getCell('B4').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3"'] });
    expect(nord.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(read.definedNames.getRanges('PartsEtat').ranges).toEqual(['Nord!$E$4:$E$9']);
    expect(read.getWorksheet('Notes')!.getCell('A1').value).toBe('Réunion du 3 octobre : arbitrages à confirmer');
    // The marks: a red fill over the cap's cell and the cost it overruns (their own style kept), the message in a note below the officer's own.
    expect(markFills(nord)).toEqual(
      new Map([
        ['D5', 'FFFFC7CE'],
        ['E5', 'FFFFC7CE'],
      ]),
    );
    expect(after.get('E5')!.style).toBe(before.get('E5')!.style);
    const note = nord.getCell('E5').note as ExcelJS.Comment;
    const text = typeof note === 'string' ? note : note.texts!.map((run) => run.text).join('');
    expect(text).toMatch(/^Montant à confirmer avec la DDETS\n\nConvention Budget\n• Action 2\u00a0: la part de l’État \(90\u202f001\u00a0€\) dépasse 50\u00a0%/);
  });

  test('saved by Microsoft Excel, with Excel’s own note and drawing: ours are added beside them', async () => {
    // A title where Excel's note sits, the Nord budget from A4, and a Total row of =SUM(…).
    const total = ['Total', null, null, 1745883, 500000, 1245883];
    const original = excelSavedWorkbook('excel-comment01.xlsx', {
      blocks: [
        { origin: 'B2', rows: [['Budget du Nord']] },
        { origin: 'A4', rows: [...NORD_SHEET.rows, total] },
      ],
      formulas: { D11: 'SUM(D5:D10)', E11: 'SUM(E5:E10)', F11: 'SUM(F5:F10)' },
    });
    const { out, workbook, rules } = await editAndDownload(original, 'Sheet1', 'E6', 90001);
    expect(rules).toContain('state-cap');
    expect(rules).not.toContain('total-mismatch');
    // The total followed the edit: no false « Corrigez le total ».
    expect(workbook.stateOf('Sheet1', 'E11')).toEqual({ value: 519147, formula: 'SUM(E5:E10)' });
    const cells = cellsOf(out).get('Sheet1')!;
    expect(cells.get('E11')).toMatchObject({ value: 519147, formula: 'SUM(E5:E10)' });
    expect(cells.get('D11')).toMatchObject({ value: 1745883, formula: 'SUM(D5:D10)' });
    const changed = changedParts(original, out);
    expect(changed).toEqual(expect.arrayContaining(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    expect(changed.every((name) => ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].includes(name))).toBe(true);
    const comments = strFromU8(unzipSync(out)['xl/comments1.xml']!);
    expect(comments).toContain('<comment ref="B2" authorId="0"><text><r><rPr><sz val="8"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Some text</t></r></text></comment>');
    expect(comments).toContain('<author>John</author><author>Convention Budget</author>');
    expect(comments).toMatch(/<comment ref="E6" authorId="1">/);
    const vml = strFromU8(unzipSync(out)['xl/drawings/vmlDrawing1.vml']!);
    expect(vml).toContain('_x0000_s1025');
    expect(vml).toContain('<x:Row>5</x:Row><x:Column>4</x:Column>');
    // Read back by another library: both notes.
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer(out));
    const sheet = read.getWorksheet('Sheet1')!;
    expect(String((sheet.getCell('B2').note as ExcelJS.Comment).texts?.[0]?.text)).toBe('Some text');
    expect((sheet.getCell('E6').note as ExcelJS.Comment).texts?.map((run) => run.text).join('')).toContain('Ramenez-la à 90\u202f000\u00a0€ au plus');
  });

  test('saved by LibreOffice Calc: the same, in LibreOffice’s own parts', async () => {
    const original = new Uint8Array(readFileSync(join(__dirname, '../fixtures/libreoffice/officer.xlsx')));
    const { out, rules } = await editAndDownload(original, 'Nord', 'E5', 90001);
    expect(rules).toContain('state-cap');
    expect(rules).not.toContain('total-mismatch');
    expect(changedParts(original, out)).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const parts = { before: unzipSync(original), after: unzipSync(out) };
    expect(officersOutsideCells(strFromU8(parts.after['xl/worksheets/sheet1.xml']!))).toBe(officersOutsideCells(strFromU8(parts.before['xl/worksheets/sheet1.xml']!)));
    const before = cellsOf(original).get('Nord')!;
    const after = cellsOf(out).get('Nord')!;
    const valueChanges = [...before.keys()].filter((address) => JSON.stringify(before.get(address)?.value) !== JSON.stringify(after.get(address)?.value)).sort();
    expect(valueChanges).toEqual(['E10', 'E5', 'G10', 'G5']);
    expect(after.get('E10')).toMatchObject({ value: 519147, formula: 'SUM(E4:E9)' });
    // Every cell keeps its style index, the marked one too: formats, fonts and fills as LibreOffice wrote them.
    for (const address of ['A1', 'C3', 'D4', 'D10', 'G4', 'E5']) expect(after.get(address)?.style).toBe(before.get(address)?.style);
  });

  test('a sheet without notes gets its notes part and drawing, declared where Excel looks for them', () => {
    const original = excelSavedWorkbook('excel-table01.xlsx', {
      tables: [{ part: 'xl/tables/table1.xml', origin: 'A1', rows: NORD_SHEET.rows.map((row, index) => (index === 2 ? [...row.slice(0, 4), 90001, row[5]!] : row)) }],
    });
    const { bytes } = annotatedCopy(original, checkWorkbook({ sheets: readXlsxSnapshot(original) }).findings, (finding) => findingText(finding, 'fr'));
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<legacyDrawing r:id="rId\d+"\/><tableParts/);
    const types = strFromU8(parts['[Content_Types].xml']!);
    expect(types).toContain('PartName="/xl/comments1.xml"');
    expect(types).toContain('Extension="vml"');
    expect(strFromU8(parts['xl/worksheets/_rels/sheet1.xml.rels']!)).toContain('Target="../comments1.xml"');
    expect(changedParts(original, bytes).sort()).toEqual([
      '[Content_Types].xml',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/styles.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]);
  });
});

function readXlsxSnapshot(bytes: Uint8Array) {
  const book = readXlsx(bytes);
  return book.sheets.map((sheet) => ({
    name: sheet.name,
    tables: sheet.tables.map((table) => ({
      name: table.name,
      top: table.top,
      left: table.left,
      values: Array.from({ length: table.bottom - table.top + 1 }, (_, r) =>
        Array.from({ length: table.right - table.left + 1 }, (_, c) => {
          const row = sheet.rows.get(table.top + r);
          const index = row?.columns.indexOf(table.left + c) ?? -1;
          return index < 0 ? null : (row?.values[index] ?? null);
        }),
      ),
    })),
  }));
}
