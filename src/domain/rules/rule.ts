import type { Cents } from '../money/money';
import type { ConventionProfile } from '../profile/profile';
import type { Budget } from '../reading/budgets';
import type { BudgetSource } from '../reading/sources';
import type { SourceRows } from '../reading/rows';
import type { RuleFinding, Severity } from './findings';

/**
 * A rule's severity: one for all its findings, or, for a rule that gives both, one per case, named
 * (the envelope: over it is an error, under it a warning that shows what is left to allocate).
 */
export type RuleSeverity = Severity | Readonly<Record<string, Severity>>;

/** What a rule reads besides its budget: the same for every rule, made once per budget by the check. */
export interface RuleContext {
  /** The convention profile, with the matching scope in force. */
  readonly profile: ConventionProfile;
  /** The State envelope the budget's State column must add up to, when one is given. */
  readonly envelope: Cents | undefined;
  /** The block the budget was read from, its rows (action rows and total rows), and every budget read from it. */
  readonly source: BudgetSource;
  readonly rows: SourceRows;
  readonly budgets: readonly Budget[];
}

/**
 * A rule: its id, its severity, and what it finds in one budget. Each is one module of rules/,
 * listed in RULES (rules/index.ts), whose order is the order of a cell's findings.
 */
export interface Rule<Id extends string = string> {
  readonly id: Id;
  readonly severity: RuleSeverity;
  find(budget: Budget, context: RuleContext): Array<RuleFinding<Id>>;
}

/** A rule, its id kept as a literal type: RuleId is the union of the ids of RULES. */
export function rule<const Id extends string>(descriptor: Rule<Id>): Rule<Id> {
  return descriptor;
}
