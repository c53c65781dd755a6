import { rangeA1 } from '../domain';
import type { CreatedTable } from '../workbook/budget-workbook';

/**
 * « Créer un tableau de budget »: a new sheet of ours with an empty table whose columns are named
 * one by one, its amount columns in euros. No cell of the officer's is written.
 */
export async function addBudgetTable(context: Excel.RequestContext, sheetName: string, headers: readonly string[]): Promise<CreatedTable> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const taken = new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase()));
  let name = sheetName;
  for (let index = 2; taken.has(name.toLowerCase()); index++) name = `${sheetName} ${index}`;
  const sheet = worksheets.add(name);
  const table = sheet.tables.add(rangeA1(0, 0, 1, headers.length - 1), true);
  table.load('name');
  headers.forEach((header, index) => {
    table.columns.getItemAt(index).name = header;
  });
  // The four amount columns (cost, State, Department, other) in euros.
  sheet.getRange(rangeA1(1, 3, 1, headers.length - 1)).numberFormat = [Array<string>(headers.length - 3).fill('#,##0.00 "€"')];
  sheet.activate();
  sheet.getRange('A2').select();
  await context.sync();
  return { sheet: name, range: rangeA1(0, 0, 1, headers.length - 1) };
}
