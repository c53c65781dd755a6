import type { Action } from '../reading/rows';
import { findingOf, placeOf, rowPlace, type RuleFinding } from './findings';
import { rule } from './rule';

/**
 * A required cell left empty: the action number, the title, the total cost, the State's share. An
 * empty cost or State leaves the row out of the totals and of the clause; an empty Department or
 * other financing counts as 0 and is no finding.
 */
export const missingValue = rule({
  id: 'missing-value',
  severity: 'error',
  find(budget, { profile }) {
    const findings: Array<RuleFinding<'missing-value'>> = [];
    const { columns, headers } = budget;
    const article = profile.listArticle;
    const missing = (action: Action, field: 'action' | 'title' | 'cost' | 'state', leftOut: boolean) => {
      const place = placeOf(action, field);
      findings.push(findingOf(budget, 'missing-value', 'error', place, {}, { kind: 'missing-value', place: place ?? rowPlace(action), field, header: headers[field] ?? field, leftOut, article }));
    };
    // An amount that cannot be read, or read from text, is not empty: invalid-value and text-amount say it.
    const empty = (action: Action, field: 'cost' | 'state') => action.invalid[field] === undefined && action.textAmounts[field] === undefined;
    const hasCost = columns.cost !== undefined;
    const hasState = columns.state !== undefined;
    const hasAction = columns.action !== undefined;
    const hasTitle = columns.title !== undefined;
    for (const action of budget.actions) {
      if (hasCost && action.cost === null && empty(action, 'cost')) missing(action, 'cost', true);
      if (hasState && action.state === null && empty(action, 'state')) missing(action, 'state', true);
      if (hasAction && action.action === null) missing(action, 'action', false);
      if (hasTitle && action.title === null) missing(action, 'title', false);
    }
    return findings;
  },
});
