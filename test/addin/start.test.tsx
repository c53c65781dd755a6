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
  const globals = (office: typeof Office | undefined, excel: () => typeof Excel | undefined, navigatorLanguage: string) => ({ office: () => office, excel, navigatorLanguage });

  test('office.js did not load (no Office, no network): it says so', async () => {
    root = await act(() => startAddin(container(), globals(undefined, () => undefined, 'fr-FR')));
    expect(screen.getByText('Office n’a pas pu être chargé')).toBeInTheDocument();
    expect(screen.getByText(/utilisez la page autonome \(npm run demo\)/)).toBeInTheDocument();
  });

  test('office.js loaded in a plain browser: it says the pane is for Excel, in the browser’s language', async () => {
    const Office = officeGlobal(async () => ({ host: null }));
    root = await act(() => startAddin(container(), globals(Office, () => ({}) as typeof Excel, 'en-GB')));
    expect(screen.getByText('This pane is made for Excel')).toBeInTheDocument();
  });

  test('Office slow to answer: a notice that it waits, then the pane when Office comes, never a final "missing"', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Nord', NORD_SHEET.rows);
    let ready = (_: { host: string }) => undefined as void;
    const Office = officeGlobal(() => new Promise((resolve) => (ready = resolve)), excel);
    let started: Promise<Root> | undefined;
    await act(async () => {
      started = startAddin(container(), globals(Office, () => ({ run: excel.host().run }) as unknown as typeof Excel, 'fr-FR'), 20);
    });
    expect(screen.getByText('Connexion à Excel…')).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 40)));
    expect(screen.getByText('Excel tarde à répondre')).toBeInTheDocument();
    expect(screen.queryByText('Office n’a pas pu être chargé')).toBeNull();
    await act(async () => ready({ host: 'Excel' }));
    root = await act(() => started as Promise<Root>);
    expect(await screen.findByRole('region', { name: 'Nord' })).toBeInTheDocument();
  });

  test('Excel defined by office.js after our bundle ran (its host script loads asynchronously): the pane still starts', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Nord', NORD_SHEET.rows);
    let excelGlobal: typeof Excel | undefined;
    setTimeout(() => (excelGlobal = { run: excel.host().run } as unknown as typeof Excel), 200);
    // As office.js does: onReady resolves once the host script, and Excel with it, is there.
    const Office = officeGlobal(() => new Promise((resolve) => setTimeout(() => resolve({ host: 'Excel' }), 250)), excel);
    root = await act(() => startAddin(container(), globals(Office, () => excelGlobal, 'fr-FR')));
    expect(await screen.findByRole('region', { name: 'Nord' })).toBeInTheDocument();
    expect(screen.queryByText('Office n’a pas pu être chargé')).toBeNull();
  });

  test('in Excel, the pane reads the workbook through Office.js, in Office’s language and theme', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Nord', NORD_SHEET.rows);
    const Office = officeGlobal(async () => ({ host: 'Excel' }), excel, '#262626');
    const excelGlobal = { run: excel.host().run } as unknown as typeof Excel;
    root = await act(() => startAddin(container(), globals(Office, () => excelGlobal, 'en-US')));
    const nord = await screen.findByRole('region', { name: 'Nord' });
    expect(within(nord).getByText('conforme')).toBeInTheDocument();
    expect(excel.sheet('Nord').formats.length).toBeGreaterThan(0);
  });
});
