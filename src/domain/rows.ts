import { a1 } from './a1';
import { type AmountReading, readAmount } from './amount';
import { type CellValue, cellText, comparisonKey, foldSpaces, isBlank } from './cells';
import { AMOUNT_FIELDS, type AmountField, type Field, FIELDS } from './headers';
import type { BudgetSource } from './locate';
import type { Cents } from './money';

/** One action row of a budget table, as read. */
export interface Action {
  /** 1-based sheet row. */
  readonly row: number;
  readonly beneficiary: string | null;
  /** The number as written ("3", "3 bis"), a leading "Action" dropped; null when empty. */
  readonly action: string | null;
  readonly axis: string | null;
  readonly title: string | null;
  /** Amounts in cents, null when the cell cannot be read (or, for cost and State, is empty). */
  readonly cost: Cents | null;
  readonly state: Cents | null;
  readonly department: Cents | null;
  readonly other: Cents | null;
  /** Left out of the totals and of the clause: an amount cannot be read, or cost or State is empty. */
  readonly excluded: boolean;
  /** Hidden by hand or by a filter in the sheet: it still counts. */
  readonly hidden: boolean;
  /** A1 address of each field's cell in this row. */
  readonly cells: Readonly<Partial<Record<Field, string>>>;
  readonly readings: Readonly<Record<AmountField, AmountReading>>;
}

/** A "Total" or "Sous-total" row: never an action; checked against the rows above it. */
export interface TotalRow {
  readonly row: number;
  /** The beneficiary whose budget the row is reported in (the group it closes). */
  readonly beneficiary: string | null;
  /** The beneficiary the row names itself, if any ("Total Nord" rows of a shared table). */
  readonly namedBeneficiary: string | null;
  /** "Sous-total": the rows since the previous total row; "Total": every row above. */
  readonly subtotal: boolean;
  readonly cells: Readonly<Partial<Record<Field, string>>>;
  readonly readings: Readonly<Record<AmountField, AmountReading>>;
}

export interface SourceRows {
  readonly actions: Action[];
  readonly totals: TotalRow[];
  /** Index in `actions` of the first action after each total row, in step with `totals`. */
  readonly actionsBeforeTotal: number[];
}

const EMPTY_READING: AmountReading = { kind: 'empty' };
const TOTAL_LABEL = /^(?:sous[\s-]*)?total\b/;
const NUMBER_SIGN = '(?:(?:n\\s*°|no\\.|n\\.|#)\\s*)?';
const ACTION_PREFIX = new RegExp(`^(?:action\\b\\s*)?${NUMBER_SIGN}`, 'i');
const AXIS_PREFIX = new RegExp(`^axe\\b\\s*${NUMBER_SIGN}`, 'i');

export function readSourceRows(source: BudgetSource): SourceRows {
  const actions: Action[] = [];
  const totals: TotalRow[] = [];
  const actionsBeforeTotal: number[] = [];
  const { columns } = source;
  const cellOf = (row: ReadonlyArray<CellValue>, field: Field): CellValue => {
    const column = columns[field];
    return column === undefined ? null : (row[column] ?? null);
  };
  let beneficiary: string | null = null;
  const lastIndex = source.rows.length - 1;

  source.rows.forEach((row, index) => {
    // A row with nothing in the budget's columns is no action, whatever a notes column holds.
    if (FIELDS.every((field) => isBlank(cellOf(row, field)))) return;
    const sheetRow = source.firstDataRow + index;
    const cells: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const column = columns[field];
      if (column !== undefined) cells[field] = a1(sheetRow, source.left + column);
    }
    const readings = {} as Record<AmountField, AmountReading>;
    for (const field of AMOUNT_FIELDS) readings[field] = columns[field] === undefined ? EMPTY_READING : readAmount(cellOf(row, field));

    // Merged beneficiary cells hold their value in the top cell only: a blank one continues the group.
    const written = textOrNull(cellOf(row, 'beneficiary'));
    const label = [cellOf(row, 'action'), cellOf(row, 'title'), cellOf(row, 'beneficiary')].map(totalLabel).find((found) => found !== null);
    if (label !== undefined || (source.hasTotalsRow && index === lastIndex)) {
      const named = written !== null && totalLabel(written) === null ? written : null;
      totals.push({
        row: sheetRow + 1,
        beneficiary: named ?? beneficiary,
        namedBeneficiary: named,
        subtotal: label === 'subtotal',
        cells,
        readings,
      });
      actionsBeforeTotal.push(actions.length);
      return;
    }
    if (written !== null) beneficiary = written;

    const amount = (field: AmountField, emptyIsZero: boolean): Cents | null => {
      const reading = readings[field];
      if (reading.kind === 'amount') return reading.cents;
      return reading.kind === 'empty' && emptyIsZero ? 0 : null;
    };
    const cost = amount('cost', false);
    const state = amount('state', false);
    const department = amount('department', true);
    const other = amount('other', true);
    actions.push({
      row: sheetRow + 1,
      beneficiary,
      action: actionNumber(cellOf(row, 'action')),
      axis: axisText(cellOf(row, 'axis')),
      title: textOrNull(cellOf(row, 'title')),
      cost,
      state,
      department,
      other,
      excluded: cost === null || state === null || department === null || other === null,
      hidden: source.hiddenRows.has(sheetRow),
      cells,
      readings,
    });
  });
  return { actions, totals, actionsBeforeTotal };
}

/** "Total…" or "Sous-total…" in any case, as the cell's first word; null for anything else. */
function totalLabel(value: CellValue): 'total' | 'subtotal' | null {
  if (typeof value !== 'string') return null;
  const match = TOTAL_LABEL.exec(comparisonKey(value).trim());
  if (!match) return null;
  return match[0].startsWith('sous') ? 'subtotal' : 'total';
}

function textOrNull(value: CellValue): string | null {
  if (isBlank(value)) return null;
  return foldSpaces(cellText(value));
}

/** An action number as written: 3 → "3", "Action 3 bis" → "3 bis", "A1" → "A1". */
export function actionNumber(value: CellValue): string | null {
  const text = textOrNull(value);
  if (text === null) return null;
  const number = text.replace(ACTION_PREFIX, '');
  return number === '' ? text : number;
}

/** An axis as the clause prints it: 2 → "2", "Axe 2" → "2". */
export function axisText(value: CellValue): string | null {
  const text = textOrNull(value);
  if (text === null) return null;
  const axis = text.replace(AXIS_PREFIX, '');
  return axis === '' ? text : axis;
}

