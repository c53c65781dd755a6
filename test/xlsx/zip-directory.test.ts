import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { checkWorkbook } from '../../src/domain';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { snapshotOfBook } from '../../src/xlsx/xlsx-snapshot';
import { inflateEntry, inflateText, type ZipEntry, ZipEntryError, zipDirectory } from '../../src/xlsx/zip-directory';
import { zipOf } from '../helpers/zip';

const WORKBOOK = Buffer.from('<workbook><sheets><sheet name="Nord"/></sheets></workbook>');
const SHEET = Buffer.from(`<worksheet>${'<row/>'.repeat(2_000)}</worksheet>`);

function entries(bytes: Buffer): ReadonlyMap<string, ZipEntry> {
  const directory = zipDirectory(bytes);
  if (!directory.ok) throw new Error(`no directory: ${directory.problem}`);
  return directory.entries;
}

function inflated(bytes: Buffer, name: string): string {
  const entry = entries(bytes).get(name);
  if (entry === undefined) throw new Error(`no ${name}`);
  let text = '';
  inflateText(bytes, entry, (chunk) => (text += chunk));
  return text;
}

/**
 * A zip as streaming writers make it (System.IO.Packaging, Java's and Go's zip64 mode): every
 * 32-bit size and offset is 0xFFFFFFFF in the directory, the real ones in each entry's zip64
 * extra field, and the count and offset of the directory in the zip64 end record.
 */
