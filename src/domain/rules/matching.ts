import { WHOLE } from '../money/percent';
import type { FindingData } from './finding-data';
import { findingOf, placeOf, type RuleFinding } from './findings';
import { type RequiredDepartment, requiredAmount, requiredDepartment } from './required-department';
import { rule } from './rule';

/**
 * The Department's matching (art. 2.2 of the seed: at least the State's amount; a profile may ask a
 * share of the State's or of the cost): on each action when the scope is "action", and on the
 * beneficiary's totals always, whatever the per-action setting.
 */
export const matching = rule({
  id: 'matching',
  severity: 'error',
  find(budget, { profile }) {
    const findings: Array<RuleFinding<'matching'>> = [];
    if (profile.matching.scope === 'action') {
      for (const action of budget.actions) {
        const { cost, state, department } = action;
        if (department === null) continue;
        // The common case allocates nothing: the requirement is built only for a finding.
        const owed = requiredAmount(profile, state, cost);
        if (owed === null || department >= owed) continue;
        const place = placeOf(action, 'department');
        const required = requiredDepartment(profile, state, cost) as RequiredDepartment;
        if (place === null) continue;
        const data: FindingData =
          required.by === 'cost'
            ? { kind: 'matching-by-cost', place, department, cost: cost ?? 0, required: required.amount, percent: profile.matching.minPercentOfCost ?? 0 }
            : { kind: 'matching-by-ratio', place, department, state: state ?? 0, required: required.amount, ratio: profile.matching.ratio ?? WHOLE };
        findings.push(findingOf(budget, 'matching', 'error', place, { department, state: state ?? 0, required: required.amount }, data));
      }
    }
    const { totals } = budget;
    // Totals too large to add up exactly are an invalid-value finding of their own, and compared with nothing.
    if (!totals.exact) return findings;
    const required = requiredDepartment(profile, totals.state, totals.cost);
    if (required !== null && totals.department < required.amount) {
      const missing = required.amount - totals.department;
      findings.push(
        findingOf(
          budget,
          'matching',
          'error',
          null,
          { department: totals.department, state: totals.state, required: required.amount },
          required.by === 'cost'
            ? { kind: 'total-matching-by-cost', department: totals.department, cost: totals.cost, missing, percent: profile.matching.minPercentOfCost ?? 0, excludedRows: totals.excludedRows }
            : { kind: 'total-matching-by-ratio', department: totals.department, state: totals.state, missing, ratio: profile.matching.ratio ?? WHOLE, excludedRows: totals.excludedRows },
        ),
      );
    }
    return findings;
  },
});
