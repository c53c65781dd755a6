import { type Budget, budgetsOfSource, withUniqueLabels } from '../reading/budgets';
import { type Finding, sortFindings } from '../rules/findings';
import { type BudgetSource, locateSources, type UncoveredArea, type UnreadSource } from '../reading/locate';
import type { CheckOptions } from './options';
import { actionFindings } from '../rules/rules-action';
import { budgetFindings } from '../rules/rules-budget';
import { inputFindings } from '../rules/rules-input';
import { totalRowFindings } from '../rules/rules-total-rows';
import { readSourceRows } from '../reading/rows';
import type { WorkbookSnapshot } from '../reading/snapshot';
import { BUILT_IN_PROFILE, type ConventionProfile, profileEnvelopeFor, withScope } from '../profile/profile';

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
  const ofSource = budgetsOfSource(source, rows, fileName);
  const sourceFindings = totalRowFindings(source, rows, ofSource);
  for (const budget of ofSource) {
    const envelope = options.envelopes?.[budget.settingsKey] ?? options.envelope ?? profileEnvelopeFor(profile, budget);
    for (const found of [inputFindings(budget, profile.listArticle), actionFindings(budget, profile), budgetFindings(budget, envelope, profile)]) {
      for (const finding of found) sourceFindings.push(finding);
    }
  }
  const byBudget = new Map<string, Finding[]>(ofSource.map((budget) => [budget.id, []]));
  for (const finding of sourceFindings) byBudget.get(finding.budgetId)?.push(finding);
  const findings: Finding[] = [];
  for (const budgetFindingList of byBudget.values()) for (const finding of sortFindings(budgetFindingList)) findings.push(finding);
  return { budgets: ofSource, findings };
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
