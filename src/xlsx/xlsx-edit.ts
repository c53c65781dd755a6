import { unzipSync, zipSync } from 'fflate';
import { a1, parseA1, type Severity } from '../domain';
import { type CellWrite, cellXml } from './cell-xml';
import { moveFormula } from './formula-text';
import { MarkStyles, syncFormats } from './mark-formats';
import { syncNotes } from './mark-notes';
import { Parts } from './package-edit';
import { DEFAULT_WORKBOOK_PART, readWorkbookPart } from './workbook-part';
import { attribute } from './xml-scan';

export type { CellWrite };

/**
 * Writes the officer's workbook back with their edits and our marks, touching nothing else: the
 * file's parts are patched where they must change (a cell's value or formula, our conditional
 * formats, our notes), and every other part is kept as it was read — styles, widths, merges,
 * validations, the officer's conditional formats and notes, charts, names, whatever the writer put
 * there. A library that rebuilds the workbook from its own model loses what it does not model; this
 * never reads what it does not change. Our marks already in the file (it was marked before) are
 * taken back first: see mark-formats.ts and mark-notes.ts.
 */

/** A flag to write into a workbook file: a fill over the cell (a conditional format of ours), and a note with the messages. */
export interface CellMark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly messages: readonly string[];
}

export interface WorkbookPatch {
  /** By sheet name, then A1 address: cells whose value or formula is written. */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, CellWrite>>;
  readonly marks: readonly CellMark[];
}

/** Each worksheet's part, by sheet name. */
function sheetParts(parts: Parts): { workbookPart: string; sheets: Map<string, string> } {
  const root = parts.rels('').list.find((rel) => rel.type === 'officeDocument')?.target ?? DEFAULT_WORKBOOK_PART;
  const rels = parts.rels(root).list;
  const sheets = new Map<string, string>();
  for (const entry of readWorkbookPart(parts.text(root)).sheets) {
    const target = rels.find((rel) => rel.id === entry.relationId)?.target;
    if (target !== undefined) sheets.set(entry.name, target);
  }
  return { workbookPart: root, sheets };
}

/** The attributes of a cell element other than its reference and type (its style, say). */
function keptAttributes(attributes: string, style: number | null): string {
  let kept = attributes.replace(/\s(?:[\w.-]+:)?r="[^"]*"/, '').replace(/\s(?:[\w.-]+:)?t="[^"]*"/, '').replace(/\s+$/, '');
  if (style !== null) kept = `${kept.replace(/\s(?:[\w.-]+:)?s="[^"]*"/, '')} s="${style}"`;
  return kept;
}

interface CellTarget {
  write?: CellWrite;
  /** The cell had a note of ours: a fill of ours in its style (the first version's marks) goes. */
  unfill?: boolean;
}

function columnOfReference(reference: string): number {
  return parseA1(reference)?.column ?? -1;
}

/** The sheet's XML with its edited and marked cells rewritten, and nothing else changed. */
function patchSheet(xml: string, targets: Map<number, Map<number, CellTarget>>, styles: MarkStyles | null): string {
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

/** Sets the workbook to recalculate on opening: a value we wrote changes what formulas show. */
function recalculateOnLoad(parts: Parts, workbookPart: string): void {
  let xml = parts.text(workbookPart);
  const p = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const calc = new RegExp(`<${p}calcPr\\b([^>]*?)(/?)>`).exec(xml);
  if (calc !== null) {
    const attributes = (calc[1] ?? '').replace(/\sfullCalcOnLoad="[^"]*"/, '');
    xml = xml.replace(calc[0], `<${p}calcPr${attributes} fullCalcOnLoad="1"${calc[2]}>`);
  } else {
    const after = new RegExp(`<${p}(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${p}workbook>`).exec(xml);
    if (after !== null) xml = `${xml.slice(0, after.index)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(after.index)}`;
  }
  parts.set(workbookPart, xml);
  // Excel's calculation chain may name cells that no longer hold a formula: dropped, Excel rebuilds it.
  const chain = parts.rels(workbookPart).list.find((rel) => rel.type === 'calcChain');
  if (chain !== undefined && parts.has(chain.target)) {
    delete parts.files[chain.target];
    const rels = parts.rels(workbookPart);
    parts.set(rels.name, rels.xml.replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*Id="${chain.id}"[^>]*/>`), ''));
    parts.set('[Content_Types].xml', parts.text('[Content_Types].xml').replace(new RegExp(`<Override\\b[^>]*PartName="/${chain.target}"[^>]*/>`), ''));
  }
}

/** The workbook file with the patch applied; every part the patch does not concern is kept as it was. */
export function patchXlsx(bytes: Uint8Array, patch: WorkbookPatch): Uint8Array {
  const parts = new Parts(unzipSync(bytes));
  const { workbookPart, sheets } = sheetParts(parts);
  const stylesTarget = parts.rels(workbookPart).list.find((rel) => rel.type === 'styles')?.target;
  const styles = stylesTarget !== undefined && parts.has(stylesTarget) ? new MarkStyles(parts.text(stylesTarget)) : null;
  // Every sheet: one marked before may hold marks of ours that are no longer flagged.
  for (const [sheet, part] of sheets) {
    if (!parts.has(part)) continue;
    const marks = patch.marks.filter((mark) => mark.sheet === sheet);
    const wasMarked = syncNotes(parts, part, marks);
    const targets = new Map<number, Map<number, CellTarget>>();
    const target = (address: string) => {
      const cell = parseA1(address);
      if (cell === null) return null;
      const row = targets.get(cell.row) ?? new Map<number, CellTarget>();
      targets.set(cell.row, row);
      const entry = row.get(cell.column) ?? {};
      row.set(cell.column, entry);
      return entry;
    };
    for (const [address, write] of patch.cells.get(sheet) ?? []) {
      const entry = target(address);
      if (entry !== null) entry.write = write;
    }
    for (const address of wasMarked) {
      const entry = target(address);
      if (entry !== null) entry.unfill = true;
    }
    let xml = parts.text(part);
    const before = xml;
    if (targets.size > 0) xml = patchSheet(xml, targets, styles);
    xml = syncFormats(xml, marks, styles);
    if (xml !== before) parts.set(part, xml);
  }
  const stylesXml = styles?.result() ?? null;
  if (stylesXml !== null && stylesTarget !== undefined) parts.set(stylesTarget, stylesXml);
  if ([...patch.cells.values()].some((cells) => cells.size > 0)) recalculateOnLoad(parts, workbookPart);
  return zipSync(parts.files, { level: 6 });
}
