import { randomBytes } from 'node:crypto';
import { inflateEntry, inflateText, type ZipEntry, ZipEntryError, zipDirectory } from '../../src/xlsx/zip-directory';
import { zipOf } from '../helpers/zip';

/**
 * Zip entries as writers other than Excel leave them: a comment of the longest length before the
 * end record, zip64 extra fields after another writer's extra field or holding only the sizes that
 * overflow, stored parts longer than a read chunk, sizes announced slightly wrong, empty parts,
 * UTF-16 without a byte order mark; and damaged entries refused.
 */

const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

function entries(bytes: Uint8Array): ReadonlyMap<string, ZipEntry> {
  const directory = zipDirectory(bytes);
  if (!directory.ok) throw new Error(`no directory: ${directory.problem}`);
  return directory.entries;
}

function entry(bytes: Uint8Array, name: string): ZipEntry {
  const found = entries(bytes).get(name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
}

function text(bytes: Uint8Array, name: string): string {
  let read = '';
  inflateText(bytes, entry(bytes, name), (chunk) => (read += chunk));
  return read;
}

function bytesOf(bytes: Uint8Array, name: string): Buffer {
  const chunks: Uint8Array[] = [];
  inflateEntry(bytes, entry(bytes, name), (chunk) => chunks.push(chunk.slice()));
  return Buffer.concat(chunks);
}

/**
 * A one-entry zip whose directory entry says 0xFFFFFFFF for the fields named in `full`, their real
 * values in a zip64 extra field (after `before`, another writer's extra field), as .NET and Java
 * write a part they stream.
 */
function zip64Entry(name: string, content: Buffer, full: ReadonlyArray<'size' | 'compressed' | 'offset'>, options: { before?: Buffer; extraLength?: number } = {}): Buffer {
  const base = zipOf([[name, content]]);
  const central = base.indexOf(CENTRAL);
  const nameLength = base.readUInt16LE(central + 28);
  const real = { size: base.readUInt32LE(central + 24), compressed: base.readUInt32LE(central + 20), offset: base.readUInt32LE(central + 42) };
  const fields = (['size', 'compressed', 'offset'] as const).filter((field) => full.includes(field));
  const zip64 = Buffer.alloc(4 + fields.length * 8);
  zip64.writeUInt16LE(0x0001, 0);
  zip64.writeUInt16LE(options.extraLength ?? fields.length * 8, 2);
  fields.forEach((field, index) => zip64.writeBigUInt64LE(BigInt(real[field]), 4 + index * 8));
  const extra = Buffer.concat([options.before ?? Buffer.alloc(0), zip64]);
  const header = Buffer.from(base.subarray(central, central + 46));
  if (full.includes('size')) header.writeUInt32LE(0xffffffff, 24);
  if (full.includes('compressed')) header.writeUInt32LE(0xffffffff, 20);
  if (full.includes('offset')) header.writeUInt32LE(0xffffffff, 42);
  header.writeUInt16LE(extra.length, 30);
  const directory = Buffer.concat([header, base.subarray(central + 46, central + 46 + nameLength), extra]);
  const end = Buffer.from(base.subarray(base.length - 22));
  end.writeUInt32LE(directory.length, 12);
  return Buffer.concat([base.subarray(0, central), directory, end]);
}

/** An extended-timestamp extra field, as Info-ZIP and 7-Zip write before the zip64 one. */
const TIMESTAMP = Buffer.from([0x55, 0x54, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00]);

const WORKBOOK = Buffer.from('<workbook><sheets><sheet name="Nord" sheetId="1"/></sheets></workbook>');

describe('the end record', () => {
  test('is found behind a comment of the longest length a zip allows', () => {
    const zip = zipOf([['xl/workbook.xml', WORKBOOK]]);
    const withComment = Buffer.concat([zip, Buffer.alloc(65_535, 0x20)]);
    withComment.writeUInt16LE(65_535, zip.length - 2);
    expect(text(withComment, 'xl/workbook.xml')).toBe(WORKBOOK.toString());
    // A byte more and the end record is out of the reach the format gives it.
    expect(zipDirectory(Buffer.concat([withComment, Buffer.alloc(1, 0x20)]))).toEqual({ ok: false, problem: 'no-directory' });
  });

  test('a file shorter than an end record has no directory', () => {
    expect(zipDirectory(zipOf([]).subarray(0, 21))).toEqual({ ok: false, problem: 'no-directory' });
    expect(zipDirectory(zipOf([]).subarray(0, 22))).toEqual({ ok: true, entries: new Map() });
  });
});

describe('directory entries', () => {
  test('an entry whose name or extra field runs past the end of the file is a broken directory', () => {
    const zip = zipOf([['xl/workbook.xml', WORKBOOK]]);
    const central = zip.indexOf(CENTRAL);
    const named = (nameLength: number, extraLength = 0) => {
      const copy = Buffer.from(zip);
      copy.writeUInt16LE(nameLength, central + 28);
      copy.writeUInt16LE(extraLength, central + 30);
      return zipDirectory(copy);
    };
    // A name up to the file's last byte is still inside the file (it swallows the end record).
    const room = zip.length - central - 46;
    expect(named(room).ok).toBe(true);
    expect(named(room + 1)).toEqual({ ok: false, problem: 'broken-directory' });
    expect(named(room - 4, 4).ok).toBe(true);
    expect(named(room - 4, 5)).toEqual({ ok: false, problem: 'broken-directory' });
  });

  test('a directory whose entries run past the file, or whose offset points at no entry, is broken', () => {
    const zip = zipOf([['xl/workbook.xml', WORKBOOK]]);
    const moved = (offset: number) => {
      const copy = Buffer.from(zip);
      copy.writeUInt32LE(offset, zip.length - 6);
      return zipDirectory(copy);
    };
    expect(moved(zip.length - 46)).toEqual({ ok: false, problem: 'broken-directory' });
    expect(moved(zip.length - 45)).toEqual({ ok: false, problem: 'broken-directory' });
    expect(moved(zip.indexOf(CENTRAL)).ok).toBe(true);
  });

  test('entries after a directory entry with an extra field and a comment are found', () => {
    const zip = zip64Entry('xl/workbook.xml', WORKBOOK, ['size'], { before: TIMESTAMP });
    expect(entry(zip, 'xl/workbook.xml').size).toBe(WORKBOOK.length);
    const two = zipOf([
      ['a.xml', Buffer.from('<a/>')],
      ['b.xml', Buffer.from('<b/>')],
    ]);
    expect([...entries(two).keys()]).toEqual(['a.xml', 'b.xml']);
  });

  test.each([[['size'] as const], [['compressed'] as const], [['offset'] as const], [['size', 'offset'] as const], [['size', 'compressed', 'offset'] as const]])(
    'a zip64 extra field holding only %j, after another writer’s field, is read',
    (full) => {
      const zip = zip64Entry('xl/workbook.xml', WORKBOOK, full, { before: TIMESTAMP });
      const found = entry(zip, 'xl/workbook.xml');
      expect(found.size).toBe(WORKBOOK.length);
      expect(found.localOffset).toBe(0);
      expect(text(zip, 'xl/workbook.xml')).toBe(WORKBOOK.toString());
    },
  );

  test('a size of 0xFFFFFFFF with no zip64 field, or one too short for it, cannot be read', () => {
    const zip = zipOf([['xl/workbook.xml', WORKBOOK]]);
    const noExtra = Buffer.from(zip);
    noExtra.writeUInt32LE(0xffffffff, zip.indexOf(CENTRAL) + 24);
    expect(zipDirectory(noExtra)).toEqual({ ok: false, problem: 'zip64' });
    expect(zipDirectory(zip64Entry('xl/workbook.xml', WORKBOOK, ['size'], { before: TIMESTAMP, extraLength: 0 }))).toEqual({ ok: false, problem: 'zip64' });
    expect(zipDirectory(zip64Entry('xl/workbook.xml', WORKBOOK, ['size', 'compressed'], { extraLength: 15 }))).toEqual({ ok: false, problem: 'zip64' });
    expect(entry(zip64Entry('xl/workbook.xml', WORKBOOK, ['size', 'compressed'], { extraLength: 16 }), 'xl/workbook.xml').compressedSize).toBe(entry(zip, 'xl/workbook.xml').compressedSize);
    expect(zipDirectory(zip64Entry('xl/workbook.xml', WORKBOOK, ['size'], { before: TIMESTAMP.subarray(0, 4) }))).toEqual({ ok: false, problem: 'zip64' });
  });

  test('a zip64 size past what a number holds exactly is refused, not rounded', () => {
    const zip = zip64Entry('xl/workbook.xml', WORKBOOK, ['size']);
    const at = zip.indexOf(CENTRAL) + 46 + 'xl/workbook.xml'.length + 4;
    zip.writeBigUInt64LE(BigInt(Number.MAX_SAFE_INTEGER) + 1n, at);
    expect(zipDirectory(zip)).toEqual({ ok: false, problem: 'zip64' });
    zip.writeBigUInt64LE(BigInt(Number.MAX_SAFE_INTEGER), at);
    expect(entry(zip, 'xl/workbook.xml').size).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('the zip64 end record', () => {
  test('a locator pointing past what a number holds exactly is no zip64 record', () => {
    const zip = zipOf([['xl/workbook.xml', WORKBOOK]]);
    const end = Buffer.from(zip.subarray(zip.length - 22));
    end.writeUInt16LE(0xffff, 10);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(2n ** 63n, 8);
    expect(zipDirectory(Buffer.concat([zip.subarray(0, zip.length - 22), locator, end]))).toEqual({ ok: false, problem: 'zip64' });
  });
  test('a zip64 end record whose count or offset is past what a number holds exactly is refused, not rounded', () => {
    const zip = zipOf([['xl/workbook.xml', WORKBOOK]]);
    const body = zip.subarray(0, zip.length - 22);
    const directoryOffset = zip.readUInt32LE(zip.length - 6);
    const withRecord = (count: bigint, offset: bigint) => {
      const record = Buffer.alloc(56);
      record.writeUInt32LE(0x06064b50, 0);
      record.writeBigUInt64LE(44n, 4);
      record.writeBigUInt64LE(count, 24);
      record.writeBigUInt64LE(count, 32);
      record.writeBigUInt64LE(offset, 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(body.length), 8);
      const end = Buffer.from(zip.subarray(zip.length - 22));
      end.writeUInt32LE(0xffffffff, 16);
      return zipDirectory(Buffer.concat([body, record, locator, end]));
    };
    expect(withRecord(1n, BigInt(directoryOffset)).ok).toBe(true);
    expect(withRecord(2n ** 53n, BigInt(directoryOffset))).toEqual({ ok: false, problem: 'zip64' });
    expect(withRecord(1n, 2n ** 53n)).toEqual({ ok: false, problem: 'zip64' });
  });
});

describe('inflating an entry', () => {
  test('a stored part longer than a read chunk comes whole, in order', () => {
    const content = Buffer.from(Array.from({ length: 40_000 }, (_, index) => index % 251));
    const zip = zipOf([['xl/media/image1.png', content]], ['xl/media/image1.png']);
    expect(bytesOf(zip, 'xl/media/image1.png').equals(content)).toBe(true);
  });

  test('a deflated part whose compressed bytes span several chunks comes whole', () => {
    const content = randomBytes(60_000);
    const zip = zipOf([['xl/media/image1.bin', content]]);
    expect(entry(zip, 'xl/media/image1.bin').compressedSize).toBeGreaterThan(32 * 1024);
    expect(bytesOf(zip, 'xl/media/image1.bin').equals(content)).toBe(true);
  });

  test('a small part inflating up to 64 KB past its announced size is read; a byte more is refused', () => {
    const content = Buffer.alloc(100_000, 0x41);
    const zip = zipOf([['xl/sharedStrings.xml', content]]);
    const announced = (size: number) => {
      const copy = Buffer.from(zip);
      copy.writeUInt32LE(size, copy.indexOf(CENTRAL) + 24);
      return copy;
    };
    expect(bytesOf(announced(100_000 - 65_536), 'xl/sharedStrings.xml').length).toBe(100_000);
    expect(() => bytesOf(announced(100_000 - 65_537), 'xl/sharedStrings.xml')).toThrow(ZipEntryError);
  });

  test('a large part inflating up to twice its announced size is read; a byte more is refused', () => {
    const content = Buffer.alloc(300_000, 0x41);
    const zip = zipOf([['xl/sharedStrings.xml', content]]);
    const announced = (size: number) => {
      const copy = Buffer.from(zip);
      copy.writeUInt32LE(size, copy.indexOf(CENTRAL) + 24);
      return copy;
    };
    expect(bytesOf(announced(150_000), 'xl/sharedStrings.xml').length).toBe(300_000);
    expect(() => bytesOf(announced(149_999), 'xl/sharedStrings.xml')).toThrow(ZipEntryError);
  });

  test('an empty part, stored or deflated, gives no text', () => {
    const zip = zipOf(
      [
        ['stored.xml', Buffer.alloc(0)],
        ['deflated.xml', Buffer.alloc(0)],
      ],
      ['stored.xml'],
    );
    expect(text(zip, 'stored.xml')).toBe('');
    expect(text(zip, 'deflated.xml')).toBe('');
  });

  test('bytes that are no deflate stream are a damaged entry', () => {
    const garbage = zipOf([['xl/workbook.xml', WORKBOOK]]);
    garbage.fill(0xff, 30 + 'xl/workbook.xml'.length, 30 + 'xl/workbook.xml'.length + 4);
    expect(() => bytesOf(garbage, 'xl/workbook.xml')).toThrow(new ZipEntryError('xl/workbook.xml'));
  });

  test('an entry whose data runs past the end of the file, or whose local header does, is damaged', () => {
    const zip = zipOf([['xl/workbook.xml', WORKBOOK]], ['xl/workbook.xml']);
    const central = zip.indexOf(CENTRAL);
    const longer = Buffer.from(zip);
    longer.writeUInt32LE(zip.length - 30 - 'xl/workbook.xml'.length + 1, central + 20);
    expect(() => bytesOf(longer, 'xl/workbook.xml')).toThrow(ZipEntryError);
    const exact = Buffer.from(zip);
    exact.writeUInt32LE(zip.length - 30 - 'xl/workbook.xml'.length, central + 20);
    expect(bytesOf(exact, 'xl/workbook.xml').subarray(0, WORKBOOK.length).equals(WORKBOOK)).toBe(true);
    const astray = Buffer.from(zip);
    astray.writeUInt32LE(zip.length - 29, central + 42);
    expect(() => bytesOf(astray, 'xl/workbook.xml')).toThrow(ZipEntryError);
    const notHeader = Buffer.from(zip);
    notHeader.writeUInt32LE(central, central + 42);
    expect(() => bytesOf(notHeader, 'xl/workbook.xml')).toThrow(ZipEntryError);
  });

  test('a local header’s extra field is skipped to find the data', () => {
    const base = zipOf([['a.xml', Buffer.from('<a>Nord</a>')]], ['a.xml']);
    const local = Buffer.from(base.subarray(0, 30));
    local.writeUInt16LE(TIMESTAMP.length, 28);
    const data = base.subarray(30, base.indexOf(CENTRAL));
    const directory = Buffer.from(base.subarray(base.indexOf(CENTRAL)));
    directory.writeUInt32LE(30 + data.length + TIMESTAMP.length, directory.length - 6);
    const zip = Buffer.concat([local, data.subarray(0, 5), TIMESTAMP, data.subarray(5), directory]);
    expect(text(zip, 'a.xml')).toBe('<a>Nord</a>');
  });
});

describe('the text of a part', () => {
  const xml = '<?xml version="1.0"?><sst><si><t>Département</t></si></sst>';

  test('UTF-16 without a byte order mark is told by its first "<"', () => {
    expect(text(zipOf([['le.xml', Buffer.from(xml, 'utf16le')]]), 'le.xml')).toBe(xml);
    expect(text(zipOf([['be.xml', Buffer.from(xml, 'utf16le').swap16()]]), 'be.xml')).toBe(xml);
    expect(text(zipOf([['bom.xml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(xml, 'utf16le').swap16()])]]), 'bom.xml')).toBe(xml);
  });

  test('UTF-8 with a byte order mark, and a character cut between two read chunks, read whole', () => {
    const long = `<t>${'é'.repeat(200_000)}</t>`;
    const zip = zipOf([['long.xml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(long)])]], ['long.xml']);
    expect(text(zip, 'long.xml')).toBe(long);
  });

  test('a part ending in the middle of a character ends with a replacement character, not silently short', () => {
    const zip = zipOf([['cut.xml', Buffer.concat([Buffer.from('<t>Départ'), Buffer.from([0xc3])])]], ['cut.xml']);
    expect(text(zip, 'cut.xml')).toBe('<t>Départ\ufffd');
  });

  test('a read chunk holding only the start of a character hands over no empty text', () => {
    const seen: string[] = [];
    // A stored part is read 16 KB at a time: its second chunk is the first byte of "€" alone.
    const zip = zipOf([['cut.xml', Buffer.concat([Buffer.alloc(16 * 1024, 0x61), Buffer.from([0xe2])])]], ['cut.xml']);
    inflateText(zip, entry(zip, 'cut.xml'), (chunk) => seen.push(chunk));
    expect(seen).toEqual(['a'.repeat(16 * 1024), '\ufffd']);
  });
});
