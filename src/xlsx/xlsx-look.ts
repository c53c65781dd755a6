import type { CellLook, ConditionalFormat, ConditionalRule, UnshownFormat } from '../workbook/cell-look';
import { drawsSomething } from '../workbook/cell-look';
import { isOurFillArgb, isOurMarkFormula, officerNoteText } from '../workbook/our-marks';
import type { OfficePackage } from './package-parts';
import { attribute, booleanAttribute } from './xml-scan';

/**
 * How each cell style of a workbook looks (fill, font, alignment) and what each conditional
 * format's differential style draws: what the standalone grid needs to show the workbook as the
 * officer made it. Colours are resolved as Excel does: RGB, the theme's colours with their tint,
 * the legacy indexed palette.
 */

export interface BookLooks {
  /** By cell style index (cellXfs): what the style draws, or null when it draws nothing of note. */
  readonly styles: ReadonlyArray<CellLook | null>;
  /** By differential format index (dxfs). */
  readonly dxfs: readonly CellLook[];
  /** The workbook's default font size, in points (the first font). */
  readonly defaultSize: number;
}

/** Excel's legacy palette (indexed colours 0–63). */
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF', '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080', '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF', '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696', '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

/** Office's default theme, for a workbook without its theme part: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
const DEFAULT_THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

/** The theme's twelve colours in the order colour attributes index them (lt1 and dk1 come first). */
function themeColours(pack: OfficePackage, part: string | undefined): string[] {
  if (part === undefined || !pack.has(part)) return DEFAULT_THEME;
  const found = new Map<string, string>();
  let current: string | null = null;
  let inScheme = false;
  pack.scan(part, {
    open(name, attributes) {
      if (name === 'clrScheme') inScheme = true;
      else if (inScheme && /^(dk[12]|lt[12]|accent[1-6]|hlink|folHlink)$/.test(name)) current = name;
      else if (inScheme && current !== null && (name === 'srgbClr' || name === 'sysClr')) {
        const value = name === 'srgbClr' ? attribute(attributes, 'val') : (attribute(attributes, 'lastClr') ?? (attribute(attributes, 'val') === 'window' ? 'FFFFFF' : '000000'));
        if (value !== undefined && !found.has(current)) found.set(current, value.toUpperCase());
      }
    },
    close(name) {
      if (name === 'clrScheme') inScheme = false;
      else if (name === current) current = null;
    },
    text() {},
  });
  const order = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
  return order.map((name, index) => found.get(name) ?? DEFAULT_THEME[index] ?? '000000');
}

