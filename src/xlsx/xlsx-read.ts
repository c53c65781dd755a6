import { a1, type Bilingual, type CellValue, cellDate, cellError, dateOfSerial, french, isDateFormat, parseA1, parseRange } from '../domain';
import { moveFormula } from './formula-text';
import { DAMAGED_WITHOUT_WORKBOOK, describeFileProblem, inspectFile } from './file-guard';
import { type BookLooks, readLooks, readNotes, type SheetLook, SheetLookReader } from './xlsx-look';
import { OfficePackage, PackageError } from './package-parts';
import { attribute, booleanAttribute, type XmlHandler, XmlError, XmlScanner } from './xml-scan';
import { DEFAULT_WORKBOOK_PART, readWorkbookPart } from './workbook-part';
import { ZipEntryError } from './zip-directory';

/**
 * Reads an .xlsx as the format defines it, whoever wrote it (Excel, LibreOffice, the Open XML SDK,
 * openpyxl, XlsxWriter…): defaults included (a table's `headerRowCount` is 1 when Excel leaves it
 * out), namespace prefixes ignored, rows and cells without an `r` placed after the previous one.
 * Cells are kept sparsely: only those that hold a value, so that a stray cell in XFD1 or a million
 * empty row records cost what they hold, not the rectangle they span.
 */

export interface XlsxTable {
  /** The name formulas and Excel's UI use (the part's displayName). */
  readonly name: string;
  readonly ref: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Header rows at the top: 1 unless the table is shown without its header row. */
  readonly headerRows: number;
  /** Totals rows at the bottom: 0 or 1. */
  readonly totalsRows: number;
}

/** One row's cells that hold a value, left to right: 0-based columns, values, style indexes. */
export interface XlsxRow {
  readonly columns: number[];
  readonly values: CellValue[];
  readonly styles: number[];
}

export interface XlsxSheet {
  readonly name: string;
  /** The sheet part in the zip ("xl/worksheets/sheet1.xml"). */
  readonly part: string;
  readonly hidden: boolean;
  /** By 0-based row. */
  readonly rows: Map<number, XlsxRow>;
  readonly tables: XlsxTable[];
  /** 0-based rows hidden by hand or by a filter, among those that hold a value. */
  readonly hiddenRows: number[];
  /** Merged ranges ("A1:C1"). */
  readonly merges: string[];
  /** Each formula cell's formula, without "=", by A1 address (shared formulas written out for each cell). */
  readonly formulas: Map<string, string>;
  /** Rows frozen at the top (the sheet's frozen pane), 0 when none. */
  readonly frozenRows: number;
  /** Column widths set in the file, in Excel's units (characters of the default font), by 0-based column. */
  readonly columnWidths: Map<number, number>;
  /** How the sheet looks (styles, row heights, the officer's notes and conditional formats): read when asked. */
  readonly look?: SheetLook;
}

export interface XlsxBook {
  readonly sheets: XlsxSheet[];
  readonly date1904: boolean;
  /** Each cell style's number format code, by style index. */
  readonly formats: readonly string[];
  /** How each style looks, and the workbook's default font size: read when asked. */
  readonly looks?: BookLooks;
}

export interface ReadOptions {
  /** Read how the workbook looks (styles, row heights, notes, conditional formats), for a grid to draw it. */
  readonly look?: boolean;
}

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

/** Excel's built-in number formats that a style may name by id alone. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'dd/mm/yyyy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'dd/mm/yyyy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};
/** Ids of East Asian date formats, whose codes depend on the locale. */
const isBuiltInDate = (id: number) => (id >= 27 && id <= 36) || (id >= 50 && id <= 58);

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
  const formats = stylesPart !== undefined && pack.has(stylesPart) ? readStyles(pack, stylesPart) : [];
  const workbook = readWorkbookPart(pack.text(workbookPart));
  const looks = options.look === true ? readLooks(pack, stylesPart, workbookRelations.find((relation) => relation.type === 'theme')?.target) : undefined;

  const sheets: XlsxSheet[] = [];
  for (const entry of workbook.sheets) {
    const relation = byId.get(entry.relationId);
    // Chart sheets, dialog and macro sheets hold no cells of a budget.
    if (relation === undefined || relation.type !== 'worksheet' || !pack.has(relation.target)) continue;
    sheets.push(readSheet(pack, relation.target, entry.name, entry.hidden, strings, formats, workbook.date1904, looks));
  }
  // Sheets the workbook lists whose parts are not in the file: a damaged file, not one without worksheets.
  if (sheets.length === 0 && workbook.sheets.some((entry) => byId.get(entry.relationId) === undefined || (byId.get(entry.relationId)?.type === 'worksheet' && !pack.has(byId.get(entry.relationId)?.target ?? '')))) {
    throw new XlsxFileError(MISSING_SHEETS);
  }
  return looks === undefined ? { sheets, date1904: workbook.date1904, formats } : { sheets, date1904: workbook.date1904, formats, looks };
}

