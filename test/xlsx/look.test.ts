import { strToU8, zipSync } from 'fflate';
import { RowLayout } from '../../src/standalone/row-layout';
import { MergedCells } from '../../src/standalone/merged-cells';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { objectContaining } from '../helpers/matchers';

/**
 * How a workbook looks, read from its file for the standalone grid (issue 19, item 3): theme
 * colours with their tint and indexed colours as Excel resolves them, fonts, alignment, the
 * officer's notes apart from ours, the conditional formats the grid draws and those it names.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook written as Excel writes one, its parts given here. */
function workbook(sheet: string, styles: string, comments?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Nord" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/theme" Target="theme/theme1.xml"/></Relationships>`,
    ),
    'xl/theme/theme1.xml': strToU8(
      '<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme></a:themeElements></a:theme>',
    ),
    'xl/styles.xml': strToU8(`<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${styles}</styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet}</worksheet>`),
  };
  if (comments !== undefined) {
    files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`,
    );
    files['xl/comments1.xml'] = strToU8(`<?xml version="1.0"?><comments xmlns="${MAIN}"><authors><author>Marie</author></authors><commentList>${comments}</commentList></comments>`);
  }
  return zipSync(files);
}

const STYLES =
  '<fonts count="3"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font><font><b/><sz val="14"/><color theme="4" tint="-0.249977111117893"/><name val="Calibri"/></font><font><i/><u/><sz val="11"/><color indexed="10"/><name val="Calibri"/></font></fonts>' +
  '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" applyFont="1" applyFill="1"><alignment horizontal="centerContinuous" vertical="center" wrapText="1"/></xf><xf numFmtId="3" fontId="2" fillId="0" borderId="0"/><xf numFmtId="3" fontId="0" fillId="3" borderId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0"/></cellXfs>' +
  '<dxfs count="2"><dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf><dxf><fill><patternFill><bgColor theme="9" tint="0.59996337778862885"/></patternFill></fill></dxf></dxfs>';

const SHEET =
  '<sheetData><row r="1" ht="30" customHeight="1"><c r="A1" s="1" t="inlineStr"><is><t>Budget du Nord</t></is></c></row>' +
  '<row r="2"><c r="A2" s="2"><v>5</v></c><c r="B2" s="3"><v>90001</v></c><c r="C2" s="4"/><c r="D2" s="1"/></row></sheetData>' +
  '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>' +
  '<conditionalFormatting sqref="A2:D2"><cfRule type="cellIs" dxfId="0" priority="2" operator="between"><formula>1</formula><formula>10</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="B2"><cfRule type="expression" dxfId="1" priority="1"><formula>$B2&gt;$A2</formula></cfRule><cfRule type="colorScale" priority="3"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="A2"><cfRule type="containsText" dxfId="1" priority="4" operator="containsText" text="x"><formula>NOT(ISERROR(SEARCH("x",A2)))</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="B2"><cfRule type="expression" dxfId="0" priority="5"><formula>N("convention-budget:error:0a1b2c3d")+1</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="C2:C9"><cfRule type="top10" dxfId="0" priority="6" rank="3"/></conditionalFormatting>';

const NOTES =
  '<comment ref="A1" authorId="0"><text><r><rPr><b/></rPr><t>Marie:</t></r><r><t xml:space="preserve">\nTitre validé</t></r></text></comment>' +
  '<comment ref="B2" authorId="0"><text><r><t xml:space="preserve">Montant voté</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">\n\nConvention Budget\n• Action 1 : la part de l’État dépasse 50 %.</t></r></text></comment>' +
  '<comment ref="C2" authorId="0"><text><r><t xml:space="preserve">Convention Budget\n• Action 1 : à revoir.</t></r></text></comment>';

