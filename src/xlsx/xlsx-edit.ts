import { unzipSync, zipSync } from 'fflate';
import { parseA1, type Severity } from '../domain';
import { recalculateOnLoad } from './calc-patch';
import { type CellTarget, patchSheet } from './cell-patch';
import type { CellWrite } from './cell-xml';
import { syncFormats } from './mark-formats';
import { syncNotes } from './mark-notes';
import { MarkStyles } from './mark-styles';
import { Parts } from './package-edit';
import { DEFAULT_WORKBOOK_PART, readWorkbookPart } from './workbook-part';

export type { CellWrite };

/**
 * Writes the officer's workbook back with their edits and our marks, touching nothing else: the
 * file's parts are patched where they must change (a cell's value or formula, our conditional
 * formats, our notes), and every other part is kept as it was read — styles, widths, merges,
 * validations, the officer's conditional formats and notes, charts, names, whatever the writer put
 * there. A library that rebuilds the workbook from its own model loses what it does not model; this
 * never reads what it does not change. Our marks already in the file (it was marked before) are
 * taken back first. Each kind of patch has its file: cell-patch.ts (cells), mark-formats.ts and
 * mark-styles.ts (our fills and their styles), mark-notes.ts (our notes), calc-patch.ts
 * (recalculation on opening).
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
