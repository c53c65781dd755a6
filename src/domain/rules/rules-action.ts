import type { Budget } from '../reading/budgets';
import { type Finding, findingOf, placeOf } from './findings';
import { messages } from './messages';
import type { Cents } from '../money/money';
import { capOf, comparePercent, percentOf, WHOLE } from '../money/percent';
import type { ConventionProfile } from '../profile/profile';

export type MatchingMode = 'action' | 'total';

/**
 * The convention's rules on each action, with the profile's numbers: the State's cap (art. 4.3 of
 * the seed: 50 %), the Department's matching (art. 2.2: at least the State's amount), and funding
 * that covers the cost without exceeding it (art. 10, annex 1). A rule is checked whenever its
 * cells are read. Percentages are compared in integers: state × 10 000 against cost × cap.
 */
export function actionFindings(budget: Budget, profile: ConventionProfile): Finding[] {
  const findings: Finding[] = [];
  const { percent, equalAllowed } = profile.stateCap;
  const perAction = profile.matching.scope === 'action';
  for (const action of budget.actions) {
    const { cost, state, department, other } = action;

    if (cost !== null && state !== null) {
      const against = comparePercent(state, cost, percent);
      if (against > 0 || (against === 0 && !equalAllowed)) {
        const cap = capOf(cost, percent, equalAllowed);
        const place = placeOf(action, 'state');
        if (place !== null) findings.push(findingOf(budget, 'state-cap', 'error', place, { state, cost, cap }, messages.stateCap, [action, state, cost, cap, profile]));
      }
    }

    if (perAction && department !== null) {
      // The common case allocates nothing: the requirement is built only for a finding.
      const owed = requiredAmount(profile, state, cost);
      if (owed !== null && department < owed) {
        const place = placeOf(action, 'department');
        const required = requiredDepartment(profile, state, cost) as RequiredDepartment;
        if (place !== null) {
          findings.push(findingOf(budget, 'matching', 'error', place, { department, state: state ?? 0, required: required.amount }, messages.actionMatching, [action, department, state ?? 0, cost ?? 0, required, profile]));
        }
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

/** What the Department owes, and by which clause: the larger of the ratio to the State and the share of the cost. */
export interface RequiredDepartment {
  readonly amount: Cents;
  readonly by: 'ratio' | 'cost';
}

/** What the Department owes by the ratio to the State (null when it has no such clause or the State is unread). */
function owedByRatio(profile: ConventionProfile, state: Cents | null): Cents | null {
  const { ratio } = profile.matching;
  // One-for-one matching, the usual case: the State's amount itself.
  return ratio === null || state === null ? null : ratio === WHOLE ? state : percentOf(state, ratio, 'up');
}

/** What the Department owes as a share of the cost (null when it has no such clause or the cost is unread). */
function owedByCost(profile: ConventionProfile, cost: Cents | null): Cents | null {
  const { minPercentOfCost } = profile.matching;
  return minPercentOfCost === null || cost === null ? null : percentOf(cost, minPercentOfCost, 'up');
}

/** What the Department owes, or null when neither clause can be checked: without allocating, for every row. */
function requiredAmount(profile: ConventionProfile, state: Cents | null, cost: Cents | null): Cents | null {
  const byRatio = owedByRatio(profile, state);
  const byCost = owedByCost(profile, cost);
  return byRatio === null ? byCost : byCost === null || byRatio >= byCost ? byRatio : byCost;
}

/** What the Department owes and by which clause, for a finding's message; null when neither can be checked. */
export function requiredDepartment(profile: ConventionProfile, state: Cents | null, cost: Cents | null): RequiredDepartment | null {
  const amount = requiredAmount(profile, state, cost);
  if (amount === null) return null;
  const byRatio = owedByRatio(profile, state);
  return { amount, by: byRatio !== null && byRatio === amount ? 'ratio' : 'cost' };
}
