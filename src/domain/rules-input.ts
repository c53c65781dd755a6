import type { Budget } from './budgets';
import { comparisonKey } from './cells';
import { type Finding, findingOf, placeOf } from './findings';
import { AMOUNT_FIELDS } from './headers';
import { messages } from './messages';
import { type Action, cellAt } from './rows';

/** Plain input errors: unreadable amounts, required cells left empty, duplicate numbers, no axis. */
export function inputFindings(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  // A dictionary object, not a Map: action numbers are mostly digits, which it stores as indices,
  // four times faster on a 100 000-row budget. No prototype, so that no number can be "constructor".
  const firstOfNumber: Record<string, Action | undefined> = Object.create(null);
  const { columns, headers } = budget;

  for (const action of budget.actions) {
    for (const field of AMOUNT_FIELDS) {
      if (columns[field] === undefined) continue;
      const invalid = action.invalid[field];
      if (invalid !== undefined) {
        const amounts = invalid.cents !== undefined ? { [field]: invalid.cents } : invalid.suggested !== undefined ? { suggested: invalid.suggested } : {};
        findings.push(
          findingOf(budget, 'invalid-value', 'error', placeOf(action, field), amounts,
            messages.invalidValue, [action, headers[field] ?? field, invalid.problem, invalid.shown, true, invalid.cents ?? invalid.suggested]),
        );
      } else if (action.textAmounts[field] !== undefined) {
        const cents = action[field] ?? 0;
        findings.push(
          findingOf(budget, 'text-amount', 'warning', placeOf(action, field), { [field]: cents },
            messages.textAmount, [action, headers[field] ?? field, action.textAmounts[field] ?? '', cents]),
        );
      } else if ((field === 'cost' || field === 'state') && action[field] === null) {
        findings.push(findingOf(budget, 'missing-value', 'error', placeOf(action, field), {}, messages.missingValue, [action, field, headers[field] ?? field, true]));
      }
    }
    for (const field of ['action', 'title'] as const) {
      if (columns[field] !== undefined && action[field] === null) {
        findings.push(findingOf(budget, 'missing-value', 'error', placeOf(action, field), {}, messages.missingValue, [action, field, headers[field] ?? field, false]));
      }
    }
    if (action.action !== null && columns.action !== undefined) {
      const key = comparisonKey(action.action);
      const first = firstOfNumber[key];
      if (first === undefined) firstOfNumber[key] = action;
      else {
        findings.push(
          findingOf(budget, 'duplicate-action', 'error', placeOf(action, 'action'), {}, messages.duplicateAction, [action, first.row], cellAt(first, 'action')),
        );
      }
    }
    if (columns.axis !== undefined && action.axis === null) {
      findings.push(findingOf(budget, 'missing-axis', 'warning', placeOf(action, 'axis'), {}, messages.missingAxis, [action]));
    }
  }
  return findings;
}
