import type { Budget } from './budgets';
import { type Finding, findingOf } from './findings';
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
    const { cost, state, department, other, cells, row } = action;
    const at = (field: 'cost' | 'state' | 'department') => {
      const cell = cells[field];
      return cell === undefined ? null : { cell, row, field, action: action.action };
    };

    const statePlace = at('state');
    if (cost !== null && state !== null && statePlace !== null && state * 2 > cost) {
      const cap = halfOf(cost);
      findings.push(findingOf(budget, 'state-cap', 'error', statePlace, { state, cost, cap }, messages.stateCap(action, state, cost, cap)));
    }

    const departmentPlace = at('department');
    if (matching === 'action' && departmentPlace !== null && state !== null && department !== null && department < state) {
      findings.push(
        findingOf(budget, 'matching', 'error', departmentPlace, { department, state }, messages.actionMatching(action, department, state)),
      );
    }

    const costPlace = at('cost');
    if (costPlace !== null && cost !== null && state !== null && department !== null && other !== null) {
      const funding = state + department + other;
      if (funding > cost) {
        findings.push(findingOf(budget, 'over-funding', 'error', costPlace, { funding, cost }, messages.overFunding(action, funding, cost)));
      } else if (funding < cost) {
        findings.push(findingOf(budget, 'under-funding', 'warning', costPlace, { funding, cost }, messages.underFunding(action, funding, cost)));
      }
    }
  }
  return findings;
}
