import { BUILT_IN_PROFILE, type ConventionProfile, profileEnvelopeFor, withScope } from '../profile/profile';
import { type Budget, budgetsOfSource, withUniqueLabels } from '../reading/budgets';
import { locateSources } from '../reading/locate';
import type { BudgetSource, UncoveredArea, UnreadSource } from '../reading/sources';
import { readSourceRows } from '../reading/rows';
import type { WorkbookSnapshot } from '../reading/snapshot';
import { type Finding, RULES, type RuleContext, sortFindings } from '../rules';
import type { CheckOptions } from './options';

export interface CheckResult {
  readonly budgets: readonly Budget[];
  /** Every finding, budget by budget in workbook order, in reading order inside each. */
  readonly findings: readonly Finding[];
  /** Tables and header rows that look like budgets but cannot be read: candidates for a mapping by hand. */
  readonly unread: readonly UnreadSource[];
  /** Amounts that no budget read covers. */
  readonly uncovered: readonly UncoveredArea[];
  /** Parts of sheets the workbook could not give (too large for the host). */
  readonly unreadAreas: ReadonlyArray<{ readonly sheet: string; readonly range: string; readonly reason: 'too-large' }>;
  /** The blocks of cells the budgets were read from, with their columns: what adapters flag. */
  readonly sources: readonly BudgetSource[];
  /** The convention profile the budgets were checked against, with the matching scope in force. */
  readonly profile: ConventionProfile;
}

/** Reads every budget of a workbook and checks it against the convention's rules. */
export function checkWorkbook(workbook: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const { sources, unread, uncovered } = locateSources(workbook, options.mappings);
  const budgets: Budget[] = [];
  const findings: Finding[] = [];
  const profile = withScope(options.profile ?? BUILT_IN_PROFILE, options.matching);
  for (const source of sources) {
    const checked = checkSource(source, profile, options, workbook.fileName);
    budgets.push(...checked.budgets);
    findings.push(...checked.findings);
  }
  const unreadAreas = workbook.sheets.flatMap((sheet) => (sheet.unread ?? []).map((area) => ({ sheet: sheet.name, ...area })));
  return { budgets: withUniqueLabels(budgets), findings, unread, uncovered, unreadAreas, sources, profile };
}

/** The budgets of one source and their findings: budgets listed together, each with its findings in reading order. */
export function checkSource(source: BudgetSource, profile: ConventionProfile, options: CheckOptions, fileName?: string): { budgets: Budget[]; findings: Finding[] } {
  const rows = readSourceRows(source);
  const budgets = budgetsOfSource(source, rows, fileName);
  const findings: Finding[] = [];
  for (const budget of budgets) {
    const envelope = options.envelopes?.[budget.settingsKey] ?? options.envelope ?? profileEnvelopeFor(profile, budget);
    const context: RuleContext = { profile, envelope, source, rows, budgets };
    const found: Finding[] = [];
    for (const rule of RULES) for (const finding of rule.find(budget, context)) found.push(finding);
    for (const finding of sortFindings(found)) findings.push(finding);
  }
  return { budgets, findings };
}

/**
 * What a check could not read: tables and header rows it could not read, amounts outside every
 * budget, parts of sheets too large to read. A checker never passes silently: each is said, and
 * the command line exits non-zero.
 */
export function readingGaps(result: CheckResult): number {
  return result.unread.filter((source) => source.budgetLike).length + result.uncovered.length + result.unreadAreas.length;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
