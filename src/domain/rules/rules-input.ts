import type { Budget } from '../reading/budgets';
import { comparisonKey } from '../reading/cells';
import { type Finding, findingOf, placeOf } from './findings';
import { AMOUNT_FIELDS } from '../reading/headers';
import { messages } from './messages';
import { type Action, cellAt, NO_TEXT, NONE_INVALID } from '../reading/rows';

/** Plain input errors: unreadable amounts, required cells left empty, duplicate numbers, no axis; amounts typed as text. */
export function inputFindings(budget: Budget, article: string): Finding[] {
  const findings: Finding[] = [];
  // A dictionary object, not a Map: action numbers are mostly digits, which it stores as indices,
  // four times faster on a 100 000-row budget. No prototype, so that no number can be "constructor".
  const firstOfNumber: Record<string, Action | undefined> = Object.create(null);
  const { columns, headers } = budget;
  const amountFields = AMOUNT_FIELDS.filter((field) => columns[field] !== undefined);
  const hasCost = columns.cost !== undefined;
  const hasState = columns.state !== undefined;
  const hasAction = columns.action !== undefined;
  const hasTitle = columns.title !== undefined;
  const hasAxis = columns.axis !== undefined;

  const missing = (action: Action, field: 'action' | 'title' | 'cost' | 'state', leftOut: boolean) =>
    findings.push(findingOf(budget, 'missing-value', 'error', placeOf(action, field), {}, messages.missingValue, [action, field, headers[field] ?? field, leftOut, article]));

  for (const action of budget.actions) {
    if (action.invalid === NONE_INVALID && action.textAmounts === NO_TEXT) {
      // Nearly every row: every amount read as a number, or empty.
      if (hasCost && action.cost === null) missing(action, 'cost', true);
      if (hasState && action.state === null) missing(action, 'state', true);
    } else {
      for (const field of amountFields) {
        const invalid = action.invalid[field];
        if (invalid !== undefined) {
          const amounts = invalid.cents !== undefined ? { [field]: invalid.cents } : invalid.suggested !== undefined ? { suggested: invalid.suggested } : {};
          findings.push(
            findingOf(budget, 'invalid-value', 'error', placeOf(action, field), amounts,
              messages.invalidValue, [action, headers[field] ?? field, invalid.problem, invalid.shown, true, invalid.cents ?? invalid.suggested, article]),
          );
        } else if (action.textAmounts[field] !== undefined) {
          const cents = action[field] ?? 0;
          findings.push(
            findingOf(budget, 'text-amount', 'warning', placeOf(action, field), { [field]: cents },
              messages.textAmount, [action, headers[field] ?? field, action.textAmounts[field] ?? '', cents]),
          );
        } else if ((field === 'cost' || field === 'state') && action[field] === null) {
          missing(action, field, true);
        }
      }
    }
    if (hasAction && action.action === null) missing(action, 'action', false);
    if (hasTitle && action.title === null) missing(action, 'title', false);
    if (hasAction && action.action !== null) {
      const key = comparisonKey(action.action);
      const first = firstOfNumber[key];
      if (first === undefined) firstOfNumber[key] = action;
      else {
        findings.push(
          findingOf(budget, 'duplicate-action', 'error', placeOf(action, 'action'), {}, messages.duplicateAction, [action, first.row, article], cellAt(first, 'action')),
        );
      }
    }
    if (hasAxis && action.axis === null) {
      findings.push(findingOf(budget, 'missing-axis', 'warning', placeOf(action, 'axis'), {}, messages.missingAxis, [action, article]));
    }
  }
  return findings;
}
