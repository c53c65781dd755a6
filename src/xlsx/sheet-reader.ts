import { a1, isDateFormat, parseA1 } from '../domain';
import { type CellContext, cellValueOf, detached } from './cell-value';
import { moveFormula } from './formula-text';
import type { OfficePackage } from './package-parts';
import { coverMerges, placeCell, sortRows } from './sheet-rows';
import { readTablePart } from './table-part';
import type { XlsxRow, XlsxSheet, XlsxTable } from './xlsx-book';
import type { BookLooks } from './book-looks';
import { readNotes } from './sheet-notes';
import { SheetLookReader } from './sheet-look';
import { attribute, booleanAttribute, type XmlHandler, XmlScanner } from './xml-scan';

const MAX_ROW = 1_048_575;
const MAX_COLUMN = 16_383;

/**
 * Runs of empty row records followed by a row that states its number (or by the sheet's end):
 * LibreOffice writes a million of them down to the sheet's last row. Dropped before they are
 * tokenized, which is most of the cost of such a sheet; they hold nothing, and the next row's own
 * number places it.
 */
const EMPTY_ROWS = /(?:<(?:[\w.-]+:)?row\b[^>]*\/>)+(?=<(?:[\w.-]+:)?row\s[^>]*\br="|<\/(?:[\w.-]+:)?sheetData>)/g;

/** What the workbook gives every sheet's reader: shared strings, number formats, date system, looks. */
export interface BookContext {
  readonly strings: readonly string[];
  readonly formats: readonly string[];
  readonly date1904: boolean;
  readonly looks?: BookLooks;
}

/**
 * Reads one worksheet part as the scanner hands it over, element by element: the row and cell
 * being read are its state, kept between calls. Rows and cells without an `r` are placed after
 * the previous one; what lies outside the sheet's data (frozen panes, widths, merges, tables,
 * conditional formats) is read on the way.
 */
class SheetReader implements XmlHandler {
  readonly rows = new Map<number, XlsxRow>();
  readonly hiddenRows: number[] = [];
  readonly merges: string[] = [];
  readonly tableIds: string[] = [];
  /** Each formula cell's formula, shared ones written out for each cell. */
  readonly formulas = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  readonly look: SheetLookReader | null;
  private readonly cells: CellContext;
  /** The first cell of each shared formula, whose text the others repeat moved. */
  private readonly shared = new Map<string, { text: string; row: number; column: number }>();

  private inSheetData = false;
  private row = -1;
  private rowHidden = false;
  private rowCells: XlsxRow | null = null;
  /** The attributes of the last empty row record, not yet read. */
  private emptyRow: string | null = null;
  // The cell being read.
  private column = -1;
  private cellRow = -1;
  private type = '';
  private style = 0;
  private hasValue = false;
  private value = '';
  private inline = '';
  private formula = '';
  private formulaKind = '';
  private sharedIndex = '';
  private capture: 'v' | 't' | 'f' | null = null;
  private inInline = false;
  private phonetic = 0;

  constructor(book: BookContext) {
    this.look = book.looks === undefined ? null : new SheetLookReader(book.looks, book.formats);
    this.cells = { strings: book.strings, dateStyles: book.formats.map(isDateFormat), date1904: book.date1904 };
  }

  open(tag: string, attributes: string, selfClosing: boolean): void {
    if (!this.inSheetData) {
      this.openOutsideData(tag, attributes, selfClosing);
      return;
    }
    switch (tag) {
      case 'row':
        this.openRow(attributes, selfClosing);
        return;
      case 'c':
        this.openCell(attributes);
        return;
      case 'f':
        this.formulaKind = attribute(attributes, 't') ?? 'normal';
        this.sharedIndex = attribute(attributes, 'si') ?? '';
        if (!selfClosing) this.capture = 'f';
        return;
      case 'v':
        if (!selfClosing) this.capture = 'v';
        this.hasValue = true;
        return;
      case 'is':
        this.inInline = !selfClosing;
        this.hasValue = true;
        return;
      case 't':
        if (this.inInline && this.phonetic === 0 && !selfClosing) this.capture = 't';
        return;
      case 'rPh':
        // The scanner closes a self-closing element too: an empty <rPh/> is counted open, then closed.
        this.phonetic++;
        return;
      default:
        return;
    }
  }

  close(tag: string): void {
    if (!this.inSheetData) {
      this.look?.close(tag);
      return;
    }
    switch (tag) {
      case 'v':
      case 't':
      case 'f':
        this.capture = null;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'c':
        this.closeCell();
        return;
      case 'row':
        this.finishRow();
        return;
      case 'sheetData':
        this.finishRow();
        this.inSheetData = false;
        return;
      default:
        return;
    }
  }

  text(text: string): void {
    if (this.capture === 'v') this.value += text;
    else if (this.capture === 't') this.inline += text;
    else if (this.capture === 'f') this.formula += text;
    else if (!this.inSheetData) this.look?.text(text);
  }

  private openOutsideData(tag: string, attributes: string, selfClosing: boolean): void {
    if (tag === 'sheetData') this.inSheetData = !selfClosing;
    else if (tag === 'pane') {
      const state = attribute(attributes, 'state');
      const split = Number(attribute(attributes, 'ySplit') ?? 0);
      if ((state === 'frozen' || state === 'frozenSplit') && Number.isInteger(split) && split > 0) this.frozenRows = split;
    } else if (tag === 'col') {
      const width = Number(attribute(attributes, 'width'));
      const min = Number(attribute(attributes, 'min'));
      const max = Number(attribute(attributes, 'max'));
      // A style given to every column (min 1, max 16384) carries a width too: only the few set by hand are kept.
      if (Number.isFinite(width) && width > 0 && Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max - min < 256) {
        for (let column = min; column <= max; column++) this.columnWidths.set(column - 1, width);
      }
    } else if (tag === 'mergeCell') {
      const ref = attribute(attributes, 'ref');
      if (ref !== undefined) this.merges.push(ref);
    } else if (tag === 'tablePart') {
      const id = attribute(attributes, 'id');
      if (id !== undefined) this.tableIds.push(id);
    } else this.look?.open(tag, attributes, selfClosing);
  }

  private openRow(attributes: string, selfClosing: boolean): void {
    if (selfClosing) {
      // An empty row record (LibreOffice writes them down to the sheet's end, a million of
      // them): its number matters only if the next row has none, so it is read only then.
      this.emptyRow = attributes;
      return;
    }
    const r = Number(attribute(attributes, 'r'));
    if (!(Number.isInteger(r) && r >= 1)) this.settleEmptyRow();
    this.row = Number.isInteger(r) && r >= 1 ? Math.min(r - 1, MAX_ROW) : this.row + 1;
    this.emptyRow = null;
    this.rowHidden = booleanAttribute(attributes, 'hidden') ?? false;
    this.look?.row(this.row, attributes);
    this.rowCells = { columns: [], values: [], styles: [] };
    this.column = -1;
  }

  private settleEmptyRow(): void {
    if (this.emptyRow === null) return;
    const r = Number(attribute(this.emptyRow, 'r'));
    this.row = Number.isInteger(r) && r >= 1 ? Math.min(r - 1, MAX_ROW) : this.row + 1;
    this.emptyRow = null;
  }

  private finishRow(): void {
    if (this.rowCells !== null && this.rowCells.columns.length > 0) {
      const placed = this.rows.get(this.row);
      if (placed === undefined) this.rows.set(this.row, this.rowCells);
      else {
        // A cell of an earlier record named this row already (its reference is trusted): both stay.
        const { columns, values, styles } = this.rowCells;
        columns.forEach((column, index) => placeCell(this.rows, this.row, column, values[index] ?? null, styles[index] ?? 0));
      }
      if (this.rowHidden) this.hiddenRows.push(this.row);
    }
    this.rowCells = null;
  }

  private openCell(attributes: string): void {
    if (this.rowCells === null) {
      // A cell outside any row record: Excel never writes one, but its reference places it.
      this.settleEmptyRow();
      this.rowCells = { columns: [], values: [], styles: [] };
      this.rowHidden = false;
    }
    const ref = attribute(attributes, 'r');
    const position = ref === undefined ? null : parseA1(ref);
    // A reference that names no cell of a sheet places the cell after the previous one, in its row record.
    const placed = position !== null && position.row >= 0;
    this.column = placed ? position.column : this.column + 1;
    this.cellRow = placed ? position.row : this.row;
    this.type = attribute(attributes, 't') ?? 'n';
    this.style = Number(attribute(attributes, 's') ?? 0) || 0;
    this.value = '';
    this.inline = '';
    this.formula = '';
    this.formulaKind = '';
    this.hasValue = false;
  }

  private closeCell(): void {
    const { column, cellRow, style, hasValue } = this;
    if (this.formulaKind !== '' && this.formulaKind !== 'dataTable' && column <= MAX_COLUMN) this.keepFormula(a1(cellRow, column));
    if (this.look?.draws(style, hasValue) === true && column <= MAX_COLUMN) this.look.cell(a1(cellRow, column), style, hasValue);
    if (!hasValue || column > MAX_COLUMN || this.rowCells === null) return;
    const read = cellValueOf(this.type, this.value, this.inline, style, this.cells);
    if (read === null || read === '') return;
    if (cellRow !== this.row) {
      // A cell whose reference names another row than its record: trust the reference.
      placeCell(this.rows, cellRow, column, read, style);
      return;
    }
    this.rowCells.columns.push(column);
    this.rowCells.values.push(read);
    this.rowCells.styles.push(style);
  }

  private keepFormula(address: string): void {
    const { formula, column, cellRow } = this;
    if (this.formulaKind !== 'shared') {
      if (formula !== '') this.formulas.set(address, detached(formula));
      return;
    }
    if (formula !== '') {
      this.shared.set(this.sharedIndex, { text: detached(formula), row: cellRow, column });
      this.formulas.set(address, detached(formula));
      return;
    }
    const first = this.shared.get(this.sharedIndex);
    if (first !== undefined) this.formulas.set(address, moveFormula(first.text, cellRow - first.row, column - first.column));
  }
}

/** A worksheet part read whole: its cells, tables (from their own parts), formulas and, when asked, its look and notes. */
export function readSheet(pack: OfficePackage, part: string, name: string, hidden: boolean, book: BookContext): XlsxSheet {
  const reader = new SheetReader(book);
  const scanner = new XmlScanner(reader);
  pack.readText(part, (text) => scanner.write(text.includes('/>') ? text.replace(EMPTY_ROWS, '') : text));
  scanner.end();
  const { rows, merges, formulas, frozenRows, columnWidths } = reader;
  sortRows(rows);

  const relations = pack.relationships(part);
  const tables: XlsxTable[] = [];
  for (const id of reader.tableIds) {
    const relation = relations.find((candidate) => candidate.id === id && candidate.type === 'table');
    if (relation === undefined || !pack.has(relation.target)) continue;
    const table = readTablePart(pack, relation.target);
    if (table !== null) tables.push(table);
  }
  coverMerges(rows, merges);
  const sheet = { name, part, hidden, rows, tables, hiddenRows: reader.hiddenRows.sort((a, b) => a - b), merges, formulas, frozenRows, columnWidths };
  if (reader.look === null) return sheet;
  const comments = relations.find((relation) => relation.type === 'comments')?.target;
  return { ...sheet, look: reader.look.finish(comments !== undefined && pack.has(comments) ? readNotes(pack, comments) : new Map()) };
}
