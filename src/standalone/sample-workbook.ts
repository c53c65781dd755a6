import { MemoryWorkbook } from '../memory/memory-workbook';
import { SAMPLE_ENVELOPE_CENTS, SAMPLE_SHEETS, SAMPLE_YEAR } from '../sample/sample-budgets';

/** The page's built-in workbook: the 2022 convention's two beneficiaries, one sheet each. */
export async function sampleWorkbook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(SAMPLE_SHEETS.map((sheet) => ({ name: sheet.name, rows: sheet.rows })));
  await workbook.writeSettings({
    version: 1,
    budgets: Object.fromEntries(SAMPLE_SHEETS.map((sheet) => [`sheet:${sheet.name}`, { envelope: SAMPLE_ENVELOPE_CENTS, year: SAMPLE_YEAR }])),
  });
  return workbook;
}
