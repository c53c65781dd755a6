import { strToU8, zipSync } from 'fflate';
import { OfficePackage, PackageError, readRelationships } from '../../src/xlsx/package-parts';
import { readWorkbookPart } from '../../src/xlsx/workbook-part';
import { readXlsx, XlsxFileError } from '../../src/xlsx/xlsx-read';
import { zipDirectory, ZipEntryError } from '../../src/xlsx/zip-directory';
import { zipOf } from '../helpers/zip';

/**
 * A workbook's package as writers leave it: relationships without an id or a type, sheets the
 * workbook names and the file lacks, chart sheets only, table parts with and without Excel's
 * defaults, damaged parts; each with what the officer is told or what the check reads.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const relsXml = (items: ReadonlyArray<readonly [string, string, string]>) =>
  `<?xml version="1.0"?><Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

const SHEET = `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Action</t></is></c><c r="B1"><v>100</v></c></row></sheetData></worksheet>`;

/** The parts of a one-sheet workbook, each replaceable; null leaves a part out. */
function workbook(changes: Record<string, string | null> = {}): Uint8Array {
  const parts: Record<string, string | null> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': relsXml([['rId1', 'officeDocument', 'xl/workbook.xml']]),
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Nord" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': relsXml([['rId1', 'worksheet', 'worksheets/sheet1.xml']]),
    'xl/worksheets/sheet1.xml': SHEET,
    ...changes,
  };
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) if (text !== null) files[name] = strToU8(text);
  return zipSync(files);
}

function refusal(bytes: Uint8Array): string {
  try {
    readXlsx(bytes);
  } catch (error) {
    if (error instanceof XlsxFileError) return error.reason.en;
    throw error;
  }
  return 'read';
}

const DAMAGED = 'its content is damaged or written in a way we cannot read: open it in Excel or LibreOffice and save it again as .xlsx';