/** A colour with Excel's tint applied to its luminance (HSL). */
function tinted(hex: string, tint: number): string {
  if (!Number.isFinite(tint) || tint === 0) return hex;
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channels = s === 0 ? [l, l, l] : [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  return channels.map((channel) => Math.round(channel * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** A colour element's attributes as CSS ("#RRGGBB"), or undefined for "automatic" and what cannot be read. */
function colourOf(attributes: string, theme: readonly string[]): string | undefined {
  if (booleanAttribute(attributes, 'auto') === true) return undefined;
  const tint = Number(attribute(attributes, 'tint') ?? 0);
  const rgb = attribute(attributes, 'rgb');
  let hex: string | undefined;
  if (rgb !== undefined && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) hex = rgb.slice(-6).toUpperCase();
  else if (attribute(attributes, 'theme') !== undefined) hex = theme[Number(attribute(attributes, 'theme'))];
  else if (attribute(attributes, 'indexed') !== undefined) hex = INDEXED[Number(attribute(attributes, 'indexed'))];
  return hex === undefined ? undefined : `#${tinted(hex, tint)}`;
}

interface FontLook {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  color?: string;
  size?: number;
}

/** An on/off element (`<b/>`, `<b val="0"/>`, LibreOffice's `<b val="true"/>`). */
const isOn = (attributes: string) => {
  const value = attribute(attributes, 'val');
  return value === undefined || value === '1' || value === 'true';
};

const HORIZONTAL: Readonly<Record<string, CellLook['horizontal']>> = { left: 'left', center: 'center', centerContinuous: 'center', right: 'right', justify: 'justify', distributed: 'justify', fill: 'left' };
const VERTICAL: Readonly<Record<string, CellLook['vertical']>> = { top: 'top', center: 'middle', bottom: 'bottom', justify: 'top', distributed: 'middle' };

/** Reads the looks of a workbook's styles part; the theme part gives theme colours. */
export function readLooks(pack: OfficePackage, stylesPart: string | undefined, themePart: string | undefined): BookLooks {
  if (stylesPart === undefined || !pack.has(stylesPart)) return { styles: [], dxfs: [], defaultSize: 11 };
  const theme = themeColours(pack, themePart);
  const fonts: FontLook[] = [];
  const fills: Array<string | undefined> = [];
  const xfs: Array<{ font: number; fill: number; wrap?: boolean; horizontal?: CellLook['horizontal']; vertical?: CellLook['vertical'] }> = [];
  const dxfs: CellLook[] = [];
  let section: 'fonts' | 'fills' | 'cellXfs' | 'dxfs' | null = null;
  let font: FontLook | null = null;
  let fill: { pattern?: string; fg?: string; bg?: string; gradient?: string } | null = null;
  let inPattern: 'fg' | 'bg' | null = null;
  let dxf: { font: FontLook; fill?: string } | null = null;

  const fillColour = (found: NonNullable<typeof fill>, differential: boolean): string | undefined => {
    if (found.gradient !== undefined) return found.gradient;
    // A differential fill draws its background colour (Excel's own quirk), a cell's solid fill its foreground.
    if (differential) return found.pattern === 'solid' ? (found.fg ?? found.bg) : (found.bg ?? found.fg);
    if (found.pattern === undefined || found.pattern === 'none') return undefined;
    return found.fg ?? found.bg;
  };

  pack.scan(stylesPart, {
    open(name, attributes, selfClosing) {
      if (name === 'fonts' || name === 'fills' || name === 'cellXfs' || name === 'dxfs') {
        section = selfClosing ? null : name;
        return;
      }
      if (section === 'dxfs' && name === 'dxf') {
        dxf = { font: {} };
        if (selfClosing) {
          dxfs.push({});
          dxf = null;
        }
        return;
      }
      if (name === 'font' && (section === 'fonts' || section === 'dxfs')) {
        font = section === 'dxfs' && dxf !== null ? dxf.font : {};
        if (selfClosing && section === 'fonts') fonts.push(font);
        return;
      }
      if (font !== null) {
        if (name === 'b') font.bold = isOn(attributes);
        else if (name === 'i') font.italic = isOn(attributes);
        else if (name === 'strike') font.strike = isOn(attributes);
        else if (name === 'u') font.underline = attribute(attributes, 'val') !== 'none';
        else if (name === 'color') font.color = colourOf(attributes, theme);
        else if (name === 'sz') font.size = Number(attribute(attributes, 'val'));
        return;
      }
      if (name === 'fill' && (section === 'fills' || section === 'dxfs')) {
        fill = {};
        if (selfClosing && section === 'fills') fills.push(undefined);
        return;
      }
      if (fill !== null) {
        if (name === 'patternFill') fill.pattern = attribute(attributes, 'patternType');
        else if (name === 'fgColor') fill.fg = colourOf(attributes, theme);
        else if (name === 'bgColor') fill.bg = colourOf(attributes, theme);
        else if (name === 'stop') inPattern = 'fg';
        else if (name === 'color' && inPattern === 'fg' && fill.gradient === undefined) fill.gradient = colourOf(attributes, theme);
        return;
      }
      if (section === 'cellXfs' && name === 'xf') {
        xfs.push({ font: Number(attribute(attributes, 'fontId') ?? 0) || 0, fill: Number(attribute(attributes, 'fillId') ?? 0) || 0 });
        return;
      }
      if (section === 'cellXfs' && name === 'alignment') {
        const xf = xfs[xfs.length - 1];
        if (xf === undefined) return;
        xf.wrap = booleanAttribute(attributes, 'wrapText') ?? false;
        xf.horizontal = HORIZONTAL[attribute(attributes, 'horizontal') ?? ''];
        xf.vertical = VERTICAL[attribute(attributes, 'vertical') ?? ''];
      }
    },
    close(name) {
      if (name === section) section = null;
      else if (name === 'font' && font !== null) {
        if (section === 'fonts') fonts.push(font);
        font = null;
      } else if (name === 'stop') inPattern = null;
      else if (name === 'fill' && fill !== null) {
        if (section === 'fills') fills.push(fillColour(fill, false));
        else if (dxf !== null) dxf.fill = fillColour(fill, true);
        fill = null;
      } else if (name === 'dxf' && dxf !== null) {
        const { font: dxfFont, fill: dxfFill } = dxf;
        dxfs.push({ fill: dxfFill, color: dxfFont.color, bold: dxfFont.bold, italic: dxfFont.italic, underline: dxfFont.underline, strike: dxfFont.strike });
        dxf = null;
      }
    },
    text() {},
  });

  const defaultFont = fonts[0] ?? {};
  const defaultSize = defaultFont.size !== undefined && defaultFont.size > 0 ? defaultFont.size : 11;
  const styles = xfs.map((xf): CellLook | null => {
    const cellFont = fonts[xf.font] ?? {};
    // The default font's colour is "automatic" to the officer (LibreOffice writes it black).
    const color = cellFont.color !== undefined && !(xf.font === 0 || cellFont.color === defaultFont.color) ? cellFont.color : undefined;
    const look: CellLook = {
      fill: fills[xf.fill],
      color: color === '#000000' ? undefined : color,
      bold: cellFont.bold || undefined,
      italic: cellFont.italic || undefined,
      underline: cellFont.underline || undefined,
      strike: cellFont.strike || undefined,
      size: cellFont.size !== undefined && cellFont.size !== defaultSize ? cellFont.size : undefined,
      wrap: xf.wrap || undefined,
      horizontal: xf.horizontal,
      vertical: xf.vertical === 'bottom' ? undefined : xf.vertical,
    };
    return drawsSomething(look) ? look : null;
  });
  return { styles, dxfs, defaultSize };
}

/** A note of the sheet as the officer wrote it: our section (a mark of ours) taken out. */
export interface SheetNote {
  /** The officer's text; empty when the note was ours alone. */
  readonly text: string;
  /** The note held a section of ours: the cell was marked by us when the file was saved. */
  readonly marked: boolean;
}

/** The notes of a sheet's notes part, by cell (A1), the officer's text apart from ours. */
export function readNotes(pack: OfficePackage, part: string): Map<string, SheetNote> {
  const notes = new Map<string, SheetNote>();
  let ref: string | null = null;
  let texts: string[] = [];
  let inText = false;
  let phonetic = 0;
  pack.scan(part, {
    open(name, attributes, selfClosing) {
      if (name === 'comment') {
        ref = (attribute(attributes, 'ref') ?? '').split(':')[0]?.toUpperCase() ?? null;
        texts = [];
        if (selfClosing) ref = null;
      } else if (name === 'rPh' && !selfClosing) phonetic++;
      else if (name === 't' && !selfClosing && ref !== null && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'comment' && ref !== null) {
        const text = texts.join('');
        const officer = officerNoteText(text);
        notes.set(ref, { text: officer.trim() === '' ? '' : officer, marked: officer !== text });
        ref = null;
      }
    },
    text(text) {
      if (inText) texts.push(text);
    },
  });
  return notes;
}

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
