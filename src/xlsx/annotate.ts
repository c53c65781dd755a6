import type ExcelJS from 'exceljs';
import type { Finding, Lang } from '../domain';
import { type CellMark, markCells } from './mark-cells';

/** Marks each flagged cell with its findings' messages in the chosen language (`check --annotate`). */
export function annotateWorkbook(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): number {
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const finding of findings) {
    if (finding.cell === null) continue;
    const key = `${finding.sheet}\u0000${finding.cell}`;
    const entry = byCell.get(key) ?? { sheet: finding.sheet, cell: finding.cell, findings: [] };
    entry.findings.push(finding);
    byCell.set(key, entry);
  }
  const marks: CellMark[] = [...byCell.values()].map(({ sheet, cell, findings: onCell }) => ({
    sheet,
    cell,
    severity: onCell.some((finding) => finding.severity === 'error') ? 'error' : 'warning',
    messages: onCell.map((finding) => finding.message[lang]),
  }));
  return markCells(workbook, marks);
}