describe('the look of a workbook, read for the grid', () => {
  const book = readXlsx(workbook(SHEET, STYLES, NOTES), 'look.xlsx', { look: true });
  const sheet = book.sheets[0]!;
  const look = sheet.look!;

  test('fills and fonts: theme colours with their tint, indexed colours, bold, italic, underline, size, alignment, wrapping', () => {
    expect(look.cells.get('A1')).toMatchObject({ fill: '#DAE3F3', color: '#2F5597', bold: true, size: 14, horizontal: 'center', vertical: 'middle', wrap: true });
    expect(look.cells.get('A2')).toMatchObject({ color: '#FF0000', italic: true, underline: true });
    // An empty cell keeps its look (a filled title cell over a merge, an input cell left blank).
    expect(look.cells.get('D2')).toMatchObject({ fill: '#DAE3F3' });
    expect(look.cells.has('C2')).toBe(false);
    expect(look.emptyFormats.get('C2')).toBe('#,##0');
    expect(look.rowHeights.get(0)).toBe(30);
    expect(sheet.merges).toEqual(['A1:D1']);
    expect(book.looks!.defaultSize).toBe(11);
  });

  test('notes: the officer’s text, ours taken out; a note that was ours alone is no note; our fill of the first version is no fill of the officer’s', () => {
    expect(look.notes.get('A1')).toBe('Marie:\nTitre validé');
    expect(look.notes.get('B2')).toBe('Montant voté');
    expect(look.notes.has('C2')).toBe(false);
    // B2's style fills it with our red and it held a note of ours: that fill was a mark of ours.
    expect(look.cells.get('B2')?.fill).toBeUndefined();
  });

  test('conditional formats: cell-value and formula rules (Excel’s text rules are formulas), ours left out, other kinds named', () => {
    const rules = look.formats.flatMap((format) =>
      format.rules.map((rule) => ({ areas: format.areas, kind: rule.kind, operator: rule.operator, formulas: rule.formulas, look: rule.look, priority: rule.priority })),
    );
    expect(rules).toEqual([
      { areas: ['A2:D2'], kind: 'cellIs', operator: 'between', formulas: ['1', '10'], look: objectContaining({ fill: '#FFC7CE', color: '#9C0006', bold: true }), priority: 2 },
      { areas: ['B2'], kind: 'expression', operator: '', formulas: ['$B2>$A2'], look: objectContaining({ fill: '#C5E0B4' }), priority: 1 },
      { areas: ['A2'], kind: 'expression', operator: 'containsText', formulas: ['NOT(ISERROR(SEARCH("x",A2)))'], look: objectContaining({ fill: '#C5E0B4' }), priority: 4 },
    ]);
    expect(look.unshown).toEqual([
      { kind: 'colorScale', areas: 'B2' },
      { kind: 'top10', areas: 'C2:C9' },
    ]);
  });

  test('without the look asked for, none of it is read (the command line reads values only)', () => {
    const plain = readXlsx(workbook(SHEET, STYLES, NOTES), 'look.xlsx');
    expect(plain.sheets[0]!.look).toBeUndefined();
    expect(plain.looks).toBeUndefined();
  });
});

describe('the grid’s geometry', () => {
  test('rows taller than the others: each row’s top, and the row at a given height, agree', () => {
    const layout = new RowLayout(
      28,
      new Map([
        [0, 40],
        [2, 60],
        [1000, 100],
      ]),
    );
    expect(layout.top(0)).toBe(0);
    expect(layout.top(1)).toBe(40);
    expect(layout.top(3)).toBe(40 + 28 + 60);
    expect(layout.top(1001)).toBe(1001 * 28 + 12 + 32 + 72);
    for (const row of [0, 1, 2, 3, 500, 999, 1000, 1001, 5000]) {
      expect(layout.rowAt(layout.top(row))).toBe(row);
      expect(layout.rowAt(layout.top(row) + layout.height(row) - 1)).toBe(row);
    }
    const uniform = new RowLayout(28, new Map());
    expect(uniform.uniform).toBe(true);
    expect(uniform.rowAt(28 * 7 + 3)).toBe(7);
  });

  test('merged cells: the first cell of a merge, the cells it covers, over one row or several', () => {
    const merged = new MergedCells(['A1:H1', 'B3:C5', 'D9']);
    expect(merged.at(0, 0)).toEqual({ top: 0, left: 0, bottom: 0, right: 7 });
    expect(merged.at(0, 7)).toEqual({ top: 0, left: 0, bottom: 0, right: 7 });
    expect(merged.at(0, 8)).toBeUndefined();
    expect(merged.at(4, 2)).toEqual({ top: 2, left: 1, bottom: 4, right: 2 });
    expect(merged.at(8, 3)).toBeUndefined();
    expect(merged.spansRows).toBe(true);
    expect(new MergedCells(['A1:H1']).spansRows).toBe(false);
  });
});
