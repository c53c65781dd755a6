import { a1, parseA1 } from '../domain';
import { type CellWrite, cellXml } from './cell-xml';
import { moveFormula } from './formula-text';
import type { MarkStyles } from './mark-styles';
import { attribute } from './xml-scan';

/**
 * A sheet's cells patched in its XML: the cells written get new elements (their style kept), a
 * cell written where the file has none is added in column order, in its row or in a row added in
 * order; every other byte of the sheet is the file's.
 */

/** The attributes of a cell element other than its reference and type (its style, say). */
function keptAttributes(attributes: string, style: number | null): string {
  let kept = attributes
    .replace(/\s(?:[\w.-]+:)?r="[^"]*"/, '')
    .replace(/\s(?:[\w.-]+:)?t="[^"]*"/, '')
    .replace(/\s+$/, '');
  if (style !== null) kept = `${kept.replace(/\s(?:[\w.-]+:)?s="[^"]*"/, '')} s="${style}"`;
  return kept;
}

/** What a cell of the sheet gets: a value or formula written, its first version's fill taken out, or both. */
export interface CellTarget {
  write?: CellWrite;
  /** The cell had a note of ours: a fill of ours in its style (the first version's marks) goes. */
  unfill?: boolean;
}

function columnOfReference(reference: string): number {
  return parseA1(reference)?.column ?? -1;
}

