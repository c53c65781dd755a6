import { type AmountField, type BudgetSource, type CellValue, columnLetters, type ConventionProfile, type Field, type Hundredths, reducedRatio, type RuleId, type Severity } from '../../domain';
import { cellOf, centsFor, formulaSees, misleads, rowCells } from './cell-reads';

/**
 * A rule's format over a column of action rows, whose formula is the rule itself: it needs no test
 * of "is this a total row" (the rows it covers are action rows), which keeps formulas short, and it
 * depends on where the rows are, not on their values: typing an amount changes none of them.
 */
export interface ColumnRule {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly field: Field;
  readonly inputs: RuleInputs;
  readonly condition: (refs: SourceRefs) => string;
  /** A row whose values the formula would compare otherwise than the core (past EXACT_LIMIT, an Excel-only three decimals). */
  readonly excludes?: (cents: (field: AmountField) => number) => boolean;
  /** A row whose cell of the rule's field the formula would read otherwise than the core. */
  readonly excludesValue?: (value: CellValue) => boolean;
  /** Whether the formula reads a value of its inputs as the core does, for a finding to be left to it (formulaSees unless said). */
  readonly sees?: (value: CellValue) => boolean;
}

/** What a rule's column format reads, and whether an empty cell is 0 (Department, other) or missing. */
export interface RuleInputs {
  readonly required: readonly AmountField[];
  readonly optional: readonly AmountField[];
}

export const NO_INPUTS: RuleInputs = { required: [], optional: [] };

/** Cell references of one source, relative to the first row of a rule's areas (column fixed, row free). */
export class SourceRefs {
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

/** The Department and other columns a source has: optional amounts, an empty cell being 0. */
export function optionalFields(source: BudgetSource): Array<'department' | 'other'> {
  return (['department', 'other'] as const).filter((field) => source.columns[field] !== undefined);
}

/** An amount's cents on the current row: ROUND(x*100,0). */
export const cents = (refs: SourceRefs, field: AmountField) => `ROUND(${refs.ref(field)}*100,0)`;

/**
 * An optional amount's cents: an empty Department or other cell counts as 0, and so does one of
 * spaces only or a formula's "" (x*100 would be #VALUE!); other text gives #VALUE!, which lights
 * nothing (the core reads text amounts itself, and flags them cell by cell).
 */
export const optionalCents = (refs: SourceRefs, field: AmountField) => `ROUND(IF(TRIM(${refs.ref(field)})="",0,${refs.ref(field)})*100,0)`;

/** Cost and State both numbers: a rule on them is checked only then, as the core does. */
export const bothRead = (refs: SourceRefs) => `COUNT(${refs.ref('cost')},${refs.ref('state')})=2`;

/** part × d > whole × n for the cap n/d in lowest terms ("E2*2>D2" for 50 %), or ≥ when equal is not allowed. */
export function overCap(part: string, whole: string, profile: ConventionProfile): string {
  const { numerator, denominator } = reducedRatio(profile.stateCap.percent);
  return `${times(part, denominator)}${profile.stateCap.equalAllowed ? '>' : '>='}${times(whole, numerator)}`;
}

/** part × d < whole × n for the share n/d in lowest terms ("F2<E2" for one-for-one matching). */
export function belowShare(part: string, whole: string, percent: Hundredths): string {
  const { numerator, denominator } = reducedRatio(percent);
  return `${times(part, denominator)}<${times(whole, numerator)}`;
}

function times(term: string, factor: number): string {
  return factor === 1 ? term : `${term}*${factor}`;
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
export function ruleRows(source: BudgetSource, actionRows: readonly number[], rule: ColumnRule): number[] {
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

/** Whether a column rule reads a value as the core does. */
export function seenBy(rule: Pick<ColumnRule, 'sees'>, value: CellValue): boolean {
  return (rule.sees ?? formulaSees)(value);
}
