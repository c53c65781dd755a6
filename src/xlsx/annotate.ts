import type ExcelJS from 'exceljs';
import type { Finding, Lang } from '../domain';
import { type CellMark, markCells } from './mark-cells';

/** The marks of a check: one per flagged cell, red when any of its findings is an error. */
export function marksOf(findings: readonly Finding[], lang: Lang): CellMark[] {
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
    messages: onCell.map((finding) => finding.message[lang]),
  }));
}

/** Marks each flagged cell with its findings' messages in the chosen language (`check --annotate`). */
export function annotateWorkbook(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): number {
  return markCells(workbook, marksOf(findings, lang));
}

/** A copy that could not be made, with the reason in each language. */
export class AnnotateError extends Error {
  constructor(readonly reason: { fr: string; en: string }) {
    super(reason.en);
    this.name = 'AnnotateError';
  }
}

/** A marked copy of a workbook file, and how many cells were marked. */
export async function annotatedCopy(bytes: Uint8Array, findings: readonly Finding[], lang: Lang): Promise<{ bytes: Uint8Array; marked: number }> {
  // exceljs loads only when a copy is asked for: a plain check never pays for it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AnnotateError({
      fr: 'le classeur ne peut pas être recopié tel quel ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau',
      en: 'the workbook cannot be copied as it is; open it in Excel or LibreOffice and save it again',
    });
  }
  const marked = annotateWorkbook(workbook, findings, lang);
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), marked };
}
