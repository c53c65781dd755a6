import { Button, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { escapeHtml, type Lang, LOCALES } from '../domain';
import { copyRich } from './clipboard';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  report: { minHeight: '14em' },
  // The text box itself fills the frame: outside a Field, Fluent's textarea kept its two-line height inside a 14em border.
  reportText: { fontFamily: tokens.fontFamilyMonospace, minHeight: '14em' },
});

/** A self-test's report, in Excel (the workbook's) or in Word (the document's): each step with what it found and its time. */
export interface StepReport {
  readonly startedAt: Date;
  readonly host: Readonly<Record<string, string>>;
  readonly steps: ReadonlyArray<{ readonly id: string; readonly ok: boolean; readonly ms: number; readonly detail: Readonly<Record<string, string | number>>; readonly error?: string }>;
  readonly ok: boolean;
}

/** What the panel says, in the pane's language. */
export interface SelfTestTexts {
  readonly title: string;
  readonly hint: string;
  readonly run: string;
  readonly running: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly allOk: string;
  readonly someFailed: string;
  readonly report: string;
  readonly error: string;
  readonly reportTitle: (when: string) => string;
  readonly step: (id: string) => string;
  /** A line "label: value" of the report; Word's report writes « : » whatever the language. */
  readonly labelled?: (label: string, value: string) => string;
  /** What the officer must know before it runs (in Excel: it clears the undo history). */
  readonly warning?: string;
}

/**
 * The panel's words from a catalogue that names them as Excel's and Word's both do
 * (diagnosticTitle, diagnosticStep_<id>…).
 */
export function selfTestTexts(t: (key: string, params?: Readonly<Record<string, string>>) => string): SelfTestTexts {
  return {
    title: t('diagnosticTitle'),
    hint: t('diagnosticHint'),
    run: t('diagnosticRun'),
    running: t('diagnosticRunning'),
    copy: t('diagnosticCopy'),
    copied: t('diagnosticCopied'),
    copyFailed: t('copyFailed'),
    allOk: t('diagnosticAllOk'),
    someFailed: t('diagnosticSomeFailed'),
    report: t('diagnosticReport'),
    error: t('diagnosticError'),
    reportTitle: (when) => t('diagnosticReportTitle', { when }),
    step: (id) => t(`diagnosticStep_${id}`),
  };
}

/** The report a person copies and sends back: host, requirement sets, each step with its result and time. */
export function selfTestReportText(report: StepReport, texts: SelfTestTexts, lang: Lang): string {
  const when = report.startedAt.toLocaleString(LOCALES[lang]);
  const labelled = texts.labelled ?? ((label: string, value: string) => `${label} : ${value}`);
  const lines = [texts.reportTitle(when), ...Object.entries(report.host).map(([name, value]) => labelled(name, value)), ''];
  for (const step of report.steps) {
    const detail = Object.entries(step.detail)
      .map(([name, value]) => `${name}=${value}`)
      .join(', ');
    lines.push(`${step.ok ? '✓' : '✗'} ${texts.step(step.id)} (${step.ms} ms)${detail === '' ? '' : ` — ${detail}`}`);
    if (step.error !== undefined) lines.push(`    ${labelled(texts.error, step.error)}`);
  }
  lines.push('', report.ok ? texts.allOk : texts.someFailed);
  return lines.join('\n');
}

/**
 * Réglages › Diagnostic, in Excel, on the page and in Word (the one panel of the three): runs the
 * self-test against the host the pane is in, says whether every step passed, and puts the report
 * on the clipboard for the person to send. `run` resolves to undefined when the pane has said why
 * it could not run.
 */
export function SelfTestPanel({ texts, lang, run }: { readonly texts: SelfTestTexts; readonly lang: Lang; readonly run: () => Promise<StepReport | undefined> }) {
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<StepReport | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const text = report === null ? '' : selfTestReportText(report, texts, lang);

  const start = async () => {
    setRunning(true);
    setCopied(null);
    const done = await run();
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
      <h2 className={styles.heading}>{texts.title}</h2>
      <Text size={200}>{texts.hint}</Text>
      {texts.warning !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{texts.warning}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button onClick={() => void start()} disabled={running}>
          {running ? texts.running : texts.run}
        </Button>
        {report !== null && <Button onClick={copy}>{texts.copy}</Button>}
      </div>
      {report !== null && (
        <MessageBar intent={report.ok ? 'success' : 'error'} role="status">
          <MessageBarBody>{report.ok ? texts.allOk : texts.someFailed}</MessageBarBody>
        </MessageBar>
      )}
      {report !== null && <Textarea ref={area} className={styles.report} textarea={{ className: styles.reportText }} readOnly resize="vertical" value={text} aria-label={texts.report} />}
      {copied !== null && (
        <MessageBar intent={copied ? 'success' : 'warning'}>
          <MessageBarBody>{copied ? texts.copied : texts.copyFailed}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
