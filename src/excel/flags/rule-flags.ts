import {
  type AmountField,
  type BudgetSource,
  type CellValue,
  columnLetters,
  type ConventionProfile,
  eurosToCents,
  excelSerial,
  type Field,
  type Finding,
  type Hundredths,
  hasThreeDecimals,
  isCellDate,
  parseA1,
  reducedRatio,
  type RuleId,
  type SourceRows,
} from '../../domain';
import { cellOf, EXACT_LIMIT, excelThreeDecimals, formulaSees, rowCells } from './cell-reads';
import { belowShare, bothRead, cents, type ColumnRule, NO_INPUTS, optionalCents, optionalFields, overCap, type SourceRefs } from './column-rules';
import { type CellFormat, totalRowFlags } from './total-row-flags';

/**
 * How each rule is shown in Excel. Every rule of the core has its entry (a Record over RuleId, no
 * Partial: a new rule does not compile until it says how it is flagged):
 * - `columns`: its formats over whole columns of action rows, lit by the rule's own formula, so that
 *   a flag follows the officer's typing even with the pane closed; none for a rule no formula can
 *   say (an amount typed as French text, a duplicate number), whose findings are flagged one by one;
 * - `cells`: formats on single cells that hold no value (the total rows');
 * - `anchored`: what a flag on one finding holds to, true while those cells keep the values they had
 *   when it was found: the cells of its row the rule reads, and more (`also`). Null for a rule whose
 *   findings have no cell (the envelope: the budget's total, said in the pane).
 * The entries' order is the order formats are planned in (Excel puts each new one on top).
 */
export interface RuleFlags {
  readonly columns: (source: BudgetSource, profile: ConventionProfile) => ColumnRule[];
  readonly cells: (source: BudgetSource, rows: SourceRows) => CellFormat[];
  readonly anchored: AnchoredCells | null;
}

/** The cells a flag on one finding holds to. */
export interface AnchoredCells {
  /** The fields of the finding's row the rule reads (the flagged cell's at least). */
  readonly fields: (field: Field, profile: ConventionProfile) => readonly Field[];
  /** What more it holds to: other cells (absolute references and their values), and conditions of its own. */
  readonly also: (finding: Finding, source: BudgetSource) => { readonly cells: Array<readonly [string, CellValue]>; readonly conditions: string[] };
}

const NO_COLUMNS = (): ColumnRule[] => [];
const NO_CELLS = (): CellFormat[] => [];
const NOTHING_MORE = () => ({ cells: [], conditions: [] });
/** A rule whose finding is about its cell alone. */
const ITS_CELL: AnchoredCells = { fields: (field) => [field], also: NOTHING_MORE };
const FUNDING: AnchoredCells = { fields: () => ['cost', 'state', 'department', 'other'], also: NOTHING_MORE };

export function absolute(source: BudgetSource, field: Field, row: number): string {
  return `$${columnLetters(source.left + (source.columns[field] ?? 0))}$${row}`;
}

const has = (source: BudgetSource, field: Field) => source.columns[field] !== undefined;

/** The funding of a row in cents: State, and Department and other when the source has them. */
function funding(refs: SourceRefs, source: BudgetSource): string {
  return [cents(refs, 'state'), ...optionalFields(source).map((field) => optionalCents(refs, field))].join('+');
}

function fundingRule(rule: 'over-funding' | 'under-funding', source: BudgetSource): ColumnRule[] {
  if (!has(source, 'cost') || !has(source, 'state')) return [];
  const over = rule === 'over-funding';
  return [
    {
      rule,
      severity: over ? 'error' : 'warning',
      field: 'cost',
      inputs: { required: ['cost', 'state'], optional: optionalFields(source) },
      condition: (refs) => `AND(${bothRead(refs)},${funding(refs, source)}${over ? '>' : '<'}${cents(refs, 'cost')})`,
      excludes: (of) => of('cost') >= EXACT_LIMIT || of('state') + of('department') + of('other') >= EXACT_LIMIT,
    },
  ];
}

function stateCapColumns(source: BudgetSource, profile: ConventionProfile): ColumnRule[] {
  if (!has(source, 'cost') || !has(source, 'state')) return [];
  const cap = reducedRatio(profile.stateCap.percent);
  return [
    {
      rule: 'state-cap',
      severity: 'error',
      field: 'state',
      inputs: { required: ['cost', 'state'], optional: [] },
      condition: (refs) => `AND(${bothRead(refs)},${overCap(cents(refs, 'state'), cents(refs, 'cost'), profile)})`,
      excludes: (of) => of('state') * cap.denominator >= EXACT_LIMIT || of('cost') * cap.numerator >= EXACT_LIMIT,
    },
  ];
}

function matchingColumns(source: BudgetSource, profile: ConventionProfile): ColumnRule[] {
  const { ratio, minPercentOfCost, scope } = profile.matching;
  const byRatio = ratio !== null && has(source, 'state');
  const byCost = minPercentOfCost !== null && has(source, 'cost');
  if (scope !== 'action' || !has(source, 'department') || !(byRatio || byCost)) return [];
  // Each clause is checked where its amount is a number, as the core does.
  const below = (refs: SourceRefs, of: 'state' | 'cost', percent: Hundredths) => `AND(ISNUMBER(${refs.ref(of)}),${belowShare(optionalCents(refs, 'department'), cents(refs, of), percent)})`;
  const pastLimit = (of: (field: AmountField) => number, base: 'state' | 'cost', percent: Hundredths) => {
    const { numerator, denominator } = reducedRatio(percent);
    return of('department') * denominator >= EXACT_LIMIT || of(base) * numerator >= EXACT_LIMIT;
  };
  return [
    {
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
    },
  ];
}

