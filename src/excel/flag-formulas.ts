import {
  AMOUNT_FIELDS,
  type AmountField,
  type BudgetSource,
  type CellValue,
  type CheckResult,
  columnLetters,
  eurosToCents,
  excelSerial,
  type Field,
  type Finding,
  FIELDS,
  isCellDate,
  isCellError,
  type MatchingMode,
  parseA1,
  type RuleId,
  type Severity,
} from '../domain';

/**
 * Flags in Excel are conditional formats whose custom formulas encode the convention's rules, so
 * that they stay true while the officer types, even with the pane closed:
 * - one format per rule and column of each budget, whose formula is the rule itself, written for
 *   the cells Excel sees as numbers (or empty);
 * - one format per finding that those formulas cannot see (an amount typed as French text, a date,
 *   a total row, a duplicate number), true while the cells it was found on keep their values.
 * Every formula starts with a marker of ours, so that clearing removes ours and only ours.
 *
 * test/excel/flag-formulas.test.ts evaluates these formulas with an Excel-compatible engine and
 * checks that they light exactly the cells the core flags. One known difference: a date is a number
 * to a formula, so rules beside a date typed as an amount may light (telling dates apart needs
 * CELL("format"), which Excel on the web lacks); the date itself is flagged.
 */

export const FLAG_MARKER = 'convention-budget';

/** Past this many per-cell formats, Excel slows down: the first ones are shown and the pane says so. */
export const MAX_ANCHORED_FLAGS = 1000;

export interface ConditionalFlag {
  readonly sheet: string;
  /** The cells the format applies to, A1 without the sheet ("E2:E7"). */
  readonly range: string;
  /** Excel formula (English function names), relative to the range's top-left cell. */
  readonly formula: string;
  readonly severity: Severity;
  readonly rule: RuleId;
}

export interface FlagPlan {
  readonly flags: readonly ConditionalFlag[];
  /** Findings with a cell that are not shown because of MAX_ANCHORED_FLAGS. */
  readonly notShown: number;
}

