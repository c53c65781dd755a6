import {
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { type Action, type Budget, type Cents, formatMoney, formatShare, type Lang, sharesOf } from '../domain';
import type { Translate } from './text';

/** Past this many rows the grid would slow the pane down; every action is still counted and checked. */
const MAX_ROWS = 500;

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  grid: { minWidth: '640px' },
  number: { justifyContent: 'flex-end', fontVariantNumeric: 'tabular-nums' },
  leftOut: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

export interface ActionsGridProps {
  readonly budget: Budget;
  readonly lang: Lang;
  readonly t: Translate;
}

/** The actions of a budget with their amounts and shares, in a Fluent DataGrid. */
export default function ActionsGrid({ budget, lang, t }: ActionsGridProps) {
  const styles = useStyles();
  const columns = useMemo(() => {
    const money = (cents: Cents | null) => (cents === null ? '—' : formatMoney(cents, lang));
    const amount = (columnId: string, header: string, pick: (action: Action) => string) =>
      createTableColumn<Action>({
        columnId,
        renderHeaderCell: () => header,
        renderCell: (action) => <span className={action.excluded ? styles.leftOut : undefined}>{pick(action)}</span>,
      });
    return [
      createTableColumn<Action>({ columnId: 'action', renderHeaderCell: () => t('columnAction'), renderCell: (action) => action.action ?? '—' }),
      createTableColumn<Action>({ columnId: 'axis', renderHeaderCell: () => t('columnAxis'), renderCell: (action) => action.axis ?? '—' }),
      createTableColumn<Action>({
        columnId: 'title',
        renderHeaderCell: () => t('columnTitle'),
        renderCell: (action) => (action.excluded ? `${action.title ?? '—'} (${t('leftOut')})` : (action.title ?? '—')),
      }),
      amount('cost', t('columnCost'), (action) => money(action.cost)),
      amount('state', t('columnState'), (action) => money(action.state)),
      amount('department', t('columnDepartment'), (action) => money(action.department)),
      amount('stateShare', t('columnStateShare'), (action) => formatShare(sharesOf(action).state, lang)),
      amount('departmentShare', t('columnDepartmentShare'), (action) => formatShare(sharesOf(action).department, lang)),
    ];
  }, [lang, t, styles.leftOut]);
  const rows = budget.actions.slice(0, MAX_ROWS);

  return (
    <div className={styles.scroller}>
      {budget.actions.length > MAX_ROWS && <Text size={200}>{t('actionsCapped', { shown: MAX_ROWS, count: budget.actions.length })}</Text>}
      <DataGrid className={styles.grid} items={rows} columns={columns} getRowId={(action: Action) => String(action.row)} size="small" aria-label={t('actionsGridLabel', { budget: budget.label })}>
        <DataGridHeader>
          <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
        </DataGridHeader>
        <DataGridBody<Action>>
          {({ item, rowId }) => (
            <DataGridRow<Action> key={rowId}>
              {({ renderCell, columnId }) => (
                <DataGridCell className={['action', 'axis', 'title'].includes(String(columnId)) ? undefined : styles.number}>{renderCell(item)}</DataGridCell>
              )}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
