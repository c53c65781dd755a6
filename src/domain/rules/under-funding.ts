import { findingOf, placeOf, type RuleFinding } from './findings';
import { rule } from './rule';

/** Each action's budget is described in full (annex 1 of the seed): funding short of the cost is a warning that shows what remains unfunded. */
export const underFunding = rule({
  id: 'under-funding',
  severity: 'warning',
  find(budget) {
    const findings: Array<RuleFinding<'under-funding'>> = [];
    for (const action of budget.actions) {
      const { cost, state, department, other } = action;
      if (cost === null || state === null || department === null || other === null) continue;
      const funding = state + department + other;
      if (funding >= cost) continue;
      const place = placeOf(action, 'cost');
      if (place !== null) findings.push(findingOf(budget, 'under-funding', 'warning', place, { funding, cost }, { kind: 'under-funding', place, cost, unfunded: cost - funding }));
    }
    return findings;
  },
});
