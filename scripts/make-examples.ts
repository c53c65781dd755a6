/**
 * Writes the example workbooks of examples/ (committed, so that a newcomer can run the command line
 * at once): the 2022 convention as it should be, and the same with the mistakes officers make.
 *   npx tsx scripts/make-examples.ts
 */
import { writeWorkbook } from '../test/helpers/xlsx';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../src/sample/sample-budgets';

async function main() {
  await writeWorkbook('examples/convention-bassin-minier-2022.xlsx', [
    { name: 'Nord', rows: NORD_SHEET.rows, table: 'BudgetNord' },
    { name: 'Pas-de-Calais', rows: [['Convention Bassin minier 2022 — Département du Pas-de-Calais'], [], ...PAS_DE_CALAIS_SHEET.rows] },
  ]);
  const broken = NORD_SHEET.rows.map((row, index) => {
    if (index === 2) return [2, null, row[2], 180000, 90001, 109146];
    if (index === 3) return [3, 2, row[2], 95000, '42,181', 52819];
    if (index === 4) return [4, 1, row[2], 130000, 54460, 50000];
    return row;
  });
  await writeWorkbook('examples/budget-a-corriger.xlsx', [{ name: 'Nord', rows: [...broken, ['Total', null, null, 1745883, 500000, 1245883]] }]);
}

void main();
