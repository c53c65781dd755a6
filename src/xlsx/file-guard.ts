import { type Bilingual, frenchSpacing } from '../domain';
import { type ZipEntry, zipDirectory } from './zip-directory';

/**
 * Looks at a file before anything reads it: what kind of file it is, and what its zip directory says
 * it would inflate to, so that a zip bomb is refused before any byte is decompressed. An .xlsx, an
 * .xlsb, an .ods and a .docx are all zips and told apart by their parts; a password-protected .xlsx
 * and an old .xls are OLE compound files, told apart by their streams' names; older Excel files,
 * Excel's lock files, XML and HTML "spreadsheets" and plain text each get their own sentence.
 */

/** The most a workbook may inflate to: a 100 000-row budget takes some 40 MB. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;
/** The most entries its zip may have: a workbook has a few dozen. */
export const MAX_ZIP_ENTRIES = 10_000;
/** The most one entry may inflate by: XML compresses about 10:1, a bomb by 1000:1 and more. */
export const MAX_RATIO = 200;

export type FileProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'xls' }
  | { readonly kind: 'ole' }
  | { readonly kind: 'biff'; readonly version: 2 | 3 | 4 }
  | { readonly kind: 'lock-file' }
  | { readonly kind: 'xlsb' }
  | { readonly kind: 'ods' }
  | { readonly kind: 'office-document'; readonly what: 'word' | 'powerpoint' | 'opendocument' }
  /** A zip with no part of an Office package: an archive, maybe of workbooks (their names, a few). */
  | { readonly kind: 'zip-not-workbook'; readonly workbooks?: readonly string[] }
  | { readonly kind: 'spreadsheet-xml' }
  | { readonly kind: 'html' }
  | { readonly kind: 'text' }
  | { readonly kind: 'not-zip' }
  /** `empty-zip`: a zip with no entry; `no-workbook-part`: parts of a workbook without its workbook.xml; else a broken zip. */
  | { readonly kind: 'corrupt'; readonly detail: string }
  | { readonly kind: 'too-large'; readonly inflated: number }
  | { readonly kind: 'bomb'; readonly entry: string };

export type FileInspection = { readonly kind: 'xlsx'; readonly entries: ReadonlyMap<string, ZipEntry> } | { readonly kind: 'problem'; readonly problem: FileProblem };

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Whether the bytes hold a name as UTF-16LE, as OLE directory entries store their stream names. */
function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const limit = Math.min(bytes.length, 16 * 1024 * 1024) - name.length * 2;
  for (let at = 0; at <= limit; at++) {
    if (bytes[at] !== first || bytes[at + 1] !== 0) continue;
    let index = 1;
    while (index < name.length && bytes[at + index * 2] === name.charCodeAt(index) && bytes[at + index * 2 + 1] === 0) index++;
    if (index === name.length) return true;
  }
  return false;
}

/** The start of a file as text, for the text-like kinds. */
function head(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
}

/** A BIFF2, 3 or 4 file (Excel 2.x to 4.0): a BOF record (0x0009, 0x0209, 0x0409) with a short length. */
function biffVersion(bytes: Uint8Array): 2 | 3 | 4 | null {
  if (bytes.length < 8 || bytes[0] !== 0x09 || bytes[3] !== 0x00 || (bytes[2] ?? 0) > 0x10) return null;
  return bytes[1] === 0x00 ? 2 : bytes[1] === 0x02 ? 3 : bytes[1] === 0x04 ? 4 : null;
}

