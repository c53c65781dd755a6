import { isDateFormat } from '../../src/domain';
import { readNumberFormats } from '../../src/xlsx/number-formats';
import { OfficePackage } from '../../src/xlsx/package-parts';
import { zipDirectory } from '../../src/xlsx/zip-directory';
import { zipOf } from '../helpers/zip';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PART = 'xl/styles.xml';

/**
 * A styles part as Excel writes it: custom number formats, fonts, fills and borders, the cell
 * styles' own xfs (cellStyleXfs), then the cells' xfs (cellXfs) that a cell's s="…" counts in.
 */
function stylesPart(numFmts: string, cellXfs: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${numFmts}<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" applyNumberFormat="0"/></cellStyleXfs><cellXfs>${cellXfs}</cellXfs><cellStyles count="2"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Pourcentage" xfId="1" builtinId="5"/></cellStyles><dxfs count="1"><dxf><numFmt numFmtId="167" formatCode="0.0%"/></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;
}

function formatsOf(xml: string): string[] {
  const bytes = zipOf([[PART, Buffer.from(xml)]]);
  const directory = zipDirectory(bytes);
  if (!directory.ok) throw new Error(directory.problem);
  return readNumberFormats(new OfficePackage(bytes, directory.entries), PART);
}

const xf = (numFmtId: number) => `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;

describe('the number formats of a workbook’s cell styles', () => {
  it('gives each cell style its format, custom or built in, in the order of cellXfs', () => {
    const numFmts =
      '<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/>' +
      '<numFmt numFmtId="165" formatCode="[$-40C]d\\ mmmm\\ yyyy;@"/><numFmt numFmtId="166" formatCode="# ##0,00 €"/></numFmts>';
    const cellXfs =
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="center"/></xf>' +
      '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="1" applyNumberFormat="1"/>' +
      // LibreOffice leaves numFmtId out of a style in the General format.
      '<xf fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/><protection locked="1"/></xf>' +
      '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
    const formats = formatsOf(stylesPart(numFmts, cellXfs));
    expect(formats).toEqual(['General', '#,##0.00\\ "€"', 'dd/mm/yyyy', '0%', 'General', '[$-40C]d\\ mmmm\\ yyyy;@', '# ##0,00 €']);
    expect(formats.map(isDateFormat)).toEqual([false, false, true, false, false, true, false]);
  });

  it.each([
    [0, 'General'],
    [1, '0'],
    [2, '0.00'],
    [3, '#,##0'],
    [4, '#,##0.00'],
    [9, '0%'],
    [10, '0.00%'],
    [11, '0.00E+00'],
    [12, '# ?/?'],
    [13, '# ??/??'],
    [14, 'dd/mm/yyyy'],
    [15, 'd-mmm-yy'],
    [16, 'd-mmm'],
    [17, 'mmm-yy'],
    [18, 'h:mm AM/PM'],
    [19, 'h:mm:ss AM/PM'],
    [20, 'h:mm'],
    [21, 'h:mm:ss'],
    [22, 'dd/mm/yyyy h:mm'],
    [37, '#,##0 ;(#,##0)'],
    [38, '#,##0 ;[Red](#,##0)'],
    [39, '#,##0.00;(#,##0.00)'],
    [40, '#,##0.00;[Red](#,##0.00)'],
    [45, 'mm:ss'],
    [46, '[h]:mm:ss'],
    [47, 'mmss.0'],
    [48, '##0.0E+0'],
    [49, '@'],
  ])('names built-in format %i by its code %s', (id, code) => {
    expect(formatsOf(stylesPart('', xf(id)))).toEqual([code]);
  });

  // East Asian Excel names its date formats by id alone (27–36, 50–58), their codes depending on the
  // locale: they read as an ISO date, a date all the same. Other ids without a code read General.
  it.each([
    [5, 'General'],
    [26, 'General'],
    [27, 'yyyy-mm-dd'],
    [31, 'yyyy-mm-dd'],
    [36, 'yyyy-mm-dd'],
    [41, 'General'],
    [44, 'General'],
    [50, 'yyyy-mm-dd'],
    [58, 'yyyy-mm-dd'],
    [59, 'General'],
    [164, 'General'],
  ])('reads format %i, with no code in the file, as %s', (id, code) => {
    expect(formatsOf(stylesPart('', xf(id)))).toEqual([code]);
  });
});
