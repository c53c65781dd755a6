import { findingOf, placeOf, type RuleFinding } from './findings';
import { rule } from './rule';

/** The funding of an action may not exceed its cost (art. 10 of the seed): State + Department + other ≤ cost. */
export const overFunding = rule({
  id: 'over-funding',
  severity: 'error',
  find(budget) {
    const findings: Array<RuleFinding<'over-funding'>> = [];
    for (const action of budget.actions) {
      const { cost, state, department, other } = action;
      if (cost === null || state === null || department === null || other === null) continue;
      const funding = state + department + other;
      if (funding <= cost) continue;
      const place = placeOf(action, 'cost');
      if (place !== null) findings.push(findingOf(budget, 'over-funding', 'error', place, { funding, cost }, { kind: 'over-funding', place, funding, cost, over: funding - cost }));
    }
    return findings;
  },
});
