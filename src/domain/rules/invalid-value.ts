import { AMOUNT_FIELDS } from '../reading/headers';
import { NONE_INVALID } from '../reading/rows';
import { findingOf, placeOf, rowPlace, type RuleFinding } from './findings';
import { rule } from './rule';
import { totalCells, totalRowsOf } from './total-rows';

/**
 * An amount that cannot be read (text that is no amount, `#REF!`, a negative number, a boolean, a
 * date, three decimals, past 10^12 €): in an action row, which is then left out of the totals and of
 * the clause; in a total row; and a budget whose amounts are too large to add up to the cent.
 */
export const invalidValue = rule({
  id: 'invalid-value',
  severity: 'error',
  find(budget, context) {
    const findings: Array<RuleFinding<'invalid-value'>> = [];
    const { columns, headers } = budget;
    const article = context.profile.listArticle;
    const amountFields = AMOUNT_FIELDS.filter((field) => columns[field] !== undefined);
    for (const action of budget.actions) {
      // Nearly every row: every amount read as a number, or empty.
      if (action.invalid === NONE_INVALID) continue;
      for (const field of amountFields) {
        const invalid = action.invalid[field];
        if (invalid === undefined) continue;
        const amounts = invalid.cents !== undefined ? { [field]: invalid.cents } : invalid.suggested !== undefined ? { suggested: invalid.suggested } : {};
        const place = placeOf(action, field);
        findings.push(
          findingOf(budget, 'invalid-value', 'error', place, amounts, {
            kind: 'invalid-value',
            place: place ?? rowPlace(action),
            header: headers[field] ?? field,
            problem: invalid.problem,
            shown: invalid.shown,
            cents: invalid.cents ?? invalid.suggested ?? null,
            leftOut: true,
            article,
          }),
        );
      }
    }
    for (const { total } of totalRowsOf(budget, context)) {
      for (const { place, header, reading } of totalCells(total, context.source)) {
        if (reading.kind !== 'invalid') continue;
        findings.push(
          findingOf(
            budget,
            'invalid-value',
            'error',
            place,
            {},
            { kind: 'invalid-value', place, header, problem: reading.problem, shown: reading.shown, cents: reading.cents ?? null, leftOut: false, article },
          ),
        );
      }
    }
    if (!budget.totals.exact) findings.push(findingOf(budget, 'invalid-value', 'error', null, {}, { kind: 'inexact-totals' }));
    return findings;
  },
});
