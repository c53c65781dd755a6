import { a1, columnLetters, parseA1, type Severity } from '../domain';
import { isOurMarkFormula, MARK_MARKER } from '../workbook/our-marks';
import type { MarkStyles } from './mark-styles';
import { decodeEntities } from './xml-scan';

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
    for (let index = 0; index < sorted.length;) {
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
    const bySeverity = (['error', 'warning'] as const)
      .map((severity) => ({ severity, cells: marks.filter((mark) => mark.severity === severity).map((mark) => mark.cell) }))
      .filter((group) => group.cells.length > 0);
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
