import { OfficePackage } from '../../src/xlsx/package-parts';
import { readSharedStrings } from '../../src/xlsx/shared-strings';
import { zipDirectory } from '../../src/xlsx/zip-directory';
import { zipOf } from '../helpers/zip';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PART = 'xl/sharedStrings.xml';

/** The shared strings of a package holding this part's items. */
function stringsOf(items: string): string[] {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}">${items}</sst>`;
  const bytes = zipOf([[PART, Buffer.from(xml)]]);
  const directory = zipDirectory(bytes);
  if (!directory.ok) throw new Error(directory.problem);
  return readSharedStrings(new OfficePackage(bytes, directory.entries), PART);
}

describe('the shared strings of a workbook', () => {
  it('reads plain items in order, spaces kept where xml:space says so', () => {
    expect(stringsOf('<si><t>N°</t></si><si><t>Intitulé de l’action</t></si><si><t xml:space="preserve"> Part État </t></si>')).toEqual(['N°', 'Intitulé de l’action', ' Part État ']);
  });

  it('joins the runs of a rich text item, the runs’ fonts left out', () => {
    const bold = '<r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t>Coût total</t></r>';
    const plain = '<r><rPr><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve"> éligible (€)</t></r>';
    expect(stringsOf(`<si>${bold}${plain}</si><si><r><t>Part</t></r><r><t xml:space="preserve"> Département</t></r></si><si><t>Total</t></si>`)).toEqual([
      'Coût total éligible (€)',
      'Part Département',
      'Total',
    ]);
  });

  it('leaves the phonetic reading of Japanese text out, and reads the items after it', () => {
    const tokyo = '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>';
    const osaka = '<si><r><t>大阪</t></r><rPh sb="0" eb="2"><t>オオサカ</t></rPh><phoneticPr fontId="1"/></si>';
    expect(stringsOf(`${tokyo}${osaka}<si><t>Total</t></si>`)).toEqual(['東京', '大阪', 'Total']);
  });

  it('reads the items after an empty phonetic run written as one tag', () => {
    expect(stringsOf('<si><t>東京</t><rPh sb="0" eb="2"/></si><si><t>Total</t></si>')).toEqual(['東京', 'Total']);
  });

  it('keeps an empty item in its place, so that later indexes still match', () => {
    expect(stringsOf('<si><t/></si><si><t>Axe 1</t></si>')).toEqual(['', 'Axe 1']);
  });

  it('reads no indentation between elements as text', () => {
    const indented = `
  <si>
    <t>Axe 1</t>
  </si>
  <si>
    <r>
      <rPr><b/></rPr>
      <t>Part</t>
    </r>
    <r>
      <t xml:space="preserve"> État</t>
    </r>
  </si>
`;
    expect(stringsOf(indented)).toEqual(['Axe 1', 'Part État']);
  });
});
