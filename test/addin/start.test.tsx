/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { startAddin } from '../../src/addin/start';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { FakeExcel } from '../helpers/fake-excel';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function container(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

function officeGlobal(onReady: () => Promise<{ host: string | null }>, excel?: FakeExcel, theme = '#FFFFFF') {
  const host = excel?.host();
  return {
    onReady,
    context: {
      displayLanguage: 'fr-FR',
      platform: 'PC',
      officeTheme: { bodyBackgroundColor: theme },
      requirements: { isSetSupported: (name: string, version: string) => host?.isSetSupported('ExcelApi', version) ?? name === '' },
      document: { settings: host?.settings },
    },
  } as unknown as typeof Office;
}

describe('the add-in page never stays blank', () => {
  test('office.js did not load (no Office, no network): it says so', async () => {
    root = await act(() => startAddin(container(), { navigatorLanguage: 'fr-FR' }));
    expect(screen.getByText('Office n’a pas pu être chargé')).toBeInTheDocument();
    expect(screen.getByText(/utilisez la page autonome \(npm run demo\)/)).toBeInTheDocument();
  });

  test('office.js loaded in a plain browser: it says the pane is for Excel, in the browser’s language', async () => {
    const Office = officeGlobal(async () => ({ host: null }));
    root = await act(() => startAddin(container(), { Office, Excel: {} as typeof Excel, navigatorLanguage: 'en-GB' }));
    expect(screen.getByText('This pane is made for Excel')).toBeInTheDocument();
  });

  test('Office never answers: after the wait, it says so', async () => {
    const Office = officeGlobal(() => new Promise(() => undefined));
    root = await act(() => startAddin(container(), { Office, Excel: {} as typeof Excel, navigatorLanguage: 'fr-FR' }, 20));
    expect(screen.getByText('Office n’a pas pu être chargé')).toBeInTheDocument();
  });

  test('in Excel, the pane reads the workbook through Office.js, in Office’s language and theme', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Nord', NORD_SHEET.rows);
    const Office = officeGlobal(async () => ({ host: 'Excel' }), excel, '#262626');
    const excelGlobal = { run: excel.host().run } as unknown as typeof Excel;
    root = await act(() => startAddin(container(), { Office, Excel: excelGlobal, navigatorLanguage: 'en-US' }));
    const nord = await screen.findByRole('region', { name: 'Nord' });
    expect(within(nord).getByText('conforme')).toBeInTheDocument();
    expect(excel.sheet('Nord').formats.length).toBeGreaterThan(0);
  });
});
