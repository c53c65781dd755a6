import { a1, columnLetters, parseA1, type Severity } from '../domain';
import { FLAG_COLOURS } from '../workbook/flag-colours';
import { isOurFillArgb, isOurMarkFormula, MARK_MARKER } from '../workbook/our-marks';
import { attribute, decodeEntities } from './xml-scan';

/**
 * Our fills in a workbook file: a conditional format of ours over the flagged cells, drawn over
 * the cell's own fill and over the officer's conditional formats, and never a change of the
 * cell's style, so that taking it out leaves the cell as the officer made it. The formats of ours
 * already in the sheet are taken out before the current ones are written; the officer's are kept,
 * moved down in priority only when ours would not otherwise come first.
 *
 * The first version of the page and `check --annotate` put our fill in the cell's style; a cell
 * with a note of ours and such a fill gets a style without it back.
 */

export interface FormatMark {
  readonly cell: string;
  readonly severity: Severity;
}

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

/** A sheet's flagged cells as a short list of areas: runs of rows in one column ("E4:E9 D7"). */
function areasOf(cells: readonly string[]): string {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const at = parseA1(cell);
    if (at === null) continue;
    byColumn.set(at.column, [...(byColumn.get(at.column) ?? []), at.row]);
  }
  const areas: string[] = [];
  for (const [column, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    for (let index = 0; index < sorted.length; ) {
      let end = index;
      while (end + 1 < sorted.length && (sorted[end + 1] ?? 0) === (sorted[end] ?? 0) + 1) end++;
      const top = sorted[index] ?? 0;
      const bottom = sorted[end] ?? 0;
      areas.push(top === bottom ? a1(top, column) : `${columnLetters(column)}${top + 1}:${columnLetters(column)}${bottom + 1}`);
      index = end + 1;
    }
  }
  return areas.join(' ');
}

/** Elements that come after conditionalFormatting in a worksheet, in the schema's order. */
const AFTER_FORMATS =
  'dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst';

/**
 * A sheet's XML with our conditional formats taken out and the current ones written, and nothing
 * else changed but, when ours must come first, the officer's formats' priorities (their order kept).
 */
export function syncFormats(xml: string, marks: readonly FormatMark[], styles: MarkStyles | null): string {
  const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const dataEnd = xml.indexOf(`</${p}sheetData>`);
  const tailStart = dataEnd < 0 ? 0 : dataEnd;
  let tail = xml.slice(tailStart);
  if (marks.length === 0 && !tail.includes(MARK_MARKER)) return xml;

  // Ours taken out, rule by rule: Excel may have grouped a rule of ours with the officer's.
  const rule = new RegExp(`<${p}cfRule\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}cfRule>)`, 'g');
  tail = tail.replace(new RegExp(`<${p}conditionalFormatting\\b([^>]*)>([\\s\\S]*?)</${p}conditionalFormatting>`, 'g'), (whole, _attributes: string, inner: string) => {
    if (!inner.includes(MARK_MARKER)) return whole;
    const kept = inner.replace(rule, (found) => (isOurMarkFormula(decodeEntities(found)) ? '' : found));
    return new RegExp(`<${p}cfRule\\b`).test(kept) ? whole.replace(inner, () => kept) : '';
  });

  if (marks.length > 0 && styles !== null) {
    const bySeverity = (['error', 'warning'] as const).map((severity) => ({ severity, cells: marks.filter((mark) => mark.severity === severity).map((mark) => mark.cell) })).filter((group) => group.cells.length > 0);
    // Ours come first: the officer's formats go below them when they would not.
    const priorities = [...tail.matchAll(/<(?:\w+:)?cfRule\b[^>]*?\bpriority="(-?\d+)"/g)].map((match) => Number(match[1]));
    const lowest = priorities.length === 0 ? Infinity : Math.min(...priorities);
    if (lowest <= bySeverity.length) {
      const shift = bySeverity.length - lowest + 1;
      tail = tail.replace(/(<(?:\w+:)?cfRule\b[^>]*?\bpriority=")(-?\d+)(")/g, (_whole, before: string, value: string, after: string) => `${before}${Number(value) + shift}${after}`);
    }
    const written = bySeverity
      .map(({ severity, cells }, index) => {
        const sqref = areasOf(cells);
        // The Excel add-in's marker (its rule, then a key of 8 hex digits, none of its own): the add-in takes such a format back too.
        const formula = `N("${MARK_MARKER}:mark-${severity}:00000000")+1`;
        return `<${p}conditionalFormatting sqref="${sqref}"><${p}cfRule type="expression" dxfId="${styles.dxfFor(severity)}" priority="${index + 1}"><${p}formula>${formula.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
      })
      .join('');
    const lastFormat = tail.lastIndexOf(`</${p}conditionalFormatting>`);
    let at: number;
    if (lastFormat >= 0) at = lastFormat + `</${p}conditionalFormatting>`.length;
    else {
      const next = new RegExp(`<${p}(?:${AFTER_FORMATS})\\b|</${p}worksheet>`).exec(tail);
      at = next?.index ?? tail.length;
    }
    tail = tail.slice(0, at) + written + tail.slice(at);
  }
  return xml.slice(0, tailStart) + tail;
}