/** What the file is, judged from its first bytes, its name and its zip directory only. */
export function inspectFile(bytes: Uint8Array, fileName = ''): FileInspection {
  const problem = (found: FileProblem): FileInspection => ({ kind: 'problem', problem: found });
  const base = fileName.split(/[\\/]/).pop() ?? '';
  if (bytes.length === 0) return problem({ kind: 'empty' });
  // Excel's owner file beside an open workbook: "~$budget.xlsx", some 165 bytes of the user's name.
  if (base.startsWith('~$') && bytes.length < 4096 && !startsWith(bytes, ZIP_LOCAL)) return problem({ kind: 'lock-file' });
  if (startsWith(bytes, OLE)) {
    if (holdsUtf16(bytes, 'EncryptedPackage') || holdsUtf16(bytes, 'EncryptionInfo')) return problem({ kind: 'encrypted' });
    if (holdsUtf16(bytes, 'Workbook') || holdsUtf16(bytes, 'Book')) return problem({ kind: 'xls' });
    return problem({ kind: 'ole' });
  }
  const biff = biffVersion(bytes);
  if (biff !== null) return problem({ kind: 'biff', version: biff });
  // A zip with no entry at all is its end record alone.
  if (startsWith(bytes, ZIP_EMPTY)) return problem({ kind: 'corrupt', detail: 'empty-zip' });
  if (!startsWith(bytes, ZIP_LOCAL)) {
    const text = head(bytes);
    if (text.startsWith('<')) {
      if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return problem({ kind: 'spreadsheet-xml' });
      if (/<(?:html|table|!doctype html)/.test(text)) return problem({ kind: 'html' });
    }
    // Text has no NUL byte in its first kilobytes; a binary file of another kind nearly always has.
    return problem(bytes.subarray(0, 2048).includes(0) ? { kind: 'not-zip' } : { kind: 'text' });
  }
  const directory = zipDirectory(bytes);
  if (!directory.ok) {
    return problem(directory.problem === 'zip64' ? { kind: 'too-large', inflated: Number.POSITIVE_INFINITY } : { kind: 'corrupt', detail: directory.problem });
  }
  const { entries } = directory;
  if (entries.size > MAX_ZIP_ENTRIES) return problem({ kind: 'bomb', entry: `${entries.size} entries` });
  let inflated = 0;
  for (const entry of entries.values()) {
    if (entry.size > 1_000_000 && entry.size > entry.compressedSize * MAX_RATIO) return problem({ kind: 'bomb', entry: entry.name });
    inflated += entry.size;
    if (inflated > MAX_INFLATED_BYTES) return problem({ kind: 'too-large', inflated });
  }
  const has = (name: string) => entries.has(name);
  if (has('xl/workbook.bin')) return problem({ kind: 'xlsb' });
  if (has('xl/workbook.xml') || [...entries.keys()].some((name) => /^xl\/[^/]*workbook[^/]*\.xml$/i.test(name))) return { kind: 'xlsx', entries };
  if (has('content.xml') && (has('mimetype') || has('META-INF/manifest.xml'))) {
    // Without its mimetype entry, an OpenDocument spreadsheet still has its content and manifest.
    const mimetype = has('mimetype') ? zipStoredText(bytes, entries.get('mimetype')) : 'opendocument.spreadsheet';
    // No well-kept library reads .ods without pulling in far more than a budget needs: we say how to convert it.
    if (mimetype.includes('opendocument.spreadsheet')) return problem({ kind: 'ods' });
    return problem({ kind: 'office-document', what: 'opendocument' });
  }
  if (has('word/document.xml')) return problem({ kind: 'office-document', what: 'word' });
  if (has('ppt/presentation.xml')) return problem({ kind: 'office-document', what: 'powerpoint' });
  if (has('[Content_Types].xml')) return { kind: 'xlsx', entries };
  // Parts of a workbook without its main part: a damaged workbook, not an archive to extract from.
  if ([...entries.keys()].some((name) => /^(?:xl|_rels|docProps)\//i.test(name))) return problem({ kind: 'corrupt', detail: 'no-workbook-part' });
  const workbooks = [...entries.keys()].filter((name) => /\.xls[xm]$/i.test(name) && !/(?:^|\/)~\$/.test(name));
  if (workbooks.length > 0) return problem({ kind: 'zip-not-workbook', workbooks: workbooks.slice(0, 3) });
  // A "workbook" that is a zip holding nothing of one is a damaged file; a .zip is an archive.
  return problem(/\.zip$/i.test(base) ? { kind: 'zip-not-workbook' } : { kind: 'corrupt', detail: 'empty-zip' });
}

/** The text of a small stored (uncompressed) entry, such as an OpenDocument's mimetype; "" otherwise. */
function zipStoredText(bytes: Uint8Array, entry: ZipEntry | undefined): string {
  if (entry === undefined || entry.method !== 0 || entry.size > 200) return '';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length) return '';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return new TextDecoder().decode(bytes.subarray(start, start + entry.size));
}

/** A package whose main part is missing: no program can open it as a workbook. */
export const DAMAGED_WITHOUT_WORKBOOK: Bilingual = {
  fr: 'le fichier est endommagé : la partie principale du classeur (workbook.xml) y manque : reprenez-en une copie (celle d’origine ou une sauvegarde), ou ouvrez-le dans Excel, qui propose de le réparer',
  en: 'the file is damaged: the workbook’s main part (workbook.xml) is missing from it: take another copy of it (the original or a backup), or open it in Excel, which offers to repair it',
};

const SAVE_AS_XLSX: Bilingual = {
  fr: 'ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx (Classeur Excel)',
  en: 'open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)',
};

/** What the file is, and what to do, in one sentence per language; never our internals. */
export function describeFileProblem(problem: FileProblem): Bilingual {
  // Every word of it is ours: the French gets its no-break spaces as a whole.
  const sentence = describeFileProblemUnspaced(problem);
  return { fr: frenchSpacing(sentence.fr), en: sentence.en };
}

function describeFileProblemUnspaced(problem: FileProblem): Bilingual {
  const save = (fr: string, en: string): Bilingual => ({ fr: `${fr} : ${SAVE_AS_XLSX.fr}`, en: `${en}: ${SAVE_AS_XLSX.en}` });
  switch (problem.kind) {
    case 'empty':
      return { fr: 'le fichier est vide (0 octet)', en: 'the file is empty (0 bytes)' };
    case 'encrypted':
      // Excel encrypts some workbooks with its built-in password and opens them without asking: the
      // command line reads those; here only Excel can tell which kind it is.
      return {
        fr: 'le classeur est chiffré : s’il s’ouvre dans Excel sans demander de mot de passe, enregistrez-en une copie (Fichier › Enregistrer une copie, au format .xlsx) et ouvrez cette copie ; s’il en demande un, ôtez-le (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe) et enregistrez-le',
        en: 'the workbook is encrypted: if Excel opens it without asking for a password, save a copy of it (File › Save a Copy, as .xlsx) and open that copy; if Excel asks for one, remove it (File › Info › Protect Workbook › Encrypt with Password) and save it',
      };
    case 'xls':
      return save('c’est un classeur au format .xls d’Excel 97-2003', 'this is an Excel 97-2003 .xls workbook');
    case 'ole':
      return save('c’est un ancien document Office (format binaire), pas un classeur .xlsx', 'this is an old binary Office document, not an .xlsx workbook');
    case 'biff':
      return save(
        `c’est un fichier d’Excel ${problem.version === 4 ? '4.0' : `${problem.version}.x`} (antérieur à 1995)`,
        `this is an Excel ${problem.version === 4 ? '4.0' : `${problem.version}.x`} file (before 1995)`,
      );
    case 'lock-file':
      return {
        fr: 'c’est le fichier de verrouillage qu’Excel crée à côté d’un classeur ouvert (« ~$… »), pas le classeur : choisissez le fichier du même nom sans « ~$ »',
        en: 'this is the lock file Excel creates beside an open workbook (“~$…”), not the workbook: choose the file of the same name without “~$”',
      };
    case 'xlsb':
      return save('c’est un classeur binaire Excel (.xlsb), que nous ne lisons pas', 'this is an Excel binary workbook (.xlsb), which we do not read');
    case 'ods':
      return save('c’est un classeur OpenDocument (.ods)', 'this is an OpenDocument spreadsheet (.ods)');
    case 'office-document': {
      const what = {
        word: ['un document Word', 'a Word document'],
        powerpoint: ['une présentation PowerPoint', 'a PowerPoint presentation'],
        opendocument: ['un document OpenDocument (texte ou présentation)', 'an OpenDocument text or presentation'],
      }[problem.what];
      return { fr: `c’est ${what[0]}, pas un classeur : choisissez le classeur du budget (.xlsx)`, en: `this is ${what[1]}, not a workbook: choose the budget workbook (.xlsx)` };
    }
    case 'zip-not-workbook': {
      if (problem.workbooks === undefined || problem.workbooks.length === 0) {
        return {
          fr: 'c’est une archive zip qui ne contient aucun classeur : choisissez le classeur du budget (.xlsx)',
          en: 'this is a zip archive that holds no workbook: choose the budget workbook (.xlsx)',
        };
      }
      const names = problem.workbooks.join(', ');
      return {
        fr: `c’est une archive zip qui contient des classeurs (${names}), pas un classeur : extrayez-les et choisissez celui du budget`,
        en: `this is a zip archive holding workbooks (${names}), not a workbook: extract them and choose the budget’s`,
      };
    }
    case 'spreadsheet-xml':
      return save('c’est une « feuille de calcul XML 2003 »', 'this is an “XML Spreadsheet 2003” file');
    case 'html':
      return save(
        'c’est une page web (HTML) enregistrée avec une extension de classeur, comme en produisent certains exports',
        'this is a web page (HTML) saved with a workbook extension, as some exports make',
      );
    case 'text':
      return save('c’est un fichier texte (un export .csv renommé ?), pas un classeur', 'this is a text file (a renamed .csv export?), not a workbook');
    case 'not-zip':
      return save('ce n’est pas un classeur .xlsx', 'this is not an .xlsx workbook');
    case 'corrupt':
      if (problem.detail === 'empty-zip') {
        return {
          fr: 'le fichier est endommagé : c’est une archive zip qui ne contient rien d’un classeur : reprenez-en une copie (celle d’origine ou une sauvegarde)',
          en: 'the file is damaged: it is a zip archive that holds nothing of a workbook: take another copy of it (the original or a backup)',
        };
      }
      if (problem.detail === 'no-workbook-part') return DAMAGED_WITHOUT_WORKBOOK;
      return {
        fr: 'le fichier est endommagé (archive incomplète) : enregistrez-le de nouveau depuis Excel ou LibreOffice, ou reprenez-en une copie',
        en: 'the file is damaged (incomplete archive): save it again from Excel or LibreOffice, or take another copy',
      };
    case 'too-large':
      return { fr: 'le classeur décompressé dépasserait 256 Mo : ce n’est pas un budget de convention', en: 'the workbook would inflate past 256 MB: this is not a convention budget' };
    case 'bomb':
      return { fr: 'son contenu est anormalement compressé : le fichier n’est pas ouvert', en: 'its content is abnormally compressed: the file is not opened' };
  }
}
