import { comparisonKey } from './cells';
import { type ColumnMap, type Field, FIELDS } from './headers';
import type { BudgetSource } from './sources';
import type { Cents } from '../money/money';
import type { Action, SourceRows } from './rows';
import { type YearFound, yearFoundFor } from './year-found';

export interface Totals {
  readonly cost: Cents;
  readonly state: Cents;
  readonly department: Cents;
  readonly other: Cents;
  /** Action rows counted in the totals. */
  readonly actionCount: number;
  /** Action rows left out because an amount cannot be read (DOMAIN.md). */
  readonly excludedRows: number;
  /** Counted rows that are hidden in the sheet (by hand or by a filter). */
  readonly hiddenRows: number;
  /**
   * False when a sum went past what a double holds to the cent (2^53 cents, some 90 000 billion
   * euros): then the totals are not exact and a finding says so.
   */
  readonly exact: boolean;
}

/** One beneficiary's actions: a whole table, or the rows of one beneficiary in a shared table. */
export interface Budget {
  /** Unique in a check result. */
  readonly id: string;
  /**
   * What the officer calls it: the beneficiary, else the sheet; with the table's name when two
   * budgets would otherwise share a label. Unique in a check result.
   */
  readonly label: string;
  /** Names the budget in settings (envelope, year): the beneficiary when there is one, else the table. */
  readonly settingsKey: string;
  readonly sourceKey: string;
  readonly sheet: string;
  readonly table: string | null;
  readonly beneficiary: string | null;
  /** The table's cells, as an A1 address without the sheet. */
  readonly range: string;
  readonly columns: ColumnMap;
  /** Each field's header as the officer wrote it. */
  readonly headers: Readonly<Partial<Record<Field, string>>>;
  /** Columns the article 4.1 needs and the table lacks: action number, title, Department. */
  readonly missingColumns: readonly Field[];
  readonly actions: readonly Action[];
  readonly totals: Totals;
  /** The year its titles, sheet, table or file name give: article 4.1's year until the officer sets one. */
  readonly yearFound: YearFound | null;
}

const COLUMNS_WORTH_SAYING: readonly Field[] = ['action', 'title', 'department'];

export function settingsKeyOf(sourceKey: string, beneficiary: string | null): string {
  return beneficiary === null ? sourceKey : `beneficiary:${comparisonKey(beneficiary)}`;
}

/** Splits a source's actions by beneficiary (first appearance order); without the column, one budget. */
export function budgetsOfSource(source: BudgetSource, rows: SourceRows, fileName?: string): Budget[] {
  const groups = new Map<string, { beneficiary: string | null; actions: Action[] }>();
  const first = rows.actions[0];
  if (first !== undefined && source.columns.beneficiary === undefined) {
    // Without a beneficiary column every action belongs to one budget (its heading's, if any).
    groups.set('', { beneficiary: first.beneficiary, actions: rows.actions });
  } else
    for (const action of rows.actions) {
      const key = action.beneficiary === null ? '' : comparisonKey(action.beneficiary);
      let group = groups.get(key);
      if (!group) {
        group = { beneficiary: action.beneficiary, actions: [] };
        groups.set(key, group);
      }
      group.actions.push(action);
    }
  if (groups.size === 0) groups.set('', { beneficiary: null, actions: [] });

  const headers: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const column = source.columns[field];
    if (column !== undefined) headers[field] = source.headers[column] ?? field;
  }
  const missingColumns = COLUMNS_WORTH_SAYING.filter((field) => source.columns[field] === undefined);
  const yearFound = yearFoundFor(source.titles, source.sheet, source.table, fileName);

  return [...groups].map(([key, group]) => ({
    id: `${source.sheet}!${source.key}#${key}`,
    label: group.beneficiary ?? source.sheet,
    settingsKey: settingsKeyOf(source.key, group.beneficiary),
    sourceKey: source.key,
    sheet: source.sheet,
    table: source.table,
    beneficiary: group.beneficiary,
    range: source.range,
    columns: source.columns,
    headers,
    missingColumns,
    actions: group.actions,
    totals: totalsOf(group.actions),
    yearFound,
  }));
}

export function totalsOf(actions: readonly Action[]): Totals {
  let cost = 0;
  let state = 0;
  let department = 0;
  let other = 0;
  let actionCount = 0;
  let excludedRows = 0;
  let hiddenRows = 0;
  for (const action of actions) {
    if (action.excluded) {
      excludedRows++;
      continue;
    }
    // Not excluded means every amount was read: the nulls below cannot happen.
    cost += action.cost ?? 0;
    state += action.state ?? 0;
    department += action.department ?? 0;
    other += action.other ?? 0;
    actionCount++;
    if (action.hidden) hiddenRows++;
  }
  // Each cell is at most 10^14 cents, so a sum can only lose cents once it is past 2^53; the sums
  // only grow, so a final sum within range was exact all along.
  const exact = [cost, state, department, other].every(Number.isSafeInteger);
  return { cost, state, department, other, actionCount, excludedRows, hiddenRows, exact };
}

/**
 * Makes labels unique: "Nord (BudgetNord)" beside "Nord (BudgetNord2)"; a range names its sheet,
 * "Nord (Nord!A1:F7)", as two blocks on two sheets may sit at the same address.
 * Labels start again from the beneficiary or the sheet, so that budgets labelled once can be again.
 */
export function withUniqueLabels(budgets: readonly Budget[]): Budget[] {
  const count = new Map<string, number>();
  const plain = (budget: Budget) => budget.beneficiary ?? budget.sheet;
  for (const budget of budgets) count.set(plain(budget), (count.get(plain(budget)) ?? 0) + 1);
  return budgets.map((budget) => {
    const label = (count.get(plain(budget)) ?? 0) > 1 ? `${plain(budget)} (${budget.table ?? `${budget.sheet}!${budget.range}`})` : plain(budget);
    return label === budget.label ? budget : { ...budget, label };
  });
}
