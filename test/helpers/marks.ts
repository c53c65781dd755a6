import type ExcelJS from 'exceljs';
import { parseRange } from '../../src/domain';

interface ReadFormat {
  ref: string;
  rules: Array<{ type: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } } } }>;
}

/**
 * Our fills as another reader (exceljs) sees them: our conditional formats (their formula carries
 * our marker), each cell they cover with the fill they draw, by address.
 */
export function markFills(sheet: ExcelJS.Worksheet): Map<string, string | undefined> {
  const fills = new Map<string, string | undefined>();
  const formats = (sheet as unknown as { conditionalFormattings: ReadFormat[] }).conditionalFormattings;
  for (const format of formats) {
    const rule = format.rules.find((candidate) => (candidate.formulae ?? []).some((formula) => formula.includes('"convention-budget:')));
    if (rule === undefined) continue;
    const fill = rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb;
    for (const area of format.ref.split(/\s+/)) {
      const range = parseRange(area.includes(':') ? area : `${area}:${area}`);
      if (range === null) continue;
      for (let row = range.from.row; row <= range.to.row; row++) {
        for (let column = range.from.column; column <= range.to.column; column++) fills.set(`${String.fromCharCode(65 + column)}${row + 1}`, fill);
      }
    }
  }
  return fills;
}
