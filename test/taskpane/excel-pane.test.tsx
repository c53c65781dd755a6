/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { Pane } from '../../src/taskpane/pane';
import { FakeExcel } from '../helpers/fake-excel';
import { withCell } from '../helpers/workbooks';

/** The pane in Excel, through the Office.js adapter and the test double: what the officer reads when Excel refuses. */

jest.setTimeout(30_000);

const french = { displayLanguage: 'fr-FR', theme: 'light' as const };

test('a budget sheet whose rules Excel cannot read: the pane names it and says how to remove our rules by hand', async () => {
  const excel = new FakeExcel();
  excel.addSheet('Nord', withCell(NORD_SHEET.rows, 2, 4, 90001));
  excel.addSheet('Pas-de-Calais', PAS_DE_CALAIS_SHEET.rows);
  excel.failingSheets.add('Pas-de-Calais');
  render(<Pane workbook={new OfficeWorkbook(excel.host())} environment={french} />);
  const banner = await screen.findByText(/Les marques n’ont pas pu être mises à jour sur la feuille « Pas-de-Calais »/);
  expect(banner.textContent).toContain('Accueil › Mise en forme conditionnelle › Gérer les règles');
  expect(banner.textContent).toContain('=N("convention-budget:');
  expect(excel.oursOn('Nord').length).toBeGreaterThan(5);
});

test('Réglages › Diagnostic says, before it runs, that it clears Excel’s undo history', async () => {
  const excel = new FakeExcel();
  excel.addSheet('Nord', NORD_SHEET.rows);
  const user = userEvent.setup();
  const workbook = new OfficeWorkbook(excel.host());
  render(<Pane workbook={workbook} diagnostics={workbook} environment={french} />);
  await screen.findByRole('region', { name: 'Nord' });
  await user.click(screen.getByRole('tab', { name: 'Réglages' }));
  const run = await screen.findByRole('button', { name: 'Lancer le diagnostic' });
  const section = run.closest('div')?.parentElement as HTMLElement;
  expect(within(section).getByText(/efface l’historique d’annulation d’Excel/)).toBeInTheDocument();
  expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Nord']);
});
