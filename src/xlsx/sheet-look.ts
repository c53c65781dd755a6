import type { CellLook, ConditionalFormat, ConditionalRule, UnshownFormat } from '../workbook/cell-look';
import { isOurFillArgb, isOurMarkFormula } from '../workbook/our-marks';
import type { BookLooks } from './book-looks';
import type { SheetNote } from './sheet-notes';
import { attribute, booleanAttribute } from './xml-scan';

/** How a sheet looks: its cells' styles, rows' heights, the officer's notes and conditional formats. */
export interface SheetLook {
  /** Cells whose style draws something (a fill, bold, a colour, wrapping…), empty ones included, by A1 address. */
  readonly cells: Map<string, CellLook>;
  /** Rows whose height the file sets, in points, by 0-based row. */
  readonly rowHeights: Map<number, number>;
  /** The officer's notes, by A1 address (our sections taken out; notes that were ours alone left out). */
  readonly notes: Map<string, string>;
  readonly formats: ConditionalFormat[];
  readonly unshown: UnshownFormat[];
  /** Empty cells with a number format (a column formatted for amounts): a value typed there takes it, by A1 address. */
  readonly emptyFormats: Map<string, string>;
}

/** Kinds of conditional format that Excel writes with a formula: drawn by evaluating it. */
const FORMULA_KINDS = new Set(['expression', 'containsText', 'notContainsText', 'beginsWith', 'endsWith', 'containsBlanks', 'notContainsBlanks', 'containsErrors', 'notContainsErrors', 'timePeriod']);

/**
 * Reads a sheet's look as its part is scanned: the sheet reader hands it each row record and
 * styled cell, and the elements outside the sheet's data (conditional formats).
 */
export class SheetLookReader {
  readonly look: SheetLook = { cells: new Map(), rowHeights: new Map(), notes: new Map(), formats: [], unshown: [], emptyFormats: new Map() };
  private format: { areas: string[]; rules: ConditionalRule[] } | null = null;
  private rule: { type: string; operator: string; dxf: number; priority: number; stopIfTrue: boolean; formulas: string[] } | null = null;
  private formula: string | null = null;

  constructor(
    private readonly looks: BookLooks,
    /** Each style's number format code. */
    private readonly numberFormats: readonly string[],
  ) {}

  /** A row record with its attributes (a height set by hand or for wrapped text). */
  row(row: number, attributes: string): void {
    const height = Number(attribute(attributes, 'ht'));
    if (Number.isFinite(height) && height > 0) this.look.rowHeights.set(row, height);
  }

  /** Whether cells of this style are worth keeping: only then does the sheet reader name them. */
  draws(style: number, hasValue: boolean): boolean {
    if (style === 0) return false;
    return (this.looks.styles[style] ?? null) !== null || (!hasValue && (this.numberFormats[style] ?? 'General') !== 'General');
  }

  cell(address: string, style: number, hasValue: boolean): void {
    const look = this.looks.styles[style];
    if (look) this.look.cells.set(address, look);
    const format = this.numberFormats[style] ?? 'General';
    if (!hasValue && format !== 'General') this.look.emptyFormats.set(address, format);
  }

  /** An element outside the sheet's data. */
  open(tag: string, attributes: string, selfClosing: boolean): void {
    if (tag === 'conditionalFormatting') {
      // Excel 2010's formats in the extension list name their cells in a child: their main twin (a data bar) is read.
      const sqref = attribute(attributes, 'sqref');
      this.format = sqref === undefined || selfClosing ? null : { areas: sqref.trim().split(/\s+/), rules: [] };
    } else if (tag === 'cfRule' && this.format !== null) {
      this.rule = {
        type: attribute(attributes, 'type') ?? '',
        operator: attribute(attributes, 'operator') ?? '',
        dxf: Number(attribute(attributes, 'dxfId') ?? -1),
        priority: Number(attribute(attributes, 'priority') ?? 0),
        stopIfTrue: booleanAttribute(attributes, 'stopIfTrue') ?? false,
        formulas: [],
      };
      if (selfClosing) this.close('cfRule');
    } else if (tag === 'formula' && this.rule !== null && !selfClosing) this.formula = '';
  }

  text(text: string): void {
    if (this.formula !== null) this.formula += text;
  }

  close(tag: string): void {
    if (tag === 'formula' && this.rule !== null && this.formula !== null) {
      this.rule.formulas.push(this.formula.trim().replace(/^=/, ''));
      this.formula = null;
    } else if (tag === 'cfRule' && this.rule !== null && this.format !== null) {
      const rule = this.rule;
      this.rule = null;
      // Our marks are no format of the officer's.
      if (rule.formulas.some(isOurMarkFormula)) return;
      const drawn = rule.type === 'cellIs' ? rule.formulas.length > 0 : FORMULA_KINDS.has(rule.type) && rule.formulas.length > 0;
      if (!drawn) {
        this.look.unshown.push({ kind: rule.type, areas: this.format.areas.join(' ') });
        return;
      }
      this.format.rules.push({
        kind: rule.type === 'cellIs' ? 'cellIs' : 'expression',
        operator: rule.operator,
        formulas: rule.formulas,
        look: this.looks.dxfs[rule.dxf] ?? {},
        priority: rule.priority,
        stopIfTrue: rule.stopIfTrue,
      });
    } else if (tag === 'conditionalFormatting' && this.format !== null) {
      if (this.format.rules.length > 0) this.look.formats.push(this.format);
      this.format = null;
    }
  }

  /** The sheet's notes read, and the fills of the first version's marks (in the cells' styles) left out. */
  finish(notes: ReadonlyMap<string, SheetNote>): SheetLook {
    for (const [address, note] of notes) {
      if (note.text !== '') this.look.notes.set(address, note.text);
      const look = this.look.cells.get(address);
      if (note.marked && look?.fill !== undefined && isOurFillArgb(look.fill.slice(1))) this.look.cells.set(address, { ...look, fill: undefined });
    }
    return this.look;
  }
}
