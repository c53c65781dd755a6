import type { Severity } from '../domain';
import { FLAG_COLOURS } from '../workbook/flag-colours';
import { isOurFillArgb } from '../workbook/our-marks';
import { attribute } from './xml-scan';

/**
 * The styles part as our marks need it: the differential formats (dxf) our conditional formats
 * name, added once, and, for the first version's marks (our fill in the cell's style), each such
 * style without our fill: the style it was made from, or one added.
 */

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** The differential formats (dxf) our conditional formats name, and the styles without our fill of the first version. */
export class MarkStyles {
  private readonly prefix: string;
  private readonly dxfs: string[];
  private readonly addedDxfs: string[] = [];
  private readonly dxfIds = new Map<Severity, number>();
  private readonly fills: Array<string | undefined>;
  private readonly xfs: string[];
  private readonly addedXfs: string[] = [];
  private readonly unfilled = new Map<number, number | null>();

  constructor(private readonly xml: string) {
    const p = (this.prefix = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? '');
    const section = (name: string) => new RegExp(`<${p}${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${name}>)`).exec(xml)?.[1] ?? '';
    const items = (inner: string, name: string) => [...inner.matchAll(new RegExp(`<${p}${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${name}>)`, 'g'))].map((match) => match[0]);
    this.dxfs = items(section('dxfs'), 'dxf');
    this.xfs = items(section('cellXfs'), 'xf');
    this.fills = items(section('fills'), 'fill').map((fill) => {
      if (!/patternType="solid"/.test(fill)) return undefined;
      return /<(?:\w+:)?fgColor\b[^>]*\brgb="([0-9A-Fa-f]{6,8})"/.exec(fill)?.[1];
    });
  }

  /** The dxf of our fill for a severity: one the file holds already (ours, written before), or one added. */
  dxfFor(severity: Severity): number {
    const known = this.dxfIds.get(severity);
    if (known !== undefined) return known;
    const p = this.prefix;
    const colours = FLAG_COLOURS[severity];
    const dxf = `<${p}dxf><${p}font><${p}color rgb="${argb(colours.text)}"/></${p}font><${p}fill><${p}patternFill><${p}bgColor rgb="${argb(colours.fill)}"/></${p}patternFill></${p}fill></${p}dxf>`;
    let id = this.dxfs.indexOf(dxf);
    if (id < 0) {
      id = this.dxfs.length + this.addedDxfs.length;
      this.addedDxfs.push(dxf);
    }
    this.dxfIds.set(severity, id);
    return id;
  }

  /** For a style whose fill is ours (the first version's marks), the same style without it; else null. */
  withoutOurFill(style: number): number | null {
    if (this.unfilled.has(style)) return this.unfilled.get(style) ?? null;
    const xf = this.xfs[style];
    const fillId = Number(attribute(/^<[^>]*>/.exec(xf ?? '')?.[0] ?? '', 'fillId') ?? 0);
    let result: number | null = null;
    if (xf !== undefined && isOurFillArgb(this.fills[fillId])) {
      const bare = (text: string) => text.replace(/\s(?:fillId|applyFill)="[^"]*"/g, '');
      const candidates = this.xfs
        .map((other, index) => ({ other, index, fill: Number(attribute(/^<[^>]*>/.exec(other)?.[0] ?? '', 'fillId') ?? 0) }))
        .filter(({ other, index, fill }) => index !== style && !isOurFillArgb(this.fills[fill]) && bare(other) === bare(xf));
      // The one style it was made from when it is the only one alike; else the same style without a fill.
      const found = candidates.length === 1 ? candidates[0] : candidates.find((candidate) => candidate.fill === 0);
      if (found !== undefined) result = found.index;
      else {
        result = this.xfs.length + this.addedXfs.length;
        this.addedXfs.push(bare(xf).replace(/^<(\w+:)?xf\b/, '$& fillId="0"'));
      }
    }
    this.unfilled.set(style, result);
    return result;
  }

  /** The styles part with what was added, or null when nothing was. */
  result(): string | null {
    if (this.addedDxfs.length === 0 && this.addedXfs.length === 0) return null;
    let xml = this.xml;
    const p = this.prefix;
    const addTo = (element: string, items: string[], total: number) => {
      if (items.length === 0) return;
      const open = new RegExp(`<${p}${element}\\b([^>]*?)(/?)>`);
      const match = open.exec(xml);
      if (match === null) {
        // The schema's order: dxfs come after cellStyles (or cellXfs), before tableStyles.
        const before = new RegExp(`<${p}(?:tableStyles|colors|extLst)\\b|</${p}styleSheet>`).exec(xml);
        const at = before?.index ?? xml.length;
        xml = `${xml.slice(0, at)}<${p}${element} count="${total}">${items.join('')}</${p}${element}>${xml.slice(at)}`;
        return;
      }
      const attributes = (match[1] ?? '').replace(/\scount="\d+"/, '');
      if (match[2] === '/') xml = xml.replace(open, `<${p}${element}${attributes} count="${total}">${items.join('')}</${p}${element}>`);
      else xml = xml.replace(open, `<${p}${element}${attributes} count="${total}">`).replace(`</${p}${element}>`, `${items.join('')}</${p}${element}>`);
    };
    addTo('cellXfs', this.addedXfs, this.xfs.length + this.addedXfs.length);
    addTo('dxfs', this.addedDxfs, this.dxfs.length + this.addedDxfs.length);
    return xml;
  }
}
