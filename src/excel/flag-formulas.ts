import { type BudgetSource, type CheckResult, columnLetters, type MatchingMode, readSourceRows, withScope } from '../domain';
import { anchoredCondition, type Covered, shownByColumnFormulas } from './flags/anchored-flags';
import { type ColumnRule, ruleRows, runsOf, SourceRefs } from './flags/column-rules';
import { type ConditionalFlag, flagOf } from './flags/marker';
import { RULE_FLAG_LIST } from './flags/rule-flags';

export { runsOf } from './flags/column-rules';
export { type ConditionalFlag, FLAG_MARKER, isOurFormula, keyOfFormula, MAX_FORMULA_LENGTH } from './flags/marker';

/**
 * Flags in Excel are conditional formats whose custom formulas encode the convention's rules, so
 * that they stay true while the officer types, even with the pane closed (flags/rule-flags.ts says,
 * rule by rule, how):
 * - one format per rule and column, over the budget's action rows only (the runs of action rows
 *   between total rows), whose formula is the rule itself: it needs no test of "is this a total
 *   row", which kept formulas short (255 characters at most, Excel's strictest limit);
 * - one format per amount cell of a total row, whose formula compares it with the sums of the rows
 *   above it (since the previous total, and all of them), in cents: it depends on where the rows
 *   are, not on their values, so typing an amount above a wrong total writes nothing;
 * - one format per finding that those formulas cannot see (an amount typed as French text, a date,
 *   a duplicate number, a cell that only looks empty), true while the cells it was found on keep
 *   their values.
 * A row whose values would make a rule's formula light where the core does not (a negative cost, a
 *   date, text in an optional column) is left out of that rule's format, and its findings anchored.
 * Column formats depend on where the action rows are, not on their values: typing an amount changes
 * none of them. Every formula starts with a marker of ours that names the format (a hash of what it
 * is), so that formats read back from Excel are matched with the plan and only differences written.
 *
 * test/excel/flag-formulas.test.ts evaluates these formulas with an Excel-compatible engine and
 * checks that they light exactly the cells the core flags.
 */

/** Past this many per-cell formats, Excel slows down: the first ones are shown and the pane says so. */
export const MAX_ANCHORED_FLAGS = 1000;

export interface FlagPlan {
  readonly flags: readonly ConditionalFlag[];
  /** Findings with a cell that are not shown because of MAX_ANCHORED_FLAGS. */
  readonly notShown: number;
}

export interface FlagOptions {
  readonly matching: MatchingMode;
  /** ExcelApi 1.9: one format over several areas (RangeAreas) rather than one per run of rows. */
  readonly rangeAreas: boolean;
}

/** The conditional formats that show a check result in Excel. */
export function flagPlan(result: CheckResult, options: FlagOptions): FlagPlan {
  const flags: ConditionalFlag[] = [];
  const warnings: ConditionalFlag[] = [];
  const push = (flag: ConditionalFlag) => (flag.severity === 'error' ? flags : warnings).push(flag);
  /** For each source, each rule and field's column format and the sheet rows it covers. */
  const covered = new Map<BudgetSource, Covered>();
  /** For each source, the single cells a format of their own shows (the total rows'). */
  const cellsShown = new Map<BudgetSource, ReadonlySet<string>>();
  const sourceOf = new Map<string, BudgetSource>();
  for (const budget of result.budgets) {
    const source = result.sources.find((candidate) => candidate.key === budget.sourceKey && candidate.sheet === budget.sheet);
    if (source) sourceOf.set(budget.id, source);
  }
  const profile = withScope(result.profile, options.matching);

  for (const source of result.sources) {
    const actionRows = result.budgets
      .filter((budget) => sourceOf.get(budget.id) === source)
      .flatMap((budget) => budget.actions.map((action) => action.row))
      .sort((a, b) => a - b);
    const byRule = new Map<string, { rule: ColumnRule; rows: ReadonlySet<number> }>();
    covered.set(source, byRule);
    const sourceRows = readSourceRows(source);
    const shown = new Set<string>();
    for (const [rule, { cells }] of RULE_FLAG_LIST) {
      for (const cell of cells(source, sourceRows)) {
        push(flagOf(source.sheet, [cell.cell], rule, cell.severity, cell.condition));
        shown.add(`${rule}:${cell.cell}`);
      }
    }
    cellsShown.set(source, shown);
    if (actionRows.length === 0) continue;
    for (const columnRule of RULE_FLAG_LIST.flatMap(([, { columns }]) => columns(source, profile))) {
      const rows = ruleRows(source, actionRows, columnRule);
      byRule.set(`${columnRule.rule}:${columnRule.field}`, { rule: columnRule, rows: new Set(rows) });
      const runs = runsOf(rows);
      if (runs.length === 0) continue;
      const letter = columnLetters(source.left + (source.columns[columnRule.field] ?? 0));
      const areaOf = ([from, to]: readonly [number, number]) => (from === to ? `${letter}${from}` : `${letter}${from}:${letter}${to}`);
      const groups = options.rangeAreas ? [runs] : runs.map((run) => [run]);
      for (const group of groups) {
        const refs = new SourceRefs(source, (group[0] as readonly [number, number])[0]);
        push(flagOf(source.sheet, group.map(areaOf), columnRule.rule, columnRule.severity, columnRule.condition(refs)));
      }
    }
  }

  let anchored = 0;
  let notShown = 0;
  for (const finding of result.findings) {
    const source = sourceOf.get(finding.budgetId);
    if (!source || finding.cell === null || finding.row === null || finding.field === null) continue;
    if (cellsShown.get(source)?.has(`${finding.rule}:${finding.cell}`) === true) continue;
    if (shownByColumnFormulas(finding, source, covered.get(source), result.profile)) continue;
    const condition = anchoredCondition(finding, source, result.profile);
    if (condition === null) continue;
    if (anchored >= MAX_ANCHORED_FLAGS) {
      notShown++;
      continue;
    }
    anchored++;
    push(flagOf(finding.sheet, [finding.cell], finding.rule, finding.severity, condition));
  }
  // Warnings are added first: Excel puts each new format on top, so an error's red wins on a cell
  // that also has a warning.
  return { flags: [...warnings, ...flags], notShown };
}
