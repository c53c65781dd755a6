import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBudgetFile } from '../../src/addin/budget-file';
import { BudgetFileError } from '../../src/document/budget-file';
import { checkWorkbook } from '../../src/domain';

/** The budget's workbook opened from the Word pane: our own reader, on files Excel and LibreOffice wrote. */
describe('Ouvrir le classeur du budget…', () => {
  test('the example workbook: both beneficiaries read', async () => {
    const file = new File([readFileSync(join(__dirname, '../../examples/convention-bassin-minier-2022.xlsx'))], 'convention-bassin-minier-2022.xlsx');
    const result = checkWorkbook(await openBudgetFile(file));
    expect(result.budgets.map((budget) => budget.label)).toEqual(['Nord', 'Convention Bassin minier 2022 — Département du Pas-de-Calais']);
    expect(result.budgets[0]?.totals.cost).toBe(174_588_300);
  });

  test.each(['excel', 'libreoffice'])('every workbook %s saved: read, or refused with a sentence (never a crash)', async (folder) => {
    const { readdirSync } = await import('node:fs');
    const directory = join(__dirname, '../fixtures', folder);
    for (const name of readdirSync(directory).filter((entry) => entry.endsWith('.xlsx'))) {
      const file = new File([readFileSync(join(directory, name))], name);
      const outcome = await openBudgetFile(file).then(
        (snapshot) => snapshot.sheets.length,
        (error: unknown) => (error instanceof BudgetFileError ? error.reason.fr : error),
      );
      expect(typeof outcome === 'number' || typeof outcome === 'string').toBe(true);
    }
  });

  test('a file that is not a workbook: a BudgetFileError with the reason in French and English', async () => {
    const error = await openBudgetFile(new File(['ceci n’est pas un classeur'], 'budget.xlsx')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetFileError);
    expect((error as BudgetFileError).reason.fr).not.toBe('');
    expect((error as BudgetFileError).reason.en).not.toBe('');
  });
});
