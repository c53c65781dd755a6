import {
  type AmountField,
  type BudgetSource,
  type CellValue,
  type CheckResult,
  columnLetters,
  eurosToCents,
  excelSerial,
  type Field,
  type Finding,
  isCellDate,
  isCellError,
  type ConventionProfile,
  type Hundredths,
  type MatchingMode,
  parseA1,
  reducedRatio,
  withScope,
  hasThreeDecimals,
  readAmountValue,
  readSourceRows,
  type RuleId,
  type Severity,
  type SourceRows,
} from '../domain';

/**
 * Flags in Excel are conditional formats whose custom formulas encode the convention's rules, so
 * that they stay true while the officer types, even with the pane closed:
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

export const FLAG_MARKER = 'convention-budget';
/** The strictest limit reported for a conditional format's formula (Excel's rule editor). */
export const MAX_FORMULA_LENGTH = 255;
/** Past this many per-cell formats, Excel slows down: the first ones are shown and the pane says so. */
export const MAX_ANCHORED_FLAGS = 1000;

export interface ConditionalFlag {
  readonly sheet: string;
  /** The cells the format applies to, A1 without the sheet: one area ("E2:E7"), or several. */
  readonly areas: readonly string[];
  /** Excel formula (English function names), relative to the first area's top-left cell. */
  readonly formula: string;
  readonly severity: Severity;
  readonly rule: RuleId;
  /** What the format is (sheet, areas, condition, colour): written in its formula's marker. */
  readonly key: string;
}

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

const MARKER = new RegExp(`"${FLAG_MARKER}:([a-z-]+):([0-9a-f]{8})"`);

