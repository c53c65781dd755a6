import type { ScreenTextKey } from '../i18n/screen-text';
import type { BudgetWorkbook } from '../workbook/budget-workbook';
import { runSelfTest } from '../workbook/self-test';
import { withScreenText } from './screen-text-for';
import { SelfTestPanel, selfTestTexts } from './self-test-panel';
import type { PaneState } from './use-pane-state';

/**
 * Réglages › Diagnostic: runs the self-test against the host the pane is in, shows each step, and
 * puts the report on the clipboard for the person to send.
 */
export function DiagnosticSection({ state, workbook }: { readonly state: PaneState; readonly workbook: BudgetWorkbook }) {
  const { lang } = state;
  const t = withScreenText(lang);
  if (workbook.diagnostics === undefined) return null;
  return (
    <SelfTestPanel
      lang={lang}
      run={() => state.attempt(() => state.exclusive(() => runSelfTest(workbook)))}
      texts={selfTestTexts((key, params) => t(key as ScreenTextKey, params))}
    />
  );
}
