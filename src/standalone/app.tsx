import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, Text, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { type ChangeEvent, type DragEvent, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Bilingual, Lang } from '../domain';
import { findingText } from '../i18n/finding-text';
import { standaloneTextFor } from '../i18n/standalone-text';
import { MemoryWorkbook } from '../memory/memory-workbook';
import type { PaneEnvironment } from '../taskpane/environment';
import { defaultLanguage } from '../taskpane/environment';
import { Pane } from '../taskpane/pane';
import type { SheetData } from '../xlsx/xlsx-sheets';
import { checkedFileName } from './file-name';
import { settingsKeptIn, withProfileKept } from './profile-file';
import { Grid } from './grid';

/** Below this width the pane goes under the grid: side by side, neither would be usable. */
const NARROW = '@media (max-width: 899px)';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    fontFamily: tokens.fontFamilyBase,
    [NARROW]: { height: 'auto', minHeight: '100vh' },
    '@media print': { height: 'auto' },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media print': { display: 'none' },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  notice: { '@media print': { display: 'none' } },
  body: { display: 'flex', flex: 1, minHeight: 0, [NARROW]: { flexDirection: 'column', flex: 'none' }, '@media print': { display: 'block' } },
  grid: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', [NARROW]: { flex: 'none', height: '70vh', minHeight: '360px' }, '@media print': { height: 'auto' } },
  intro: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, '@media print': { display: 'none' } },
  pane: {
    width: '400px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: { width: 'auto', overflowY: 'visible', borderLeft: 'none', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
    '@media print': { display: 'none' },
  },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  file: { display: 'none' },
});

type Notice = { readonly intent: 'success' | 'error' | 'info'; readonly text: Bilingual };

/** The file the workbook came from: its bytes are what "Télécharger" gives back, edited and marked. */
interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly sheets: readonly SheetData[];
}

export interface StandaloneAppProps {
  readonly initial: MemoryWorkbook;
  readonly environment: PaneEnvironment;
}

const both = (key: Parameters<ReturnType<typeof standaloneTextFor>>[0], params?: Readonly<Record<string, string | number>>): Bilingual => ({
  fr: standaloneTextFor('fr')(key, params),
  en: standaloneTextFor('en')(key, params),
});

