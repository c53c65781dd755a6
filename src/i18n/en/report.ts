import type { Sentences } from '../catalogue';
import type { REPORT_FR } from '../fr/report';

/** The English half of report-text.ts: the compiler holds it to French's keys. */
export const REPORT_EN = {
  rules: 'Rules: {profile}',
  heading: 'Check of “{file}”: {budgets}, {errors}, {warnings}',
  budgetOne: '{count} budget',
  budgetMany: '{count} budgets',
  errorOne: '{count} error',
  errorMany: '{count} errors',
  warningOne: '{count} warning',
  warningMany: '{count} warnings',
  actionOne: '{count} action',
  actionMany: '{count} actions',
  budgetPlace: 'sheet “{sheet}”, cells {range}',
  budgetTable: 'table {table}',
  costLine: '{actions} · total cost {cost}',
  sharesLine: 'State {state} ({stateShare}) · Department {department} ({departmentShare}) · other funding {other} ({otherShare})',
  // The list article, when the convention does not number it.
  articleNotNumbered: '(not numbered)',
  excludedOne: '{count} row left out of the totals and of article {article}: an amount in it cannot be read or is missing.',
  excludedMany: '{count} rows left out of the totals and of article {article}: an amount in them cannot be read or is missing.',
  hiddenOne: '{count} hidden (or filtered) row is counted.',
  hiddenMany: '{count} hidden (or filtered) rows are counted.',
  missingColumns: 'Missing columns: {columns}.',
  conform: 'Compliant: nothing to correct.',
  findingsHeading: 'Findings:',
  error: 'ERROR',
  warning: 'WARNING',
  wholeBudget: 'budget',
  noBudget: 'No budget read: a header row needs at least a “Total cost” and a “State” column. Nothing is checked.',
  notRead: 'Not read — to look at:',
} satisfies Sentences<typeof REPORT_FR>;
