import { FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Button, Text, type Theme, tokens, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { BUILT_IN_PROFILE, type Lang } from '../domain';
import type { BudgetWorkbook } from '../workbook/budget-workbook';
import type { DiagnosticsPort } from '../workbook/workbook-diagnostics';
import { BudgetsScreen } from './budgets-screen';
import type { PaneEnvironment } from './environment';
import { errorSentence } from './error-sentence';
import { ScreenTabs, tabId } from './screen-tabs';
import { usePaneState } from './use-pane-state';

// Secondary screens load when first opened: the pane's first paint carries only the budgets.
const ClauseScreen = lazy(() => import(/* webpackChunkName: "clause" */ './clause-screen'));
const SettingsScreen = lazy(() => import(/* webpackChunkName: "settings" */ './settings-screen'));

type Screen = 'budgets' | 'clause' | 'settings';
const SCREENS: readonly Screen[] = ['budgets', 'clause', 'settings'];

/** The pane's frame (tabs above, the screen below): Word's pane has the same. */
export const usePaneFrame = () => useStyles();

/** The dark theme's tokens load only when Office is dark: most officers never pay for them. */
export function useTheme(theme: PaneEnvironment['theme']): Theme | null {
  const [dark, setDark] = useState<Theme | null>(null);
  useEffect(() => {
    if (theme !== 'dark') return;
    let live = true;
    void import(/* webpackChunkName: "dark-theme" */ './dark-theme').then((module) => {
      if (live) setDark(module.webDarkTheme);
    });
    return () => {
      live = false;
    };
  }, [theme]);
  return theme === 'dark' ? dark : webLightTheme;
}

/**
 * Fluent's stable class names of a Select (`selectClassNames`, held equal by a test): importing the
 * object itself brings the Select's whole stylesheet, 3.5 KB gzipped, into the first load, where no
 * screen shows a list (the clause and settings screens, which do, load when opened).
 */
export const SELECT_CLASS_NAMES = { root: 'fui-Select', select: 'fui-Select__select' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    // Excel opens the pane 320 to 350 px wide: nothing in it may push it wider.
    maxWidth: '100%',
    overflowWrap: 'anywhere',
    boxSizing: 'border-box',
    // A <select> is as wide as its longest option ("Convention Bassin minier 2022 — Département du
    // Nord"), which pushed the pane 62 to 142 px wider: every list is held to the pane's width.
    [`& .${SELECT_CLASS_NAMES.root}`]: { minWidth: 0, maxWidth: '100%' },
    [`& .${SELECT_CLASS_NAMES.select}`]: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  tabs: { paddingInline: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  mainArea: { display: 'block', minWidth: 0 },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface PaneProps {
  readonly workbook: BudgetWorkbook;
  /** The self-test's port, where the workbook can run it: Réglages › Diagnostic is shown then. */
  readonly diagnostics?: DiagnosticsPort;
  readonly environment: PaneEnvironment;
  /** Told of the pane's language, for a page around it to speak the same. */
  readonly onLanguageChange?: (lang: Lang) => void;
  /**
   * Inside a page that has its own main landmark (the standalone page, where the pane is an aside):
   * then the pane's screens are not a second `main`. In Excel the pane is the whole document.
   */
  readonly embedded?: boolean;
}

/** The task pane: the same component tree in Excel and on the standalone page. */
export function Pane({ workbook, diagnostics, environment, onLanguageChange, embedded = false }: PaneProps) {
  const styles = useStyles();
  const state = usePaneState(workbook, environment);
  const { t, lang } = state;
  const [screen, setScreen] = useState<Screen>('budgets');
  const theme = useTheme(environment.theme);
  useEffect(() => onLanguageChange?.(lang), [lang, onLanguageChange]);
  const MainArea = embedded ? 'div' : 'main';
  if (theme === null) return null;

  return (
    <FluentProvider theme={theme} lang={lang} className={styles.root}>
      <nav className={styles.tabs}>
        <ScreenTabs
          tabs={[
            { value: 'budgets', label: t('tabBudgets') },
            { value: 'clause', label: t('tabClause', { article: (state.result?.profile ?? BUILT_IN_PROFILE).listArticle }) },
            { value: 'settings', label: t('tabSettings') },
          ]}
          selected={screen}
          label={t('tabsLabel')}
          onSelect={setScreen}
          panelId="pane-screen"
          idPrefix="pane-tab"
        />
      </nav>
      {/* The tab panel is a div inside main: a main element may not take the tabpanel role. */}
      <MainArea className={styles.mainArea}>
        {/* Excel's title bar names the pane on screen; a screen reader finds it as the page's heading. */}
        {!embedded && <h1 className={styles.hidden}>{t('paneHeading')}</h1>}
        <div className={styles.main} id="pane-screen" role="tabpanel" aria-labelledby={tabId('pane-tab', SCREENS.indexOf(screen))}>
          {state.failure !== null && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
                {errorSentence(state.failure, t)}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={state.checkNow}>{t('retry')}</Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {state.settingsUnreadable && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('settingsUnreadable')}</MessageBarBody>
            </MessageBar>
          )}
          <Suspense fallback={<Text aria-busy="true">{t('loading')}</Text>}>
            {screen === 'budgets' && <BudgetsScreen workbook={workbook} state={state} onMapColumns={() => setScreen('settings')} />}
            {screen === 'clause' && <ClauseScreen state={state} documents={environment.conventionDocuments} />}
            {screen === 'settings' && <SettingsScreen state={state} workbook={workbook} diagnostics={diagnostics} />}
          </Suspense>
        </div>
      </MainArea>
    </FluentProvider>
  );
}
