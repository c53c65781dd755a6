import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { type CheckResult, checkWorkbook, countBySeverity } from '../domain';
import { BudgetFileError, type OpenBudget } from '../document/budget-file';
import type { ConventionDocument } from '../document/convention-document';
import type { DocumentSettings } from '../document/document-settings';
import { EnvelopeField } from '../taskpane/envelope-field';
import { textFor } from '../taskpane/text';
import { checkOptionsOf } from '../workbook/settings';
import type { WordState } from './use-word-state';
import { Comparison } from './word-comparison';

/** The budget's workbook as opened in the pane: kept while the officer moves between screens. */
export interface OpenedBudget {
  readonly file: string;
  readonly result: CheckResult;
}

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // A select is as wide as its longest option ("Convention Bassin minier 2022 — Département du
  // Pas-de-Calais"): held to the pane's width, the option cut with an ellipsis.
  select: { width: '100%', minWidth: 0 },
  selectInner: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface BudgetScreenProps {
  readonly state: WordState;
  readonly convention: ConventionDocument;
  readonly openBudget: OpenBudget;
  readonly budget: OpenedBudget | null;
  readonly onBudget: (budget: OpenedBudget | null) => void;
}

/**
 * Budget: the officer opens the budget's workbook (read here with our own .xlsx reader), picks the
 * beneficiary when there are several, and the convention is compared with it at once.
 */
export function BudgetScreen({ state, convention, openBudget, budget, onBudget }: BudgetScreenProps) {
  const styles = useStyles();
  const { t, lang, settings } = state;
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [yearText, setYearText] = useState<string | null>(null);

  const open = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (file === undefined) return;
    if (!/\.xlsx$/i.test(file.name)) {
      setProblem(t('budgetNotXlsx', { file: file.name }));
      return;
    }
    setReading(true);
    setProblem(null);
    try {
      const snapshot = await openBudget(file);
      const result = checkWorkbook(snapshot, checkOptionsOf(settings));
      onBudget({ file: file.name, result });
      if (result.budgets.length === 0) setProblem(t('budgetNone', { file: file.name }));
      else {
        const remembered = result.budgets.find((candidate) => candidate.label === settings.budget?.beneficiary) ?? result.budgets[0];
        void state.updateSettings({ ...settings, budget: { file: file.name, ...(remembered === undefined ? {} : { beneficiary: remembered.label }) } });
      }
    } catch (error) {
      const reason = error instanceof BudgetFileError ? error.reason[lang] : error instanceof Error ? error.message : String(error);
      setProblem(t('budgetUnreadable', { file: file.name, reason }));
    } finally {
      setReading(false);
    }
  };

  const budgets = budget?.result.budgets ?? [];
  const chosen = budgets.find((candidate) => candidate.label === settings.budget?.beneficiary) ?? budgets[0];
  const errors = chosen === undefined ? 0 : countBySeverity((budget?.result.findings ?? []).filter((finding) => finding.budgetId === chosen.id)).errors;
  const save = (change: Partial<DocumentSettings>) => {
    const next: DocumentSettings = { ...settings, ...change };
    for (const key of ['year', 'envelope'] as const) if (next[key] === undefined) delete next[key];
    void state.updateSettings(next);
  };
  const yearValid = yearText === null || yearText.trim() === '' || /^\d{4}$/.test(yearText.trim());
  const listArticle = state.profile.listArticle;

  return (
    <section className={styles.screen} aria-label={t('tabBudget')}>
      <div className={styles.row}>
        <Button appearance={budget === null ? 'primary' : 'secondary'} onClick={() => input.current?.click()} disabled={reading}>
          {t('budgetOpen')}
        </Button>
        <input ref={input} type="file" accept={XLSX} hidden aria-label={t('budgetOpen')} data-testid="budget-file" onChange={(event) => void open(event.target.files?.[0])} />
      </div>
      <Text size={200}>{t('budgetHint')}</Text>
      {reading && <Text role="status">{t('budgetReading')}</Text>}
      {budget === null && settings.budget !== undefined && !reading && (
        <Text size={200}>{t('budgetLast', { file: settings.budget.file, beneficiary: settings.budget.beneficiary === undefined ? '' : ` (${settings.budget.beneficiary})` })}</Text>
      )}
      {problem !== null && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {budget !== null && chosen !== undefined && (
        <>
          <Text weight="semibold">{t('budgetFile', { file: budget.file })}</Text>
          {budgets.length > 1 && (
            <Field label={t('budgetBeneficiary')}>
              <Select
                className={styles.select}
                select={{ className: styles.selectInner }}
                value={chosen.label}
                onChange={(_, data) => save({ budget: { file: budget.file, beneficiary: data.value } })}
              >
                {budgets.map((candidate) => (
                  <option key={candidate.id} value={candidate.label}>
                    {candidate.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {errors > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t('budgetErrors', { count: errors })}</MessageBarBody>
            </MessageBar>
          )}
          <Comparison
            state={state}
            convention={convention}
            budget={chosen}
            options={
              <div className={styles.screen}>
                <Field
                  label={t('budgetYear', { article: listArticle })}
                  validationState={yearValid ? 'none' : 'error'}
                  validationMessage={yearValid ? undefined : t('budgetYearInvalid')}
                  hint={yearValid ? t('budgetYearHint') : undefined}
                >
                  <Input
                    value={yearText ?? (settings.year === undefined ? '' : String(settings.year))}
                    inputMode="numeric"
                    onChange={(_, data) => {
                      setYearText(data.value);
                      const typed = data.value.trim();
                      if (typed === '') save({ year: undefined });
                      else if (/^\d{4}$/.test(typed)) save({ year: Number(typed) });
                    }}
                  />
                </Field>
                <EnvelopeField value={settings.envelope} lang={lang} t={textFor(lang)} label={t('budgetEnvelope')} hint={t('budgetEnvelopeHint')} onChange={(envelope) => save({ envelope })} />
              </div>
            }
          />
        </>
      )}
    </section>
  );
}
