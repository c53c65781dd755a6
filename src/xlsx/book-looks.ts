import type { CellLook } from '../workbook/cell-look';
import { drawsSomething } from '../workbook/cell-look';
import { colourOf, themeColours } from './colours';
import type { OfficePackage } from './package-parts';
import { attribute, booleanAttribute } from './xml-scan';

/**
 * How each cell style of a workbook looks (fill, font, alignment) and what each conditional
 * format's differential style draws: what the standalone grid needs to show the workbook as the
 * officer made it (colours.ts resolves the colours as Excel does).
 */

export interface BookLooks {
  /** By cell style index (cellXfs): what the style draws, or null when it draws nothing of note. */
  readonly styles: ReadonlyArray<CellLook | null>;
  /** By differential format index (dxfs). */
  readonly dxfs: readonly CellLook[];
  /** The workbook's default font size, in points (the first font). */
  readonly defaultSize: number;
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

const HORIZONTAL: Readonly<Record<string, CellLook['horizontal']>> = {
  left: 'left',
  center: 'center',
  centerContinuous: 'center',
  right: 'right',
  justify: 'justify',
  distributed: 'justify',
  fill: 'left',
};
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