describe('what the officer is told of a damaged package', () => {
  test('a sheet part that is not well-formed XML', () => {
    expect(refusal(workbook({ 'xl/worksheets/sheet1.xml': SHEET.replace('</row>', '') }))).toBe(DAMAGED);
  });

  test('a relationships part that is not well-formed XML', () => {
    expect(refusal(workbook({ 'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1">' }))).toBe(DAMAGED);
  });

  test('a part whose deflated bytes are damaged', () => {
    const bytes = workbook();
    const directory = zipDirectory(bytes);
    const sheet = directory.ok ? directory.entries.get('xl/worksheets/sheet1.xml') : undefined;
    if (sheet === undefined) throw new Error('no sheet');
    const broken = Buffer.from(bytes);
    broken.fill(0xff, sheet.localOffset + 30 + sheet.name.length, sheet.localOffset + 30 + sheet.name.length + 4);
    expect(refusal(broken)).toBe(DAMAGED);
  });

  test('a package whose relationships name a workbook part it lacks', () => {
    expect(refusal(workbook({ '_rels/.rels': relsXml([['rId1', 'officeDocument', 'xl/book.xml']]) }))).toMatch(/^the file is damaged: the workbook’s main part \(workbook\.xml\) is missing/);
  });

  test('without package relationships, the workbook is found at its usual place', () => {
    expect(readXlsx(workbook({ '_rels/.rels': null })).sheets.map((sheet) => sheet.name)).toEqual(['Nord']);
  });

  test('a sheet the workbook names whose part is missing, or whose relationship is', () => {
    expect(refusal(workbook({ 'xl/worksheets/sheet1.xml': null }))).toMatch(/^the file is damaged: its worksheets are missing from it/);
    expect(refusal(workbook({ 'xl/_rels/workbook.xml.rels': relsXml([['rId2', 'worksheet', 'worksheets/sheet1.xml']]) }))).toMatch(/its worksheets are missing/);
  });

  test('a workbook of chart sheets only has no worksheet, and is not called damaged', () => {
    const charts = workbook({
      'xl/_rels/workbook.xml.rels': relsXml([['rId1', 'chartsheet', 'chartsheets/sheet1.xml']]),
      'xl/chartsheets/sheet1.xml': `<chartsheet xmlns="${MAIN}"/>`,
    });
    expect(refusal(charts)).toBe('the workbook has no worksheet (only charts, or sheets we do not read): save it as .xlsx from Excel');
  });

  test('a chart sheet beside a sheet whose part is missing: the file is damaged', () => {
    const bytes = workbook({
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Graphique" sheetId="1" r:id="rId1"/><sheet name="Nord" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': relsXml([
        ['rId1', 'chartsheet', 'chartsheets/sheet1.xml'],
        ['rId2', 'worksheet', 'worksheets/sheet2.xml'],
      ]),
    });
    expect(refusal(bytes)).toMatch(/its worksheets are missing/);
  });

  test('a workbook with a sheet read and another missing is read, the missing one left out', () => {
    const bytes = workbook({
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Nord" sheetId="1" r:id="rId1"/><sheet name="Somme" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': relsXml([
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'worksheet', 'worksheets/sheet2.xml'],
      ]),
    });
    expect(readXlsx(bytes, 'nord.xlsx').sheets.map((sheet) => sheet.name)).toEqual(['Nord']);
  });

  test('shared strings and styles named by the workbook but missing from the file: cells read without them', () => {
    const bytes = workbook({
      'xl/_rels/workbook.xml.rels': relsXml([
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'sharedStrings', 'sharedStrings.xml'],
        ['rId3', 'styles', 'styles.xml'],
      ]),
      'xl/worksheets/sheet1.xml': SHEET.replace('<c r="B1">', '<c r="B1" s="1">').replace('<row r="1">', '<row r="1"><c r="C1" t="s"><v>0</v></c>'),
    });
    const book = readXlsx(bytes);
    expect(book.formats).toEqual([]);
    expect(book.sheets[0]?.rows.get(0)?.values).toEqual(['Action', 100, { kind: 'error', code: '#REF!' }]);
  });

  test('read with its look, a workbook without styles has the default look', () => {
    const book = readXlsx(workbook(), '', { look: true });
    expect(book.looks?.defaultSize).toBe(11);
    expect(book.sheets[0]?.look?.cells.size).toBe(0);
    expect(readXlsx(workbook()).looks).toBeUndefined();
  });
});

describe('the workbook part', () => {
  test('sheets in tab order, hidden and very hidden, named by their local attribute names', () => {
    const part = readWorkbookPart(
      `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Nord" sheetId="1" r:id="rId1"/><x:sheet state="hidden" name="Calc" r:id="rId2"/><x:sheet name="Old" state="veryHidden" r:id="rId3"/><x:sheet name="Vis" state="visible" r:id="rId4"/></x:sheets></x:workbook>`,
    );
    expect(part).toEqual({
      date1904: true,
      sheets: [
        { name: 'Nord', relationId: 'rId1', hidden: false },
        { name: 'Calc', relationId: 'rId2', hidden: true },
        { name: 'Old', relationId: 'rId3', hidden: true },
        { name: 'Vis', relationId: 'rId4', hidden: false },
      ],
    });
  });

  test('a sheet without a name or an id, as a generator may leave it, is named by its place', () => {
    expect(readWorkbookPart('<workbook><workbookPr/><sheets><sheet/><sheet name="B"/><sheet/></sheets></workbook>')).toEqual({
      date1904: false,
      sheets: [
        { name: 'Sheet1', relationId: '', hidden: false },
        { name: 'B', relationId: '', hidden: false },
        { name: 'Sheet3', relationId: '', hidden: false },
      ],
    });
    expect(readWorkbookPart('<workbook><workbookPr date1904="false"/></workbook>').date1904).toBe(false);
  });
});