export function isOurFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${FLAG_MARKER}:`);
}

/** The key a formula of ours carries, or null (an older format of ours, or not ours). */
export function keyOfFormula(formula: string | null | undefined): string | null {
  if (typeof formula !== 'string') return null;
  return MARKER.exec(formula)?.[2] ?? null;
}

/** FNV-1a, 32 bits: a short name for what a format is, not a safeguard. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}

function flagOf(sheet: string, areas: readonly string[], rule: RuleId, severity: Severity, condition: string): ConditionalFlag {
  const key = hash(`${sheet}\u0000${areas.join(',')}\u0000${rule}\u0000${severity}\u0000${condition}`);
  // N("…") is 0: the marker changes nothing of the condition's value, which Excel reads as true when not 0.
  return { sheet, areas, formula: `=N("${FLAG_MARKER}:${rule}:${key}")+(${condition})`, severity, rule, key };
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** What a rule's column format reads, and whether an empty cell is 0 (Department, other) or missing. */
interface RuleInputs {
  readonly required: readonly AmountField[];
  readonly optional: readonly AmountField[];
}

/** A value the formulas read as the core does: empty, a number, a boolean, an error, or spaces only. */
function formulaSees(value: CellValue): boolean {
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || isCellError(value)) return true;
  return typeof value === 'string' && /^ *$/.test(value);
}

/**
 * A number's cents as Excel's ROUND(x*100,0) gives them: Excel rounds on the number's first 15
 * significant digits (=82.3*0.15 is 12.344999… to the core, 12.345 to Excel).
 */
function excelCents(value: number): number {
  const shown = Number((Math.abs(value) * 100).toPrecision(15));
  return Math.sign(value) * Math.round(shown);
}

/** Whether Excel sees a number with exactly three decimals, on its first 15 significant digits. */
function excelThreeDecimals(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  return hasThreeDecimals(Number(value.toPrecision(15)));
}

/**
 * Whether a value would make a rule's formula light where the core does not: a number the core does
 * not read as an amount (negative, three decimals, past 10^12 €), or whose cents Excel rounds
 * otherwise, a date (a number to Excel); in an optional column, which the formula reads without
 * COUNT (an empty cell is 0 there), a boolean too (TRUE*100 is 100). Text gives #VALUE! in the
 * formula and misleads nothing.
 */
function misleads(value: CellValue, optional: boolean): boolean {
  if (value === null || isCellError(value) || typeof value === 'string') return false;
  if (typeof value === 'number') {
    const cents = readAmountValue(value);
    return typeof cents !== 'number' || (!Number.isInteger(value * 100) && excelCents(value) !== cents);
  }
  if (isCellDate(value)) return true;
  return optional;
}

/**
 * Past 10^13, a difference of one is beyond what Excel's comparisons hold apart (15 significant
 * digits; HyperFormula's tolerance is 10^-13): a row whose products or sums in cents reach it is
 * left out of a rule's format, and its findings are held by value.
 */
const EXACT_LIMIT = 1e13;

/** Cell references of one source, relative to the first row of a rule's areas (column fixed, row free). */
class SourceRefs {
  constructor(
    readonly source: BudgetSource,
    readonly firstRow: number,
  ) {}

  has(field: Field): boolean {
    return this.source.columns[field] !== undefined;
  }

  letter(field: Field): string {
    return columnLetters(this.source.left + (this.source.columns[field] ?? 0));
  }

  /** "$E12": the field's cell on the format's current row. */
  ref(field: Field): string {
    return `$${this.letter(field)}${this.firstRow}`;
  }
}

/** part × d > whole × n for the cap n/d in lowest terms ("E2*2>D2" for 50 %), or ≥ when equal is not allowed. */
function overCap(part: string, whole: string, profile: ConventionProfile): string {
  const { numerator, denominator } = reducedRatio(profile.stateCap.percent);
  return `${times(part, denominator)}${profile.stateCap.equalAllowed ? '>' : '>='}${times(whole, numerator)}`;
}

/** part × d < whole × n for the share n/d in lowest terms ("F2<E2" for one-for-one matching). */
function belowShare(part: string, whole: string, percent: Hundredths): string {
  const { numerator, denominator } = reducedRatio(percent);
  return `${times(part, denominator)}<${times(whole, numerator)}`;
}

function times(term: string, factor: number): string {
  return factor === 1 ? term : `${term}*${factor}`;
}

/** A column rule: the field it flags, its inputs, and its condition for a row. */
interface ColumnRule {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly field: Field;
  readonly inputs: RuleInputs;
  readonly condition: (refs: SourceRefs) => string;
  /** A row whose values the formula would compare otherwise than the core (past EXACT_LIMIT, an Excel-only three decimals). */
  readonly excludes?: (cents: (field: AmountField) => number) => boolean;
  /** A row whose cell of the rule's field the formula would read otherwise than the core. */
  readonly excludesValue?: (value: CellValue) => boolean;
}

/** A cell's cents for the exactness test: 0 when it holds no number (the row is excluded otherwise). */
function centsFor(value: CellValue): number {
  const read = readAmountValue(value);
  return typeof read === 'number' ? read : 0;
}

function columnRules(source: BudgetSource, profile: ConventionProfile): ColumnRule[] {
  const has = (field: Field) => source.columns[field] !== undefined;
  const optionals = (['department', 'other'] as const).filter(has);
  // An empty Department or other cell counts as 0, and so does one of spaces only or a formula's
  // "" (x*100 would be #VALUE!); other text gives #VALUE!, which lights nothing (the core reads text
  // amounts itself, and flags them cell by cell).
  const cents = (refs: SourceRefs, field: AmountField) => `ROUND(${refs.ref(field)}*100,0)`;
  const optionalCents = (refs: SourceRefs, field: AmountField) => `ROUND(IF(TRIM(${refs.ref(field)})="",0,${refs.ref(field)})*100,0)`;
  const funding = (refs: SourceRefs) => [cents(refs, 'state'), ...optionals.map((field) => optionalCents(refs, field))].join('+');
  const bothRead = (refs: SourceRefs) => `COUNT(${refs.ref('cost')},${refs.ref('state')})=2`;
  const cap = reducedRatio(profile.stateCap.percent);
  const rules: ColumnRule[] = [];
  if (has('cost') && has('state')) {
    const inputs = { required: ['cost', 'state'] as const, optional: [] };
    const fundingInputs = { required: ['cost', 'state'] as const, optional: optionals };
    const fundingPastLimit = (of: (field: AmountField) => number) => of('cost') >= EXACT_LIMIT || of('state') + of('department') + of('other') >= EXACT_LIMIT;
    rules.push(
      {
        rule: 'state-cap',
        severity: 'error',
        field: 'state',
        inputs,
        condition: (refs) => `AND(${bothRead(refs)},${overCap(cents(refs, 'state'), cents(refs, 'cost'), profile)})`,
        excludes: (of) => of('state') * cap.denominator >= EXACT_LIMIT || of('cost') * cap.numerator >= EXACT_LIMIT,
      },
      { rule: 'over-funding', severity: 'error', field: 'cost', inputs: fundingInputs, condition: (refs) => `AND(${bothRead(refs)},${funding(refs)}>${cents(refs, 'cost')})`, excludes: fundingPastLimit },
      { rule: 'under-funding', severity: 'warning', field: 'cost', inputs: fundingInputs, condition: (refs) => `AND(${bothRead(refs)},${funding(refs)}<${cents(refs, 'cost')})`, excludes: fundingPastLimit },
    );
  }
  const { ratio, minPercentOfCost, scope } = profile.matching;
  const byRatio = ratio !== null && has('state');
  const byCost = minPercentOfCost !== null && has('cost');
  if (scope === 'action' && has('department') && (byRatio || byCost)) {
    // Each clause is checked where its amount is a number, as the core does.
    const below = (refs: SourceRefs, of: 'state' | 'cost', percent: Hundredths) =>
      `AND(ISNUMBER(${refs.ref(of)}),${belowShare(optionalCents(refs, 'department'), cents(refs, of), percent)})`;
    const pastLimit = (of: (field: AmountField) => number, base: 'state' | 'cost', percent: Hundredths) => {
      const { numerator, denominator } = reducedRatio(percent);
      return of('department') * denominator >= EXACT_LIMIT || of(base) * numerator >= EXACT_LIMIT;
    };
    rules.push({
      rule: 'matching',
      severity: 'error',
      field: 'department',
      // A cost the core refuses (a date, past 10^12 €) misleads the clause on the cost, whichever other clause there is.
      inputs: { required: [...(byRatio ? (['state'] as const) : []), ...(byCost ? (['cost'] as const) : [])], optional: ['department'] },
      condition: (refs) => {
        const tests = [...(byRatio ? [below(refs, 'state', ratio)] : []), ...(byCost ? [below(refs, 'cost', minPercentOfCost)] : [])];
        return tests.length === 1 ? (tests[0] as string) : `OR(${tests.join(',')})`;
      },
      excludes: (of) => (byRatio && pastLimit(of, 'state', ratio)) || (byCost && pastLimit(of, 'cost', minPercentOfCost)),
    });
  }
  const none = { required: [], optional: [] };
  for (const field of ['action', 'title', 'cost', 'state'] as const) {
    if (has(field)) rules.push({ rule: 'missing-value', severity: 'error', field, inputs: none, condition: (refs) => `TRIM(${refs.ref(field)})=""` });
  }
  if (has('axis')) rules.push({ rule: 'missing-axis', severity: 'warning', field: 'axis', inputs: none, condition: (refs) => `TRIM(${refs.ref('axis')})=""` });
  for (const field of ['cost', 'state', 'department', 'other'] as const) {
    if (!has(field)) continue;
    // IF, not OR: Excel's OR and AND return an error as soon as one argument is an error. A number is
    // unreadable when negative, past 10^12 €, or with exactly three decimals ("45,139" typed in French).
    rules.push({
      rule: 'invalid-value',
      severity: 'error',
      field,
      inputs: none,
      // A number Excel's ROUND sees with three decimals and the core does not (12.344999…), or the reverse.
      excludesValue: (value) => typeof value === 'number' && excelThreeDecimals(value) !== hasThreeDecimals(value),
      condition: (refs) => {
        const x = refs.ref(field);
        return `IF(ISERROR(${x}),TRUE(),IF(ISLOGICAL(${x}),TRUE(),IF(ISNUMBER(${x}),OR(ROUND(${x},2)<0,${x}>1000000000000,AND(ROUND(${x},3)=${x},ROUND(${x},2)<>${x})),FALSE())))`;
      },
    });
  }
  return rules;
}

function rowCells(source: BudgetSource, row: number): ReadonlyArray<CellValue> | undefined {
  return source.rows[row - 1 - source.firstDataRow];
}

function cellOf(source: BudgetSource, cells: ReadonlyArray<CellValue>, field: Field): CellValue {
  const column = source.columns[field];
  return column === undefined ? null : (cells[column] ?? null);
}

/** Consecutive sheet rows, in order, as runs: [4, 5, 6, 9] → [[4, 6], [9, 9]]. */
export function runsOf(rows: readonly number[]): Array<readonly [number, number]> {
  const runs: Array<[number, number]> = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last !== undefined && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/** The rows a rule's column format covers, by sheet row: action rows whose inputs do not mislead it. */
function ruleRows(source: BudgetSource, actionRows: readonly number[], rule: ColumnRule): number[] {
  const { inputs, excludes, excludesValue } = rule;
  if (inputs.required.length === 0 && inputs.optional.length === 0 && excludes === undefined && excludesValue === undefined) return [...actionRows];
  return actionRows.filter((row) => {
    const cells = rowCells(source, row);
    if (!cells) return false;
    if (inputs.required.some((field) => misleads(cellOf(source, cells, field), false)) || inputs.optional.some((field) => misleads(cellOf(source, cells, field), true))) return false;
    if (excludesValue !== undefined && excludesValue(cellOf(source, cells, rule.field))) return false;
    return excludes === undefined || !excludes((field) => centsFor(cellOf(source, cells, field)));
  });
}

/** A condition true while a cell holds the value it held when the finding was made, in at most `room` characters. */
function stillHolds(ref: string, value: CellValue, room: number): string {
  if (value === null || (typeof value === 'string' && value.trim() === '')) {
    return typeof value === 'string' && value !== '' ? `EXACT(${ref},${quote(value.slice(0, 60))})` : `TRIM(${ref})=""`;
  }
  if (typeof value === 'number') {
    const cents = eurosToCents(value);
    return cents === null || !Number.isInteger(value * 100) ? `AND(ISNUMBER(${ref}),${ref}=${value})` : `AND(ISNUMBER(${ref}),ROUND(${ref}*100,0)=${cents})`;
  }
  if (typeof value === 'boolean') return `AND(ISLOGICAL(${ref}),${ref}=${value ? 'TRUE()' : 'FALSE()'})`;
  if (typeof value === 'string') {
    // A text is compared whole when it fits, else by its length and its first characters.
    if (quote(value).length + ref.length + 8 <= room) return `EXACT(${ref},${quote(value)})`;
    const head = `AND(LEN(${ref})=${value.length},EXACT(LEFT(${ref},`;
    let keep = Math.max(1, room - head.length - ref.length - 12);
    while (keep > 1 && quote(value.slice(0, keep)).length > room - head.length - 8) keep--;
    return `${head}${keep}),${quote(value.slice(0, keep))}))`;
  }
  if (isCellDate(value)) return `AND(ISNUMBER(${ref}),INT(${ref})=${excelSerial(value.iso)})`;
  return `ISERROR(${ref})`;
}

function absolute(source: BudgetSource, field: Field, row: number): string {
  return `$${columnLetters(source.left + (source.columns[field] ?? 0))}$${row}`;
}

const RULE_INPUTS: Partial<Record<RuleId, readonly Field[]>> = {
  'state-cap': ['cost', 'state'],
  matching: ['state', 'department'],
  'over-funding': ['cost', 'state', 'department', 'other'],
  'under-funding': ['cost', 'state', 'department', 'other'],
};
const MATCHING_OF_COST_INPUTS: readonly Field[] = ['cost', 'state', 'department'];

/** Room left for a condition once the marker is written: `=N("convention-budget:<rule>:<key>")+`. */
function roomFor(rule: RuleId): number {
  return MAX_FORMULA_LENGTH - `=N("${FLAG_MARKER}:${rule}:00000000")+()`.length;
}

function anchoredCondition(finding: Finding, source: BudgetSource, profile: ConventionProfile): string | null {
  if (finding.row === null || finding.field === null) return null;
  const row = finding.row;
  const cells = rowCells(source, row);
  if (!cells) return null;
  /** The cells whose values the flag holds to: the rule's inputs on the row, and the first use of a duplicated number. */
  const inputs = finding.rule === 'matching' && profile.matching.minPercentOfCost !== null ? MATCHING_OF_COST_INPUTS : RULE_INPUTS[finding.rule];
  const held: Array<readonly [string, CellValue]> = (inputs ?? [finding.field])
    .filter((field) => source.columns[field] !== undefined)
    .map((field) => [absolute(source, field, row), cellOf(source, cells, field)] as const);
  const extra: string[] = [];
  if (finding.rule === 'total-mismatch') {
    // The column above as Excel sums it now; SUMIF, unlike SUM, passes over an error value above.
    const letter = columnLetters(source.left + (source.columns[finding.field] ?? 0));
    let excelSum = 0;
    for (const rowValues of source.rows.slice(0, row - 1 - source.firstDataRow)) {
      const value = cellOf(source, rowValues, finding.field);
      // SUMIF counts a date as the number Excel holds it as.
      if (typeof value === 'number') excelSum += value;
      else if (isCellDate(value)) excelSum += excelSerial(value.iso);
    }
    const sumCents = eurosToCents(excelSum);
    const range = `$${letter}$${source.firstDataRow + 1}:$${letter}$${row - 1}`;
    if (sumCents !== null && row - 1 > source.firstDataRow) extra.push(`ROUND((SUMIF(${range},">=0")+SUMIF(${range},"<0"))*100,0)=${sumCents}`);
  }
  if (finding.rule === 'duplicate-action' && finding.related !== undefined) {
    const firstRow = (parseA1(finding.related)?.row ?? -1) + 1;
    const first = rowCells(source, firstRow);
    if (first) held.push([absolute(source, 'action', firstRow), cellOf(source, first, 'action')]);
  }
  // Each cell's condition shares the room the marker and the other conditions leave.
  const parts = held.length + extra.length;
  const room = roomFor(finding.rule) - 5 - parts - extra.reduce((sum, part) => sum + part.length, 0);
  const share = Math.floor(room / Math.max(1, held.length));
  const conditions = [...held.map(([ref, value]) => stillHolds(ref, value, share)), ...extra];
  if (conditions.length === 0) return null;
  return conditions.length === 1 ? (conditions[0] as string) : `AND(${conditions.join(',')})`;
}

/** An amount the formulas' SUM adds as the core does: a number in whole cents within EXACT_LIMIT, a blank, an error (both then pass). */
function summedAlike(value: CellValue): boolean {
  if (value === null || isCellError(value)) return true;
  if (typeof value === 'string') return readAmountValue(value) === null;
  if (typeof value !== 'number' || misleads(value, false)) return false;
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6 && Math.abs(value) * 100 < EXACT_LIMIT;
}

/** Consecutive 1-based sheet rows from `first` to `last`, less the rows in `skip`, as A1 ranges of one column. */
function columnRuns(letter: string, first: number, last: number, skip: ReadonlySet<number>): string[] {
  const rows: number[] = [];
  for (let row = first; row <= last; row++) if (!skip.has(row)) rows.push(row);
  return runsOf(rows).map(([from, to]) => (from === to ? `$${letter}$${from}` : `$${letter}$${from}:$${letter}$${to}`));
}

/**
 * One format per amount cell of each total row: lit while the cell, a number, differs in cents from
 * the sum of the rows since the previous total row and from the sum of all the rows above (the core
 * accepts either). It holds no value, so typing above a total writes nothing. A total that names its
 * beneficiary, a total typed as text, or a column above holding what SUM adds otherwise than the
 * core (text amounts, dates, negative numbers) keeps a flag per finding instead.
 */
function totalRowFlags(source: BudgetSource, sourceRows: SourceRows): Array<{ readonly cell: string; readonly condition: string }> {
  const flags: Array<{ cell: string; condition: string }> = [];
  const totalRows = new Set(sourceRows.totals.map((total) => total.row));
  const first = source.firstDataRow + 1;
  sourceRows.totals.forEach((total, index) => {
    if (total.namedBeneficiary !== null) return;
    const since = index === 0 ? first : (sourceRows.totals[index - 1] as (typeof sourceRows.totals)[number]).row + 1;
    const above = sourceRows.actions.slice(0, sourceRows.actionsBeforeTotal[index] ?? sourceRows.actions.length);
    const cells = rowCells(source, total.row);
    if (!cells) return;
    for (const field of ['cost', 'state', 'department', 'other'] as const) {
      if (source.columns[field] === undefined) continue;
      const value = cellOf(source, cells, field);
      if (!(value === null || typeof value === 'number' || (typeof value === 'string' && readAmountValue(value) === null)) || !summedAlike(value)) continue;
      let sum = 0;
      let alike = true;
      for (const action of above) {
        const actionCells = rowCells(source, action.row);
        const cell = actionCells ? cellOf(source, actionCells, field) : null;
        if (!summedAlike(cell)) {
          alike = false;
          break;
        }
        if (typeof cell === 'number') sum += Math.abs(cell) * 100;
      }
      if (!alike || sum >= EXACT_LIMIT) continue;
      const letter = columnLetters(source.left + (source.columns[field] as number));
      const x = `$${letter}$${total.row}`;
      const differs = (runs: readonly string[]) => `ROUND(${x}*100,0)<>${runs.length === 0 ? '0' : `ROUND(SUM(${runs.join(',')})*100,0)`}`;
      const sinceRuns = columnRuns(letter, since, total.row - 1, totalRows);
      const aboveRuns = columnRuns(letter, first, total.row - 1, totalRows);
      const tests = [differs(sinceRuns), ...(aboveRuns.join() === sinceRuns.join() ? [] : [differs(aboveRuns)])];
      const condition = `AND(ISNUMBER(${x}),${tests.join(',')})`;
      if (condition.length > roomFor('total-mismatch')) continue;
      flags.push({ cell: `${letter}${total.row}`, condition });
    }
  });
  return flags;
}

/** The conditional formats that show a check result in Excel. */
export function flagPlan(result: CheckResult, options: FlagOptions): FlagPlan {
  const flags: ConditionalFlag[] = [];
  const warnings: ConditionalFlag[] = [];
  const push = (flag: ConditionalFlag) => (flag.severity === 'error' ? flags : warnings).push(flag);
  /** For each source, each rule and field: the sheet rows its column format covers. */
  const covered = new Map<BudgetSource, Map<string, ReadonlySet<number>>>();
  /** For each source, the total-row cells whose format compares them with the sums above. */
  const totalCells = new Map<BudgetSource, ReadonlySet<string>>();
  const sourceOf = new Map<string, BudgetSource>();
  for (const budget of result.budgets) {
    const source = result.sources.find((candidate) => candidate.key === budget.sourceKey && candidate.sheet === budget.sheet);
    if (source) sourceOf.set(budget.id, source);
  }

  for (const source of result.sources) {
    const actionRows = result.budgets
      .filter((budget) => sourceOf.get(budget.id) === source)
      .flatMap((budget) => budget.actions.map((action) => action.row))
      .sort((a, b) => a - b);
    const byRule = new Map<string, ReadonlySet<number>>();
    covered.set(source, byRule);
    const totals = totalRowFlags(source, readSourceRows(source));
    for (const total of totals) push(flagOf(source.sheet, [total.cell], 'total-mismatch', 'error', total.condition));
    totalCells.set(source, new Set(totals.map((total) => total.cell)));
    if (actionRows.length === 0) continue;
    for (const columnRule of columnRules(source, withScope(result.profile, options.matching))) {
      const rows = ruleRows(source, actionRows, columnRule);
      byRule.set(`${columnRule.rule}:${columnRule.field}`, new Set(rows));
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
    if (finding.rule === 'total-mismatch' && totalCells.get(source)?.has(finding.cell) === true) continue;
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

/** Whether a rule's column format covers the finding's row and reads its cells as the core does. */
function shownByColumnFormulas(finding: Finding, source: BudgetSource, covered: ReadonlyMap<string, ReadonlySet<number>> | undefined, profile: ConventionProfile): boolean {
  const rows = covered?.get(`${finding.rule}:${finding.field}`);
  if (rows === undefined || finding.row === null || !rows.has(finding.row)) return false;
  const cells = rowCells(source, finding.row);
  if (!cells) return false;
  // With a clause on the cost, the matching formula reads the cost too: a cost it cannot read (text) is held by value.
  const inputs = (finding.rule === 'matching' && profile.matching.minPercentOfCost !== null ? MATCHING_OF_COST_INPUTS : RULE_INPUTS[finding.rule]) ?? [finding.field as Field];
  return inputs.every((field) => {
    const value = cellOf(source, cells, field);
    // The invalid-value formula reads numbers, booleans and errors; a text it cannot read, nor a date.
    return formulaSees(value) && !(finding.rule === 'invalid-value' && typeof value === 'string' && value.trim() !== '');
  });
}
