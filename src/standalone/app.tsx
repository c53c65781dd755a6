import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, Text, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { type ChangeEvent, type DragEvent, useCallback, useRef, useState } from 'react';
import type { Lang } from '../domain';
import { standaloneTextFor } from '../i18n/standalone-text';
import { MemoryWorkbook } from '../memory/memory-workbook';
import type { PaneEnvironment } from '../taskpane/environment';
import { defaultLanguage } from '../taskpane/environment';
import { Pane } from '../taskpane/pane';
import { Grid } from './grid';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', fontFamily: tokens.fontFamilyBase },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  grid: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  pane: { width: '400px', flexShrink: 0, overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  file: { display: 'none' },
});

type Notice = { readonly intent: 'success' | 'error' | 'info'; readonly text: string };

export interface StandaloneAppProps {
  readonly initial: MemoryWorkbook;
  readonly environment: PaneEnvironment;
}

/** The grid of an in-memory workbook beside the very same task pane as in Excel. */
export function StandaloneApp({ initial, environment }: StandaloneAppProps) {
  const styles = useStyles();
  const [workbook, setWorkbook] = useState(initial);
  // A new workbook gets a new pane: its settings and checks belong to the workbook.
  const [generation, setGeneration] = useState(0);
  const [lang, setLang] = useState<Lang>(defaultLanguage(environment.displayLanguage));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const t = standaloneTextFor(lang);
  const onLanguageChange = useCallback((next: Lang) => setLang(next), []);

  const open = async (file: File) => {
    setNotice({ intent: 'info', text: t('loadingFile', { file: file.name }) });
    try {
      // exceljs loads only now: the task pane's bundle never carries it.
      const { readXlsxSheets } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/xlsx-sheets');
      const sheets = await readXlsxSheets(await file.arrayBuffer());
      setWorkbook(new MemoryWorkbook(sheets));
      setGeneration((current) => current + 1);
      setNotice({ intent: 'success', text: t('opened', { file: file.name }) });
    } catch (error) {
      const known = error as { reason?: { fr: string; en: string } };
      const reason = known.reason?.[lang] ?? ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '');
      setNotice({ intent: 'error', text: t('openFailed', { file: file.name, reason }) });
    }
  };

  const download = async () => {
    const { writeXlsxSheets } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/xlsx-sheets');
    const bytes = await writeXlsxSheets(workbook.sheetData(), workbook.flagMarks(lang));
    const name = 'budget-convention.xlsx';
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNotice({ intent: 'success', text: t('downloaded', { file: name }) });
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
        <header className={styles.header}>
          <h1 className={styles.title}>{t('title')}</h1>
          <Button appearance="primary" onClick={() => fileInput.current?.click()}>
            {t('open')}
          </Button>
          <input
            ref={fileInput}
            className={styles.file}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t('open')}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void open(file);
            }}
          />
          <Button onClick={() => void download()}>{t('download')}</Button>
          <Text size={200}>{t('dropHint')}</Text>
        </header>
        {notice && (
          <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          <main className={styles.grid}>
            <Text size={200} style={{ padding: '4px 12px' }}>
              {t('intro')}
            </Text>
            <Grid workbook={workbook} lang={lang} />
          </main>
          <aside className={styles.pane} aria-label={t('pane')}>
            <Pane key={generation} workbook={workbook} environment={environment} onLanguageChange={onLanguageChange} />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
