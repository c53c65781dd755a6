import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { type ChangeEvent, useRef, useState } from 'react';
import type { Bilingual, Budget, ComparisonNote, ConventionCheckRequest, Lang } from '../domain';
import { comparisonNoteText, differenceText, listNotFoundText } from '../i18n/convention-sentences';
import type { ConventionDocuments, ConventionFileResult } from '../workbook/convention-documents';
import type { AnyTranslate } from './screen-text-for';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  file: { display: 'none' },
});

type Outcome =
  | { readonly kind: 'busy'; readonly file: string }
  | { readonly kind: 'message'; readonly intent: 'success' | 'warning' | 'error' | 'info'; readonly text: string; readonly lines: readonly string[]; readonly title?: string };

export interface ConventionDocxSectionProps {
  readonly documents: ConventionDocuments;
  readonly budget: Budget;
  readonly request: ConventionCheckRequest;
  /** The year in the written copy's name: the one the screen shows. */
  readonly fileYear: number;
  readonly listArticle: string;
  readonly costArticle: string;
  readonly lang: Lang;
  readonly t: AnyTranslate;
}

/**
 * The Article 4.1 screen's Word convention: compared with the budget (one line per difference, both
 * values), or written into a copy as tracked changes and downloaded. The .docx code loads on first use.
 */
export function ConventionDocxSection({ documents, budget, request, fileYear, listArticle, costArticle, lang, t }: ConventionDocxSectionProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const action = useRef<'compare' | 'write'>('compare');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const pick = (kind: 'compare' | 'write') => {
    action.current = kind;
    input.current?.click();
  };

  const notFoundOrUnreadable = (result: ConventionFileResult, file: string): Outcome | null => {
    if (result.kind === 'unreadable') return { kind: 'message', intent: 'error', text: t('docxUnreadable', { file, reason: result.reason[lang] }), lines: [] };
    if (result.check.comparison === null) {
      return { kind: 'message', intent: 'warning', text: t('docxNotFound', { file, sentence: listNotFoundText(result.check.articles.listArticle, lang) }), lines: [] };
    }
    return null;
  };

  const run = async (file: File) => {
    setOutcome({ kind: 'busy', file: file.name });
    const said = (entries: readonly Bilingual[]) => entries.map((entry) => entry[lang]);
    const noted = (notes: readonly ComparisonNote[]) => notes.map((note) => comparisonNoteText(note, lang));
    try {
      const source = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      if (action.current === 'compare') {
        const result = await documents.compare(source, budget, request);
        const refused = notFoundOrUnreadable(result, file.name);
        if (refused !== null || result.kind !== 'checked' || result.check.comparison === null) return setOutcome(refused);
        const { differences, notes } = result.check.comparison;
        setOutcome(
          differences.length === 0
            ? { kind: 'message', intent: 'success', text: t('docxAgree', { file: file.name, list: listArticle, cost: costArticle }), lines: noted(notes) }
            : {
                kind: 'message',
                intent: 'warning',
                title: t('docxDifferences', { file: file.name, count: differences.length }),
                text: '',
                lines: [...differences.map((difference) => differenceText(difference, lang)), ...noted(notes)],
              },
        );
        return;
      }
      const result = await documents.write(source, budget, { ...request, fileYear });
      const refused = notFoundOrUnreadable(result, file.name);
      if (refused !== null || result.kind !== 'checked' || result.check.comparison === null) return setOutcome(refused);
      const lines = [...said(result.notes), ...noted(result.check.comparison.notes)];
      if (result.written === null) return setOutcome({ kind: 'message', intent: 'info', text: t('docxAlreadyAgrees', { file: file.name }), lines });
      documents.save(result.written);
      setOutcome({ kind: 'message', intent: 'success', text: t('docxWritten', { file: result.written.name, count: result.check.comparison.differences.length }), lines });
    } catch (error) {
      setOutcome({ kind: 'message', intent: 'error', text: t('docxFailed', { reason: error instanceof Error ? error.message : String(error) }), lines: [] });
    }
  };

  return (
    <section className={styles.section} aria-labelledby="convention-docx-heading">
      <h2 className={styles.heading} id="convention-docx-heading">
        {t('docxHeading')}
      </h2>
      <Text size={200}>{t('docxHint', { list: listArticle, cost: costArticle })}</Text>
      <div className={styles.row}>
        <Button onClick={() => pick('compare')} disabled={outcome?.kind === 'busy'}>
          {t('docxCompare')}
        </Button>
        <Button onClick={() => pick('write')} disabled={outcome?.kind === 'busy'}>
          {t('docxWrite')}
        </Button>
      </div>
      <input
        ref={input}
        className={styles.file}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-label={t('docxFileLabel')}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void run(file);
        }}
      />
      {outcome?.kind === 'busy' && (
        <Text aria-busy="true" role="status">
          {t('docxReading', { file: outcome.file })}
        </Text>
      )}
      {outcome?.kind === 'message' && (
        <MessageBar intent={outcome.intent} layout="multiline" role={outcome.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>
            {outcome.title !== undefined && <MessageBarTitle>{outcome.title}</MessageBarTitle>}
            {outcome.text}
            {outcome.lines.length > 0 && (
              <ul className={styles.list}>
                {outcome.lines.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