describe('relationships', () => {
  test('one without an id or a type is kept with empty ones; one without a target is left out', () => {
    expect(readRelationships(`<Relationships><Relationship Target="sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles"/></Relationships>`, 'xl/')).toEqual([
      { id: '', type: '', target: 'xl/sheet1.xml' },
    ]);
  });

  test('external ones are left out, their ids kept when asked, even without an id', () => {
    const external: string[] = [];
    const xml = `<Relationships><Relationship Id="rId1" TargetMode="External" Target="https://example.org"/><Relationship TargetMode="External" Target="file.xlsx"/><Relationship Id="rId3" Target="a.xml"/></Relationships>`;
    expect(readRelationships(xml, '', external)).toEqual([{ id: 'rId3', type: '', target: 'a.xml' }]);
    expect(external).toEqual(['rId1', '']);
    expect(readRelationships(xml, '')).toHaveLength(1);
  });

  test('a .rels part whose bytes are damaged is a damaged zip entry, not a damaged part', () => {
    const bytes = zipOf([
      ['xl/workbook.xml', Buffer.from('<workbook/>')],
      ['xl/_rels/workbook.xml.rels', Buffer.from(relsXml([['rId1', 'worksheet', 'worksheets/sheet1.xml']]))],
    ]);
    const directory = zipDirectory(bytes);
    if (!directory.ok) throw new Error(directory.problem);
    const rels = directory.entries.get('xl/_rels/workbook.xml.rels');
    if (rels === undefined) throw new Error('no rels');
    bytes.fill(0xff, rels.localOffset + 30 + rels.name.length, rels.localOffset + 30 + rels.name.length + 4);
    const pack = new OfficePackage(bytes, directory.entries);
    expect(() => pack.relationships('xl/workbook.xml')).toThrow(ZipEntryError);
    expect(() => pack.relationships('xl/workbook.xml')).not.toThrow(PackageError);
  });
});

describe('table parts', () => {
  /** Excel 2010's alternative text, in an element whose local name is "table" too: the first one is the table. */
  const EXCEL_2010_ALT_TEXT =
    '<extLst><ext uri="{504A1905-F514-4f6f-8877-14C23A59335A}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:table altText="Budget" ref="C1:D9"/></ext></extLst>';
  const tableBook = (attributes: string, extension = true) =>
    readXlsx(
      workbook({
        'xl/worksheets/sheet1.xml': SHEET.replace('</sheetData>', '</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts>'),
        'xl/worksheets/_rels/sheet1.xml.rels': relsXml([['rId1', 'table', '../tables/table1.xml']]),
        'xl/tables/table1.xml': `<?xml version="1.0"?><table xmlns="${MAIN}" id="1" ${attributes}><autoFilter ref="A1:B3"/>${extension ? EXCEL_2010_ALT_TEXT : ''}</table>`,
      }),
    ).sheets[0]?.tables[0];

  test('Excel’s defaults: one header row, no totals row, its display name', () => {
    expect(tableBook('name="Tableau1" displayName="Budget" ref="A1:B3"')).toEqual({ name: 'Budget', ref: 'A1:B3', top: 0, left: 0, bottom: 2, right: 1, headerRows: 1, totalsRows: 0 });
  });

  test('its name when it has no display name, its part when it has neither', () => {
    expect(tableBook('name="Tableau1" ref="A1:B3"')?.name).toBe('Tableau1');
    expect(tableBook('ref="A1:B3"')?.name).toBe('xl/tables/table1.xml');
  });

  test('a table part without a range is no table', () => {
    expect(tableBook('displayName="T"', false)).toBeUndefined();
  });

  test.each([
    ['headerRowCount="0"', 0],
    ['headerRowCount="2"', 2],
    ['headerRowCount="-1"', 1],
    ['headerRowCount="1.5"', 1],
    ['headerRowCount="x"', 1],
  ])('header rows of %s: %i', (attributes, rows) => {
    expect(tableBook(`displayName="T" ref="A1:B3" ${attributes}`)?.headerRows).toBe(rows);
  });

  test.each([
    ['totalsRowCount="1"', 1],
    ['totalsRowCount="2"', 1],
    ['totalsRowCount="0"', 0],
    ['totalsRowCount="x"', 0],
    ['totalsRowShown="1"', 0],
  ])('totals rows of %s: %i', (attributes, rows) => {
    expect(tableBook(`displayName="T" ref="A1:B3" ${attributes}`)?.totalsRows).toBe(rows);
  });
});
