import type { Cents } from '../money/money';
import { percentOf, WHOLE } from '../money/percent';
import type { ConventionProfile } from '../profile/profile';

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
export function requiredAmount(profile: ConventionProfile, state: Cents | null, cost: Cents | null): Cents | null {
  const byRatio = owedByRatio(profile, state);
  const byCost = owedByCost(profile, cost);
  return byRatio === null ? byCost : byCost === null || byRatio >= byCost ? byRatio : byCost;
}

/** What the Department owes and by which clause, for a finding's message; null when neither can be checked. */
export function requiredDepartment(profile: ConventionProfile, state: Cents | null, cost: Cents | null): RequiredDepartment | null {
  const amount = requiredAmount(profile, state, cost);
  if (amount === null) return null;
  const byRatio = owedByRatio(profile, state);
  return { amount, by: byRatio === amount ? 'ratio' : 'cost' };
}
