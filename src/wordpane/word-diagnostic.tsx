import { Button, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { escapeHtml, type Lang } from '../domain';
import type { ConventionDocument } from '../document/convention-document';
import { type DocumentSelfTestReport, runDocumentSelfTest } from '../document/self-test';
import type { WordTextKey } from '../i18n/word-text';
import { copyRich } from '../taskpane/clipboard';
import type { WordState } from './use-word-state';
import type { WordTranslate } from './word-text-for';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  report: { fontFamily: tokens.fontFamilyMonospace, minHeight: '14em' },
});

/** The report a person copies and sends back: host, requirement sets, each step with its result and time. */
export function documentReportText(report: DocumentSelfTestReport, t: WordTranslate, lang: Lang): string {
  const when = report.startedAt.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const lines = [t('diagnosticReportTitle', { when }), ...Object.entries(report.host).map(([name, value]) => `${name} : ${value}`), ''];
  for (const step of report.steps) {
    const detail = Object.entries(step.detail).map(([name, value]) => `${name}=${value}`).join(', ');
    lines.push(`${step.ok ? '✓' : '✗'} ${t(`diagnosticStep_${step.id}` as WordTextKey)} (${step.ms} ms)${detail === '' ? '' : ` — ${detail}`}`);
    if (step.error !== undefined) lines.push(`    ${t('diagnosticError')} : ${step.error}`);
  }
  lines.push('', report.ok ? t('diagnosticAllOk') : t('diagnosticSomeFailed'));
  return lines.join('\n');
}

/**
 * Réglages › Diagnostic in Word: runs the self-test against the Word the pane is in, shows each
 * step, and puts the report on the clipboard for the person to send.
 */
export function WordDiagnostic({ state, convention }: { readonly state: WordState; readonly convention: ConventionDocument }) {
  const styles = useStyles();
  const { t, lang } = state;
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<DocumentSelfTestReport | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  if (convention.diagnostics === undefined) return null;
  const text = report === null ? '' : documentReportText(report, t, lang);

  const run = async () => {
    setRunning(true);
    setCopied(null);
    const done = await state.attempt(() => runDocumentSelfTest(convention));
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
      {report !== null && <Textarea ref={area} className={styles.report} readOnly resize="vertical" value={text} aria-label={t('diagnosticReport')} />}
      {copied !== null && (
        <MessageBar intent={copied ? 'success' : 'warning'}>
          <MessageBarBody>{copied ? t('diagnosticCopied') : t('copyFailed')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
