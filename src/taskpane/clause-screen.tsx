import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Textarea, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { BUILT_IN_PROFILE, clauseOf, clauseYear, countBySeverity, formatMoney, profileEnvelopeFor } from '../domain';
import { clauseWarningText } from '../i18n/convention-sentences';
import { profileCardText } from '../i18n/profile-card-text';
import { translate } from '../i18n/translate';
import type { ConventionDocuments } from '../workbook/convention-documents';
import { withBudgetSettings } from '../workbook/settings';
import { copyRich } from './clipboard';
import { ConventionDocxSection } from './convention-docx-section';
import { EnvelopeField } from './envelope-field';
import { withScreenText } from './screen-text-for';
import type { PaneState } from './use-pane-state';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  preview: { minHeight: '18em', fontFamily: tokens.fontFamilyBase },
  warnings: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const YEAR_HINTS = { title: 'clauseYearFromTitle', sheet: 'clauseYearFromSheet', table: 'clauseYearFromTable', file: 'clauseYearFromFile' } as const;

/** Article 4.1 (and the 3.1 sentence) for one beneficiary, ready to paste into the Word convention. */
export default function ClauseScreen({ state, documents }: { readonly state: PaneState; readonly documents?: ConventionDocuments | undefined }) {
  const styles = useStyles();
  const { result, settings, lang } = state;
  const t = withScreenText(lang);
  const budgets = result?.budgets ?? [];
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const preview = useRef<HTMLTextAreaElement>(null);
  const budget = budgets.find((candidate) => candidate.id === chosen) ?? budgets[0];
  const stored = budget ? settings.budgets?.[budget.settingsKey] : undefined;
  const profile = result?.profile ?? BUILT_IN_PROFILE;
  // The officer's year, else a chosen convention's, else the one the workbook names, else today's.
  const fromProfile = stored?.year === undefined && profile.origin !== 'built-in' && profile.year !== null;
  const found = stored?.year === undefined && !fromProfile ? (budget?.yearFound ?? null) : null;
  const year = budget ? clauseYear(stored?.year, profile, budget, new Date()) : new Date().getFullYear();
  const [yearText, setYearText] = useState<string | null>(null);
  // The envelope the chosen convention gives this budget: the heading's amount unless the officer types another.
  const conventionEnvelope = budget && stored?.envelope === undefined ? (profileEnvelopeFor(profile, budget) ?? null) : null;
  const clause = useMemo(() => (budget ? clauseOf(budget, { year, envelope: stored?.envelope, profile }) : null), [budget, year, stored?.envelope, profile]);

  if (!budget || !clause) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('clauseNoBudget')}</MessageBarBody>
      </MessageBar>
    );
  }
  const errors = countBySeverity((result?.findings ?? []).filter((finding) => finding.budgetId === budget.id)).errors;
  const save = (change: Parameters<typeof withBudgetSettings>[2]) => void state.updateSettings(withBudgetSettings(settings, budget.settingsKey, change));
  const yearValid = yearText === null || /^\d{4}$/.test(yearText.trim());

  const copyText = (text: string, html: string) => {
    const copied = copyRich(text, html);
    setCopy(copied ? 'copied' : 'failed');
    if (!copied) {
      // Leave the text selected: the officer's Ctrl+C still works where the copy event is blocked.
      preview.current?.focus();
      preview.current?.select();
    }
  };

  return (
    <section className={styles.screen} aria-label={t('tabClause', { article: profile.listArticle })}>
      <Field label={t('clauseBudget')}>
        <Select value={budget.id} onChange={(_, data) => setChosen(data.value)}>
          {budgets.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('clauseYear')}
        validationState={yearValid ? 'none' : 'error'}
        validationMessage={yearValid ? undefined : t('clauseYearInvalid')}
        hint={
          yearValid && yearText === null
            ? fromProfile
              ? t('clauseYearFromProfile', { name: profile.name })
              : found === null
                ? t('clauseYearToday')
                : t(YEAR_HINTS[found.from], { text: found.text })
            : undefined
        }
      >
        <Input
          value={yearText ?? String(year)}
          inputMode="numeric"
          onChange={(_, data) => {
            setYearText(data.value);
            if (/^\d{4}$/.test(data.value.trim())) save({ year: Number(data.value.trim()) });
          }}
        />
      </Field>
      <EnvelopeField
        value={stored?.envelope}
        lang={lang}
        t={t}
        label={t('envelope')}
        hint={conventionEnvelope === null ? t('clauseEnvelopeHint') : translate(profileCardText.envelopeFromConvention, lang, { amount: formatMoney(conventionEnvelope, lang) })}
        onChange={(envelope) => save({ envelope })}
      />
      {clause.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('clauseIncomplete')}</MessageBarTitle>
            <ul className={styles.warnings}>
              {clause.warnings.map((warning, index) => (
                <li key={index}>{clauseWarningText(warning, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {errors > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('clauseHasErrors', { count: errors })}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('clausePreview')}>
        <Textarea ref={preview} className={styles.preview} readOnly resize="vertical" value={`${clause.text}\n\n${clause.costText}`} lang="fr" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => copyText(clause.text, clause.html)}>
          {t('copy41', { article: profile.listArticle })}
        </Button>
        <Button onClick={() => copyText(clause.costText, clause.costHtml)}>{t('copy31', { article: profile.costArticle })}</Button>
      </div>
      {copy !== null && (
        <MessageBar intent={copy === 'copied' ? 'success' : 'warning'} role="status">
          <MessageBarBody>{copy === 'copied' ? t('copied') : t('copyFailed')}</MessageBarBody>
        </MessageBar>
      )}
      {documents !== undefined && (
        <ConventionDocxSection
          documents={documents}
          budget={budget}
          // A year nobody gave (today's, by default) is not compared, and the convention's is kept.
          request={{ year: stored?.year !== undefined || fromProfile || found !== null ? year : null, envelope: stored?.envelope, profile }}
          fileYear={year}
          listArticle={profile.listArticle}
          costArticle={profile.costArticle}
          lang={lang}
          t={t}
        />
      )}
    </section>
  );
}
