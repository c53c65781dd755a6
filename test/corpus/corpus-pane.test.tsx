/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { cleanup, render, screen } from '@testing-library/react';
import { a1, type CellValue, parseA1 } from '../../src/domain';
import { MemoryWorkbook } from '../../src/memory/memory-workbook';
import { Pane } from '../../src/taskpane/pane';
import { shownValue } from '../helpers/xlsx';
import { BROKEN_INPUTS } from '../fixtures/broken-inputs';

jest.setTimeout(60_000);

/** The corpus's sheets as the standalone page holds them (formula cells by their results). */
function memoryOf(input: (typeof BROKEN_INPUTS)[number]): MemoryWorkbook {
  return new MemoryWorkbook(
    input.sheets.map((sheet) => {
      const origin = parseA1(sheet.origin ?? 'A1')!;
      const cells: Array<[string, CellValue]> = [];
      sheet.rows.forEach((row, r) => row.forEach((value, c) => cells.push([a1(origin.row + r, origin.column + c), shownValue(value)])));
      const width = Math.max(...sheet.rows.map((row) => row.length));
      const tables = sheet.table ? [{ name: sheet.table, range: `${sheet.origin ?? 'A1'}:${a1(origin.row + sheet.rows.length - 1, origin.column + width - 1)}`, hasTotalsRow: false }] : [];
      return { name: sheet.name, cells, tables, hiddenRows: (sheet.hiddenRows ?? []).map((row) => row - 1) };
    }),
  );
}

describe('the corpus of broken workbooks, in the pane', () => {
  afterEach(cleanup);

  test.each(BROKEN_INPUTS.filter((input) => !input.name.includes('20 000')).map((input) => [input.name, input] as const))('%s: shown, never thrown', async (_, input) => {
    render(<Pane workbook={memoryOf(input)} environment={{ displayLanguage: 'fr-FR', theme: 'light' }} />);
    if (input.budgets === 0) {
      expect((await screen.findAllByText(/n’est pas lu|Aucun tableau de budget|hors de tout budget/)).length).toBeGreaterThan(0);
    } else {
      expect(await screen.findAllByText(/^(conforme|\d+ erreurs?|\d+ avertissements?)$/)).toHaveLength(input.budgets);
    }
    // Hostile titles are text: nothing they hold becomes an element.
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByText('Excel n’a pas pu répondre')).toBeNull();
  });
});
