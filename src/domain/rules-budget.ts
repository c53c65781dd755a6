import type { Budget } from './budgets';
import { type Finding, findingOf } from './findings';
import { messages } from './messages';
import type { Cents } from './money';

/**
 * The rules on a beneficiary's totals: the Department matches the State in total (always, whatever
 * the per-action setting), and the State column adds up to the envelope when the officer gave one.
 */
export function budgetFindings(budget: Budget, envelope: Cents | undefined): Finding[] {
  const findings: Finding[] = [];
  const { totals } = budget;
  if (!totals.exact) {
    findings.push(
      findingOf(budget, 'invalid-value', 'error', null, {}, messages.inexactTotals, []),
    );
    return findings;
  }
  if (totals.department < totals.state) {
    findings.push(
      findingOf(budget, 'matching', 'error', null, { department: totals.department, state: totals.state },
        messages.totalMatching, [totals.department, totals.state, totals.excludedRows]),
    );
  }
  if (envelope !== undefined && totals.state !== envelope) {
    const over = totals.state > envelope;
    findings.push(
      findingOf(budget, 'envelope', over ? 'error' : 'warning', null, { state: totals.state, envelope },
        over ? messages.envelopeExceeded : messages.envelopeLeft, [totals.state, envelope, totals.excludedRows]),
    );
  }
  return findings;
}
