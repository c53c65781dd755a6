import { comparisonKey } from '../reading/cells';
import { type Action, cellAt } from '../reading/rows';
import { findingOf, placeOf, rowPlace, type RuleFinding } from './findings';
import { rule } from './rule';

/** An action number used twice for one beneficiary: the second and later uses are flagged, each naming the first. */
export const duplicateAction = rule({
  id: 'duplicate-action',
  severity: 'error',
  find(budget, { profile }) {
    const findings: Array<RuleFinding<'duplicate-action'>> = [];
    // A dictionary object, not a Map: action numbers are mostly digits, which it stores as indices,
    // four times faster on a 100 000-row budget. No prototype, so that no number can be "constructor".
    const firstOfNumber = Object.create(null) as Record<string, Action | undefined>;
    for (const action of budget.actions) {
      // Without an action column every number is null: nothing is compared.
      if (action.action === null) continue;
      const key = comparisonKey(action.action);
      const first = firstOfNumber[key];
      if (first === undefined) firstOfNumber[key] = action;
      else {
        const place = placeOf(action, 'action');
        findings.push(
          findingOf(
            budget,
            'duplicate-action',
            'error',
            place,
            {},
            { kind: 'duplicate-action', place: place ?? rowPlace(action), firstRow: first.row, article: profile.listArticle },
            cellAt(first, 'action'),
          ),
        );
      }
    }
    return findings;
  },
});
