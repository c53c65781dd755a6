import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { Fragment, useState } from 'react';
import { type Action, type Budget, type Cents, formatMoney, formatShare, type Lang, sharesOf } from '../domain';
import type { Translate } from './text';

/** Past this many rows the list would slow the pane down; every action is still counted and checked. */
const MAX_ROWS = 500;

// A plain table, not a DataGrid: Excel opens the pane 320 px wide, where four columns fit (number,
// title, State, its share) and the rest opens on demand under each row. It is also lighter, and its
// rows need no focus management of their own.
const useStyles = makeStyles({
  table: { width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  number: { width: '2.2em' },
  state: { width: '6.2em' },
  share: { width: '3.6em' },
  toggle: { width: '1.8em' },
  head: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    paddingBlock: tokens.spacingVerticalXS,
    paddingInlineEnd: tokens.spacingHorizontalXS,
    verticalAlign: 'top',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
  },
  amount: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  leftOut: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  details: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, margin: 0, paddingBlock: tokens.spacingVerticalXS },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums' },
});

export interface ActionsGridProps {
  readonly budget: Budget;
  readonly lang: Lang;
  readonly t: Translate;
}

/** The actions of a budget: number, title, State amount and share; the rest of a row on demand. */
export default function ActionsGrid({ budget, lang, t }: ActionsGridProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const money = (cents: Cents | null) => (cents === null ? '—' : formatMoney(cents, lang));
  const rows = budget.actions.slice(0, MAX_ROWS);
  const toggle = (row: number) => {
    const next = new Set(open);
    if (next.has(row)) next.delete(row);
    else next.add(row);
    setOpen(next);
  };

  return (
    <div>
      {budget.actions.length > MAX_ROWS && <Text size={200}>{t('actionsCapped', { shown: MAX_ROWS, count: budget.actions.length })}</Text>}
      <table className={styles.table} aria-label={t('actionsGridLabel', { budget: budget.label })}>
        <colgroup>
          <col className={styles.number} />
          <col />
          <col className={styles.state} />
          <col className={styles.share} />
          <col className={styles.toggle} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={styles.head}>
              {t('columnAction')}
            </th>
            <th scope="col" className={styles.head}>
              {t('columnTitle')}
            </th>
            <th scope="col" className={`${styles.head} ${styles.amount}`}>
              {t('columnState')}
            </th>
            <th scope="col" className={`${styles.head} ${styles.amount}`}>
              {t('columnStateShare')}
            </th>
            <th scope="col" className={styles.head}>
              <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{t('columnDetails')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((action: Action) => {
            const shares = sharesOf(action);
            const expanded = open.has(action.row);
            const detailsId = `action-${budget.id.replace(/[^\w-]/g, '_')}-${action.row}`;
            const muted = action.excluded ? styles.leftOut : undefined;
            return (
              <Fragment key={action.row}>
                <tr>
                  <td className={styles.cell}>{action.action ?? '—'}</td>
                  <td className={`${styles.cell} ${muted ?? ''}`}>{action.excluded ? `${action.title ?? '—'} (${t('leftOut')})` : (action.title ?? '—')}</td>
                  <td className={`${styles.cell} ${styles.amount} ${muted ?? ''}`}>{money(action.state)}</td>
                  <td className={`${styles.cell} ${styles.amount} ${muted ?? ''}`}>{formatShare(shares.state, lang)}</td>
                  <td className={styles.cell}>
                    <Button
                      appearance="transparent"
                      size="small"
                      icon={expanded ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={t('actionDetails', { action: action.action ?? String(action.row) })}
                      onClick={() => toggle(action.row)}
                    />
                  </td>
                </tr>
                {expanded && (
                  <tr id={detailsId}>
                    <td className={styles.cell} />
                    <td className={styles.cell} colSpan={4}>
                      <dl className={styles.details}>
                        <dt className={styles.term}>{t('columnAxis')}</dt>
                        <dd className={styles.value}>{action.axis ?? '—'}</dd>
                        <dt className={styles.term}>{t('columnCost')}</dt>
                        <dd className={styles.value}>{money(action.cost)}</dd>
                        <dt className={styles.term}>{t('columnDepartment')}</dt>
                        <dd className={styles.value}>{`${money(action.department)} · ${formatShare(shares.department, lang)}`}</dd>
                        {(budget.columns.other !== undefined || (action.other ?? 0) > 0) && (
                          <Fragment>
                            <dt className={styles.term}>{t('otherShare')}</dt>
                            <dd className={styles.value}>{`${money(action.other)} · ${formatShare(shares.other, lang)}`}</dd>
                          </Fragment>
                        )}
                        <dt className={styles.term}>{t('columnRow')}</dt>
                        <dd className={styles.value}>{action.row}</dd>
                      </dl>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
