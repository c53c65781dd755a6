import type { Budget, CheckResult, Finding, Lang } from '../domain';
import { cliText } from '../i18n/cli-text';
import { findingText } from '../i18n/finding-text';
import { listText } from '../i18n/grammar';
import { plural, translate } from '../i18n/translate';

/**
 * The errors the check finds in the actions an article lists, said beside the article: a clause
 * printed from a budget that breaks the convention is no pass. Rows left out of the article are
 * said by the clause itself, and the envelope by its heading, so neither is repeated here.
 */
export function clauseErrorLines(budget: Budget, result: CheckResult, lang: Lang): string[] {
  const listed = new Map(budget.actions.filter((action) => !action.excluded).map((action) => [action.row, action]));
  const errors = result.findings.filter((finding) => finding.budgetId === budget.id && finding.severity === 'error' && (finding.row === null ? finding.rule !== 'envelope' : listed.has(finding.row)));
  if (errors.length === 0) return [];
  const names: string[] = [];
  for (const finding of errors) {
    const action = finding.row === null ? undefined : listed.get(finding.row);
    if (action === undefined) continue;
    const name = action.action === null ? translate(cliText.clauseRow, lang, { row: action.row }) : `Action ${action.action}`;
    if (!names.includes(name)) names.push(name);
  }
  const list = listText(names, lang);
  const heading = names.length === 0 ? translate(cliText.clauseBudgetErrors, lang) : plural(names.length, lang, cliText.clauseErrorsOne, cliText.clauseErrorsMany, { actions: list });
  const width = Math.max(...errors.map((finding) => (finding.cell ?? 'budget').length), 4);
  return [heading, ...errors.map((finding: Finding) => `  ${(finding.cell ?? 'budget').padEnd(width)}  [${finding.rule}] ${findingText(finding, lang)}`)];
}
