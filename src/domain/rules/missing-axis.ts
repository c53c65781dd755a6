import { findingOf, placeOf, rowPlace, type RuleFinding } from './findings';
import { rule } from './rule';

/** An empty axis: article 4.1 would read « Action 3 : » with no axis (a warning; a table with no axis column has no such finding). */
export const missingAxis = rule({
  id: 'missing-axis',
  severity: 'warning',
  find(budget, { profile }) {
    const findings: Array<RuleFinding<'missing-axis'>> = [];
    if (budget.columns.axis === undefined) return findings;
    for (const action of budget.actions) {
      if (action.axis !== null) continue;
      const place = placeOf(action, 'axis');
      findings.push(findingOf(budget, 'missing-axis', 'warning', place, {}, { kind: 'missing-axis', place: place ?? rowPlace(action), article: profile.listArticle }));
    }
    return findings;
  },
});
