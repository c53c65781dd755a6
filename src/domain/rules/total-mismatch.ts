import { comparisonKey } from '../reading/cells';
import { findingOf, type RuleFinding } from './findings';
import { rule } from './rule';
import { sumOf, textCellsOf, totalCells, totalRowsOf } from './total-rows';

/**
 * A "Total" or "Sous-total" row must equal, column by column, the sum of the action rows above it.
 * Officers lay totals out in several ways, so a total cell passes when it matches any reading of
 * "the rows above": those since the previous total row, all of them, or the rows of the beneficiary
 * it names. A sum that an unreadable cell makes unknown is not held against the total.
 */
export const totalMismatch = rule({
  id: 'total-mismatch',
  severity: 'error',
  find(budget, context) {
    const findings: Array<RuleFinding<'total-mismatch'>> = [];
    const { rows, source } = context;
    for (const { total, index } of totalRowsOf(budget, context)) {
      const end = rows.actionsBeforeTotal[index] ?? rows.actions.length;
      // The first total row has no total before it: index - 1 is -1, read as undefined.
      const start = rows.actionsBeforeTotal[index - 1] ?? 0;
      const above = rows.actions.slice(0, end);
      const since = rows.actions.slice(start, end);
      const named = total.namedBeneficiary === null ? null : comparisonKey(total.namedBeneficiary);
      const ofNamed = named === null ? null : above.filter((action) => action.beneficiary !== null && comparisonKey(action.beneficiary) === named);
      for (const { field, place, header, reading } of totalCells(total, source)) {
        if (reading.kind !== 'amount') continue;
        const groups = [since, above, ...(ofNamed ? [ofNamed] : [])];
        const candidates = groups.map((group) => sumOf(group, field));
        if (candidates.some((sum) => sum === null || sum === reading.cents)) continue;
        // The officer's SUM skips amounts typed as text: when that is the whole gap, the text cells are the fix.
        // A group without text cells sums alike either way, and that sum was found different above.
        const byText = groups.find((group) => sumOf(group, field, true) === reading.cents);
        const sum = (byText !== undefined ? sumOf(byText, field) : ofNamed ? sumOf(ofNamed, field) : total.subtotal ? sumOf(since, field) : sumOf(above, field)) ?? 0;
        const mismatch = { row: total.row, header, written: reading.cents, sum, gap: Math.abs(reading.cents - sum) };
        findings.push(
          findingOf(
            budget,
            'total-mismatch',
            'error',
            place,
            { written: reading.cents, sum },
            byText === undefined ? { kind: 'total-mismatch', ...mismatch } : { kind: 'total-mismatch-by-text', ...mismatch, textCells: textCellsOf(byText, field) },
          ),
        );
      }
    }
    return findings;
  },
});