function readParts(pack: OfficePackage, part: string, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  pack.readText(part, (text) => scanner.write(text));
  scanner.end();
}

/** Shared strings: each item's text runs joined; phonetic runs (rPh) are no part of the text. */
function readSharedStrings(pack: OfficePackage, part: string): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  readParts(pack, part, {
    open(name, _attributes, selfClosing) {
      if (name === 'si') current = [];
      else if (name === 't' && !selfClosing) inText = phonetic === 0;
      else if (name === 'rPh' && !selfClosing) phonetic++;
    },
    close(name) {
      if (name === 'si') {
        strings.push(current?.join('') ?? '');
        current = null;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(text) {
      if (inText && current !== null) current.push(text);
    },
  });
  return strings;
}

/** Each cell style's number format code (cellXfs, not the cell styles' own xfs). */
function readStyles(pack: OfficePackage, part: string): string[] {
  const custom = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  readParts(pack, part, {
    open(name, attributes) {
      if (name === 'numFmt') custom.set(Number(attribute(attributes, 'numFmtId')), attribute(attributes, 'formatCode') ?? 'General');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attribute(attributes, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return styleFormats.map((id) => custom.get(id) ?? BUILT_IN_FORMATS[id] ?? (isBuiltInDate(id) ? 'yyyy-mm-dd' : 'General'));
}

const MAX_ROW = 1_048_575;

/**
 * Runs of empty row records followed by a row that states its number (or by the sheet's end):
 * LibreOffice writes a million of them down to the sheet's last row. Dropped before they are
 * tokenized, which is most of the cost of such a sheet; they hold nothing, and the next row's own
 * number places it.
 */
const EMPTY_ROWS = /(?:<(?:[\w.-]+:)?row\b[^>]*\/>)+(?=<(?:[\w.-]+:)?row\s[^>]*\br="|<\/(?:[\w.-]+:)?sheetData>)/g;
const MAX_COLUMN = 16_383;

function readSheet(
  pack: OfficePackage,
  part: string,
  name: string,
  hidden: boolean,
  strings: readonly string[],
  formats: readonly string[],
  date1904: boolean,
  looks?: BookLooks,
): XlsxSheet {
  const lookReader = looks === undefined ? null : new SheetLookReader(looks, formats);
  const rows = new Map<number, XlsxRow>();
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  const tableIds: string[] = [];
  const dateStyles = formats.map(isDateFormat);

  let inSheetData = false;
  let row = -1;
  let rowHidden = false;
  let rowCells: XlsxRow | null = null;
  let column = -1;
  let cellRow = -1;
  let type = '';
  let style = 0;
  let capture: 'v' | 't' | 'f' | null = null;
  let value = '';
  let formula = '';
  let formulaKind = '';
  let sharedIndex = '';
  const formulas = new Map<string, string>();
  /** The first cell of each shared formula, whose text the others repeat moved. */
  const shared = new Map<string, { text: string; row: number; column: number }>();
  let frozenRows = 0;
  const columnWidths = new Map<number, number>();
  let inline = '';
  let inInline = false;
  let phonetic = 0;
  let hasValue = false;
  /** The attributes of the last empty row record, not yet read. */
  let emptyRow: string | null = null;
  const settleEmptyRow = () => {
    if (emptyRow === null) return;
    const r = Number(attribute(emptyRow, 'r'));
    row = Number.isInteger(r) && r >= 1 ? Math.min(r - 1, MAX_ROW) : row + 1;
    emptyRow = null;
  };

  const finishRow = () => {
    if (rowCells !== null && rowCells.columns.length > 0) {
      rows.set(row, rowCells);
      if (rowHidden) hiddenRows.push(row);
    }
    rowCells = null;
  };

  const cellValue = (): CellValue => {
    switch (type) {
      case 's': {
        const text = strings[Number(value)];
        return text === undefined ? cellError('#REF!') : text;
      }
      case 'str':
        return detached(value);
      case 'inlineStr':
        return detached(inline);
      case 'b':
        return value.trim() === '1' || value.trim().toLowerCase() === 'true';
      case 'e':
        return cellError(value.trim() || '#VALUE!');
      case 'd': {
        const date = cellDate(new Date(value.trim()));
        return date ?? cellError('#VALUE!');
      }
      default: {
        const number = Number(value);
        if (value.trim() === '' || !Number.isFinite(number)) return cellError('#VALUE!');
        if (dateStyles[style] === true) return cellDate(dateOfSerial(number, date1904)) ?? number;
        return number;
      }
    }
  };

  const handler: XmlHandler = {
    open(tag, attributes, selfClosing) {
      if (!inSheetData) {
        if (tag === 'sheetData') inSheetData = !selfClosing;
        else if (tag === 'pane') {
          const state = attribute(attributes, 'state');
          const split = Number(attribute(attributes, 'ySplit') ?? 0);
          if ((state === 'frozen' || state === 'frozenSplit') && Number.isInteger(split) && split > 0) frozenRows = split;
        } else if (tag === 'col') {
          const width = Number(attribute(attributes, 'width'));
          const min = Number(attribute(attributes, 'min'));
          const max = Number(attribute(attributes, 'max'));
          // A style given to every column (min 1, max 16384) carries a width too: only the few set by hand are kept.
          if (Number.isFinite(width) && width > 0 && Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max - min < 256) {
            for (let column = min; column <= max; column++) columnWidths.set(column - 1, width);
          }
        } else if (tag === 'mergeCell') {
          const ref = attribute(attributes, 'ref');
          if (ref !== undefined) merges.push(ref);
        } else if (tag === 'tablePart') {
          const id = attribute(attributes, 'id');
          if (id !== undefined) tableIds.push(id);
        } else lookReader?.open(tag, attributes, selfClosing);
        return;
      }
      switch (tag) {
        case 'row': {
          if (selfClosing) {
            // An empty row record (LibreOffice writes them down to the sheet's end, a million of
            // them): its number matters only if the next row has none, so it is read only then.
            emptyRow = attributes;
            return;
          }
          const r = Number(attribute(attributes, 'r'));
          if (!(Number.isInteger(r) && r >= 1)) settleEmptyRow();
          row = Number.isInteger(r) && r >= 1 ? Math.min(r - 1, MAX_ROW) : row + 1;
          emptyRow = null;
          rowHidden = booleanAttribute(attributes, 'hidden') ?? false;
          lookReader?.row(row, attributes);
          rowCells = { columns: [], values: [], styles: [] };
          column = -1;
          return;
        }
        case 'c': {
          if (rowCells === null) {
            // A cell outside any row record: Excel never writes one, but its reference places it.
            settleEmptyRow();
            rowCells = { columns: [], values: [], styles: [] };
            rowHidden = false;
          }
          const ref = attribute(attributes, 'r');
          const position = ref === undefined ? null : parseA1(ref);
          // A reference that names no cell of a sheet places the cell after the previous one, in its row record.
          const placed = position !== null && position.row >= 0;
          column = placed ? position.column : column + 1;
          cellRow = placed ? position.row : row;
          type = attribute(attributes, 't') ?? 'n';
          style = Number(attribute(attributes, 's') ?? 0) || 0;
          value = '';
          inline = '';
          formula = '';
          formulaKind = '';
          hasValue = false;
          return;
        }
        case 'f':
          formulaKind = attribute(attributes, 't') ?? 'normal';
          sharedIndex = attribute(attributes, 'si') ?? '';
          if (!selfClosing) capture = 'f';
          return;
        case 'v':
          if (!selfClosing) capture = 'v';
          hasValue = true;
          return;
        case 'is':
          inInline = !selfClosing;
          hasValue = true;
          return;
        case 't':
          if (inInline && phonetic === 0 && !selfClosing) capture = 't';
          return;
        case 'rPh':
          if (!selfClosing) phonetic++;
          return;
        default:
          return;
      }
    },
    close(tag) {
      if (!inSheetData) {
        lookReader?.close(tag);
        return;
      }
      switch (tag) {
        case 'v':
        case 't':
        case 'f':
          capture = null;
          return;
        case 'is':
          inInline = false;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'c': {
          if (formulaKind !== '' && formulaKind !== 'dataTable' && column <= MAX_COLUMN) {
            const address = a1(cellRow, column);
            if (formulaKind === 'shared') {
              if (formula !== '') {
                shared.set(sharedIndex, { text: detached(formula), row: cellRow, column });
                formulas.set(address, detached(formula));
              } else {
                const first = shared.get(sharedIndex);
                if (first !== undefined) formulas.set(address, moveFormula(first.text, cellRow - first.row, column - first.column));
              }
            } else if (formula !== '') formulas.set(address, detached(formula));
          }
          if (lookReader?.draws(style, hasValue) === true && column <= MAX_COLUMN) lookReader.cell(a1(cellRow, column), style, hasValue);
          if (!hasValue || column > MAX_COLUMN || rowCells === null) return;
          const read = cellValue();
          if (read === null || read === '') return;
          if (cellRow !== row) {
            // A cell whose reference names another row than its record: trust the reference.
            placeCell(rows, cellRow, column, read, style);
            return;
          }
          rowCells.columns.push(column);
          rowCells.values.push(read);
          rowCells.styles.push(style);
          return;
        }
        case 'row':
          finishRow();
          return;
        case 'sheetData':
          finishRow();
          inSheetData = false;
          return;
        default:
          return;
      }
    },
    text(text) {
      if (capture === 'v') value += text;
      else if (capture === 't') inline += text;
      else if (capture === 'f') formula += text;
      else if (!inSheetData) lookReader?.text(text);
    },
  };
  const scanner = new XmlScanner(handler);
  pack.readText(part, (text) => scanner.write(text.includes('/>') ? text.replace(EMPTY_ROWS, '') : text));
  scanner.end();
  for (const entry of rows.values()) if (!isSorted(entry.columns)) sortRow(entry);

  const relations = pack.relationships(part);
  const tables: XlsxTable[] = [];
  for (const id of tableIds) {
    const relation = relations.find((candidate) => candidate.id === id && candidate.type === 'table');
    if (relation === undefined || !pack.has(relation.target)) continue;
    const table = readTablePart(pack, relation.target);
    if (table !== null) tables.push(table);
  }
  coverMerges(rows, merges);
  const sheet = { name, part, hidden, rows, tables, hiddenRows: hiddenRows.sort((a, b) => a - b), merges, formulas, frozenRows, columnWidths };
  if (lookReader === null) return sheet;
  const comments = relations.find((relation) => relation.type === 'comments')?.target;
  return { ...sheet, look: lookReader.finish(comments !== undefined && pack.has(comments) ? readNotes(pack, comments) : new Map()) };
}

/**
 * A copy of a text cut from a chunk of the part's XML. A cut keeps its whole chunk alive (V8 slices
 * strings), and Node decodes a large chunk into an external string: the cells of a sheet of long
 * texts kept the whole inflated sheet, some 120 MB for SheetJS's large_strings.xlsx, after reading.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (` ${text}`).slice(1);
}

function placeCell(rows: Map<number, XlsxRow>, row: number, column: number, value: CellValue, style: number): void {
  let entry = rows.get(row);
  if (entry === undefined) {
    entry = { columns: [], values: [], styles: [] };
    rows.set(row, entry);
  }
  entry.columns.push(column);
  entry.values.push(value);
  entry.styles.push(style);
}

function isSorted(columns: readonly number[]): boolean {
  for (let index = 1; index < columns.length; index++) if ((columns[index] ?? 0) <= (columns[index - 1] ?? 0)) return false;
  return true;
}

/** Puts a row's cells in column order; a column written twice keeps its last value, as Excel does. */
function sortRow(entry: XlsxRow): void {
  const byColumn = new Map<number, number>();
  entry.columns.forEach((column, index) => byColumn.set(column, index));
  const order = [...byColumn.entries()].sort((a, b) => a[0] - b[0]).map(([, index]) => index);
  const columns = order.map((index) => entry.columns[index] ?? 0);
  const values = order.map((index) => entry.values[index] ?? null);
  const styles = order.map((index) => entry.styles[index] ?? 0);
  entry.columns.splice(0, entry.columns.length, ...columns);
  entry.values.splice(0, entry.values.length, ...values);
  entry.styles.splice(0, entry.styles.length, ...styles);
}

/** Cells covered by a merge show nothing in Excel, whatever a program wrote in them. */
function coverMerges(rows: Map<number, XlsxRow>, merges: readonly string[]): void {
  for (const ref of merges) {
    const corners = parseRange(ref);
    if (corners === null) continue;
    const { from, to } = corners;
    for (const [row, entry] of rows) {
      if (row < from.row || row > to.row) continue;
      for (let index = entry.columns.length - 1; index >= 0; index--) {
        const column = entry.columns[index] ?? -1;
        if (column < from.column || column > to.column || (row === from.row && column === from.column)) continue;
        entry.columns.splice(index, 1);
        entry.values.splice(index, 1);
        entry.styles.splice(index, 1);
      }
    }
  }
}

function readTablePart(pack: OfficePackage, part: string): XlsxTable | null {
  let table: XlsxTable | null = null;
  readParts(pack, part, {
    open(name, attributes) {
      if (name !== 'table' || table !== null) return;
      const ref = attribute(attributes, 'ref') ?? '';
      const corners = parseRange(ref);
      if (corners === null) return;
      const { from, to } = corners;
      // The format's defaults: one header row, no totals row (Excel writes neither when so).
      const headerRows = Number(attribute(attributes, 'headerRowCount') ?? 1);
      const totalsRows = Number(attribute(attributes, 'totalsRowCount') ?? 0);
      table = {
        name: attribute(attributes, 'displayName') ?? attribute(attributes, 'name') ?? part,
        ref,
        top: from.row,
        left: from.column,
        bottom: to.row,
        right: to.column,
        headerRows: Number.isInteger(headerRows) && headerRows >= 0 ? headerRows : 1,
        totalsRows: Number.isInteger(totalsRows) && totalsRows > 0 ? 1 : 0,
      };
    },
    close() {},
    text() {},
  });
  return table;
}