export function isOurFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${FLAG_MARKER}:`);
}

function marked(rule: RuleId, condition: string): string {
  return `=AND(ISTEXT("${FLAG_MARKER}:${rule}"),${condition})`;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Cell references of one source, relative to its first data row (column fixed, row free). */
class SourceRefs {
  readonly firstRow: number;
  readonly lastRow: number;

  constructor(readonly source: BudgetSource) {
    this.firstRow = source.firstDataRow + 1;
    // An Excel table's totals row is no action: rules on actions do not cover it.
    this.lastRow = source.firstDataRow + source.rows.length - (source.hasTotalsRow ? 1 : 0);
  }

  has(field: Field): boolean {
    return this.source.columns[field] !== undefined;
  }

  letter(field: Field): string {
    return columnLetters(this.source.left + (this.source.columns[field] ?? 0));
  }

  /** "$E2": the field's cell on the format's current row. */
  ref(field: Field): string {
    return `$${this.letter(field)}${this.firstRow}`;
  }

  range(field: Field): string {
    return `${this.letter(field)}${this.firstRow}:${this.letter(field)}${this.lastRow}`;
  }
}

/** "Total…" or "Sous-total…" as the cell's first word, as the core reads a total row's label. */
function isTotalLabel(ref: string): string {
  const text = `LOWER(TRIM(${ref}))&" "`;
  const wordEnds = (length: number) => `ISERROR(FIND(MID(${text},${length + 1},1),"abcdefghijklmnopqrstuvwxyz0123456789_àâäçéèêëîïôöùûüÿœæ"))`;
  return `OR(AND(LEFT(${text},5)="total",${wordEnds(5)}),AND(OR(LEFT(${text},10)="sous-total",LEFT(${text},10)="sous total"),${wordEnds(10)}),AND(LEFT(${text},9)="soustotal",${wordEnds(9)}))`;
}

function columnConditions(refs: SourceRefs, matching: MatchingMode): Array<{ rule: RuleId; severity: Severity; field: Field; condition: string }> {
  const r = (field: Field) => refs.ref(field);
  const labels = (['action', 'title', 'beneficiary'] as const).filter((field) => refs.has(field));
  const notTotal = labels.length === 0 ? 'TRUE()' : `NOT(OR(${labels.map((field) => isTotalLabel(r(field))).join(',')}))`;
  const present = FIELDS.filter((field) => refs.has(field));
  const rowHasContent = `LEN(${present.map((field) => `TRIM(${r(field)})`).join('&')})>0`;
  const amountOk = (field: AmountField) => `AND(ISNUMBER(${r(field)}),ROUND(${r(field)}*100,0)>=0,ABS(${r(field)})*100<=100000000000000)`;
  // An empty Department or other cell counts as 0 (N() of an empty cell is 0).
  const optionalOk = (field: AmountField) => `AND(OR(ISNUMBER(${r(field)}),TRIM(${r(field)})=""),ROUND(N(${r(field)})*100,0)>=0,ABS(N(${r(field)}))*100<=100000000000000)`;
  const cents = (field: AmountField) => `ROUND(${r(field)}*100,0)`;
  const cents0 = (field: AmountField) => `ROUND(N(${r(field)})*100,0)`;
  const optionals = (['department', 'other'] as const).filter((field) => refs.has(field));
  const funding = [cents('state'), ...optionals.map(cents0)].join('+');
  const fundingReadable = [amountOk('cost'), amountOk('state'), ...optionals.map(optionalOk)].join(',');

  const conditions: Array<{ rule: RuleId; severity: Severity; field: Field; condition: string }> = [
    { rule: 'state-cap', severity: 'error', field: 'state', condition: `AND(${notTotal},${amountOk('cost')},${amountOk('state')},${cents('state')}*2>${cents('cost')})` },
    { rule: 'over-funding', severity: 'error', field: 'cost', condition: `AND(${notTotal},${fundingReadable},${funding}>${cents('cost')})` },
    { rule: 'under-funding', severity: 'warning', field: 'cost', condition: `AND(${notTotal},${fundingReadable},${funding}<${cents('cost')})` },
  ];
  if (matching === 'action' && refs.has('department')) {
    conditions.push({
      rule: 'matching',
      severity: 'error',
      field: 'department',
      condition: `AND(${notTotal},${amountOk('state')},${optionalOk('department')},${cents0('department')}<${cents('state')})`,
    });
  }
  for (const field of ['action', 'title', 'cost', 'state'] as const) {
    if (refs.has(field)) {
      conditions.push({ rule: 'missing-value', severity: 'error', field, condition: `AND(${notTotal},${rowHasContent},TRIM(${r(field)})="")` });
    }
  }
  if (refs.has('axis')) {
    conditions.push({ rule: 'missing-axis', severity: 'warning', field: 'axis', condition: `AND(${notTotal},${rowHasContent},TRIM(${r('axis')})="")` });
  }
  for (const field of AMOUNT_FIELDS) {
    if (!refs.has(field)) continue;
    const ref = r(field);
    // IF, not OR: Excel's OR and AND return an error as soon as one argument is an error.
    conditions.push({
      rule: 'invalid-value',
      severity: 'error',
      field,
      condition: `IF(ISERROR(${ref}),TRUE(),IF(ISLOGICAL(${ref}),TRUE(),IF(ISNUMBER(${ref}),OR(ROUND(${ref}*100,0)<0,ABS(${ref})*100>100000000000000),FALSE())))`,
    });
  }
  // Per beneficiary, numbers restart: a shared table's duplicates are flagged cell by cell only.
  if (refs.has('action') && !refs.has('beneficiary')) {
    const action = refs.letter('action');
    conditions.push({
      rule: 'duplicate-action',
      severity: 'error',
      field: 'action',
      condition: `AND(${notTotal},TRIM(${r('action')})<>"",COUNTIF($${action}$${refs.firstRow}:${r('action')},${r('action')})>1)`,
    });
  }
  return conditions;
}

/** What Excel's formulas see as they are meant to: a number, an empty cell, a boolean or an error. */
function plainForFormulas(value: CellValue): boolean {
  return value === null || typeof value === 'number' || typeof value === 'boolean' || isCellError(value) || (typeof value === 'string' && value.trim() === '');
}

const RULE_INPUTS: Partial<Record<RuleId, readonly Field[]>> = {
  'state-cap': ['cost', 'state'],
  matching: ['state', 'department'],
  'over-funding': ['cost', 'state', 'department', 'other'],
  'under-funding': ['cost', 'state', 'department', 'other'],
};

function rowCells(source: BudgetSource, row: number): ReadonlyArray<CellValue> | undefined {
  return source.rows[row - 1 - source.firstDataRow];
}

function cellOf(source: BudgetSource, cells: ReadonlyArray<CellValue>, field: Field): CellValue {
  const column = source.columns[field];
  return column === undefined ? null : (cells[column] ?? null);
}

/** Whether the column formulas already show this finding. */
function shownByColumnFormulas(finding: Finding, source: BudgetSource, matching: MatchingMode): boolean {
  if (finding.row === null || finding.field === null) return false;
  if (finding.rule === 'total-mismatch' || finding.rule === 'duplicate-action') return false;
  if (finding.rule === 'matching' && matching !== 'action') return false;
  const cells = rowCells(source, finding.row);
  if (!cells) return false;
  const labelsReadable = (['action', 'title', 'beneficiary'] as const).every((field) => !isCellError(cellOf(source, cells, field)));
  if (!labelsReadable) return false;
  const inputs =
    finding.rule === 'missing-value' || finding.rule === 'missing-axis'
      ? FIELDS.filter((field) => source.columns[field] !== undefined)
      : (RULE_INPUTS[finding.rule] ?? [finding.field]);
  return inputs.every((field) => plainForFormulas(cellOf(source, cells, field)));
}

/** A condition true while a cell holds the value it held when the finding was made. */
function stillHolds(ref: string, value: CellValue): string {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return `TRIM(${ref})=""`;
  if (typeof value === 'number') {
    const cents = eurosToCents(value);
    return cents === null ? `AND(ISNUMBER(${ref}),${ref}=${value})` : `AND(ISNUMBER(${ref}),ROUND(${ref}*100,0)=${cents})`;
  }
  if (typeof value === 'boolean') return `AND(ISLOGICAL(${ref}),${ref}=${value ? 'TRUE()' : 'FALSE()'})`;
  if (typeof value === 'string') {
    // A string constant in a formula holds at most 255 characters.
    return value.length <= 200
      ? `EXACT(${ref},${quote(value)})`
      : `AND(LEN(${ref})=${value.length},EXACT(LEFT(${ref},200),${quote(value.slice(0, 200))}))`;
  }
  if (isCellDate(value)) return `AND(ISNUMBER(${ref}),INT(${ref})=${excelSerial(value.iso)})`;
  return `ISERROR(${ref})`;
}

function absolute(source: BudgetSource, field: Field, row: number): string {
  return `$${columnLetters(source.left + (source.columns[field] ?? 0))}$${row}`;
}

function anchoredCondition(finding: Finding, source: BudgetSource): string | null {
  if (finding.row === null || finding.field === null) return null;
  const cells = rowCells(source, finding.row);
  if (!cells) return null;
  const holds = (field: Field, row = finding.row ?? 0, rowValues: ReadonlyArray<CellValue> = cells) =>
    source.columns[field] === undefined ? null : stillHolds(absolute(source, field, row), cellOf(source, rowValues, field));
  const inputs = RULE_INPUTS[finding.rule] ?? [finding.field];
  const conditions = inputs.map((field) => holds(field)).filter((condition): condition is string => condition !== null);

  if (finding.rule === 'total-mismatch') {
    // The total cell, and the column above it as Excel sums it now (numbers only).
    const field = finding.field;
    const letter = columnLetters(source.left + (source.columns[field] ?? 0));
    let excelSum = 0;
    for (const rowValues of source.rows.slice(0, finding.row - 1 - source.firstDataRow)) {
      const value = cellOf(source, rowValues, field);
      if (typeof value === 'number') excelSum += value;
    }
    const sumCents = eurosToCents(excelSum);
    if (sumCents !== null) conditions.push(`ROUND(SUM($${letter}$${source.firstDataRow + 1}:$${letter}$${finding.row - 1})*100,0)=${sumCents}`);
  }
  if (finding.rule === 'duplicate-action' && finding.related !== undefined) {
    const firstRow = (parseA1(finding.related)?.row ?? -1) + 1;
    const first = rowCells(source, firstRow);
    const holdsFirst = first ? holds('action', firstRow, first) : null;
    if (holdsFirst !== null) conditions.push(holdsFirst);
  }
  return conditions.length === 0 ? null : conditions.length === 1 ? (conditions[0] as string) : `AND(${conditions.join(',')})`;
}

/** The conditional formats that show a check result in Excel. */
export function flagPlan(result: CheckResult, matching: MatchingMode): FlagPlan {
  const flags: ConditionalFlag[] = [];
  const warnings: ConditionalFlag[] = [];
  const sourceOf = new Map<string, BudgetSource>();
  for (const source of result.sources) {
    const refs = new SourceRefs(source);
    if (refs.lastRow < refs.firstRow) continue;
    for (const { rule, severity, field, condition } of columnConditions(refs, matching)) {
      const flag = { sheet: source.sheet, range: refs.range(field), formula: marked(rule, condition), severity, rule };
      (severity === 'error' ? flags : warnings).push(flag);
    }
  }
  for (const budget of result.budgets) {
    const source = result.sources.find((candidate) => candidate.key === budget.sourceKey && candidate.sheet === budget.sheet);
    if (source) sourceOf.set(budget.id, source);
  }

  let anchored = 0;
  let notShown = 0;
  for (const finding of result.findings) {
    const source = sourceOf.get(finding.budgetId);
    if (!source || finding.cell === null || shownByColumnFormulas(finding, source, matching)) continue;
    const condition = anchoredCondition(finding, source);
    if (condition === null) continue;
    if (anchored >= MAX_ANCHORED_FLAGS) {
      notShown++;
      continue;
    }
    anchored++;
    const flag = { sheet: finding.sheet, range: finding.cell, formula: marked(finding.rule, condition), severity: finding.severity, rule: finding.rule };
    (finding.severity === 'error' ? flags : warnings).push(flag);
  }
  // Warnings are added first: Excel puts each new format on top, so an error's red wins on a cell
  // that also has a warning.
  return { flags: [...warnings, ...flags], notShown };
}
