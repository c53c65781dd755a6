/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { OFFICE_READY_TIMEOUT_MS, startAddin } from '../../src/addin/start';
import { startWordPage } from '../../src/addin/start-word';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { FakeExcel } from '../helpers/fake-excel';
import { FakeWord } from '../helpers/fake-word';
import { SEED_CONVENTION } from '../helpers/word-conventions';

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

/**
 * Starts a page whose Office does not answer, on Jest's clock rather than the machine's (a loaded
 * machine once rendered the first notice after a short real timeout had fired): the waiting notice
 * until the shipped timeout's last millisecond, the slow notice from it on. Real timers come back
 * before Office answers, for the pane's own reads and timers.
 */
async function waitedFor(start: () => Promise<Root>, notices: { waiting: string; slow: string }): Promise<{ started: Promise<Root> }> {
  jest.useFakeTimers();
  try {
    let started: Promise<Root> | undefined;
    await act(() => {
      started = start();
      return Promise.resolve();
    });
    expect(screen.getByText(notices.waiting)).toBeInTheDocument();
    await act(() => jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS - 1));
    expect(screen.getByText(notices.waiting)).toBeInTheDocument();
    expect(screen.queryByText(notices.slow)).toBeNull();
    await act(() => jest.advanceTimersByTimeAsync(1));
    expect(screen.getByText(notices.slow)).toBeInTheDocument();
    expect(screen.queryByText(notices.waiting)).toBeNull();
    // Wrapped: an async function returning the promise itself would wait for Office to answer.
    return { started: started as Promise<Root> };
  } finally {
    jest.useRealTimers();
  }
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
    root = await act(() =>
      startAddin(
        container(),
        globals(undefined, () => undefined, 'fr-FR'),
      ),
    );
    expect(screen.getByText('Office n’a pas pu être chargé')).toBeInTheDocument();
    expect(screen.getByText(/utilisez la page autonome \(npm run demo\)/)).toBeInTheDocument();
  });

  test('office.js loaded in a plain browser: it says the pane is for Excel, in the browser’s language', async () => {
    const Office = officeGlobal(() => Promise.resolve({ host: null }));
    root = await act(() =>
      startAddin(
        container(),
        globals(Office, () => ({}) as typeof Excel, 'en-GB'),
      ),
    );
    expect(screen.getByText('This pane is made for Excel')).toBeInTheDocument();
  });

  test('Office slow to answer: a notice that it waits, then the pane when Office comes, never a final "missing"', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Nord', NORD_SHEET.rows);
    let ready = (_: { host: string }) => undefined as void;
    const Office = officeGlobal(() => new Promise((resolve) => (ready = resolve)), excel);
    const { started } = await waitedFor(
      () =>
        startAddin(
          container(),
          globals(Office, () => ({ run: excel.host().run }) as unknown as typeof Excel, 'fr-FR'),
        ),
      { waiting: 'Connexion à Excel…', slow: 'Excel tarde à répondre' },
    );
    expect(screen.queryByText('Office n’a pas pu être chargé')).toBeNull();
    await act(() => {
      ready({ host: 'Excel' });
      return Promise.resolve();
    });
    root = await act(() => started);
    expect(await screen.findByRole('region', { name: 'Nord' })).toBeInTheDocument();
    expect(screen.queryByText('Excel tarde à répondre')).toBeNull();
  });

  test('Excel defined by office.js after our bundle ran (its host script loads asynchronously): the pane still starts', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Nord', NORD_SHEET.rows);
    let excelGlobal: typeof Excel | undefined;
    setTimeout(() => (excelGlobal = { run: excel.host().run } as unknown as typeof Excel), 200);
    // As office.js does: onReady resolves once the host script, and Excel with it, is there.
    const Office = officeGlobal(() => new Promise((resolve) => setTimeout(() => resolve({ host: 'Excel' }), 250)), excel);
    root = await act(() =>
      startAddin(
        container(),
        globals(Office, () => excelGlobal, 'fr-FR'),
      ),
    );
    expect(await screen.findByRole('region', { name: 'Nord' })).toBeInTheDocument();
    expect(screen.queryByText('Office n’a pas pu être chargé')).toBeNull();
  });

  test('in Excel, the pane reads the workbook through Office.js, in Office’s language and theme', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Nord', NORD_SHEET.rows);
    const Office = officeGlobal(() => Promise.resolve({ host: 'Excel' }), excel, '#262626');
    const excelGlobal = { run: excel.host().run } as unknown as typeof Excel;
    root = await act(() =>
      startAddin(
        container(),
        globals(Office, () => excelGlobal, 'en-US'),
      ),
    );
    const nord = await screen.findByRole('region', { name: 'Nord' });
    expect(within(nord).getByText('conforme')).toBeInTheDocument();
    expect(excel.sheet('Nord').formats.length).toBeGreaterThan(0);
  });

  test('an Excel below ExcelApi 1.4 (the manifest can no longer refuse it: Word shares it): one sentence', async () => {
    const excel = new FakeExcel();
    excel.apiMinor = 3;
    const Office = officeGlobal(() => Promise.resolve({ host: 'Excel' }), excel);
    root = await act(() =>
      startAddin(
        container(),
        globals(Office, () => ({ run: excel.host().run }) as unknown as typeof Excel, 'fr-FR'),
      ),
    );
    expect(screen.getByText('Excel n’a pas pu répondre')).toBeInTheDocument();
    expect(screen.getByText('Cette version d’Excel ne permet pas cette opération.')).toBeInTheDocument();
  });
});