/** The sheet's XML with its edited and marked cells rewritten, and nothing else changed. */
export function patchSheet(xml: string, targets: Map<number, Map<number, CellTarget>>, styles: MarkStyles | null): string {
  const prefix = /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? '';
  const p = prefix;
  const rowPattern = new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, 'g');
  const cellPattern = new RegExp(`<${p}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, 'g');
  const sharedText = new RegExp(`<${p}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}f>)`);
  const styleOf = (attributes: string) => Number(attribute(attributes, 's') ?? 0) || 0;
  /** Shared formulas whose first cell is rewritten: their other cells get their own formula. */
  const orphaned = new Map<string, { text: string; row: number; column: number }>();

  const rewriteCell = (address: string, row: number, column: number, attributes: string, content: string | null, target: CellTarget): string => {
    const style = target.unfill === true && styles !== null ? styles.withoutOurFill(styleOf(attributes)) : null;
    if (target.write !== undefined) {
      const f = content === null ? null : sharedText.exec(content);
      if (f !== null && attribute(f[1] ?? '', 't') === 'shared' && (f[2] ?? '') !== '') orphaned.set(attribute(f[1] ?? '', 'si') ?? '', { text: f[2] ?? '', row, column });
      return cellXml(address, target.write, keptAttributes(attributes, style), p);
    }
    const kept = keptAttributes(attributes, style);
    const type = attribute(attributes, 't');
    const typed = type === undefined ? '' : ` t="${type}"`;
    return content === null ? `<${p}c r="${address}"${kept}${typed}/>` : `<${p}c r="${address}"${kept}${typed}>${content}</${p}c>`;
  };

  const rewriteRow = (row: number, content: string, wanted: Map<number, CellTarget>): string => {
    const pending = new Map(wanted);
    let column = -1;
    let out = '';
    let last = 0;
    for (const match of content.matchAll(cellPattern)) {
      const attributes = match[1] ?? '';
      const reference = attribute(attributes, 'r');
      column = reference === undefined ? column + 1 : columnOfReference(reference);
      // Cells we add go before the first cell to their right.
      for (const [wantedColumn, target] of [...pending].sort((a, b) => a[0] - b[0])) {
        if (wantedColumn >= column) break;
        if (target.write !== undefined) {
          out += content.slice(last, match.index) + rewriteCell(a1(row, wantedColumn), row, wantedColumn, '', null, target);
          last = match.index ?? last;
        }
        pending.delete(wantedColumn);
      }
      const target = pending.get(column);
      if (target === undefined) continue;
      out += content.slice(last, match.index) + rewriteCell(a1(row, column), row, column, attributes, match[2] ?? null, target);
      last = (match.index ?? 0) + match[0].length;
      pending.delete(column);
    }
    out += content.slice(last);
    for (const [wantedColumn, target] of [...pending].sort((a, b) => a[0] - b[0])) if (target.write !== undefined) out += rewriteCell(a1(row, wantedColumn), row, wantedColumn, '', null, target);
    return out;
  };

  const open = new RegExp(`<${p}sheetData\\b([^>]*?)(/?)>`).exec(xml);
  if (open === null) return xml;
  const dataStart = open.index + open[0].length;
  const dataEnd = open[2] === '/' ? dataStart : xml.indexOf(`</${p}sheetData>`, dataStart);
  const data = xml.slice(dataStart, dataEnd);
  // A row is added only for a cell written in it: a style to restore is on a cell that is there.
  const pendingRows = new Map([...targets].filter(([, wanted]) => [...wanted.values()].some((target) => target.write !== undefined)));
  let row = -1;
  let out = '';
  let last = 0;
  const newRow = (number: number, wanted: Map<number, CellTarget>) => `<${p}row r="${number + 1}">${rewriteRow(number, '', wanted)}</${p}row>`;
  for (const match of data.matchAll(rowPattern)) {
    const attributes = match[1] ?? '';
    const r = Number(attribute(attributes, 'r'));
    row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
    for (const [wantedRow, wanted] of [...pendingRows].sort((a, b) => a[0] - b[0])) {
      if (wantedRow >= row) break;
      out += data.slice(last, match.index) + newRow(wantedRow, wanted);
      last = match.index ?? last;
      pendingRows.delete(wantedRow);
    }
    const wanted = targets.get(row);
    pendingRows.delete(row);
    if (wanted === undefined) continue;
    const content = match[2] ?? '';
    const rowAttributes = attribute(attributes, 'r') === undefined ? `${attributes} r="${row + 1}"` : attributes;
    out += data.slice(last, match.index) + `<${p}row${rowAttributes}>${rewriteRow(row, content, wanted)}</${p}row>`;
    last = (match.index ?? 0) + match[0].length;
  }
  out += data.slice(last);
  for (const [wantedRow, wanted] of [...pendingRows].sort((a, b) => a[0] - b[0])) out += newRow(wantedRow, wanted);
  let result = open[2] === '/' ? `${xml.slice(0, open.index)}<${p}sheetData${open[1] ?? ''}>${out}</${p}sheetData>${xml.slice(dataStart)}` : xml.slice(0, dataStart) + out + xml.slice(dataEnd);
  if (orphaned.size > 0) result = writeOutSharedFormulas(result, p, orphaned);
  return result;
}

/** The other cells of shared formulas whose first cell was rewritten: each gets its formula written out. */
function writeOutSharedFormulas(xml: string, p: string, orphaned: Map<string, { text: string; row: number; column: number }>): string {
  let row = -1;
  return xml.replace(new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, 'g'), (whole, attributes: string, content: string | undefined) => {
    const r = Number(attribute(attributes, 'r'));
    row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
    if (content === undefined || !content.includes('t="shared"')) return whole;
    let column = -1;
    const cells = content.replace(new RegExp(`<${p}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, 'g'), (cell, cellAttributes: string, inner: string | undefined) => {
      const reference = attribute(cellAttributes, 'r');
      column = reference === undefined ? column + 1 : columnOfReference(reference);
      if (inner === undefined) return cell;
      const formula = new RegExp(`<${p}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}f>)`).exec(inner);
      if (formula === null || attribute(formula[1] ?? '', 't') !== 'shared') return cell;
      const first = orphaned.get(attribute(formula[1] ?? '', 'si') ?? '');
      if (first === undefined) return cell;
      const text = (formula[2] ?? '') !== '' ? (formula[2] ?? '') : moveFormula(first.text, row - first.row, column - first.column);
      return cell.replace(formula[0], `<${p}f>${text}</${p}f>`);
    });
    return whole.replace(content, cells);
  });
}
