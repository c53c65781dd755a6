import { describeFileProblem, type FileProblem, inspectFile, MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from '../../src/xlsx/file-guard';
import { OLE_HEADER, zipOf } from '../helpers/zip';

/**
 * What the file guard tells of a file before anything is inflated, at the edges of each kind: the
 * BIFF versions of Excel 2.x to 4.0, XML that is neither a spreadsheet nor a page, the limits a
 * zip bomb is measured against, OpenDocument files with and without their mimetype, archives of
 * workbooks; and the sentence the officer reads for each.
 */

function kindOf(bytes: Uint8Array, name = 'budget.xlsx'): string {
  const inspection = inspectFile(bytes, name);
  return inspection.kind === 'problem' ? inspection.problem.kind : inspection.kind;
}

function problemOf(bytes: Uint8Array, name = 'budget.xlsx'): FileProblem | null {
  const inspection = inspectFile(bytes, name);
  return inspection.kind === 'problem' ? inspection.problem : null;
}

const part = (text: string) => Buffer.from(text);
const WORKBOOK: ReadonlyArray<readonly [string, Buffer]> = [
  ['[Content_Types].xml', part('<Types/>')],
  ['xl/workbook.xml', part('<workbook/>')],
];

/** The zip with an entry's sizes in its directory changed, as a hostile or broken writer leaves them. */
function withDeclaredSizes(zip: Buffer, name: string, size: number, compressedSize: number): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.subarray(at + 46, at + 46 + nameLength).toString() !== name) continue;
    copy.writeUInt32LE(compressedSize, at + 20);
    copy.writeUInt32LE(size, at + 24);
  }
  return copy;
}

/** A BOF record of the BIFF versions before Excel 5: its version byte, its length byte. */
const bof = (version: number, length = 6) => Buffer.concat([Buffer.from([0x09, version, length, 0x00, 0x00, 0x00, 0x10, 0x00]), Buffer.alloc(100)]);

describe('files of Excel before 1995', () => {
  test.each([
    [0x00, 2, 'Excel 2.x'],
    [0x02, 3, 'Excel 3.x'],
    [0x04, 4, 'Excel 4.0'],
  ])('a BOF record of version byte %i is a BIFF%i file, said as %s', (byte, version, said) => {
    const problem = problemOf(bof(byte));
    expect(problem).toEqual({ kind: 'biff', version });
    expect(describeFileProblem(problem!).fr).toContain(said);
    expect(describeFileProblem(problem!).en).toContain(said);
  });

  test('another version byte, a record too long or a file too short is no BIFF file', () => {
    expect(kindOf(bof(0x08))).toBe('not-zip');
    expect(kindOf(bof(0x04, 0x11))).toBe('not-zip');
    expect(kindOf(bof(0x04, 0x10))).toBe('biff');
    expect(kindOf(Buffer.from([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10]))).toBe('not-zip');
    expect(kindOf(Buffer.from([0x09, 0x04, 0x06, 0x01, 0x00, 0x00, 0x10, 0x00]))).toBe('not-zip');
  });
});

describe('OLE compound files', () => {
  test('a stream name in the file’s very last bytes is found', () => {
    const ending = (name: string) => Buffer.concat([OLE_HEADER, Buffer.alloc(504), Buffer.from(name, 'utf16le')]);
    expect(kindOf(ending('Workbook'))).toBe('xls');
    expect(kindOf(ending('Book'))).toBe('xls');
    expect(kindOf(ending('EncryptedPackage'))).toBe('encrypted');
    expect(kindOf(ending('WordDocument'))).toBe('ole');
  });

  test('a name cut short, or with a byte that is not UTF-16, is not that stream', () => {
    const ole = (...parts: Buffer[]) => Buffer.concat([OLE_HEADER, Buffer.alloc(504), ...parts, Buffer.alloc(64)]);
    expect(kindOf(ole(Buffer.from('Workboo', 'utf16le')))).toBe('ole');
    expect(kindOf(ole(Buffer.from('W\u0100orkbook', 'utf16le')))).toBe('ole');
    expect(kindOf(ole(Buffer.from('Workbook', 'latin1')))).toBe('ole');
  });
});