function zip64Of(files: ReadonlyArray<readonly [string, Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const nameBytes = Buffer.from(name);
    const data = deflateRawSync(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(content), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(content.length), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    extra.writeBigUInt64LE(BigInt(offset), 20);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(0xffffffff, 42);
    directory.push(central, nameBytes, extra);
    offset += 30 + nameBytes.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(files.length), 24);
  end64.writeBigUInt64LE(BigInt(files.length), 32);
  end64.writeBigUInt64LE(BigInt(directoryBytes.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directoryBytes.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...locals, directoryBytes, end64, locator, end]);
}

/** The zip with a comment after its end record, as archivers and some mail gateways add. */
function withComment(zip: Buffer, comment: string): Buffer {
  const bytes = Buffer.concat([zip, Buffer.from(comment)]);
  bytes.writeUInt16LE(Buffer.byteLength(comment), zip.length - 2);
  return bytes;
}

describe('the zip directory', () => {
  it('lists the parts of a zip, stored or deflated, and inflates each', () => {
    const zip = zipOf(
      [
        ['xl/workbook.xml', WORKBOOK],
        ['xl/worksheets/sheet1.xml', SHEET],
      ],
      ['xl/workbook.xml'],
    );
    expect([...entries(zip).keys()]).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(entries(zip).get('xl/workbook.xml')?.method).toBe(0);
    expect(inflated(zip, 'xl/workbook.xml')).toBe(WORKBOOK.toString());
    expect(inflated(zip, 'xl/worksheets/sheet1.xml')).toBe(SHEET.toString());
  });

  it('finds the directory behind a comment at the end of the file', () => {
    const zip = withComment(zipOf([['xl/workbook.xml', WORKBOOK]]), 'Saved by a mail gateway. '.repeat(100));
    expect(inflated(zip, 'xl/workbook.xml')).toBe(WORKBOOK.toString());
  });

  it('reads a zip64 directory, as streaming writers make even for small files', () => {
    const zip = zip64Of([
      ['xl/workbook.xml', WORKBOOK],
      ['xl/worksheets/sheet1.xml', SHEET],
    ]);
    const listed = entries(zip);
    expect(listed.get('xl/worksheets/sheet1.xml')?.size).toBe(SHEET.length);
    expect(inflated(zip, 'xl/workbook.xml')).toBe(WORKBOOK.toString());
    expect(inflated(zip, 'xl/worksheets/sheet1.xml')).toBe(SHEET.toString());
  });

  it('checks a workbook whose package is written in zip64', () => {
    const parts = unzipSync(readFileSync(join(__dirname, '../../examples/convention-bassin-minier-2022.xlsx')));
    const zip = zip64Of(Object.entries(parts).map(([name, content]) => [name, Buffer.from(content)] as const));
    const result = checkWorkbook(snapshotOfBook(readXlsx(zip, 'zip64.xlsx')), {});
    expect(result.budgets.map((budget) => budget.totals.state)).toEqual([50_000_000, 50_000_000]);
  });

  it('says zip64 when its record is missing or points past the file', () => {
    const zip = zip64Of([['xl/workbook.xml', WORKBOOK]]);
    const withoutLocator = Buffer.concat([zip.subarray(0, zip.length - 42), zip.subarray(zip.length - 22)]);
    expect(zipDirectory(withoutLocator)).toEqual({ ok: false, problem: 'zip64' });
    const astray = Buffer.from(zip);
    astray.writeBigUInt64LE(BigInt(zip.length + 1_000), zip.length - 22 - 20 + 8);
    expect(zipDirectory(astray)).toEqual({ ok: false, problem: 'zip64' });
  });

  it('names a Windows tool’s backslashes as the zip format’s slashes', () => {
    const zip = zipOf([['xl\\workbook.xml', WORKBOOK]]);
    expect([...entries(zip).keys()]).toEqual(['xl/workbook.xml']);
  });

  it('says what is wrong with a truncated or damaged file', () => {
    const zip = zipOf([
      ['xl/workbook.xml', WORKBOOK],
      ['xl/worksheets/sheet1.xml', SHEET],
    ]);
    expect(zipDirectory(zip.subarray(0, zip.length - 30))).toEqual({ ok: false, problem: 'no-directory' });
    expect(zipDirectory(Buffer.alloc(0))).toEqual({ ok: false, problem: 'no-directory' });
    const shifted = Buffer.from(zip);
    shifted.writeUInt32LE(shifted.readUInt32LE(zip.length - 6) + 7, zip.length - 6);
    expect(zipDirectory(shifted)).toEqual({ ok: false, problem: 'broken-directory' });
    // The directory survives, the data it points at does not: the part is damaged, not the package.
    const cutData = Buffer.concat([Buffer.alloc(40), zip.subarray(40)]);
    const entry = entries(cutData).get('xl/workbook.xml') as ZipEntry;
    expect(() => inflateEntry(cutData, entry, () => {})).toThrow(ZipEntryError);
  });

  it('reads an empty zip as a directory with no entries', () => {
    const directory = zipDirectory(zipOf([]));
    expect(directory.ok && directory.entries.size).toBe(0);
  });

  it('stops a part that inflates far past the size its directory announces', () => {
    const zip = zipOf([['xl/sharedStrings.xml', Buffer.alloc(10_000_000, 0x41)]]);
    // The announced size is rewritten to 1 KB: inflating 10 MB of it is a bomb, not a part.
    const bomb = Buffer.from(zip);
    const central = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(1_000, central + 24);
    const entry = entries(bomb).get('xl/sharedStrings.xml') as ZipEntry;
    let seen = 0;
    expect(() => inflateEntry(bomb, entry, (chunk) => (seen += chunk.length))).toThrow(ZipEntryError);
    expect(seen).toBeLessThan(200_000);
  });

  it('decodes a part written in UTF-16, as some tools write XML', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><sst><si><t>Département</t></si></sst>';
    const le = zipOf([['a.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])]]);
    expect(inflated(le, 'a.xml')).toBe(text);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(inflated(zipOf([['b.xml', be]]), 'b.xml')).toBe(text);
  });

  it('refuses a compression method it cannot read', () => {
    const zip = zipOf([['xl/workbook.xml', WORKBOOK]]);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(14, central + 10);
    const entry = entries(zip).get('xl/workbook.xml') as ZipEntry;
    expect(() => inflateEntry(zip, entry, () => {})).toThrow(ZipEntryError);
  });
});
