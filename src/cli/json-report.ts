import { type CheckResult, centsToEuros, type Cents, type Lang, sharesOf } from '../domain';

const euros = (cents: Cents | null) => (cents === null ? null : centsToEuros(cents));

/**
 * The report of `check --json`: amounts in euros as numbers (45139.5), shares as fractions (0.5),
 * `row` the 1-based sheet row, `cell` an A1 address without the sheet or null for a budget-level
 * finding, `message` in the chosen language.
 */
export function jsonReport(result: CheckResult, lang: Lang) {
  return {
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
      message: finding.message[lang],
      amounts: Object.fromEntries(Object.entries(finding.amounts).map(([name, cents]) => [name, centsToEuros(cents)])),
    })),
  };
}
