import { strToU8, zipSync } from 'fflate';
import { readXlsx } from '../../src/xlsx/xlsx-read';

/**
 * Cells whose text is written in the sheet itself (t="inlineStr"), as exports and libraries write
 * them: the text runs joined, the phonetic reading of Japanese text left out.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function workbook(sheetData: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Nord" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

/** The first row's values as the reader gives them to the check. */
function firstRow(sheetData: string) {
  return readXlsx(workbook(sheetData), 'inline.xlsx').sheets[0]?.rows.get(0)?.values;
}

describe('inline strings', () => {
  test('a rich inline text: its runs joined', () => {
    expect(firstRow('<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Coût</t></r><r><t xml:space="preserve"> total</t></r></is></c></row>')).toEqual(['Coût total']);
  });

  test.each([
    ['a phonetic run with its reading', '<rPh sb="0" eb="2"><t>トウキョウ</t></rPh>'],
    ['an empty phonetic run written as one tag', '<rPh sb="0" eb="2"/>'],
  ])('%s: left out, and the cells after it read', (_, phonetic) => {
    const row = `<row r="1"><c r="A1" t="inlineStr"><is><t>東京</t>${phonetic}</is></c><c r="B1" t="inlineStr"><is><t>Total</t></is></c></row>`;
    expect(firstRow(row)).toEqual(['東京', 'Total']);
  });
});
