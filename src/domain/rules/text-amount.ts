import { AMOUNT_FIELDS } from '../reading/headers';
import { NO_TEXT } from '../reading/rows';
import { findingOf, placeOf, rowPlace, type RuleFinding } from './findings';
import { rule } from './rule';

/**
 * An amount typed as text ("42 181 €"): we read it, but Excel's SUM and the officer's own formulas
 * skip it, so it is a warning that says to convert it to a number.
 */
export const textAmount = rule({
  id: 'text-amount',
  severity: 'warning',
  find(budget) {
    const findings: Array<RuleFinding<'text-amount'>> = [];
    const { headers } = budget;
    for (const action of budget.actions) {
      if (action.textAmounts === NO_TEXT) continue;
      // A field the table lacks has no text: its cell reads as null.
      for (const field of AMOUNT_FIELDS) {
        const shown = action.textAmounts[field];
        if (shown === undefined || action.invalid[field] !== undefined) continue;
        const cents = action[field] ?? 0;
        const place = placeOf(action, field);
        findings.push(findingOf(budget, 'text-amount', 'warning', place, { [field]: cents }, { kind: 'text-amount', place: place ?? rowPlace(action), header: headers[field] ?? field, shown, cents }));
      }
    }
    return findings;
  },
});