describe('text files', () => {
  test('XML that is neither a 2003 spreadsheet nor a page is a text file; a byte order mark and spaces before it are skipped', () => {
    expect(kindOf(part('<?xml version="1.0"?><budget><action/></budget>'))).toBe('text');
    expect(kindOf(part('\uFEFF  \n<!DOCTYPE html><p>Budget</p>'))).toBe('html');
    expect(kindOf(part('<TABLE><TR><TD>1</TD></TR></TABLE>'))).toBe('html');
    expect(kindOf(part('Budget <html> 2024'))).toBe('text');
  });

  test('a NUL byte in the first 2 KB makes it a binary file; one after them does not', () => {
    expect(kindOf(Buffer.concat([part('a'.repeat(2047)), Buffer.from([0])]))).toBe('not-zip');
    expect(kindOf(Buffer.concat([part('a'.repeat(2048)), Buffer.from([0])]))).toBe('text');
  });

  test('an owner file is told only when it is small and named ~$; a workbook named so is read', () => {
    const owner = Buffer.concat([Buffer.from([6]), part('agentA'), Buffer.alloc(158, 0x20)]);
    expect(kindOf(owner, 'C:\\Budgets\\~$nord.xlsx')).toBe('lock-file');
    expect(kindOf(owner, '~$')).toBe('lock-file');
    expect(kindOf(owner, 'nord.xlsx')).toBe('text');
    expect(kindOf(Buffer.concat([owner, Buffer.alloc(4096 - owner.length, 0x20)]), '~$nord.xlsx')).toBe('text');
    expect(kindOf(Buffer.concat([owner, Buffer.alloc(4095 - owner.length, 0x20)]), '~$nord.xlsx')).toBe('lock-file');
    expect(kindOf(zipOf(WORKBOOK), '~$nord.xlsx')).toBe('xlsx');
  });
});

describe('what the zip directory announces', () => {
  test('a directory marked zip64 without its record is refused as too large', () => {
    const zip = zipOf(WORKBOOK);
    zip.writeUInt16LE(0xffff, zip.length - 12);
    expect(problemOf(zip)).toEqual({ kind: 'too-large', inflated: Number.POSITIVE_INFINITY });
  });

  test(`${MAX_ZIP_ENTRIES} entries are read; one more is a bomb`, () => {
    const entries = (count: number): Array<readonly [string, Buffer]> => [...WORKBOOK, ...Array.from({ length: count - 2 }, (_, index) => [`xl/media/image${index}.png`, Buffer.alloc(0)] as const)];
    const names = (count: number) => entries(count).map(([name]) => name);
    expect(kindOf(zipOf(entries(MAX_ZIP_ENTRIES), names(MAX_ZIP_ENTRIES)))).toBe('xlsx');
    expect(problemOf(zipOf(entries(MAX_ZIP_ENTRIES + 1), names(MAX_ZIP_ENTRIES + 1)))).toEqual({ kind: 'bomb', entry: `${MAX_ZIP_ENTRIES + 1} entries` });
  });

  test('a part is a bomb only past 1 MB and past 200 times its compressed size', () => {
    const zip = zipOf([...WORKBOOK, ['xl/worksheets/sheet1.xml', part('<worksheet/>')]]);
    expect(kindOf(withDeclaredSizes(zip, 'xl/worksheets/sheet1.xml', 1_000_000, 10))).toBe('xlsx');
    expect(problemOf(withDeclaredSizes(zip, 'xl/worksheets/sheet1.xml', 1_000_001, 10))).toEqual({ kind: 'bomb', entry: 'xl/worksheets/sheet1.xml' });
    expect(kindOf(withDeclaredSizes(zip, 'xl/worksheets/sheet1.xml', 2_000_000, 10_000))).toBe('xlsx');
    expect(kindOf(withDeclaredSizes(zip, 'xl/worksheets/sheet1.xml', 2_000_001, 10_000))).toBe('bomb');
  });

  test('parts that would inflate to 256 MB are read; one byte more is too large', () => {
    const zip = zipOf([...WORKBOOK, ['xl/worksheets/sheet1.xml', part('<worksheet/>')], ['xl/worksheets/sheet2.xml', part('<worksheet/>')]]);
    const half = MAX_INFLATED_BYTES / 2 - 'xl/workbook.xml'.length;
    const sized = (second: number) => withDeclaredSizes(withDeclaredSizes(zip, 'xl/worksheets/sheet1.xml', half, half), 'xl/worksheets/sheet2.xml', second, second);
    const rest = MAX_INFLATED_BYTES - half - '<Types/>'.length - '<workbook/>'.length;
    expect(kindOf(sized(rest))).toBe('xlsx');
    expect(problemOf(sized(rest + 1))).toEqual({ kind: 'too-large', inflated: MAX_INFLATED_BYTES + 1 });
  });
});

