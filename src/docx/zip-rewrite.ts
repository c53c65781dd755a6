import { deflateSync } from 'fflate';

/**
 * A zip with some entries' contents replaced and every other entry copied as its very bytes (local
 * header, compressed data, data descriptor, central record): the officer's file keeps its parts
 * exactly, down to how they were compressed. Zip64 files are not written (the reader refuses them).
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = 0x08074b50;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let index = 0; index < bytes.length; index++) crc = (CRC_TABLE[(crc ^ (bytes[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The file is not a zip this writer can copy (no directory, zip64, a broken record). */
export class ZipRewriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipRewriteError';
  }
}

interface CentralRecord {
  readonly name: string;
  /** The central record's bytes, as written. */
  readonly record: Uint8Array;
  readonly localOffset: number;
  readonly compressedSize: number;
  readonly flags: number;
}

/** A copy with a buffer of its own: Node's Buffer#slice is a view, and a DataView over its buffer would write elsewhere. */
function copyOf(view: Uint8Array): Uint8Array {
  return new Uint8Array(view);
}

/** Replaces the named entries' contents (by their names in the zip); every other entry is copied byte for byte. */
export function rewriteZip(bytes: Uint8Array, replacements: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 65_557); offset--) {
    if (view.getUint32(offset, true) === END) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new ZipRewriteError('no central directory');
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  const commentLength = view.getUint16(end + 20, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipRewriteError('zip64');
  const records: CentralRecord[] = [];
  let at = directoryOffset;
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipRewriteError('broken central directory');
    const nameLength = view.getUint16(at + 28, true);
    const length = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    records.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      record: bytes.subarray(at, at + length),
      localOffset: view.getUint32(at + 42, true),
      compressedSize: view.getUint32(at + 20, true),
      flags: view.getUint16(at + 8, true),
    });
    at += length;
  }

  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let written = 0;
  const push = (chunk: Uint8Array) => {
    chunks.push(chunk);
    written += chunk.length;
  };
  for (const entry of records) {
    const offset = entry.localOffset;
    if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL) throw new ZipRewriteError(`broken local header of ${entry.name}`);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const headerLength = 30 + nameLength + extraLength;
    const newOffset = written;
    const replacement = replacements.get(entry.name.replace(/\\/g, '/'));
    const record = copyOf(entry.record);
    const recordView = new DataView(record.buffer);
    if (replacement === undefined) {
      let length = headerLength + entry.compressedSize;
      if (entry.flags & 0x8) {
        // The sizes follow the data in a descriptor, with or without its signature.
        const descriptorAt = offset + length;
        length += descriptorAt + 4 <= bytes.length && view.getUint32(descriptorAt, true) === DESCRIPTOR ? 16 : 12;
      }
      if (offset + length > bytes.length) throw new ZipRewriteError(`truncated entry ${entry.name}`);
      push(bytes.subarray(offset, offset + length));
    } else {
      const data = deflateSync(replacement, { level: 6 });
      const crc = crc32(replacement);
      const header = copyOf(bytes.subarray(offset, offset + headerLength));
      const headerView = new DataView(header.buffer);
      headerView.setUint16(6, headerView.getUint16(6, true) & ~0x8, true);
      headerView.setUint16(8, 8, true);
      headerView.setUint32(14, crc, true);
      headerView.setUint32(18, data.length, true);
      headerView.setUint32(22, replacement.length, true);
      push(header);
      push(data);
      recordView.setUint16(8, recordView.getUint16(8, true) & ~0x8, true);
      recordView.setUint16(10, 8, true);
      recordView.setUint32(16, crc, true);
      recordView.setUint32(20, data.length, true);
      recordView.setUint32(24, replacement.length, true);
    }
    recordView.setUint32(42, newOffset, true);
    central.push(record);
  }
  const centralOffset = written;
  for (const record of central) push(record);
  const endRecord = copyOf(bytes.subarray(end, end + 22 + commentLength));
  const endView = new DataView(endRecord.buffer);
  endView.setUint32(12, written - centralOffset, true);
  endView.setUint32(16, centralOffset, true);
  push(endRecord);
  const out = new Uint8Array(written);
  let position = 0;
  for (const chunk of chunks) {
    out.set(chunk, position);
    position += chunk.length;
  }
  return out;
}
