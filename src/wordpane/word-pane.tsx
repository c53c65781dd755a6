import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { OpenBudget } from '../document/budget-file';
import type { ConventionDocument } from '../document/convention-document';
import type { PaneEnvironment } from '../taskpane/environment';
import { usePaneFrame, useTheme } from '../taskpane/pane';
import { ScreenTabs, tabId } from '../taskpane/screen-tabs';
import { wordErrorSentence } from './error-sentence';
import { useWordState } from './use-word-state';
import { BudgetScreen, type OpenedBudget } from './word-budget-screen';

// Secondary screens load when first opened.
const ConventionScreen = lazy(() => import(/* webpackChunkName: "word-convention" */ './word-convention-screen'));
const SettingsScreen = lazy(() => import(/* webpackChunkName: "word-settings" */ './word-settings-screen'));

type Screen = 'budget' | 'convention' | 'settings';
const SCREENS: readonly Screen[] = ['budget', 'convention', 'settings'];

export interface WordPaneProps {
  readonly convention: ConventionDocument;
  readonly environment: PaneEnvironment;
  /** Reads the budget's workbook (our own .xlsx reader), given by the add-in's entry. */
  readonly openBudget: OpenBudget;
}

/** The task pane in Word: the convention checked against its budget, and the budget written into it. */
export function WordPane({ convention, environment, openBudget }: WordPaneProps) {
  const styles = usePaneFrame();
  const state = useWordState(convention, environment);
  const { t } = state;
  const [screen, setScreen] = useState<Screen>('budget');
  const [budget, setBudget] = useState<OpenedBudget | null>(null);
  const theme = useTheme(environment.theme);
  if (theme === null) return null;

  return (
    <FluentProvider theme={theme} lang={state.lang} className={styles.root}>
      <nav className={styles.tabs}>
        <ScreenTabs
          tabs={[
            { value: 'budget', label: t('tabBudget') },
            { value: 'convention', label: t('tabConvention') },
            { value: 'settings', label: t('tabSettings') },
          ]}
          selected={screen}
          label={t('tabsLabel')}
          onSelect={setScreen}
          panelId="word-screen"
          idPrefix="word-tab"
        />
      </nav>
      <main className={styles.mainArea}>
        <div className={styles.main} id="word-screen" role="tabpanel" aria-labelledby={tabId('word-tab', SCREENS.indexOf(screen))}>
          {state.failure !== null && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>
                <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
                {wordErrorSentence(state.failure, t, state.lang)}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => void state.attempt(() => Promise.resolve())}>OK</Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {state.settingsUnreadable && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('settingsUnreadable')}</MessageBarBody>
            </MessageBar>
          )}
          <Suspense fallback={<Text aria-busy="true">{t('loading')}</Text>}>
            {screen === 'budget' && <BudgetScreen state={state} convention={convention} openBudget={openBudget} budget={budget} onBudget={setBudget} />}
            {screen === 'convention' && <ConventionScreen state={state} convention={convention} />}
            {screen === 'settings' && <SettingsScreen state={state} convention={convention} />}
          </Suspense>
        </div>
      </main>
    </FluentProvider>
  );
}
