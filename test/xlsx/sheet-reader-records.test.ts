import { strToU8, zipSync } from 'fflate';
import { cellText } from '../../src/domain';
import { readXlsx, type XlsxSheet } from '../../src/xlsx/xlsx-read';

/**
 * The worksheet part as writers other than Excel leave it: rows and cells without their `r`,
 * LibreOffice's empty row records, cells out of their row, shared and data-table formulas, frozen
 * panes, column widths, merges and table parts that point nowhere. Each shows in what the check
 * reads: the cells' places and values.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const relsXml = (items: ReadonlyArray<readonly [string, string, string]>) =>
  `<?xml version="1.0"?><Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

/** A one-sheet workbook; `sheetRels` and `parts` add the sheet's relationships and their parts. */
function workbook(sheet: string, options: { sheetRels?: ReadonlyArray<readonly [string, string, string]>; parts?: Record<string, string>; styles?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(relsXml([['rId1', 'officeDocument', 'xl/workbook.xml']])),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Nord" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(relsXml([['rId1', 'worksheet', 'worksheets/sheet1.xml'], ...(options.styles === undefined ? [] : [['rId2', 'styles', 'styles.xml'] as const])])),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet}</worksheet>`),
  };
  if (options.styles !== undefined) files['xl/styles.xml'] = strToU8(`<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${options.styles}</styleSheet>`);
  if (options.sheetRels !== undefined) files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(relsXml(options.sheetRels));
  for (const [name, text] of Object.entries(options.parts ?? {})) files[name] = strToU8(text);
  return zipSync(files);
}

function sheetOf(sheet: string, options: Parameters<typeof workbook>[1] = {}): XlsxSheet {
  const read = readXlsx(workbook(sheet, options), 'budget.xlsx').sheets[0];
  if (read === undefined) throw new Error('no sheet');
  return read;
}

/** The sheet's cells as "A1=value", in row then column order. */
function cells(sheet: XlsxSheet): string[] {
  const found: string[] = [];
  for (const row of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    const entry = sheet.rows.get(row);
    entry?.columns.forEach((column, index) => found.push(`${String.fromCharCode(65 + column)}${row + 1}=${cellText(entry.values[index] ?? null)}`));
  }
  return found;
}

const data = (rows: string) => `<sheetData>${rows}</sheetData>`;

