import { strToU8, zipSync } from 'fflate';
import { cellText } from '../../src/domain';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { readXlsxSheets, workbookFile, XlsxFileError } from '../../src/xlsx/xlsx-sheets';
import { snapshotOfBook } from '../../src/xlsx/xlsx-snapshot';

/**
 * What the standalone page's grid gets from a file (cells, number formats, formulas, tables, the
 * officer's look and notes) and what the core's snapshot gets: the cells of each table given as
 * the table's rows, and only the cells outside the tables given as cells.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const relsXml = (items: ReadonlyArray<readonly [string, string, string]>) =>
  `<?xml version="1.0"?><Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

/** Style 1: an amount format; 2: a yellow fill; 3: General with nothing drawn. */
const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0\\ &quot;€&quot;"/></numFmts>' +
  '<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs>';

function workbook(sheet: string, options: { sheetRels?: ReadonlyArray<readonly [string, string, string]>; parts?: Record<string, string> } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(relsXml([['rId1', 'officeDocument', 'xl/workbook.xml']])),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Nord" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      relsXml([
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'styles', 'styles.xml'],
      ]),
    ),
    'xl/styles.xml': strToU8(`<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${STYLES}</styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet}</worksheet>`),
  };
  if (options.sheetRels !== undefined) files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(relsXml(options.sheetRels));
  for (const [name, text] of Object.entries(options.parts ?? {})) files[name] = strToU8(text);
  return zipSync(files);
}

const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

const TABLE = `<?xml version="1.0"?><table xmlns="${MAIN}" id="1" name="Tableau1" displayName="Budget" ref="B2:C4" totalsRowCount="1"><autoFilter ref="B2:C3"/></table>`;

/** A budget table in B2:C4 (header, one action, totals), a title beside it in A3 and a note in E3. */
const SHEET =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" state="frozen"/></sheetView></sheetViews><cols><col min="2" max="2" width="40" customWidth="1"/></cols>' +
  '<sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr" s="2"><is><t>Nord</t></is></c></row>' +
  '<row r="2"><c r="B2" t="inlineStr"><is><t>Action</t></is></c><c r="C2" t="inlineStr"><is><t>Coût</t></is></c></row>' +
  '<row r="3" hidden="1"><c r="A3" t="inlineStr"><is><t>à gauche</t></is></c><c r="B3" t="inlineStr"><is><t>Voirie</t></is></c><c r="C3" s="1"><v>1200</v></c><c r="D3" s="2"/><c r="E3" s="3"><v>7</v></c><c r="F3" s="1"/></row>' +
  '<row r="4"><c r="B4" t="inlineStr"><is><t>Total</t></is></c><c r="C4" s="1"><f>SUM(C3)</f><v>1200</v></c></row>' +
  '</sheetData><mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells><tableParts count="1"><tablePart r:id="rId1"/></tableParts>';

const OPTIONS = {
  sheetRels: [
    ['rId1', 'table', '../tables/table1.xml'],
    ['rId2', 'comments', '../comments1.xml'],
  ] as const,
  parts: {
    'xl/tables/table1.xml': TABLE,
    'xl/comments1.xml': `<?xml version="1.0"?><comments xmlns="${MAIN}"><authors><author>Marie</author></authors><commentList><comment ref="C3" authorId="0"><text><t>Devis du 3 mars</t></text></comment></commentList></comments>`,
  },
};

