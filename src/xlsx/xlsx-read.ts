import { type Bilingual, french } from '../domain';
import { DAMAGED_WITHOUT_WORKBOOK, describeFileProblem, inspectFile } from './file-guard';
import { readNumberFormats } from './number-formats';
import { OfficePackage, PackageError } from './package-parts';
import { readSharedStrings } from './shared-strings';
import { readSheet } from './sheet-reader';
import { DEFAULT_WORKBOOK_PART, readWorkbookPart } from './workbook-part';
import type { ReadOptions, XlsxBook, XlsxSheet } from './xlsx-book';
import { readLooks } from './book-looks';
import { XmlError } from './xml-scan';
import { ZipEntryError } from './zip-directory';

export type { ReadOptions, XlsxBook, XlsxRow, XlsxSheet, XlsxTable } from './xlsx-book';

/**
 * Reads an .xlsx as the format defines it, whoever wrote it (Excel, LibreOffice, the Open XML SDK,
 * openpyxl, XlsxWriter…): the package's parts found through their relationships, defaults included
 * (a table's `headerRowCount` is 1 when Excel leaves it out), namespace prefixes ignored. The
 * workbook part, shared strings, number formats, tables and each sheet have their reader.
 */

/** A file that is not a readable workbook, with the reason in each language. */
export class XlsxFileError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'XlsxFileError';
  }
}

const DAMAGED: Bilingual = {
  fr: french`son contenu est endommagé ou écrit d’une façon que nous ne savons pas lire : ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau au format .xlsx`,
  en: 'its content is damaged or written in a way we cannot read: open it in Excel or LibreOffice and save it again as .xlsx',
};

const MISSING_SHEETS: Bilingual = {
  fr: 'le fichier est endommagé : ses feuilles de calcul y manquent (le classeur les nomme, le fichier ne les contient pas) : reprenez-en une copie (celle d’origine ou une sauvegarde), ou ouvrez-le dans Excel, qui propose de le réparer',
  en: 'the file is damaged: its worksheets are missing from it (the workbook names them, the file does not hold them): take another copy of it (the original or a backup), or open it in Excel, which offers to repair it',
};

/** Reads a whole workbook; throws XlsxFileError with a sentence for anything it cannot read. */
export function readXlsx(bytes: Uint8Array, fileName = '', options: ReadOptions = {}): XlsxBook {
  const inspection = inspectFile(bytes, fileName);
  if (inspection.kind === 'problem') throw new XlsxFileError(describeFileProblem(inspection.problem));
  const pack = new OfficePackage(bytes, inspection.entries);
  let book: XlsxBook;
  try {
    book = readPackage(pack, options);
  } catch (error) {
    if (error instanceof XmlError || error instanceof PackageError || error instanceof ZipEntryError) throw new XlsxFileError(DAMAGED);
    throw error;
  }
  if (book.sheets.length === 0) {
    throw new XlsxFileError({
      fr: french`le classeur n’a aucune feuille de calcul (seulement des graphiques, ou des feuilles que nous ne lisons pas) : enregistrez-le au format .xlsx depuis Excel`,
      en: 'the workbook has no worksheet (only charts, or sheets we do not read): save it as .xlsx from Excel',
    });
  }
  return book;
}

function readPackage(pack: OfficePackage, options: ReadOptions): XlsxBook {
  const workbookPart = pack.relationships('').find((relation) => relation.type === 'officeDocument')?.target ?? DEFAULT_WORKBOOK_PART;
  if (!pack.has(workbookPart)) throw new XlsxFileError(DAMAGED_WITHOUT_WORKBOOK);
  const workbookRelations = pack.relationships(workbookPart);
  const byId = new Map(workbookRelations.map((relation) => [relation.id, relation]));
  const sharedStringsPart = workbookRelations.find((relation) => relation.type === 'sharedStrings')?.target;
  const stylesPart = workbookRelations.find((relation) => relation.type === 'styles')?.target;
  const strings = sharedStringsPart !== undefined && pack.has(sharedStringsPart) ? readSharedStrings(pack, sharedStringsPart) : [];
  const formats = stylesPart !== undefined && pack.has(stylesPart) ? readNumberFormats(pack, stylesPart) : [];
  const workbook = readWorkbookPart(pack.text(workbookPart));
  const looks = options.look === true ? readLooks(pack, stylesPart, workbookRelations.find((relation) => relation.type === 'theme')?.target) : undefined;

  const sheets: XlsxSheet[] = [];
  for (const entry of workbook.sheets) {
    const relation = byId.get(entry.relationId);
    // Chart sheets, dialog and macro sheets hold no cells of a budget.
    if (relation === undefined || relation.type !== 'worksheet' || !pack.has(relation.target)) continue;
    sheets.push(readSheet(pack, relation.target, entry.name, entry.hidden, { strings, formats, date1904: workbook.date1904, looks }));
  }
  // Sheets the workbook lists whose parts are not in the file: a damaged file, not one without worksheets.
  if (
    sheets.length === 0 &&
    workbook.sheets.some((entry) => byId.get(entry.relationId) === undefined || (byId.get(entry.relationId)?.type === 'worksheet' && !pack.has(byId.get(entry.relationId)?.target ?? '')))
  ) {
    throw new XlsxFileError(MISSING_SHEETS);
  }
  return looks === undefined ? { sheets, date1904: workbook.date1904, formats } : { sheets, date1904: workbook.date1904, formats, looks };
}
