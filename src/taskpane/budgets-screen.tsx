import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { type Budget, type CheckResult, type Finding, type Lang, LOCALES } from '../domain';
import { profileSummary } from '../i18n/convention-sentences';
import { profileEnvelopeHint } from './profile-envelope-hint';
import { budgetColumnsSentence, unreadAreaSentence, uncoveredSentence, unreadSentence } from '../i18n/reading-text';
import type { BudgetWorkbook } from '../workbook/budget-workbook';
import { MARK_MARKER } from '../workbook/our-marks';
import { withBudgetSettings } from '../workbook/settings';
import { BudgetCard } from './budget-card';
import type { PaneState } from './use-pane-state';

/** DOMAIN.md's French headers: the convention is French, whatever the pane's language. */
export const BUDGET_HEADERS = ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département', 'Autres financements'] as const;

/** How our rules' formulas begin, as Excel's rule manager shows them (the officer looks for it by hand). */
const OUR_RULES_PREFIX = `=N("${MARK_MARKER}:`;

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground2 },
});

export interface BudgetsScreenProps {
  readonly workbook: BudgetWorkbook;
  readonly state: PaneState;
  readonly onMapColumns: () => void;
}

/** A budget's columns left unread because two could be one field, or one could be two. */
function columnsNote(result: CheckResult, budget: Budget, lang: Lang): string | null {
  const source = result.sources.find((candidate) => candidate.key === budget.sourceKey && candidate.sheet === budget.sheet);
  return source === undefined ? null : budgetColumnsSentence(budget, source, lang, 'pane');
}

export function BudgetsScreen({ workbook, state, onMapColumns }: BudgetsScreenProps) {
  const styles = useStyles();
  const { t, lang, result, check, settings } = state;
  const [notice, setNotice] = useState<string | null>(null);

  const findingsByBudget = useMemo(() => {
    const byBudget = new Map<string, Finding[]>();
    for (const finding of result?.findings ?? []) {
      const list = byBudget.get(finding.budgetId) ?? [];
      list.push(finding);
      byBudget.set(finding.budgetId, list);
    }
    return byBudget;
  }, [result]);

  const clearFlags = async () => {
    const report = await state.attempt(() => workbook.clearFlags({ command: true }));
    if (report === undefined) return;
    const sentences = [t('flagsCleared', { count: report.removed })];
    if (report.left > 0) sentences.push(t('flagsLeft', { count: report.left }));
    if (report.failedSheets.length > 0)
      sentences.push(t('flagsSheetsFailed', { sheets: report.failedSheets.map((failure) => t('quoted', { text: failure.sheet })).join(', ') }), t('flagsRemoveByHand', { prefix: OUR_RULES_PREFIX }));
    setNotice(sentences.join(' '));
  };
  const flagReport = check.status === 'done' ? check.flags : null;
  const createTable = async () => {
    const created = await state.attempt(() => workbook.createBudgetTable(t('newSheetName'), BUDGET_HEADERS));
    if (created) {
      setNotice(t('tableCreated', { sheet: created.sheet }));
      state.checkNow();
    }
  };
  const selectFinding = (finding: Finding) => {
    if (finding.cell !== null) void state.attempt(() => workbook.selectCell(finding.sheet, finding.cell as string));
  };

  const status =
    check.status === 'checking' ? t('checking') : check.status === 'done' ? t('checkedAt', { time: check.checkedAt.toLocaleTimeString(LOCALES[lang], { hour: '2-digit', minute: '2-digit' }) }) : '';

  return (
    <section className={styles.screen} aria-label={t('tabBudgets')}>
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={state.checkNow}>
          {t('checkNow')}
        </Button>
        <Button onClick={() => void clearFlags()} disabled={!workbook.capabilities.flags}>
          {t('clearFlags')}
        </Button>
        <Text size={200} className={styles.status} role="status" aria-live="polite">
          {status}
        </Text>
      </div>
      <Text size={200} className={styles.status}>
        {workbook.capabilities.liveChanges ? t('liveOn') : t('liveOff')}
      </Text>
      {check.status === 'busy' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('busyEditing')}</MessageBarBody>
        </MessageBar>
      )}
      {!workbook.capabilities.flags && (
        <MessageBar intent="info">
          <MessageBarBody>{t('flagsOff')}</MessageBarBody>
        </MessageBar>
      )}
      {flagReport !== null && flagReport.failedSheets.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('flagsSheetsFailed', { sheets: flagReport.failedSheets.map((failure) => t('quoted', { text: failure.sheet })).join(', ') })} {t('flagsRemoveByHand', { prefix: OUR_RULES_PREFIX })}
          </MessageBarBody>
        </MessageBar>
      )}
      {flagReport !== null && flagReport.notShown > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('flagsNotShown', { count: flagReport.notShown })}</MessageBarBody>
        </MessageBar>
      )}
      {notice !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {result === null && check.status !== 'failed' && <Text aria-busy="true">{t('checking')}</Text>}
      {result !== null && result.budgets.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('noBudgetTitle')}</MessageBarTitle>
            {t('noBudgetBody')}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void createTable()}>
              {t('createTable')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {result?.unread
        .filter((source) => source.budgetLike)
        .map((source) => (
          <MessageBar key={`${source.sheet}!${source.key}`} intent="warning" layout="multiline">
            <MessageBarBody>{unreadSentence(source, lang, 'pane')}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={onMapColumns}>{t('mapColumns')}</Button>
            </MessageBarActions>
          </MessageBar>
        ))}
      {result?.uncovered.map((area) => (
        <MessageBar key={`uncovered:${area.sheet}!${area.range}`} intent="warning" layout="multiline">
          <MessageBarBody>{uncoveredSentence(area, lang)}</MessageBarBody>
        </MessageBar>
      ))}
      {result?.unreadAreas.map((area) => (
        <MessageBar key={`unread:${area.sheet}!${area.range}`} intent="warning" layout="multiline">
          <MessageBarBody>{unreadAreaSentence(area, lang)}</MessageBarBody>
        </MessageBar>
      ))}
      {result?.budgets.map((budget) => (
        <BudgetCard
          key={budget.id}
          budget={budget}
          columnsNote={columnsNote(result, budget, lang)}
          findings={findingsByBudget.get(budget.id) ?? []}
          envelope={settings.budgets?.[budget.settingsKey]?.envelope}
          rules={profileSummary(result.profile, lang)}
          listArticle={result.profile.listArticle}
          envelopeHint={profileEnvelopeHint(result.profile, budget, settings.budgets?.[budget.settingsKey]?.envelope, lang)}
          lang={lang}
          t={t}
          onEnvelope={(envelope) => void state.updateSettings(withBudgetSettings(settings, budget.settingsKey, { envelope }))}
          onSelectFinding={selectFinding}
        />
      ))}
    </section>
  );
}