/** The grid of an in-memory workbook beside the very same task pane as in Excel. */
export function StandaloneApp({ initial, environment }: StandaloneAppProps) {
  const styles = useStyles();
  const [workbook, setWorkbook] = useState(initial);
  const [opened, setOpened] = useState<OpenedFile | null>(null);
  // A new workbook gets a new pane: its settings and checks belong to the workbook.
  const [generation, setGeneration] = useState(0);
  const [lang, setLang] = useState<Lang>(defaultLanguage(environment.displayLanguage));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const t = standaloneTextFor(lang);
  const onLanguageChange = useCallback((next: Lang) => setLang(next), []);
  const dirty = useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.dirty,
  );
  useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.version,
  );
  const fileLabel = opened?.name ?? t('sampleName');

  // The whole page speaks the pane's language: screen readers and spell-checkers read `lang`.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = standaloneTextFor(lang)('title');
  }, [lang]);

  // Closing the tab with edits not downloaded asks first, as a spreadsheet does.
  useEffect(() => {
    if (!dirty) return;
    const sentence = standaloneTextFor(lang)('leaveEdits');
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Browsers show their own sentence; older ones show this one.
      event.returnValue = sentence;
      return sentence;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, lang]);

  // F6 and Shift+F6 go from the toolbar to the grid to the pane, as in Excel: Tab stays in the grid.
  useEffect(() => {
    const REGIONS = ['toolbar', 'sheet', 'pane'];
    const targets = () => [
      document.querySelector<HTMLElement>('[data-region="toolbar"] button'),
      document.querySelector<HTMLElement>('[data-region="sheet"] [role="grid"] [tabindex="0"]'),
      document.querySelector<HTMLElement>('[data-region="pane"] [role="tab"][aria-selected="true"], [data-region="pane"] button'),
    ];
    const cycle = (event: KeyboardEvent) => {
      if (event.key !== 'F6') return;
      event.preventDefault();
      const found = targets();
      const at = Math.max(0, REGIONS.indexOf(document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? ''));
      const step = event.shiftKey ? REGIONS.length - 1 : 1;
      for (let offset = 1; offset <= REGIONS.length; offset++) {
        const next = found[(at + offset * step) % REGIONS.length];
        if (next) return next.focus();
      }
    };
    window.addEventListener('keydown', cycle);
    return () => window.removeEventListener('keydown', cycle);
  }, []);

  const open = async (file: File) => {
    if (workbook.dirty && !window.confirm(t('discardEdits', { file: fileLabel }))) return;
    setNotice({ intent: 'info', text: both('loadingFile', { file: file.name }) });
    try {
      // The reader loads only now: the task pane's bundle never carries it.
      const { readXlsxSheets } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/xlsx-sheets');
      const bytes = new Uint8Array(await file.arrayBuffer());
      const sheets = await readXlsxSheets(bytes.buffer, file.name);
      const next = new MemoryWorkbook(sheets);
      next.fileName = file.name;
      const kept = await settingsKeptIn(bytes);
      if (kept !== null) await next.writeSettings(kept);
      const hasFormulas = sheets.some((sheet) => (sheet.formulas?.length ?? 0) > 0);
      // The officer's conditional formats may be formulas too: the engine draws them.
      const hasConditionalFormats = sheets.some((sheet) => (sheet.look?.formats.length ?? 0) > 0);
      if (hasFormulas || hasConditionalFormats) {
        const { ParserFormulaEngine } = await import(/* webpackChunkName: "formulas" */ '../memory/formula-engine');
        next.attachEngine(new ParserFormulaEngine());
        // After the first check has drawn its findings: reading the formulas is not in the way of opening.
        if (hasFormulas) setTimeout(() => next.prepareFormulas(), 1000);
      }
      setOpened({ name: file.name, bytes, sheets });
      setWorkbook(next);
      setGeneration((current) => current + 1);
      setNotice({ intent: 'success', text: both(hasFormulas ? 'openedFormulas' : 'opened', { file: file.name }) });
    } catch (error) {
      const known = error as { reason?: Bilingual };
      const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      const reason = known.reason ?? { fr: detail, en: detail };
      setNotice({
        intent: 'error',
        text: { fr: standaloneTextFor('fr')('openFailed', { file: file.name, reason: reason.fr }), en: standaloneTextFor('en')('openFailed', { file: file.name, reason: reason.en }) },
      });
    }
  };

  const download = async () => {
    const { workbookFile } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/xlsx-sheets');
    // The opened file itself, with the officer's edits and our marks; the sample is written anew.
    const marked =
      opened === null
        ? workbookFile(
            null,
            workbook.sheetData(),
            new Map(),
            workbook.flagMarks((finding) => findingText(finding, lang)),
          )
        : workbookFile(
            opened.bytes,
            opened.sheets,
            workbook.edits(),
            workbook.flagMarks((finding) => findingText(finding, lang)),
          );
    // The accepted convention profile goes with the file (or leaves it, when the officer went back to the built-in one).
    const bytes = await withProfileKept(marked, await workbook.readSettings());
    const name = checkedFileName(opened?.name ?? `${t('sampleFile')}.xlsx`, t('checkedSuffix'));
    const type = /\.xlsm$/i.test(name) ? 'application/vnd.ms-excel.sheet.macroEnabled.12' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    workbook.markSaved();
    setNotice({ intent: 'success', text: both('downloaded', { file: name }) });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (file) void open(file);
  };

  return (
    <FluentProvider theme={environment.theme === 'dark' ? webDarkTheme : webLightTheme} lang={lang}>
      <div
        className={`${styles.page} ${dropping ? styles.dropping : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
      >
        <header className={styles.header} data-region="toolbar">
          <h1 className={styles.title}>{t('title')}</h1>
          <Button appearance="primary" onClick={() => fileInput.current?.click()}>
            {t('open')}
          </Button>
          <input
            ref={fileInput}
            className={styles.file}
            type="file"
            accept=".xlsx,.xlsm,.ods,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t('open')}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void open(file);
            }}
          />
          <Button onClick={() => void download()}>{t('download')}</Button>
          <Button disabled={!workbook.canUndo()} onClick={() => workbook.undo()}>
            {t('undo')}
          </Button>
          <Button disabled={!workbook.canRedo()} onClick={() => workbook.redo()}>
            {t('redo')}
          </Button>
          {dirty && (
            <Text size={200} weight="semibold" role="status">
              {t('unsaved')}
            </Text>
          )}
          <Text size={200}>{t('dropHint')}</Text>
        </header>
        {notice && (
          <MessageBar className={styles.notice} layout="multiline" intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{notice.text[lang]}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          <main className={styles.grid} data-region="sheet">
            <Text size={200} className={styles.intro}>
              {opened === null ? t('intro') : t('introFile', { file: opened.name })}
            </Text>
            <Grid workbook={workbook} lang={lang} />
          </main>
          <aside className={styles.pane} aria-label={t('pane')} data-region="pane">
            <Pane key={generation} workbook={workbook} diagnostics={workbook} environment={environment} onLanguageChange={onLanguageChange} embedded />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