describe('the standalone page’s sheets', () => {
  test('cells in row order, number formats other than General, formulas, tables, hidden and frozen rows, widths', async () => {
    const [sheet] = await readXlsxSheets(buffer(workbook(SHEET, OPTIONS)), 'nord.xlsx');
    expect(sheet?.cells).toEqual([
      ['A1', 'Nord'],
      ['B2', 'Action'],
      ['C2', 'Coût'],
      ['A3', 'à gauche'],
      ['B3', 'Voirie'],
      ['C3', 1200],
      ['E3', 7],
      ['B4', 'Total'],
      ['C4', 1200],
    ]);
    // C3 and C4 hold amounts; F3 is empty but formatted, so what the officer types there shows in euros.
    expect(sheet?.formats).toEqual([
      ['C3', '#,##0\\ "€"'],
      ['C4', '#,##0\\ "€"'],
      ['F3', '#,##0\\ "€"'],
    ]);
    expect(sheet?.formulas).toEqual([['C4', 'SUM(C3)']]);
    expect(sheet?.tables).toEqual([{ name: 'Budget', range: 'B2:C4', hasTotalsRow: true, headerRows: 1 }]);
    expect(sheet?.hiddenRows).toEqual([2]);
    expect(sheet?.frozenRows).toBe(1);
    expect(sheet?.columnWidths).toEqual([[1, 40]]);
  });

  test('its look: the cells that draw something (empty ones too), merges, the officer’s note, the default font size', async () => {
    const [sheet] = await readXlsxSheets(buffer(workbook(SHEET, OPTIONS)));
    expect(sheet?.look?.cells.map(([address]) => address)).toEqual(['A1', 'D3']);
    expect(sheet?.look?.merges).toEqual(['A1:A2']);
    expect(sheet?.look?.notes.map(([address]) => address)).toEqual(['C3']);
    expect(sheet?.look?.defaultSize).toBe(10);
  });

  test('a comments relationship whose part is missing gives no note, and the sheet is read', async () => {
    const [sheet] = await readXlsxSheets(buffer(workbook(SHEET, { sheetRels: OPTIONS.sheetRels, parts: { 'xl/tables/table1.xml': TABLE } })));
    expect(sheet?.look?.notes).toEqual([]);
    expect(sheet?.cells).toHaveLength(9);
  });

  test('a cell past the last column draws nothing', async () => {
    const [sheet] = await readXlsxSheets(buffer(workbook('<sheetData><row r="1"><c r="XFE1" s="2"/><c r="XFD1" s="2"/></row></sheetData>')));
    expect(sheet?.look?.cells.map(([address]) => address)).toEqual(['XFD1']);
  });

  test('a file that is no workbook rejects the promise with its sentence', async () => {
    await expect(readXlsxSheets(buffer(strToU8('Action;Coût\nVoirie;1200\n')), 'budget.xlsx')).rejects.toThrow(XlsxFileError);
    await expect(readXlsxSheets(buffer(strToU8('Action;Coût\n')))).rejects.toThrow('text file');
  });

  test('the file to download: the opened file patched, or a new one from the sheets', async () => {
    const source = workbook(SHEET, OPTIONS);
    const sheets = await readXlsxSheets(buffer(source));
    const edits = new Map([['Nord', new Map([['C3', { value: 1500, formula: null }]])]]);
    const patched = readXlsx(workbookFile(source, sheets, edits, []));
    expect(patched.sheets[0]?.rows.get(2)?.values).toContain(1500);
    expect(patched.sheets[0]?.tables.map((table) => table.name)).toEqual(['Budget']);
    const fresh = readXlsx(workbookFile(null, sheets, new Map(), []));
    expect(fresh.sheets[0]?.rows.get(2)?.values).toContain(1200);
  });
});

describe('the core’s snapshot', () => {
  test('a table’s cells are its rows, not the sheet’s cells; cells beside it in its rows are the sheet’s', () => {
    const book = readXlsx(workbook(SHEET, OPTIONS));
    const snapshot = snapshotOfBook(book, 'nord.xlsx');
    expect(snapshot.fileName).toBe('nord.xlsx');
    const [sheet] = snapshot.sheets;
    expect(sheet?.tables).toEqual([
      {
        name: 'Budget',
        top: 1,
        left: 1,
        values: [
          ['Action', 'Coût'],
          ['Voirie', 1200],
          ['Total', 1200],
        ],
        headerRows: 1,
        hasTotalsRow: true,
      },
    ]);
    const outside = (sheet?.cells ?? []).flatMap((run) =>
      run.values.flatMap((values, r) => values.map((value, c) => `${String.fromCharCode(65 + run.left + c)}${run.top + r + 1}=${value === null ? 'null' : cellText(value)}`)),
    );
    expect(outside.filter((cell) => !cell.endsWith('=null'))).toEqual(['A1=Nord', 'A3=à gauche', 'E3=7']);
    expect(sheet?.hiddenRows).toEqual([2]);
  });

  test('a table row the sheet does not hold reads as empty cells; no file name, none given', () => {
    const table = `<?xml version="1.0"?><table xmlns="${MAIN}" id="1" name="T" displayName="T" ref="A1:B3"/>`;
    const sheet =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="3"><c r="B3"><v>4</v></c></row></sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts>';
    const snapshot = snapshotOfBook(readXlsx(workbook(sheet, { sheetRels: [['rId1', 'table', '../tables/table1.xml']], parts: { 'xl/tables/table1.xml': table } })));
    expect('fileName' in snapshot).toBe(false);
    expect(snapshot.sheets[0]?.tables[0]?.values).toEqual([
      [1, 2],
      [null, null],
      [null, 4],
    ]);
    expect(snapshot.sheets[0]?.tables[0]?.hasTotalsRow).toBe(false);
    expect((snapshot.sheets[0]?.cells ?? []).map((run) => [run.top, run.left, run.values])).toEqual([[0, 2, [[3]]]]);
  });
});
