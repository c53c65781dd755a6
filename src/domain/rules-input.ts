import type { Budget } from './budgets';
import { comparisonKey } from './cells';
import { type Finding, findingOf, type FindingPlace } from './findings';
import { AMOUNT_FIELDS, type Field } from './headers';
import { messages } from './messages';
import type { Action } from './rows';

/** Plain input errors: unreadable amounts, required cells left empty, duplicate numbers, no axis. */
export function inputFindings(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  const firstOfNumber = new Map<string, { row: number; cell: string | undefined }>();
  const { columns, headers } = budget;
  const placeOf = (action: Action, field: Field): FindingPlace | null => {
    const cell = action.cells[field];
    return cell === undefined ? null : { cell, row: action.row, field, action: action.action };
  };

  for (const action of budget.actions) {
    for (const field of AMOUNT_FIELDS) {
      const reading = action.readings[field];
      const place = placeOf(action, field);
      if (place === null) continue;
      const header = headers[field] ?? field;
      if (reading.kind === 'invalid') {
        const amounts = reading.cents === undefined ? {} : { [field]: reading.cents };
        findings.push(
          findingOf(budget, 'invalid-value', 'error', place, amounts,
            messages.invalidValue(action, header, reading.problem, reading.shown, true, reading.cents)),
        );
      } else if (reading.kind === 'empty' && (field === 'cost' || field === 'state')) {
        findings.push(findingOf(budget, 'missing-value', 'error', place, {}, messages.missingValue(action, field, header, true)));
      }
    }
    for (const field of ['action', 'title'] as const) {
      const place = placeOf(action, field);
      if (place !== null && action[field] === null) {
        findings.push(findingOf(budget, 'missing-value', 'error', place, {}, messages.missingValue(action, field, headers[field] ?? field, false)));
      }
    }
    if (action.action !== null && columns.action !== undefined) {
      const key = comparisonKey(action.action);
      const first = firstOfNumber.get(key);
      const place = placeOf(action, 'action');
      if (first === undefined) firstOfNumber.set(key, { row: action.row, cell: action.cells.action });
      else if (place !== null) {
        findings.push(findingOf(budget, 'duplicate-action', 'error', place, {}, messages.duplicateAction(action, first.row), first.cell));
      }
    }
    const axisPlace = placeOf(action, 'axis');
    if (axisPlace !== null && action.axis === null) {
      findings.push(findingOf(budget, 'missing-axis', 'warning', axisPlace, {}, messages.missingAxis(action)));
    }
  }
  return findings;
}
