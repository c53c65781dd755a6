import { type CheckResult, centsToEuros, columnLetters, type Cents, type Lang, profileToJson, sharesOf } from '../domain';
import { findingText } from '../i18n/finding-text';
import { unreadAreaSentence, uncoveredSentence, unreadSentence } from '../i18n/reading-text';

const euros = (cents: Cents | null) => (cents === null ? null : centsToEuros(cents));

/**
 * The report of `check --json`: amounts in euros as numbers (45139.5), shares as fractions (0.5),
 * `row` the 1-based sheet row, `cell` an A1 address without the sheet or null for a budget-level
 * finding, `message` in the chosen language.
 */
export function jsonReport(result: CheckResult, lang: Lang) {
  return {
    /** The convention profile the budgets were checked against. */
    profile: profileToJson(result.profile),
    budgets: result.budgets.map((budget) => {
      const totalShares = sharesOf(budget.totals);
      return {
        sheet: budget.sheet,
        table: budget.table,
        beneficiary: budget.beneficiary,
        range: budget.range,
        actions: budget.actions.map((action) => {
          const shares = sharesOf(action);
          return {
            row: action.row,
            action: action.action,
            axis: action.axis,
            title: action.title,
            cost: euros(action.cost),
            state: euros(action.state),
            department: euros(action.department),
            other: euros(action.other),
            stateShare: shares.state,
            departmentShare: shares.department,
            excluded: action.excluded,
          };
        }),
        totals: {
          cost: euros(budget.totals.cost),
          state: euros(budget.totals.state),
          department: euros(budget.totals.department),
          other: euros(budget.totals.other),
          stateShare: totalShares.state,
          departmentShare: totalShares.department,
          excludedRows: budget.totals.excludedRows,
          hiddenRows: budget.totals.hiddenRows,
        },
      };
    }),
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      sheet: finding.sheet,
      cell: finding.cell,
      action: finding.action,
      beneficiary: finding.beneficiary,
      message: findingText(finding, lang),
      amounts: Object.fromEntries(Object.entries(finding.amounts).map(([name, cents]) => [name, centsToEuros(cents)])),
    })),
    // What was not read: a report that left something out says so.
    unread: result.unread
      .filter((source) => source.budgetLike)
      .map((source) => ({
        sheet: source.sheet,
        table: source.table,
        range: source.range,
        missing: source.missing,
        ambiguous: source.ambiguous.map((entry) => ({ field: entry.field, columns: entry.columns.map((column) => columnLetters(source.left + column)) })),
        textColumns: source.textColumns.map((entry) => ({ field: entry.field, column: columnLetters(source.left + entry.column), sample: entry.sample })),
        message: unreadSentence(source, lang, 'cli'),
      })),
    uncovered: result.uncovered.map((area) => ({ sheet: area.sheet, range: area.range, cells: area.cells, message: uncoveredSentence(area, lang) })),
    unreadAreas: result.unreadAreas.map((area) => ({ ...area, message: unreadAreaSentence(area, lang) })),
  };
}
