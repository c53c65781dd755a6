import { type Budget, type CheckResult, countBySeverity, type Finding, formatMoney, formatShare, type Lang, sharesOf } from '../domain';
import { profileSummary } from '../i18n/convention-sentences';
import { fieldLabels } from '../i18n/field-labels';
import { findingText } from '../i18n/finding-text';
import { budgetColumnsSentence, readingGapSentences } from '../i18n/reading-text';
import { reportText as text } from '../i18n/report-text';
import { plural, translate } from '../i18n/translate';

function findingLine(finding: Finding, lang: Lang): string {
  const width = Math.max(text.error[lang].length, text.warning[lang].length);
  const severity = translate(finding.severity === 'error' ? text.error : text.warning, lang).padEnd(width);
  const where = (finding.cell ?? translate(text.wholeBudget, lang)).padEnd(6);
  return `    ${severity}  ${where}  [${finding.rule}] ${findingText(finding, lang)}`;
}

function budgetSection(budget: Budget, findings: readonly Finding[], result: CheckResult, lang: Lang): string[] {
  const { totals } = budget;
  const shares = sharesOf(totals);
  const place = translate(text.budgetPlace, lang, { sheet: budget.sheet, range: budget.range });
  const table = budget.table === null ? '' : `, ${translate(text.budgetTable, lang, { table: budget.table })}`;
  const lines = [
    `■ ${budget.label} — ${place}${table}`,
    `  ${translate(text.costLine, lang, {
      actions: plural(totals.actionCount, lang, text.actionOne, text.actionMany),
      cost: formatMoney(totals.cost, lang),
    })}`,
    `  ${translate(text.sharesLine, lang, {
      state: formatMoney(totals.state, lang),
      stateShare: formatShare(shares.state, lang),
      department: formatMoney(totals.department, lang),
      departmentShare: formatShare(shares.department, lang),
      other: formatMoney(totals.other, lang),
      otherShare: formatShare(shares.other, lang),
    })}`,
  ];
  if (totals.excludedRows > 0)
    lines.push(`  ${plural(totals.excludedRows, lang, text.excludedOne, text.excludedMany, { article: result.profile.listArticle || translate(text.articleNotNumbered, lang) })}`);
  if (totals.hiddenRows > 0) lines.push(`  ${plural(totals.hiddenRows, lang, text.hiddenOne, text.hiddenMany)}`);
  if (budget.missingColumns.length > 0) {
    const columns = budget.missingColumns.map((field) => fieldLabels[field][lang]).join(', ');
    lines.push(`  ${translate(text.missingColumns, lang, { columns })}`);
  }
  const source = result.sources.find((candidate) => candidate.key === budget.sourceKey && candidate.sheet === budget.sheet);
  const unclear = source === undefined ? null : budgetColumnsSentence(budget, source, lang, 'cli');
  if (unclear !== null) lines.push(`  ${unclear}`);
  if (findings.length === 0) lines.push(`  ${translate(text.conform, lang)}`);
  else lines.push(`  ${translate(text.findingsHeading, lang)}`, ...findings.map((finding) => findingLine(finding, lang)));
  return lines;
}

/** The readable report of `check`: per budget, totals and shares, then each finding with its cell. */
export function textReport(file: string, result: CheckResult, lang: Lang, profileNotes: readonly string[] = []): string {
  const { errors, warnings } = countBySeverity(result.findings);
  const lines = [
    translate(text.heading, lang, {
      file,
      budgets: plural(result.budgets.length, lang, text.budgetOne, text.budgetMany),
      errors: plural(errors, lang, text.errorOne, text.errorMany),
      warnings: plural(warnings, lang, text.warningOne, text.warningMany),
    }),
    translate(text.rules, lang, { profile: profileSummary(result.profile, lang) }),
    ...profileNotes,
  ];
  for (const budget of result.budgets) {
    lines.push(
      '',
      ...budgetSection(
        budget,
        result.findings.filter((finding) => finding.budgetId === budget.id),
        result,
        lang,
      ),
    );
  }
  const gaps = readingGapSentences(result, lang, 'cli');
  if (gaps.length > 0) lines.push('', translate(text.notRead, lang), ...gaps.map((sentence) => `  ■ ${sentence}`));
  if (result.budgets.length === 0) lines.push('', translate(text.noBudget, lang));
  return `${lines.join('\n')}\n`;
}