/** An empty cell, or one of spaces only. */
function blankColumns(rule: 'missing-value' | 'missing-axis', fields: readonly Field[], source: BudgetSource): ColumnRule[] {
  return fields
    .filter((field) => has(source, field))
    .map((field) => ({ rule, severity: rule === 'missing-value' ? 'error' : 'warning', field, inputs: NO_INPUTS, condition: (refs: SourceRefs) => `TRIM(${refs.ref(field)})=""` }));
}

function invalidValueColumns(source: BudgetSource): ColumnRule[] {
  return (['cost', 'state', 'department', 'other'] as const)
    .filter((field) => has(source, field))
    .map((field) => ({
      rule: 'invalid-value',
      severity: 'error',
      field,
      inputs: NO_INPUTS,
      // A number Excel's ROUND sees with three decimals and the core does not (12.344999…), or the reverse.
      excludesValue: (value: CellValue) => typeof value === 'number' && excelThreeDecimals(value) !== hasThreeDecimals(value),
      // IF, not OR: Excel's OR and AND return an error as soon as one argument is an error. A number is
      // unreadable when negative, past 10^12 €, or with exactly three decimals ("45,139" typed in French).
      condition: (refs: SourceRefs) => {
        const x = refs.ref(field);
        return `IF(ISERROR(${x}),TRUE(),IF(ISLOGICAL(${x}),TRUE(),IF(ISNUMBER(${x}),OR(ROUND(${x},2)<0,${x}>1000000000000,AND(ROUND(${x},3)=${x},ROUND(${x},2)<>${x})),FALSE())))`;
      },
      // It reads numbers, booleans and errors; a text it cannot read, nor a date.
      sees: (value: CellValue) => formulaSees(value) && !(typeof value === 'string' && value.trim() !== ''),
    }));
}

/** The column above a total cell as Excel sums it now; SUMIF, unlike SUM, passes over an error value above. */
function excelSumAbove(finding: Finding, source: BudgetSource): { cells: []; conditions: string[] } {
  const row = finding.row as number;
  const field = finding.field as Field;
  const letter = columnLetters(source.left + (source.columns[field] ?? 0));
  let excelSum = 0;
  for (const rowValues of source.rows.slice(0, row - 1 - source.firstDataRow)) {
    const value = cellOf(source, rowValues, field);
    // SUMIF counts a date as the number Excel holds it as.
    if (typeof value === 'number') excelSum += value;
    else if (isCellDate(value)) excelSum += excelSerial(value.iso);
  }
  const sumCents = eurosToCents(excelSum);
  const range = `$${letter}$${source.firstDataRow + 1}:$${letter}$${row - 1}`;
  const held = sumCents !== null && row - 1 > source.firstDataRow;
  return { cells: [], conditions: held ? [`ROUND((SUMIF(${range},">=0")+SUMIF(${range},"<0"))*100,0)=${sumCents}`] : [] };
}

/** The first use of a duplicated number: renumbering it ends the finding too. */
function firstUse(finding: Finding, source: BudgetSource): { cells: Array<readonly [string, CellValue]>; conditions: [] } {
  if (finding.related === undefined) return { cells: [], conditions: [] };
  const firstRow = (parseA1(finding.related)?.row ?? -1) + 1;
  const first = rowCells(source, firstRow);
  return { cells: first ? [[absolute(source, 'action', firstRow), cellOf(source, first, 'action')]] : [], conditions: [] };
}

export const RULE_FLAGS: Readonly<Record<RuleId, RuleFlags>> = {
  'state-cap': { columns: stateCapColumns, cells: NO_CELLS, anchored: { fields: () => ['cost', 'state'], also: NOTHING_MORE } },
  'over-funding': { columns: (source) => fundingRule('over-funding', source), cells: NO_CELLS, anchored: FUNDING },
  'under-funding': { columns: (source) => fundingRule('under-funding', source), cells: NO_CELLS, anchored: FUNDING },
  matching: {
    columns: matchingColumns,
    cells: NO_CELLS,
    // With a clause on the cost, the matching formula reads the cost too.
    anchored: { fields: (_field, profile) => (profile.matching.minPercentOfCost !== null ? ['cost', 'state', 'department'] : ['state', 'department']), also: NOTHING_MORE },
  },
  'missing-value': { columns: (source) => blankColumns('missing-value', ['action', 'title', 'cost', 'state'], source), cells: NO_CELLS, anchored: ITS_CELL },
  'missing-axis': { columns: (source) => blankColumns('missing-axis', ['axis'], source), cells: NO_CELLS, anchored: ITS_CELL },
  'invalid-value': { columns: invalidValueColumns, cells: NO_CELLS, anchored: ITS_CELL },
  'total-mismatch': { columns: NO_COLUMNS, cells: totalRowFlags, anchored: { fields: (field) => [field], also: excelSumAbove } },
  'duplicate-action': { columns: NO_COLUMNS, cells: NO_CELLS, anchored: { fields: (field) => [field], also: firstUse } },
  'text-amount': { columns: NO_COLUMNS, cells: NO_CELLS, anchored: ITS_CELL },
  envelope: { columns: NO_COLUMNS, cells: NO_CELLS, anchored: null },
};

/** Every rule's entry, in planning order. */
export const RULE_FLAG_LIST: ReadonlyArray<readonly [RuleId, RuleFlags]> = Object.entries(RULE_FLAGS) as Array<[RuleId, RuleFlags]>;
