import { inflateEntry, ZipEntryError, zipDirectory } from '../../src/xlsx/zip-directory';
import { zipOf } from '../helpers/zip';

// A directory that announces a part's bytes but no compressed byte to make them from: the part is
// damaged, and the officer must be told so, not shown a sheet with nothing in it.
describe('a deflated part whose directory gives no compressed byte', () => {
  const sheet = Buffer.from('<worksheet><sheetData><row r="1"><c r="A1"><v>110000</v></c></row></sheetData></worksheet>');
  const zip = zipOf([['xl/worksheets/sheet1.xml', sheet]], []);
  const directory = zipDirectory(zip);
  if (!directory.ok) throw new Error(directory.problem);
  const entry = directory.entries.get('xl/worksheets/sheet1.xml');
  if (entry === undefined) throw new Error('no sheet');

  test('is refused as damaged when the directory announces bytes', () => {
    expect(() => inflateEntry(zip, { ...entry, compressedSize: 0 }, () => undefined)).toThrow(ZipEntryError);
  });

  test('is an empty part when the directory announces none', () => {
    const chunks: Uint8Array[] = [];
    inflateEntry(zip, { ...entry, compressedSize: 0, size: 0 }, (chunk) => chunks.push(chunk));
    expect(Buffer.concat(chunks).length).toBe(0);
  });
});
