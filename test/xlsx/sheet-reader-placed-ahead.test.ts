import { strToU8, zipSync } from 'fflate';
import { cellText } from '../../src/domain';
import { readXlsx } from '../../src/xlsx/xlsx-read';

// A cell whose reference names a row further down than its record is placed by its reference; the
// row's own record, read later, must not drop it (the file breaks the spec, the loss would be silent).
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const rels = (id: string, type: string, target: string) => `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/></Relationships>`;

function cellsOf(sheetData: string): string[] {
  const file = zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(rels('rId1', 'officeDocument', 'xl/workbook.xml')),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Nord" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(rels('rId1', 'worksheet', 'worksheets/sheet1.xml')),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`),
  });
  const sheet = readXlsx(file, 'budget.xlsx').sheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  return [...sheet.rows.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([row, entry]) => entry.columns.map((column, index) => `${String.fromCharCode(65 + column)}${row + 1}=${cellText(entry.values[index] ?? null)}`));
}

describe('a cell written in an earlier row record than the row it names', () => {
  test('keeps its place beside the cells of that row’s own record', () => {
    expect(cellsOf('<row r="1"><c r="A1"><v>1</v></c><c r="B3"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>')).toEqual(['A1=1', 'A3=3', 'B3=2']);
  });

  test('the row’s own record wins a cell both write, as a cell written twice does', () => {
    expect(cellsOf('<row r="1"><c r="A1"><v>1</v></c><c r="A3"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>')).toEqual(['A1=1', 'A3=3']);
  });
});
