import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { rewriteZip } from '../../src/docx/zip-rewrite';
import { zipDirectory } from '../../src/xlsx/zip-directory';

/** Each entry's local record (header and compressed data) as the zip holds it. */
function localRecords(bytes: Uint8Array): Map<string, string> {
  const directory = zipDirectory(bytes);
  if (!directory.ok) throw new Error(directory.problem);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records = new Map<string, string>();
  for (const entry of directory.entries.values()) {
    const at = entry.localOffset;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    records.set(entry.name, Buffer.from(bytes.subarray(start, start + entry.compressedSize)).toString('hex'));
  }
  return records;
}

describe('a zip with one entry replaced', () => {
  test.each([
    [
      'written by fflate, inside a larger buffer (as Node’s readFileSync may give)',
      (() => {
        const zip = zipSync({ 'a.xml': strToU8('<a/>'.repeat(100)), 'word/document.xml': strToU8('<old/>'), 'z.bin': new Uint8Array([1, 2, 3]) }, { level: 9 });
        const pool = new Uint8Array(zip.length + 20);
        pool.set(zip, 7);
        return pool.subarray(7, 7 + zip.length);
      })(),
    ],
    ['written by LibreOffice Writer (data descriptors after each entry)', new Uint8Array(readFileSync(join(__dirname, '../fixtures/conventions-docx/convention-nord-2022.docx')))],
  ])('%s: the entry replaced, every other one the very same bytes', (_name, input) => {
    const output = rewriteZip(input, new Map([['word/document.xml', strToU8('<new>é</new>')]]));
    expect(strFromU8(unzipSync(output)['word/document.xml'] as Uint8Array)).toBe('<new>é</new>');
    const before = localRecords(input);
    const after = localRecords(output);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, record] of before) if (name !== 'word/document.xml') expect(after.get(name)).toBe(record);
    // The input is never touched.
    expect(Object.keys(unzipSync(input))).toContain('word/document.xml');
  });
});