describe('zips of other kinds', () => {
  test('a workbook part under another name, as some generators write it, is a workbook', () => {
    expect(kindOf(zipOf([['xl/Workbook2.xml', part('<workbook/>')]]))).toBe('xlsx');
    expect(kindOf(zipOf([['xl/sub/workbook.xml', part('<workbook/>')]]))).toBe('corrupt');
  });

  test('an OpenDocument spreadsheet with its mimetype, or with its manifest only, is an .ods', () => {
    const content: readonly [string, Buffer] = ['content.xml', part('<office:document-content/>')];
    expect(kindOf(zipOf([['mimetype', part('application/vnd.oasis.opendocument.spreadsheet')], content], ['mimetype']))).toBe('ods');
    expect(kindOf(zipOf([content, ['META-INF/manifest.xml', part('<manifest:manifest/>')]]))).toBe('ods');
    expect(kindOf(zipOf([content]), 'calc.ods')).toBe('corrupt');
  });

  test('an OpenDocument text, or one whose mimetype cannot be read as stored text, is another document', () => {
    const content: readonly [string, Buffer] = ['content.xml', part('<office:document-content/>')];
    const text = problemOf(zipOf([['mimetype', part('application/vnd.oasis.opendocument.text')], content], ['mimetype']));
    expect(text).toEqual({ kind: 'office-document', what: 'opendocument' });
    expect(describeFileProblem(text!).fr).toContain('document OpenDocument');
    // Deflated, or longer than a mimetype: not read, so not taken for a spreadsheet.
    expect(kindOf(zipOf([['mimetype', part('application/vnd.oasis.opendocument.spreadsheet')], content]))).toBe('office-document');
    expect(kindOf(zipOf([['mimetype', part(`application/vnd.oasis.opendocument.spreadsheet${' '.repeat(155)}`)], content], ['mimetype']))).toBe('office-document');
    expect(kindOf(zipOf([['mimetype', part(`application/vnd.oasis.opendocument.spreadsheet${' '.repeat(154)}`)], content], ['mimetype']))).toBe('ods');
  });

  test('a mimetype entry whose local header lies past the file is not read', () => {
    const zip = zipOf(
      [
        ['mimetype', part('application/vnd.oasis.opendocument.spreadsheet')],
        ['content.xml', part('<c/>')],
      ],
      ['mimetype'],
    );
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(zip.length - 29, central + 42);
    expect(kindOf(zip)).toBe('office-document');
    zip.writeUInt32LE(zip.length - 30, central + 42);
    expect(kindOf(zip)).toBe('office-document');
  });

  test('a PowerPoint presentation is named as one', () => {
    const problem = problemOf(
      zipOf([
        ['[Content_Types].xml', part('<Types/>')],
        ['ppt/presentation.xml', part('<p:presentation/>')],
      ]),
    );
    expect(problem).toEqual({ kind: 'office-document', what: 'powerpoint' });
    expect(describeFileProblem(problem!).en).toContain('a PowerPoint presentation');
  });

  test('a package with its content types but no part we know is read as a workbook, to say what it lacks', () => {
    expect(kindOf(zipOf([['[Content_Types].xml', part('<Types/>')]]))).toBe('xlsx');
  });

  test('parts of a workbook without its main part are a damaged workbook, whatever folder they are in', () => {
    for (const name of ['xl/styles.xml', '_rels/.rels', 'docProps/app.xml', 'XL/sharedStrings.xml'])
      expect(problemOf(zipOf([[name, part('<x/>')]]))).toEqual({ kind: 'corrupt', detail: 'no-workbook-part' });
    expect(describeFileProblem({ kind: 'corrupt', detail: 'no-workbook-part' }).en).toContain('workbook.xml');
  });

  test('an archive of workbooks names the first three, lock files left out', () => {
    const files = ['Nord.xlsx', 'Budgets/~$Nord.xlsx', 'Pas-de-Calais.XLSM', 'notes.txt', 'Somme.xlsx', 'Aisne.xlsx'].map((name) => [name, part('x')] as const);
    const problem = problemOf(zipOf(files), 'budgets.zip');
    expect(problem).toEqual({ kind: 'zip-not-workbook', workbooks: ['Nord.xlsx', 'Pas-de-Calais.XLSM', 'Somme.xlsx'] });
    expect(describeFileProblem(problem!).fr).toContain('(Nord.xlsx, Pas-de-Calais.XLSM, Somme.xlsx)');
  });

  test('a zip holding nothing of a workbook: an archive when named .zip, else a damaged workbook', () => {
    const zip = zipOf([
      ['notes.txt', part('x')],
      ['~$Nord.xlsx', part('x')],
    ]);
    const archive = problemOf(zip, 'C:\\Budgets\\envoi.ZIP');
    expect(archive).toEqual({ kind: 'zip-not-workbook' });
    expect(describeFileProblem(archive!).en).toBe('this is a zip archive that holds no workbook: choose the budget workbook (.xlsx)');
    expect(describeFileProblem({ kind: 'zip-not-workbook', workbooks: [] }).en).toBe('this is a zip archive that holds no workbook: choose the budget workbook (.xlsx)');
    expect(problemOf(zip, 'envoi.xlsx')).toEqual({ kind: 'corrupt', detail: 'empty-zip' });
    expect(problemOf(zip)).toEqual({ kind: 'corrupt', detail: 'empty-zip' });
  });
});

describe('the officer’s sentences', () => {
  test.each<[FileProblem, RegExp, RegExp]>([
    [{ kind: 'spreadsheet-xml' }, /feuille de calcul XML 2003/, /XML Spreadsheet 2003/],
    [{ kind: 'not-zip' }, /^ce n’est pas un classeur \.xlsx/, /^this is not an \.xlsx workbook/],
    [{ kind: 'too-large', inflated: 1 }, /256 Mo/, /256 MB/],
    [{ kind: 'corrupt', detail: 'broken-directory' }, /archive incomplète/, /incomplete archive/],
    [{ kind: 'corrupt', detail: 'empty-zip' }, /ne contient rien d’un classeur/, /holds nothing of a workbook/],
    [{ kind: 'ole' }, /ancien document Office/, /old binary Office document/],
  ])('%o', (problem, fr, en) => {
    const sentence = describeFileProblem(problem);
    expect(sentence.fr).toMatch(fr);
    expect(sentence.en).toMatch(en);
    expect(sentence.fr).not.toMatch(/ [:;?!»]/);
  });
});
