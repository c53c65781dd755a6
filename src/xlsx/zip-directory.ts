import { Inflate } from 'fflate';

/**
 * The central directory of a zip file, read without inflating anything, and the inflation of one
 * entry in chunks. An .xlsx, an .ods and a .docx are zips: the file guard judges a file from its
 * directory alone, and the readers inflate a part as a stream, so that memory follows what a part
 * holds rather than how large it inflates.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the entry's local header in the file. */
  readonly localOffset: number;
}

export type ZipDirectory = { readonly ok: true; readonly entries: ReadonlyMap<string, ZipEntry> } | { readonly ok: false; readonly problem: 'no-directory' | 'broken-directory' | 'zip64' };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The directory's end record sits in the last 64 KB + 22 bytes (its comment is at most 64 KB). */
const END_SEARCH = 65_557;

export function zipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - END_SEARCH); offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return { ok: false, problem: 'no-directory' };
  let count = view.getUint16(end + 10, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    // Writers that stream (System.IO.Packaging, some Java and Go tools) mark even small files as
    // zip64: the real count and offset are in the zip64 record the locator before the end points at.
    const zip64 = zip64End(view, end);
    if (zip64 === null) return { ok: false, problem: 'zip64' };
    ({ count, directoryOffset } = zip64);
  }
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return { ok: false, problem: 'broken-directory' };
    const method = view.getUint16(offset + 10, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength + extraLength > bytes.length) return { ok: false, problem: 'broken-directory' };
    const sizes = entrySizes(view, offset, offset + 46 + nameLength, extraLength);
    if (sizes === null) return { ok: false, problem: 'zip64' };
    // Some Windows tools write "xl\\workbook.xml": the zip format says "/", and Excel reads both.
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)).replace(/\\/g, '/');
    entries.set(name, { name, method, ...sizes });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const FULL32 = 0xffffffff;

/** An 8-byte size or offset; null past what a number holds exactly (no real .xlsx comes near). */
function uint64(view: DataView, at: number): number | null {
  const value = view.getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(value);
}

function zip64End(view: DataView, end: number): { count: number; directoryOffset: number } | null {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const at = uint64(view, locator + 8);
  if (at === null || at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_END) return null;
  const count = uint64(view, at + 32);
  const directoryOffset = uint64(view, at + 48);
  return count === null || directoryOffset === null ? null : { count, directoryOffset };
}

/**
 * An entry's sizes and local offset: a 32-bit field holding 0xFFFFFFFF is in the zip64 extra
 * field instead, which lists only those fields, in this order.
 */
function entrySizes(view: DataView, offset: number, extraStart: number, extraLength: number): Pick<ZipEntry, 'compressedSize' | 'size' | 'localOffset'> | null {
  let size: number | null = view.getUint32(offset + 24, true);
  let compressedSize: number | null = view.getUint32(offset + 20, true);
  let localOffset: number | null = view.getUint32(offset + 42, true);
  if (size !== FULL32 && compressedSize !== FULL32 && localOffset !== FULL32) return { compressedSize, size, localOffset };
  for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number | null => {
        if (field + 8 > at + 4 + length) return null;
        const value = uint64(view, field);
        field += 8;
        return value;
      };
      if (size === FULL32) size = next();
      if (compressedSize === FULL32) compressedSize = next();
      if (localOffset === FULL32) localOffset = next();
      return size === null || compressedSize === null || localOffset === null ? null : { compressedSize, size, localOffset };
    }
    at += 4 + length;
  }
  return null;
}

/** The entry's compressed bytes, found through its local header; null when the header is broken. */
function compressedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end > bytes.length ? null : bytes.subarray(start, end);
}

/** A zip entry that cannot be inflated: a damaged file. */
export class ZipEntryError extends Error {
  constructor(readonly entry: string) {
    super(`damaged zip entry ${entry}`);
    this.name = 'ZipEntryError';
  }
}

const CHUNK = 16 * 1024;
const TEXT_PIECE = 256 * 1024;

/**
 * Inflates an entry and hands its bytes over in chunks. Never far more than the directory
 * announced: a part that inflates past twice its declared size is hostile and stops there (a few
 * bytes more, as some writers' slightly wrong sizes give, are read).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  const data = compressedBytes(bytes, entry);
  if (data === null) throw new ZipEntryError(entry.name);
  if (entry.method === 0) {
    for (let offset = 0; offset < data.length; offset += CHUNK) onChunk(data.subarray(offset, Math.min(data.length, offset + CHUNK)));
    return;
  }
  if (entry.method !== 8) throw new ZipEntryError(entry.name);
  let inflated = 0;
  const limit = Math.max(entry.size * 2, entry.size + 65_536);
  const inflate = new Inflate((chunk) => {
    inflated += chunk.length;
    if (inflated > limit) throw new ZipEntryError(entry.name);
    onChunk(chunk);
  });
  try {
    for (let offset = 0; offset < data.length; offset += CHUNK) {
      const end = Math.min(data.length, offset + CHUNK);
      inflate.push(data.subarray(offset, end), end === data.length);
    }
    // No compressed byte cannot make the bytes the directory announces: the part is damaged, not empty.
    if (data.length === 0 && entry.size > 0) throw new ZipEntryError(entry.name);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipEntryError) throw error;
    throw new ZipEntryError(entry.name);
  }
}

/** The encoding of an XML part from its first bytes: a byte order mark, or "<" in UTF-16. */
function encodingOf(first: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if ((first[0] === 0xfe && first[1] === 0xff) || (first[0] === 0x00 && first[1] === 0x3c)) return 'utf-16be';
  if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0x3c && first[1] === 0x00)) return 'utf-16le';
  return 'utf-8';
}

/** An entry as text, chunk by chunk: UTF-8 as Office writes, or UTF-16 as some tools do. */
export function inflateText(bytes: Uint8Array, entry: ZipEntry, onText: (text: string) => void): void {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  inflateEntry(bytes, entry, (chunk) => {
    decoder ??= new TextDecoder(encodingOf(chunk));
    // A 64 KB piece of a long text's part inflates to megabytes: decoded in pieces, its text stays
    // one byte a character (Node decodes a streamed megabyte into two-byte strings), and no piece
    // is held whole by the cells cut from it.
    for (let offset = 0; offset < chunk.length; offset += TEXT_PIECE) {
      const text = decoder.decode(chunk.subarray(offset, Math.min(chunk.length, offset + TEXT_PIECE)), { stream: true });
      if (text !== '') onText(text);
    }
  });
  if (decoder === null) return;
  const rest = (decoder as InstanceType<typeof TextDecoder>).decode();
  if (rest !== '') onText(rest);
}
