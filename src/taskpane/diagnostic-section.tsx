import { Button, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { escapeHtml, type Lang, LOCALES } from '../domain';
import type { ScreenTextKey } from '../i18n/screen-text';
import type { BudgetWorkbook } from '../workbook/budget-workbook';
import { runSelfTest, type SelfTestReport, type SelfTestStep } from '../workbook/self-test';
import { copyRich } from './clipboard';
import { type AnyTranslate, withScreenText } from './screen-text-for';
import type { PaneState } from './use-pane-state';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  report: { minHeight: '14em' },
  // The text box itself fills the frame: outside a Field, Fluent's textarea kept its two-line height inside a 14em border.
  reportText: { fontFamily: tokens.fontFamilyMonospace, minHeight: '14em' },
});

function detailText(step: SelfTestStep): string {
  return Object.entries(step.detail)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
}

/** The report a person copies and sends back: host, requirement sets, each step with its result and time. */
export function reportText(report: SelfTestReport, t: AnyTranslate, lang: Lang): string {
  const when = report.startedAt.toLocaleString(LOCALES[lang]);
  const lines = [t('diagnosticReportTitle', { when }), ...Object.entries(report.host).map(([name, value]) => t('labelled', { label: name, value: String(value) })), ''];
  for (const step of report.steps) {
    const detail = detailText(step);
    lines.push(`${step.ok ? '✓' : '✗'} ${t(`diagnosticStep_${step.id}` as ScreenTextKey)} (${step.ms} ms)${detail === '' ? '' : ` — ${detail}`}`);
    if (step.error !== undefined) lines.push(`    ${t('labelled', { label: t('diagnosticError'), value: step.error })}`);
  }
  lines.push('', report.ok ? t('diagnosticAllOk') : t('diagnosticSomeFailed'));
  return lines.join('\n');
}

/**
 * Réglages › Diagnostic: runs the self-test against the host the pane is in, shows each step, and
 * puts the report on the clipboard for the person to send.
 */
export function DiagnosticSection({ state, workbook }: { readonly state: PaneState; readonly workbook: BudgetWorkbook }) {
  const styles = useStyles();
  const { lang } = state;
  const t = withScreenText(lang);
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  if (workbook.diagnostics === undefined) return null;
  const text = report === null ? '' : reportText(report, t, lang);

  const run = async () => {
    setRunning(true);
    setCopied(null);
    const done = await state.attempt(() => state.exclusive(() => runSelfTest(workbook)));
    if (done !== undefined) setReport(done);
    setRunning(false);
  };
  const copy = () => {
    const ok = copyRich(text, `<pre>${escapeHtml(text)}</pre>`);
    setCopied(ok);
    if (!ok) {
      area.current?.focus();
      area.current?.select();
    }
  };

  return (
    <div className={styles.group}>
      <h2 className={styles.heading}>{t('diagnosticTitle')}</h2>
      <Text size={200}>{t('diagnosticHint')}</Text>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t('diagnosticUndoWarning')}</MessageBarBody>
      </MessageBar>
      <div className={styles.row}>
        <Button onClick={() => void run()} disabled={running}>
          {running ? t('diagnosticRunning') : t('diagnosticRun')}
        </Button>
        {report !== null && <Button onClick={copy}>{t('diagnosticCopy')}</Button>}
      </div>
      {report !== null && (
        <MessageBar intent={report.ok ? 'success' : 'error'} role="status">
          <MessageBarBody>{report.ok ? t('diagnosticAllOk') : t('diagnosticSomeFailed')}</MessageBarBody>
        </MessageBar>
      )}
      {report !== null && <Textarea ref={area} className={styles.report} textarea={{ className: styles.reportText }} readOnly resize="vertical" value={text} aria-label={t('diagnosticReport')} />}
      {copied !== null && (
        <MessageBar intent={copied ? 'success' : 'warning'}>
          <MessageBarBody>{copied ? t('diagnosticCopied') : t('copyFailed')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
