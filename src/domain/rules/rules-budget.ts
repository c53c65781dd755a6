import type { Budget } from '../reading/budgets';
import { type Finding, findingOf } from './findings';
import { messages } from './messages';
import type { Cents } from '../money/money';
import type { ConventionProfile } from '../profile/profile';
import { requiredDepartment } from './rules-action';

/**
 * The rules on a beneficiary's totals: the Department's matching in total (always, whatever the
 * per-action setting), and the State column adds up to the envelope when one is given.
 */
export function budgetFindings(budget: Budget, envelope: Cents | undefined, profile: ConventionProfile): Finding[] {
  const findings: Finding[] = [];
  const { totals } = budget;
  if (!totals.exact) {
    findings.push(
      findingOf(budget, 'invalid-value', 'error', null, {}, messages.inexactTotals, []),
    );
    return findings;
  }
  const required = requiredDepartment(profile, totals.state, totals.cost);
  if (required !== null && totals.department < required.amount) {
    findings.push(
      findingOf(budget, 'matching', 'error', null, { department: totals.department, state: totals.state, required: required.amount },
        messages.totalMatching, [totals.department, totals.state, totals.cost, required, totals.excludedRows, profile]),
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