describe('in Word, the same add-in shows Word’s screens', () => {
  function wordOffice(word: FakeWord, onReady: () => Promise<{ host: string }> = () => Promise.resolve({ host: 'Word' })) {
    const host = word.host();
    return {
      onReady,
      context: {
        displayLanguage: 'fr-FR',
        platform: 'PC',
        officeTheme: { bodyBackgroundColor: '#FFFFFF' },
        requirements: { isSetSupported: (name: string, version: string) => host.isSetSupported(name as 'WordApi', version) },
        document: { settings: host.settings },
        diagnostics: { version: '16.0' },
      },
    } as unknown as typeof Office;
  }

  test('Excel’s page opened in Word (the add-in inserted from Insert › Add-ins): it opens Word’s page', async () => {
    const opened: string[] = [];
    const Office = wordOffice(new FakeWord(SEED_CONVENTION));
    root = await act(() => startAddin(container(), { office: () => Office, excel: () => undefined, navigatorLanguage: 'fr-FR', navigate: (page) => opened.push(page) }));
    expect(opened).toEqual(['word.html']);
  });

  test('Word’s page: the Word pane, reading the document through Word.run, Word defined late as office.js does', async () => {
    const word = new FakeWord(SEED_CONVENTION);
    let wordGlobal: typeof Word | undefined;
    setTimeout(() => (wordGlobal = { run: word.host().run } as unknown as typeof Word), 100);
    const Office = wordOffice(word, () => new Promise((resolve) => setTimeout(() => resolve({ host: 'Word' }), 150)));
    root = await act(() => startWordPage(container(), { office: () => Office, excel: () => undefined, word: () => wordGlobal, navigatorLanguage: 'fr-FR' }));
    expect(await screen.findByRole('button', { name: 'Ouvrir le classeur du budget…' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Convention' })).toBeInTheDocument();
    expect(screen.queryByText('Office n’a pas pu être chargé')).toBeNull();
  });

  test('Word’s page opened in Excel: it opens Excel’s page', async () => {
    const opened: string[] = [];
    const excel = new FakeExcel();
    const Office = officeGlobal(() => Promise.resolve({ host: 'Excel' }), excel);
    root = await act(() => startWordPage(container(), { office: () => Office, excel: () => undefined, navigatorLanguage: 'fr-FR', navigate: (page) => opened.push(page) }));
    expect(opened).toEqual(['taskpane.html']);
  });

  test('a Word below WordApi 1.3: one sentence, never a blank pane', async () => {
    const word = new FakeWord(SEED_CONVENTION);
    word.apiMinor = 2;
    const Office = wordOffice(word);
    root = await act(() => startWordPage(container(), { office: () => Office, excel: () => undefined, word: () => ({ run: word.host().run }) as unknown as typeof Word, navigatorLanguage: 'fr-FR' }));
    expect(await screen.findByText('Cette version de Word est trop ancienne')).toBeInTheDocument();
    expect(screen.getByText(/WordApi 1\.3 \(Word 2019, Microsoft 365 ou Word sur le web\)/)).toBeInTheDocument();
    expect(word.syncs).toBe(0);
  });

  test('office.js did not load on Word’s page: it says so, in Word’s words', async () => {
    root = await act(() => startWordPage(container(), { office: () => undefined, excel: () => undefined, navigatorLanguage: 'fr-FR' }));
    expect(screen.getByText('Office n’a pas pu être chargé')).toBeInTheDocument();
    expect(screen.getByText(/^Ce volet fonctionne dans Word : /)).toBeInTheDocument();
  });

  test('Word slow to answer on Word’s page: « Connexion à Word… », then « Word tarde à répondre »', async () => {
    const word = new FakeWord(SEED_CONVENTION);
    let ready = (_: { host: string }) => undefined as void;
    const Office = wordOffice(word, () => new Promise((resolve) => (ready = resolve)));
    const { started } = await waitedFor(
      () => startWordPage(container(), { office: () => Office, excel: () => undefined, word: () => ({ run: word.host().run }) as unknown as typeof Word, navigatorLanguage: 'fr-FR' }),
      { waiting: 'Connexion à Word…', slow: 'Word tarde à répondre' },
    );
    await act(() => {
      ready({ host: 'Word' });
      return Promise.resolve();
    });
    root = await act(() => started);
    expect(await screen.findByRole('button', { name: 'Ouvrir le classeur du budget…' })).toBeInTheDocument();
  });
});
