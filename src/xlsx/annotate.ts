import type { Finding } from '../domain';
import { type CellMark, patchXlsx } from './xlsx-edit';

/** The marks of a check: one per flagged cell, red when any of its findings is an error; `text` writes a finding's sentence. */
export function marksOf(findings: readonly Finding[], text: (finding: Finding) => string): CellMark[] {
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const finding of findings) {
    if (finding.cell === null) continue;
    const key = `${finding.sheet}\u0000${finding.cell}`;
    const entry = byCell.get(key) ?? { sheet: finding.sheet, cell: finding.cell, findings: [] };
    entry.findings.push(finding);
    byCell.set(key, entry);
  }
  return [...byCell.values()].map(({ sheet, cell, findings: onCell }) => ({
    sheet,
    cell,
    severity: onCell.some((finding) => finding.severity === 'error') ? 'error' : 'warning',
    messages: onCell.map((finding) => text(finding)),
  }));
}

/**
 * A copy of a workbook file with each flagged cell filled (red: error, amber: warning, a conditional
 * format of ours over the cell's own fill) and noted (`check --annotate`): the file itself, patched,
 * so that nothing of it is lost; the officer's own note on a cell is kept above ours. A file we
 * marked before loses the marks of ours no longer flagged, and its current ones are replaced.
 */
export function annotatedCopy(bytes: Uint8Array, findings: readonly Finding[], text: (finding: Finding) => string): { bytes: Uint8Array; marked: number } {
  const marks = marksOf(findings, text);
  return { bytes: patchXlsx(bytes, { cells: new Map(), marks }), marked: marks.length };
}
