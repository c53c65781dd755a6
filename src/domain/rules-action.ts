import type { Budget } from './budgets';
import { type Finding, findingOf, placeOf } from './findings';
import { messages } from './messages';
import { halfOf } from './money';

export type MatchingMode = 'action' | 'total';

/**
 * The convention's rules on each action: the State's 50 % cap (financial convention art. 4.3), the
 * Department at least matching the State (framework convention art. 2.2), and funding that covers
 * the cost without exceeding it (art. 10, annex 1). A rule is checked whenever its cells are read.
 */
export function actionFindings(budget: Budget, matching: MatchingMode): Finding[] {
  const findings: Finding[] = [];
  for (const action of budget.actions) {
    const { cost, state, department, other } = action;

    if (cost !== null && state !== null && state * 2 > cost) {
      const cap = halfOf(cost);
      const place = placeOf(action, 'state');
      if (place !== null) findings.push(findingOf(budget, 'state-cap', 'error', place, { state, cost, cap }, messages.stateCap, [action, state, cost, cap]));
    }

    if (matching === 'action' && state !== null && department !== null && department < state) {
      const place = placeOf(action, 'department');
      if (place !== null) {
        findings.push(findingOf(budget, 'matching', 'error', place, { department, state }, messages.actionMatching, [action, department, state]));
      }
    }

    if (cost !== null && state !== null && department !== null && other !== null) {
      const funding = state + department + other;
      const place = funding === cost ? null : placeOf(action, 'cost');
      if (place !== null && funding > cost) {
        findings.push(findingOf(budget, 'over-funding', 'error', place, { funding, cost }, messages.overFunding, [action, funding, cost]));
      } else if (place !== null) {
        findings.push(findingOf(budget, 'under-funding', 'warning', place, { funding, cost }, messages.underFunding, [action, funding, cost]));
      }
    }
  }
  return findings;
}
