import { duplicateAction } from './duplicate-action';
import { envelope } from './envelope';
import type { RuleFinding } from './findings';
import { invalidValue } from './invalid-value';
import { matching } from './matching';
import { missingAxis } from './missing-axis';
import { missingValue } from './missing-value';
import { overFunding } from './over-funding';
import { stateCap } from './state-cap';
import { textAmount } from './text-amount';
import { totalMismatch } from './total-mismatch';
import { underFunding } from './under-funding';

/**
 * Every rule the check runs, in the order a cell's findings are listed: what is wrong with the
 * cell's input first (unreadable, empty, typed as text), then the convention's rules on its amount.
 * Adding a rule: docs/rules.md, "Adding a rule".
 */
export const RULES = [invalidValue, missingValue, textAmount, duplicateAction, missingAxis, stateCap, matching, overFunding, underFunding, envelope, totalMismatch] as const;

export type RuleId = (typeof RULES)[number]['id'];
export const RULE_IDS: readonly RuleId[] = RULES.map((descriptor) => descriptor.id);

/** A finding of any rule of RULES. */
export type Finding = RuleFinding<RuleId>;

export { type FindingOwner, type FindingPlace, findingOf, placeOf, rowPlace, type RuleFinding, type Severity, sortFindings } from './findings';
export { type FindingData, type FindingDataOf, type FindingKind, type Place } from './finding-data';
export { type RequiredDepartment, requiredDepartment } from './required-department';
export { rule, type Rule, type RuleContext, type RuleSeverity } from './rule';