describe('rows and cells placed by their records', () => {
  test('rows and cells without r follow the previous one, from A1', () => {
    expect(cells(sheetOf(data('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>')))).toEqual(['A1=1', 'B1=2', 'A2=3']);
  });

  test('an empty row record without r still counts a row for the next unnumbered one', () => {
    // LibreOffice's empty records before a row that states no number: each one is a row.
    expect(cells(sheetOf(data('<row r="1"><c><v>1</v></c></row><row/><row><c><v>3</v></c></row>')))).toEqual(['A1=1', 'A3=3']);
  });

  test('an empty row record that states its number places the unnumbered row after it', () => {
    expect(cells(sheetOf(data('<row r="1"><c><v>1</v></c></row><row r="7" spans="1:1"/><row><c><v>8</v></c></row>')))).toEqual(['A1=1', 'A8=8']);
  });

  test('empty row records followed by a numbered row do not move it', () => {
    expect(cells(sheetOf(data('<row r="2"/><row r="3"/><row r="5"><c r="A5"><v>5</v></c></row><row/><row/>')))).toEqual(['A5=5']);
  });

  test('a row numbered 0 or not a number is placed after the previous one', () => {
    expect(cells(sheetOf(data('<row r="2"><c><v>2</v></c></row><row r="0"><c><v>3</v></c></row><row r="x"><c><v>4</v></c></row>')))).toEqual(['A2=2', 'A3=3', 'A4=4']);
  });

  test('a row past the sheet’s last is read as the last row', () => {
    const sheet = sheetOf(data('<row r="2000000"><c><v>9</v></c></row>'));
    expect([...sheet.rows.keys()]).toEqual([1_048_575]);
  });

  test('the cell of XFD, the last column, is read; one past it is not', () => {
    const sheet = sheetOf(data('<row r="1"><c r="XFD1"><v>1</v></c><c r="XFE1"><v>2</v><f>1+1</f></c></row>'));
    expect(sheet.rows.get(0)?.columns).toEqual([16_383]);
    expect(sheet.formulas.size).toBe(0);
  });

  test('cells written outside any row record are placed by their reference', () => {
    expect(cells(sheetOf(data('<c r="B2"><v>4</v></c><c r="C2"><v>5</v></c>')))).toEqual(['B2=4', 'C2=5']);
  });

  test('a cell whose reference names another row than its record goes to that row, beside its cells', () => {
    const sheet = sheetOf(data('<row r="1"><c r="B1"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="A1"><v>2</v></c><c r="B5"><v>5</v></c></row>'));
    expect(cells(sheet)).toEqual(['A1=2', 'B1=1', 'A3=3', 'B5=5']);
  });

  test('a cell reference that names no cell is placed after the previous cell', () => {
    expect(cells(sheetOf(data('<row r="1"><c r="A1"><v>1</v></c><c r="A0"><v>2</v></c><c r="total"><v>3</v></c></row>')))).toEqual(['A1=1', 'B1=2', 'C1=3']);
  });

  test('cells written right to left, and a column written twice, read as Excel shows them', () => {
    const sheet = sheetOf(data('<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1"><v>4</v></c></row>'));
    expect(cells(sheet)).toEqual(['A1=1', 'C1=4']);
  });

  test('a cell with no value, an empty text or a self-closing value holds nothing', () => {
    expect(cells(sheetOf(data('<row r="1"><c r="A1" s="3"/><c r="B1" t="str"><v></v></c><c r="C1" t="inlineStr"><is/></c><c r="D1"><v/></c><c r="E1"><v>5</v></c></row>')))).toEqual([
      'D1=#VALUE!',
      'E1=5',
    ]);
  });

  test('a cell’s style without s, or unreadable, is style 0', () => {
    const sheet = sheetOf(data('<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="x"><v>2</v></c><c r="C1" s="2"><v>3</v></c></row>'));
    expect(sheet.rows.get(0)?.styles).toEqual([0, 0, 2]);
  });

  test('a self-closing sheetData holds no row, and what follows it is still read', () => {
    const sheet = sheetOf('<sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    expect(sheet.rows.size).toBe(0);
    expect(sheet.merges).toEqual(['A1:B1']);
  });
});

describe('a worksheet written with line breaks and indentation, as some generators write it', () => {
  test('its cells, pane and widths read as from a compact one, with or without its look', () => {
    const sheet = [
      '<sheetViews>',
      '  <sheetView workbookViewId="0">',
      '    <pane ySplit="1" state="frozen"/>',
      '  </sheetView>',
      '</sheetViews>',
      '<cols>\n  <col min="1" max="1" width="20"/>\n</cols>',
      '<sheetData>',
      '  <row r="1">',
      '    <c r="A1" t="inlineStr"><is><t>Action</t></is></c>',
      '    <c r="B1"><v>100</v></c>',
      '  </row>',
      '</sheetData>',
      '<conditionalFormatting sqref="B1">\n  <cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan">\n    <formula>50</formula>\n  </cfRule>\n</conditionalFormatting>',
    ].join('\n');
    const plain = readXlsx(workbook(sheet), 'budget.xlsx').sheets[0]!;
    expect(cells(plain)).toEqual(['A1=Action', 'B1=100']);
    expect(plain.frozenRows).toBe(1);
    expect([...plain.columnWidths]).toEqual([[0, 20]]);
    const looked = readXlsx(workbook(sheet), 'budget.xlsx', { look: true }).sheets[0]!;
    expect(cells(looked)).toEqual(['A1=Action', 'B1=100']);
    expect(looked.look?.formats.map((format) => [format.areas, format.rules.map((rule) => rule.formulas)])).toEqual([[['B1'], [['50']]]]);
  });
});

describe('hidden rows', () => {
  test('a hidden row holding a value is listed; an empty hidden one is not', () => {
    const sheet = sheetOf(
      data('<row r="3" hidden="1"><c r="A3"><v>1</v></c></row><row r="2" hidden="true"><c r="A2"><v>2</v></c></row><row r="5" hidden="1"></row><row r="6" hidden="0"><c r="A6"><v>6</v></c></row>'),
    );
    expect(sheet.hiddenRows).toEqual([1, 2]);
  });
});

describe('formulas', () => {
  test('a shared formula is written out for each cell, moved from its first cell', () => {
    const sheet = sheetOf(
      data(
        '<row r="2"><c r="D2"><f t="shared" ref="D2:D4" si="0">B2+C2</f><v>3</v></c></row><row r="3"><c r="D3"><f t="shared" si="0"/><v>7</v></c></row><row r="4"><c r="D4"><f t="shared" si="1"/><v>1</v></c></row>',
      ),
    );
    expect([...sheet.formulas]).toEqual([
      ['D2', 'B2+C2'],
      ['D3', 'B3+C3'],
    ]);
  });

  test('two shared formulas are told apart by their index', () => {
    const sheet = sheetOf(
      data(
        '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>0</v></c><c r="C1"><f t="shared" ref="C1:C2" si="1">D1*3</f><v>0</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>0</v></c><c r="C2"><f t="shared" si="1"/><v>0</v></c></row>',
      ),
    );
    expect(sheet.formulas.get('A2')).toBe('B2*2');
    expect(sheet.formulas.get('C2')).toBe('D2*3');
  });

  test('an ordinary formula is kept, an empty one and a data table’s are not', () => {
    const sheet = sheetOf(
      data(
        '<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>0</v></c><c r="B1"><f></f><v>1</v></c><c r="C1"><f/><v>2</v></c><c r="D1"><f t="dataTable" ref="D1:D2" dt2D="0" dtr="0" r1="A1"/><v>4</v></c></row>',
      ),
    );
    expect([...sheet.formulas]).toEqual([['A1', 'SUM(B1:C1)']]);
    expect(cells(sheet)).toEqual(['A1=0', 'B1=1', 'C1=2', 'D1=4']);
  });

  test('a formula of an array, written by LibreOffice, is kept', () => {
    const sheet = sheetOf(data('<row r="1"><c r="A1"><f t="array" ref="A1">SUM(B1:B3*C1:C3)</f><v>5</v></c></row>'));
    expect(sheet.formulas.get('A1')).toBe('SUM(B1:B3*C1:C3)');
  });
});

describe('what lies around the data', () => {
  test.each([
    ['frozen', '<pane ySplit="2" topLeftCell="A3" state="frozen"/>', 2],
    ['frozen and split, as older Excel writes', '<pane ySplit="1" state="frozenSplit"/>', 1],
    ['split only: nothing frozen', '<pane ySplit="1" state="split"/>', 0],
    ['frozen columns only', '<pane xSplit="2" state="frozen"/>', 0],
    ['a fractional split', '<pane ySplit="1.5" state="frozen"/>', 0],
  ])('a pane %s', (_, pane, frozen) => {
    expect(sheetOf(`<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>${data('')}`).frozenRows).toBe(frozen);
  });

  test('column widths set by hand are kept; a style over every column, a zero width or no bounds are not', () => {
    const cols =
      '<cols><col min="1" max="2" width="30" customWidth="1"/><col min="4" max="4" width="0"/><col min="5" max="16384" width="9"/><col min="6" width="12"/><col min="0" max="0" width="15"/><col min="7" max="262" width="4"/><col min="263" max="519" width="5"/></cols>';
    const sheet = sheetOf(`${cols}${data('')}`);
    expect(sheet.columnWidths.get(0)).toBe(30);
    expect(sheet.columnWidths.get(1)).toBe(30);
    expect(sheet.columnWidths.has(3)).toBe(false);
    expect(sheet.columnWidths.has(4)).toBe(false);
    expect(sheet.columnWidths.has(5)).toBe(false);
    // 256 columns set one by one are kept, 257 are a style over a range.
    expect(sheet.columnWidths.get(261)).toBe(4);
    expect(sheet.columnWidths.has(262)).toBe(false);
    expect(sheet.columnWidths.size).toBe(2 + 256);
  });

  test('merged cells show only their first cell’s value, as Excel shows them', () => {
    const sheet = sheetOf(
      `${data('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c></row><row r="2"><c r="A2"><v>5</v></c><c r="B2"><v>6</v></c><c r="C2"><v>7</v></c></row><row r="3"><c r="B3"><v>8</v></c></row>')}<mergeCells count="3"><mergeCell ref="B1:C2"/><mergeCell/><mergeCell ref="not a range"/></mergeCells>`,
    );
    expect(cells(sheet)).toEqual(['A1=1', 'B1=2', 'D1=4', 'A2=5', 'B3=8']);
    expect(sheet.merges).toEqual(['B1:C2', 'not a range']);
  });
});

describe('table parts', () => {
  const table = (attributes: string) => `<?xml version="1.0"?><table xmlns="${MAIN}" id="1" ${attributes}><autoFilter ref="A1:B3"/></table>`;

  test('a table part that its relationship does not name as a table, or that is missing, is no table', () => {
    const sheet = sheetOf(`${data('<row r="1"><c r="A1"><v>1</v></c></row>')}<tableParts count="4"><tablePart r:id="rId1"/><tablePart r:id="rId2"/><tablePart r:id="rId3"/><tablePart/></tableParts>`, {
      sheetRels: [
        ['rId1', 'drawing', '../tables/table1.xml'],
        ['rId2', 'table', '../tables/missing.xml'],
        ['rId3', 'table', '../tables/table3.xml'],
      ],
      parts: { 'xl/tables/table1.xml': table('name="T1" displayName="T1" ref="A1:B3"'), 'xl/tables/table3.xml': table('name="T3" displayName="Budget" ref="A1:B3"') },
    });
    expect(sheet.tables.map((found) => found.name)).toEqual(['Budget']);
  });

  test('a table part whose range is not a range is left out', () => {
    const sheet = sheetOf(`${data('')}<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`, {
      sheetRels: [['rId1', 'table', '../tables/table1.xml']],
      parts: { 'xl/tables/table1.xml': table('name="T1" ref="budget"') },
    });
    expect(sheet.tables).toEqual([]);
  });
});
