import type { ScreenTextKey } from '../i18n/screen-text';
import type { BudgetWorkbook } from '../workbook/budget-workbook';
import { runSelfTest } from '../workbook/self-test';
import type { DiagnosticsPort } from '../workbook/workbook-diagnostics';
import { withScreenText } from './screen-text-for';
import { SelfTestPanel, selfTestTexts } from './self-test-panel';
import type { PaneState } from './use-pane-state';

/**
 * Réglages › Diagnostic for a workbook (Excel, the page): the self-test panel with the workbook's
 * words, run through the workbook's diagnostics port while no check runs.
 */
export function DiagnosticSection({ state, workbook, diagnostics }: { readonly state: PaneState; readonly workbook: BudgetWorkbook; readonly diagnostics: DiagnosticsPort }) {
  const { lang } = state;
  const t = withScreenText(lang);
  const texts = {
    ...selfTestTexts((key, params) => t(key as ScreenTextKey, params)),
    labelled: (label: string, value: string) => t('labelled', { label, value }),
    warning: t('diagnosticUndoWarning'),
  };
  return <SelfTestPanel lang={lang} texts={texts} run={() => state.attempt(() => state.exclusive(() => runSelfTest(workbook, diagnostics)))} />;
}
