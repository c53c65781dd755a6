import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { Budget } from '../domain';
import { ARTICLE_TAGS, type ArticleTag, type ConventionDocument, type WriteReport } from '../document/convention-document';
import { checkDocument, type DocumentCheck, type DocumentDifference } from './document-check';
import type { WordState } from './use-word-state';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
  },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Outcome = { readonly intent: 'success' | 'warning' | 'info'; readonly text: string } | null;
/** A write the officer asked for, waiting for their word where Word cannot track it. */
type Pending = { readonly kind: 'articles' } | { readonly kind: 'insert'; readonly tag: ArticleTag; readonly paragraphs: readonly string[]; readonly article: string } | null;

/**
 * The convention compared with the chosen budget: one line per difference with both values and
 * « Aller au paragraphe »; writing the articles in place as tracked changes (or inserting them at
 * the cursor where the document lacks them); the amendment at the cursor.
 */
export function Comparison({ state, convention, budget, options }: { readonly state: WordState; readonly convention: ConventionDocument; readonly budget: Budget; readonly options: ReactNode }) {
  const styles = useStyles();
  const { t, lang, settings, profile } = state;
  const [check, setCheck] = useState<DocumentCheck | null>(null);
  const [comparing, setComparing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, setPending] = useState<Pending>(null);
  const run = useRef(0);
  const tracked = convention.capabilities.trackedChanges;

  const compare = useCallback(async () => {
    const mine = ++run.current;
    setComparing(true);
    const paragraphs = await state.attempt(() => convention.read());
    if (mine !== run.current) return;
    setComparing(false);
    if (paragraphs === undefined) return;
    setCheck(checkDocument(paragraphs, budget, { profile, year: settings.year, envelope: settings.envelope }));
    // `state` changes with every render; what the comparison depends on is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [convention, budget, profile, settings.year, settings.envelope]);

  useEffect(() => {
    void compare();
  }, [compare]);

  const said = (report: WriteReport) => {
    const counts = { changed: report.changed, inserted: report.inserted, deleted: report.deleted };
    const text = report.tracked ? t('written', counts) : t('writtenUntracked', counts);
    return report.unwrapped > 0 ? `${text} ${t('writtenUnwrapped')}` : text;
  };

  const perform = async (what: NonNullable<Pending>) => {
    if (check === null) return;
    setPending(null);
    setBusy(true);
    setOutcome(null);
    const report =
      what.kind === 'articles'
        ? await state.attempt(() => convention.writeArticles(check.writes, { track: true }))
        : await state.attempt(() => convention.insertAtCursor(what.paragraphs, { track: true, tag: what.tag }));
    setBusy(false);
    if (report === undefined) return;
    setOutcome({ intent: 'success', text: what.kind === 'articles' ? said(report) : `${t('inserted', { article: what.article })} ${said(report)}` });
    await compare();
  };
  // Where Word cannot track our changes, the officer is told so before anything is written.
  const ask = (what: NonNullable<Pending>) => (tracked ? void perform(what) : setPending(what));

  const writeAmendment = async () => {
    const amendment = check?.amendment;
    if (!amendment) return;
    setBusy(true);
    setOutcome(null);
    const report = await state.attempt(() => convention.insertAtCursor(amendment.paragraphs, { track: false, tag: null }));
    setBusy(false);
    if (report === undefined) return;
    const text = t('amendmentWritten', { count: report.inserted });
    setOutcome({ intent: amendment.dated ? 'success' : 'warning', text: amendment.dated ? text : `${text} ${t('amendmentNoDate')}` });
  };

  const goTo = async (difference: DocumentDifference) => {
    if (difference.paragraph === null || difference.paragraphText === null) return;
    const { paragraph, paragraphText } = difference;
    const where = await state.attempt(() => convention.selectParagraph(paragraph, paragraphText));
    setOutcome(where === 'moved' ? { intent: 'info', text: t('paragraphMoved') } : where === 'gone' ? { intent: 'warning', text: t('paragraphGone') } : null);
  };

  if (check === null) {
    return (
      <>
        <Text role="status">{t('comparing')}</Text>
        {options}
      </>
    );
  }
  const { listArticle, costArticle } = check;
  return (
    <div className={styles.section} data-testid="comparison">
      <h2 className={styles.heading}>{t('compareHeading')}</h2>
      {comparing && <Text role="status">{t('comparing')}</Text>}
      {!check.listFound ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('listNotFound', { article: listArticle })}</MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => ask({ kind: 'insert', tag: ARTICLE_TAGS.list, paragraphs: check.listParagraphs, article: listArticle })}>
              {t('insertAtCursor', { article: listArticle })}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : check.differences.length === 0 ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{t('compareAgree', { list: listArticle, cost: costArticle })}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text>{t('compareDiffer', { count: check.differences.length })}</Text>
          <ul className={styles.list} aria-label={t('compareHeading')}>
            {check.differences.map((difference) => (
              <li key={difference.key} className={styles.item}>
                <Text>{difference.message[lang]}</Text>
                {difference.paragraph !== null && (
                  <Button size="small" onClick={() => void goTo(difference)} aria-label={t('goToParagraphLabel', { what: difference.message[lang] })}>
                    {t('goToParagraph')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {check.notes.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('compareNotes')}
            <ul className={styles.notes}>
              {check.notes.map((note, index) => (
                <li key={index}>{note[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {check.listFound && !check.costFound && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('costNotFound', { article: costArticle })}</MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => ask({ kind: 'insert', tag: ARTICLE_TAGS.cost, paragraphs: check.costParagraphs, article: costArticle })}>
              {t('insertAtCursor', { article: costArticle })}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {options}
      {check.writes.length > 0 && (
        <div className={styles.section}>
          <h2 className={styles.heading}>{t('writeHeading')}</h2>
          <Text size={200}>{t('writeHint', { list: listArticle, cost: costArticle })}</Text>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => ask({ kind: 'articles' })}>
              {busy ? t('writing') : t('write')}
            </Button>
          </div>
        </div>
      )}
      {pending !== null && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{t('noTracking')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void perform(pending)}>{t('writeUntracked')}</Button>
            <Button onClick={() => setPending(null)}>{t('cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome !== null && (
        <MessageBar intent={outcome.intent} layout="multiline" role="status">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {check.amendment !== null && (
        <div className={styles.section}>
          <h2 className={styles.heading}>{t('amendmentHeading')}</h2>
          <Text size={200}>{t('amendmentHint', { list: listArticle })}</Text>
          <div className={styles.row}>
            <Button disabled={busy} onClick={() => void writeAmendment()}>
              {t('amendment')}
            </Button>
          </div>
        </div>
      )}
      <div className={styles.row}>
        <Button disabled={comparing || busy} onClick={() => void compare()}>
          {t('compareAgain')}
        </Button>
      </div>
    </div>
  );
}
