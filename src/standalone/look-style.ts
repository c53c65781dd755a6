import type { CSSProperties } from 'react';
import type { Severity } from '../domain';
import type { CellLook } from '../workbook/cell-look';
import { FLAG_COLOURS } from '../workbook/flag-colours';

/** The grid's own font size, in pixels: a cell in the workbook's default font is drawn at this size. */
const BASE_FONT_PX = 12;

/**
 * A cell's inline style: the file's look (fill, font, alignment, wrapping), the officer's conditional
 * formats over it, and our flag over both, as Excel draws a conditional format over a cell's own
 * format. Returns undefined when the cell draws nothing of its own (most cells of a large budget).
 */
export function lookStyle(own: CellLook | undefined, conditional: CellLook | null, flag: Severity | undefined, defaultSize: number, tallRow: boolean): CSSProperties | undefined {
  if (own === undefined && conditional === null && flag === undefined && !tallRow) return undefined;
  const style: CSSProperties = {};
  const fill = flag !== undefined ? FLAG_COLOURS[flag].fill : (conditional?.fill ?? own?.fill);
  const color = flag !== undefined ? FLAG_COLOURS[flag].text : (conditional?.color ?? own?.color);
  if (fill !== undefined) style.backgroundColor = fill;
  // On a fill of the officer's, "automatic" text is black, as in Excel (a dark page theme would make it light).
  if (color !== undefined) style.color = color;
  else if (fill !== undefined) style.color = '#000000';
  if (conditional?.bold ?? own?.bold) style.fontWeight = 700;
  if (conditional?.italic ?? own?.italic) style.fontStyle = 'italic';
  const underline = conditional?.underline ?? own?.underline;
  const strike = conditional?.strike ?? own?.strike;
  if (underline || strike) style.textDecorationLine = [underline ? 'underline' : '', strike ? 'line-through' : ''].join(' ').trim();
  if (own?.size !== undefined && defaultSize > 0) style.fontSize = `${Math.round((BASE_FONT_PX * own.size * 10) / defaultSize) / 10}px`;
  if (own?.wrap) style.whiteSpace = 'pre-wrap';
  if (own?.horizontal !== undefined) style.textAlign = own.horizontal;
  // Excel puts text at the bottom of a row by default: it shows in rows taller than ours.
  const vertical = own?.vertical ?? (tallRow ? 'bottom' : undefined);
  if (vertical !== undefined) style.verticalAlign = vertical;
  return style;
}
