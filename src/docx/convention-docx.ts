import { strToU8 } from 'fflate';
import { type Bilingual, type Budget, checkConvention, type ConventionCheck, type ConventionCheckRequest, french, frenchSpacing, REVISION_AUTHOR } from '../domain';
import { inspectFile } from '../xlsx/file-guard';
import { OfficePackage, PackageError } from '../xlsx/package-parts';
import { XmlError } from '../xlsx/xml-scan';
import { zipDirectory, ZipEntryError } from '../xlsx/zip-directory';
import { patchDocumentXml } from './docx-patch';
import { bodyParagraphs, paragraphText } from './docx-text';
import { withoutOwnRevisions } from './own-revisions';
import { parseXmlTree } from './xml-tree';
import { rewriteZip, ZipRewriteError } from './zip-rewrite';

/**
 * A Word convention (.docx) without Word: its paragraphs read for the comparison, and a copy written
 * with the budget's articles as tracked changes. The file is judged before anything is inflated (the
 * same guard as workbooks), and every part but document.xml is copied byte for byte.
 */

/** A file that is not a .docx we can read or write: one sentence saying what it is and what to do. */
export class DocxFileError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'DocxFileError';
  }
}

export interface ConventionDocument {
  readonly bytes: Uint8Array;
  /** The main document part's name ("word/document.xml"). */
  readonly part: string;
  readonly xml: string;
  /** Its paragraphs' text in document order, tracked changes accepted: the domain's input. */
  readonly paragraphs: readonly string[];
}

const SAVE_AS_DOCX = { fr: french`ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx (Document Word)`, en: 'open it in Word or LibreOffice and save it as .docx (Word Document)' };

/** A refusal in our words: `fr` is spaced as French (no officer text goes in). */
function notDocx(fr: string, en: string, save = true): DocxFileError {
  return new DocxFileError(save ? { fr: frenchSpacing(`${fr} : ${SAVE_AS_DOCX.fr}`), en: `${en}: ${SAVE_AS_DOCX.en}` } : { fr: frenchSpacing(fr), en });
}

const DAMAGED = () => notDocx('le document est endommagé', 'the document is damaged');

/** Reads a .docx's main document; a file that is not one is a DocxFileError saying what it is. */
export function readConventionDocx(bytes: Uint8Array, fileName = ''): ConventionDocument {
  const inspection = inspectFile(bytes, fileName);
  if (inspection.kind === 'xlsx')
    throw notDocx('c’est un classeur, pas un document Word : choisissez la convention (.docx)', 'this is a workbook, not a Word document: choose the convention (.docx)', false);
  const { problem } = inspection;
  switch (problem.kind) {
    case 'office-document':
      if (problem.what === 'word') break;
      if (problem.what === 'opendocument') throw notDocx('c’est un document OpenDocument (.odt)', 'this is an OpenDocument text (.odt)');
      throw notDocx('c’est une présentation PowerPoint, pas un document Word', 'this is a PowerPoint presentation, not a Word document', false);
    case 'empty':
      throw notDocx('le fichier est vide (0 octet)', 'the file is empty (0 bytes)', false);
    case 'encrypted':
      throw notDocx(
        'le document est protégé par un mot de passe : ouvrez-le dans Word, ôtez le mot de passe (Fichier › Informations › Protéger le document) et enregistrez-le',
        'the document is password-protected: open it in Word, remove the password (File › Info › Protect Document) and save it',
        false,
      );
    case 'ole':
    case 'xls':
      throw notDocx('c’est un document Word 97-2003 (.doc) ou un autre ancien format binaire', 'this is a Word 97-2003 document (.doc) or another old binary format');
    case 'text':
    case 'html':
      throw notDocx('c’est un fichier texte ou une page web, pas un document .docx', 'this is a text file or a web page, not a .docx document');
    case 'too-large':
    case 'bomb':
      throw notDocx('son contenu est anormalement volumineux ou compressé : le fichier n’est pas ouvert', 'its content is abnormally large or compressed: the file is not opened', false);
    case 'corrupt':
    case 'not-zip':
      throw DAMAGED();
    default:
      throw notDocx('ce n’est pas un document Word .docx', 'this is not a Word .docx document');
  }
  const directory = zipDirectory(bytes);
  if (!directory.ok) throw DAMAGED();
  const { entries } = directory;
  const pack = new OfficePackage(bytes, entries);
  try {
    const main = pack.relationships('').find((relationship) => relationship.type === 'officeDocument')?.target ?? 'word/document.xml';
    const part = pack.entry(main)?.name;
    if (part === undefined) throw DAMAGED();
    const xml = pack.text(part);
    const root = parseXmlTree(xml);
    return { bytes, part, xml, paragraphs: bodyParagraphs(root).map((paragraph) => paragraphText(xml, paragraph)) };
  } catch (error) {
    if (error instanceof PackageError || error instanceof XmlError || error instanceof ZipEntryError) throw DAMAGED();
    throw error;
  }
}

/** A .docx read and compared with the budget (checkConvention on its paragraphs). */
export function compareConventionDocx(bytes: Uint8Array, fileName: string, budget: Budget, request: ConventionCheckRequest): ConventionCheck {
  return checkConvention(readConventionDocx(bytes, fileName).paragraphs, budget, request);
}

export interface ConventionWrite {
  readonly check: ConventionCheck;
  /** The new file; null when article 4.1 is not found, or when the convention already says what the budget says. */
  readonly bytes: Uint8Array | null;
  readonly notes: readonly Bilingual[];
}

/** xsd:dateTime to the second, as Word writes revision dates. */
export function revisionDate(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The convention with the budget's articles written in as tracked changes. Our own changes still
 * pending from an earlier write are taken back first, so that the file holds one layer of changes
 * from the signed text to the budget.
 */
export function writeConventionDocx(document: ConventionDocument, budget: Budget, request: ConventionCheckRequest, now: Date = new Date()): ConventionWrite {
  const clean = withoutOwnRevisions(document.xml, REVISION_AUTHOR);
  const paragraphs = clean === document.xml ? document.paragraphs : bodyParagraphs(parseXmlTree(clean)).map((paragraph) => paragraphText(clean, paragraph));
  const check = checkConvention(paragraphs, budget, request);
  if (check.write === null) return { check, bytes: null, notes: [] };
  if (check.write.unchanged && clean === document.xml) return { check, bytes: null, notes: [] };
  const patched = patchDocumentXml(clean, check.write, { author: REVISION_AUTHOR, date: revisionDate(now), listArticle: check.articles.listArticle, costArticle: check.articles.costArticle });
  // A part read as UTF-16 is written as UTF-8, and says so.
  const xml = patched.xml.replace(/^(<\?xml[^>]*encoding\s*=\s*["'])UTF-16(["'])/i, '$1UTF-8$2');
  try {
    return { check, bytes: rewriteZip(document.bytes, new Map([[document.part, strToU8(xml)]])), notes: patched.notes };
  } catch (error) {
    if (error instanceof ZipRewriteError) throw DAMAGED();
    throw error;
  }
}
