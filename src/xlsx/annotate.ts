import type ExcelJS from 'exceljs';
import { type Finding, type Lang } from '../domain';
import { FLAG_COLOURS } from '../workbook/flag-colours';

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
 * Marks each flagged cell of a workbook read by exceljs: red fill for an error, amber for a warning,
 * and a note with the messages. The officer's own note is kept above ours; values, formulas and
 * every other cell are not touched. Returns how many cells were marked.
 */
export function annotateWorkbook(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): number {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.cell === null) continue;
    const key = `${finding.sheet}\u0000${finding.cell}`;
    const list = byCell.get(key) ?? [];
    list.push(finding);
    byCell.set(key, list);
  }
  let marked = 0;
  for (const [key, cellFindings] of byCell) {
    const [sheetName = '', address = ''] = key.split('\u0000');
    const cell = workbook.getWorksheet(sheetName)?.getCell(address);
    if (!cell) continue;
    const severity = cellFindings.some((finding) => finding.severity === 'error') ? 'error' : 'warning';
    // exceljs shares one style object between cells of the same style: replace it, never mutate it.
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(FLAG_COLOURS[severity].fill) } },
    };
    const ours = `${NOTE_TITLE}\n${cellFindings.map((finding) => `• ${finding.message[lang]}`).join('\n')}`;
    const theirs = noteText(cell.note);
    cell.note = theirs === '' ? ours : `${theirs}\n\n${ours}`;
    marked++;
  }
  return marked;
}
