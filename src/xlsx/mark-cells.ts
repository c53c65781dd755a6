import type ExcelJS from 'exceljs';
import type { Severity } from '../domain';
import { FLAG_COLOURS } from '../workbook/flag-colours';

/** A flag to write into a workbook file: the cell's fill, and a note with the messages. */
export interface CellMark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly messages: readonly string[];
}

const NOTE_TITLE = 'Convention Budget';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (note === undefined) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/**
 * Marks cells of a workbook read or built by exceljs: red fill for an error, amber for a warning,
 * and a note with the messages. The officer's own note is kept above ours; values, formulas and
 * every other cell are not touched. Returns how many cells were marked.
 */
export function markCells(workbook: ExcelJS.Workbook, marks: readonly CellMark[]): number {
  let marked = 0;
  for (const mark of marks) {
    const cell = workbook.getWorksheet(mark.sheet)?.getCell(mark.cell);
    if (!cell) continue;
    // exceljs shares one style object between cells of the same style: replace it, never mutate it.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(FLAG_COLOURS[mark.severity].fill) } } };
    const ours = `${NOTE_TITLE}\n${mark.messages.map((message) => `• ${message}`).join('\n')}`;
    const theirs = noteText(cell.note);
    cell.note = theirs === '' ? ours : `${theirs}\n\n${ours}`;
    marked++;
  }
  return marked;
}
