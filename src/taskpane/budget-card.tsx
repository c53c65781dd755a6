import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { type Budget, type Cents, countBySeverity, type Finding, formatMoney, formatShare, type Lang, sharesOf } from '../domain';
import { fieldLabels } from '../i18n/field-labels';
import { EnvelopeField } from './envelope-field';
import { FindingsList } from './findings-list';
import type { Translate } from './text';

// The actions' DataGrid is the heaviest component of the pane: it loads when first opened.
const ActionsGrid = lazy(() => import(/* webpackChunkName: "actions" */ './actions-grid'));

// A plain section styled like a Fluent card, and a badge of our own: Card and Badge would add some
// 12 KB gzipped to the pane's first load for what a border, a radius and a colour do.
const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  headerText: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  badge: {
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    paddingInline: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'nowrap',
  },
  danger: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1Static },
  success: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  totals: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export interface BudgetCardProps {
  readonly budget: Budget;
  /** Columns left unread (two could be one field), said on the card. */
  readonly columnsNote: string | null;
  readonly findings: readonly Finding[];
  readonly envelope: Cents | undefined;
  /** The convention the budget was checked against, with its numbers: "Convention Bassin minier 2022 : part de l’État ≤ 50 %, …". */
  readonly rules: string;
  /** The article that lists the actions (4.1 in the built-in convention). */
  readonly listArticle: string;
  /** What the envelope field says under it: where the envelope checked comes from, or that none is. */
  readonly envelopeHint?: string | undefined;
  readonly lang: Lang;
  readonly t: Translate;
  readonly onEnvelope: (cents: Cents | undefined) => void;
  readonly onSelectFinding: (finding: Finding) => void;
}

function StatusBadge({ findings, t }: { findings: readonly Finding[]; t: Translate }) {
  const styles = useStyles();
  const { errors, warnings } = countBySeverity(findings);
  const [tone, text] =
    errors > 0
      ? ([styles.danger, t(errors === 1 ? 'statusErrorOne' : 'statusErrorMany', { count: errors })] as const)
      : warnings > 0
        ? ([styles.warning, t(warnings === 1 ? 'statusWarningOne' : 'statusWarningMany', { count: warnings })] as const)
        : ([styles.success, t('statusConform')] as const);
  return <span className={`${styles.badge} ${tone}`}>{text}</span>;
}

/** One beneficiary's budget: totals and shares, status, envelope, actions and findings. */
export function BudgetCard({ budget, columnsNote, findings, envelope, rules, listArticle, envelopeHint, lang, t, onEnvelope, onSelectFinding }: BudgetCardProps) {
  const styles = useStyles();
  const [showActions, setShowActions] = useState(false);
  const { totals } = budget;
  const shares = sharesOf(totals);
  const headingId = `budget-${budget.id.replace(/[^\w-]/g, '_')}`;
  const line = (label: string, cents: Cents, share?: number | null) => (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.amount}>
        {formatMoney(cents, lang)}
        {share !== undefined && ` · ${formatShare(share, lang)}`}
      </dd>
    </>
  );

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <div className={styles.headerText}>
          <h2 id={headingId} className={styles.heading}>
            {budget.label}
          </h2>
          <Text size={200}>
            {t('budgetPlace', { sheet: budget.sheet, range: budget.range })} · {t('actionCount', { count: totals.actionCount })}
          </Text>
          <Text size={200} data-testid="budget-rules">
            {rules}
          </Text>
        </div>
        <StatusBadge findings={findings} t={t} />
      </div>
      <dl className={styles.totals}>
        {line(t('totalCost'), totals.cost)}
        {line(t('stateShare'), totals.state, shares.state)}
        {line(t('departmentShare'), totals.department, shares.department)}
        {(budget.columns.other !== undefined || totals.other > 0) && line(t('otherShare'), totals.other, shares.other)}
      </dl>
      {(totals.excludedRows > 0 || totals.hiddenRows > 0 || budget.missingColumns.length > 0 || columnsNote !== null) && (
        <div className={styles.notes}>
          {totals.excludedRows > 0 && <Text>{t('excludedRows', { count: totals.excludedRows, article: listArticle })}</Text>}
          {totals.hiddenRows > 0 && <Text>{t('hiddenRows', { count: totals.hiddenRows })}</Text>}
          {budget.missingColumns.length > 0 && <Text>{t('missingColumns', { columns: budget.missingColumns.map((field) => fieldLabels[field][lang]).join(', ') })}</Text>}
          {columnsNote !== null && <Text>{columnsNote}</Text>}
        </div>
      )}
      <EnvelopeField value={envelope} lang={lang} t={t} label={t('envelope')} hint={envelopeHint ?? t('envelopeHint')} onChange={onEnvelope} />
      <div>
        <Button appearance="secondary" aria-expanded={showActions} onClick={() => setShowActions(!showActions)}>
          {showActions ? t('hideActions') : t('showActions', { count: budget.actions.length })}
        </Button>
      </div>
      {showActions && (
        <Suspense fallback={<Text role="status">{t('loadingActions')}</Text>}>
          <ActionsGrid budget={budget} lang={lang} t={t} />
        </Suspense>
      )}
      <h3 className={styles.heading}>{t('findings')}</h3>
      {findings.length === 0 ? <Text>{t('noFinding')}</Text> : <FindingsList findings={findings} lang={lang} t={t} onSelect={onSelectFinding} />}
    </section>
  );
}
