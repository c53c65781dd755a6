import { capOf, comparePercent } from '../money/percent';
import { findingOf, placeOf, type RuleFinding } from './findings';
import { rule } from './rule';

/**
 * The State's cap on each action (art. 4.3 of the seed: 50 % of its cost at most, exactly 50 %
 * allowed unless the profile says otherwise). Percentages are compared in integers: state × 10 000
 * against cost × cap.
 */
export const stateCap = rule({
  id: 'state-cap',
  severity: 'error',
  find(budget, { profile }) {
    const findings: Array<RuleFinding<'state-cap'>> = [];
    const { percent, equalAllowed } = profile.stateCap;
    for (const action of budget.actions) {
      const { cost, state } = action;
      if (cost === null || state === null) continue;
      const against = comparePercent(state, cost, percent);
      if (against < 0 || (against === 0 && equalAllowed)) continue;
      const cap = capOf(cost, percent, equalAllowed);
      const place = placeOf(action, 'state');
      if (place !== null) findings.push(findingOf(budget, 'state-cap', 'error', place, { state, cost, cap }, { kind: 'state-cap', place, state, cost, cap, percent, equalAllowed }));
    }
    return findings;
  },
});
