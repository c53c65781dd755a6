import type { OfficePackage } from './package-parts';
import { attribute, booleanAttribute } from './xml-scan';

/** Colours as Excel resolves them: RGB, the theme's colours with their tint, the legacy indexed palette. */

/** Excel's legacy palette (indexed colours 0–63). */
const INDEXED = [
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '800000',
  '008000',
  '000080',
  '808000',
  '800080',
  '008080',
  'C0C0C0',
  '808080',
  '9999FF',
  '993366',
  'FFFFCC',
  'CCFFFF',
  '660066',
  'FF8080',
  '0066CC',
  'CCCCFF',
  '000080',
  'FF00FF',
  'FFFF00',
  '00FFFF',
  '800080',
  '800000',
  '008080',
  '0000FF',
  '00CCFF',
  'CCFFFF',
  'CCFFCC',
  'FFFF99',
  '99CCFF',
  'FF99CC',
  'CC99FF',
  'FFCC99',
  '3366FF',
  '33CCCC',
  '99CC00',
  'FFCC00',
  'FF9900',
  'FF6600',
  '666699',
  '969696',
  '003366',
  '339966',
  '003300',
  '333300',
  '993300',
  '993366',
  '333399',
  '333333',
];

/** Office's default theme, for a workbook without its theme part: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
const DEFAULT_THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

/** The theme's twelve colours in the order colour attributes index them (lt1 and dk1 come first). */
export function themeColours(pack: OfficePackage, part: string | undefined): string[] {
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
  return channels
    .map((channel) =>
      Math.round(channel * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** A colour element's attributes as CSS ("#RRGGBB"), or undefined for "automatic" and what cannot be read. */
export function colourOf(attributes: string, theme: readonly string[]): string | undefined {
  if (booleanAttribute(attributes, 'auto') === true) return undefined;
  const tint = Number(attribute(attributes, 'tint') ?? 0);
  const rgb = attribute(attributes, 'rgb');
  let hex: string | undefined;
  if (rgb !== undefined && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) hex = rgb.slice(-6).toUpperCase();
  else if (attribute(attributes, 'theme') !== undefined) hex = theme[Number(attribute(attributes, 'theme'))];
  else if (attribute(attributes, 'indexed') !== undefined) hex = INDEXED[Number(attribute(attributes, 'indexed'))];
  return hex === undefined ? undefined : `#${tinted(hex, tint)}`;
}
