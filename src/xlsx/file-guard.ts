/**
 * Looks at a file before exceljs opens it: what kind of file it is, and what its zip directory says
 * it would inflate to, so that a zip bomb is refused before any byte is decompressed. An .xlsx is a
 * zip; a password-protected .xlsx and an old .xls are OLE compound files; a renamed .csv is text.
 */

/** The most an .xlsx may inflate to: a 100 000-row budget takes some 40 MB. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;
/** The most entries its zip may have: a workbook has a few dozen. */
export const MAX_ZIP_ENTRIES = 10_000;
/** The most one entry may inflate by: XML compresses about 10:1, a bomb by 1000:1 and more. */
export const MAX_RATIO = 200;

export type FileProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ole' }
  | { readonly kind: 'not-zip' }
  | { readonly kind: 'corrupt'; readonly detail: string }
  | { readonly kind: 'too-large'; readonly inflated: number }
  | { readonly kind: 'bomb'; readonly entry: string };

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Returns what is wrong with the file, or null when exceljs may open it. */
export function fileProblem(bytes: Uint8Array): FileProblem | null {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, OLE)) return { kind: 'ole' };
  if (!startsWith(bytes, ZIP_LOCAL)) return { kind: 'not-zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record sits in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 65_557); offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return { kind: 'corrupt', detail: 'no zip directory' };
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries > MAX_ZIP_ENTRIES) return { kind: 'bomb', entry: `${entries} entries` };
  let offset = directoryOffset;
  let inflated = 0;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return { kind: 'corrupt', detail: 'broken zip directory' };
    const compressed = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    // 0xFFFFFFFF marks a zip64 size: far past what a budget workbook needs.
    if (size === 0xffffffff || compressed === 0xffffffff) return { kind: 'too-large', inflated: Number.POSITIVE_INFINITY };
    if (size > 1_000_000 && size > compressed * MAX_RATIO) return { kind: 'bomb', entry: name };
    inflated += size;
    if (inflated > MAX_INFLATED_BYTES) return { kind: 'too-large', inflated };
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

/** The problem as one sentence, French first. */
export function describeFileProblem(problem: FileProblem): { fr: string; en: string } {
  switch (problem.kind) {
    case 'empty':
      return { fr: 'le fichier est vide', en: 'the file is empty' };
    case 'ole':
      return {
        fr: 'fichier protégé par un mot de passe, ou au format .xls d’Excel 97-2003 : enregistrez-le en .xlsx, sans mot de passe',
        en: 'a password-protected file, or Excel 97-2003’s .xls format: save it as .xlsx, without a password',
      };
    case 'not-zip':
      return { fr: 'ce n’est pas un classeur .xlsx (un .csv ou un texte renommé ?)', en: 'not an .xlsx workbook (a renamed .csv or text?)' };
    case 'corrupt':
      return { fr: `fichier .xlsx endommagé (${problem.detail})`, en: `damaged .xlsx file (${problem.detail})` };
    case 'too-large':
      return { fr: 'le classeur décompressé dépasserait 256 Mo', en: 'the workbook would inflate past 256 MB' };
    case 'bomb':
      return { fr: `contenu anormalement compressé (${problem.entry}) : le fichier n’est pas ouvert`, en: `abnormally compressed content (${problem.entry}): the file is not opened` };
  }
}
