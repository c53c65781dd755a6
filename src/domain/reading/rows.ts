import { columnLetters } from './a1';
import { type AmountReading, type InvalidAmount, readAmount, readAmountValue } from './amount';
import { type CellValue, cellText, comparisonKey, foldSpaces, isBlank } from './cells';
import { type AmountField, type Field, FIELDS } from './headers';
import type { BudgetSource } from './sources';
import type { Cents } from '../money/money';

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
  /** Column letters of each field, shared by every row of the table: see cellAt. */
  readonly letters: FieldLetters;
  /** The amount cells that cannot be read, and why; most rows share one empty record. */
  readonly invalid: InvalidAmounts;
  /** The amount cells read from text ("42 181 €"), which Excel's SUM skips; most rows share one empty record. */
  readonly textAmounts: TextAmounts;
}

export type InvalidAmounts = Readonly<Partial<Record<AmountField, InvalidAmount>>>;
/** For each amount read from text, the text as the cell shows it. */
export type TextAmounts = Readonly<Partial<Record<AmountField, string>>>;

/** A "Total" or "Sous-total" row: never an action; checked against the rows above it. */
export interface TotalRow {
  readonly row: number;
  /** The beneficiary whose budget the row is reported in (the group it closes). */
  readonly beneficiary: string | null;
  /** The beneficiary the row names itself, if any ("Total Nord" rows of a shared table). */
  readonly namedBeneficiary: string | null;
  /** "Sous-total": the rows since the previous total row; "Total": every row above. */
  readonly subtotal: boolean;
  readonly letters: FieldLetters;
  readonly readings: Readonly<Record<AmountField, AmountReading>>;
}

export interface SourceRows {
  readonly actions: Action[];
  readonly totals: TotalRow[];
  /** Index in `actions` of the first action after each total row, in step with `totals`. */
  readonly actionsBeforeTotal: number[];
}

/** The column letters of each field of a table ("E" for the State): a row adds its number to them. */
export type FieldLetters = Readonly<Partial<Record<Field, string>>>;

/**
 * The A1 address of a field's cell in an action or total row ("E7"), or undefined when the table has
 * no such column. Addresses are made when a finding needs one: most rows never do.
 */
export function cellAt(line: { readonly row: number; readonly letters: FieldLetters }, field: Field): string | undefined {
  const letters = line.letters[field];
  return letters === undefined ? undefined : `${letters}${line.row}`;
}

/** The one record of rows with no unreadable amount: compared by identity for a fast path. */
export const NONE_INVALID: InvalidAmounts = Object.freeze({});
/** The one record of rows with no amount typed as text. */
export const NO_TEXT: TextAmounts = Object.freeze({});
const TOTAL_LABEL = /^(?:sous[\s-]*)?total\b/;
const FIRST_SIGN = /[^\s\u0300-\u036f]/;
const NUMBER_SIGN = '(?:(?:n\\s*°|no\\.|n\\.|#)\\s*)?';
const ACTION_PREFIX = new RegExp(`^(?:action\\b\\s*)?${NUMBER_SIGN}`, 'i');
const AXIS_PREFIX = new RegExp(`^axe\\b\\s*${NUMBER_SIGN}`, 'i');

export function readSourceRows(source: BudgetSource): SourceRows {
  const actions: Action[] = [];
  const totals: TotalRow[] = [];
  const actionsBeforeTotal: number[] = [];
  const { columns } = source;
  const letters: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const column = columns[field];
    if (column !== undefined) letters[field] = columnLetters(source.left + column);
  }
  // Each field's column, looked up once rather than for each of 100 000 rows.
  const { action: actionColumn, axis: axisColumn, title: titleColumn, beneficiary: beneficiaryColumn } = columns;
  const { cost: costColumn, state: stateColumn, department: departmentColumn, other: otherColumn } = columns;
  // A block laid out by hand under a heading ("Nord") belongs to that beneficiary, unless a column names one.
  let beneficiary: string | null = beneficiaryColumn === undefined ? source.heading : null;
  const lastIndex = source.rows.length - 1;
  const budgetColumns = FIELDS.map((field) => columns[field]).filter((column): column is number => column !== undefined);
  const anyHidden = source.hiddenRows.size > 0;

  for (let index = 0; index <= lastIndex; index++) {
    const row = source.rows[index] ?? [];
    // A row with nothing in the budget's columns is no action, whatever a notes column holds.
    if (isBlankInColumns(row, budgetColumns)) continue;
    const sheetRow = source.firstDataRow + index + 1;

    // Merged beneficiary cells hold their value in the top cell only: a blank one continues the group.
    const written = textOrNull(valueAt(row, beneficiaryColumn));
    const label = totalLabel(valueAt(row, actionColumn)) ?? totalLabel(valueAt(row, titleColumn)) ?? totalLabel(written);
    if (label !== null || (source.hasTotalsRow && index === lastIndex)) {
      const named = totalLabel(written) === null ? written : null;
      totals.push({
        row: sheetRow,
        beneficiary: named ?? beneficiary,
        namedBeneficiary: named,
        subtotal: label === 'subtotal',
        letters,
        readings: {
          cost: readAmount(valueAt(row, costColumn)),
          state: readAmount(valueAt(row, stateColumn)),
          department: readAmount(valueAt(row, departmentColumn)),
          other: readAmount(valueAt(row, otherColumn)),
        },
      });
      actionsBeforeTotal.push(actions.length);
      continue;
    }
    if (written !== null) beneficiary = written;

    const costValue = valueAt(row, costColumn);
    const stateValue = valueAt(row, stateColumn);
    const departmentValue = valueAt(row, departmentColumn);
    const otherValue = valueAt(row, otherColumn);
    const costRead = readAmountValue(costValue);
    const stateRead = readAmountValue(stateValue);
    const departmentRead = readAmountValue(departmentValue);
    const otherRead = readAmountValue(otherValue);
    const cost = centsOf(costRead, false);
    const state = centsOf(stateRead, false);
    const department = centsOf(departmentRead, true);
    const other = centsOf(otherRead, true);
    actions.push({
      row: sheetRow,
      beneficiary,
      action: actionNumber(valueAt(row, actionColumn)),
      axis: axisText(valueAt(row, axisColumn)),
      title: textOrNull(valueAt(row, titleColumn)),
      cost,
      state,
      department,
      other,
      excluded: cost === null || state === null || department === null || other === null,
      hidden: anyHidden && source.hiddenRows.has(sheetRow - 1),
      letters,
      invalid: invalidAmounts(costRead, stateRead, departmentRead, otherRead),
      textAmounts:
        typeof costValue === 'string' || typeof stateValue === 'string' || typeof departmentValue === 'string' || typeof otherValue === 'string'
          ? textAmounts(costValue, costRead, stateValue, stateRead, departmentValue, departmentRead, otherValue, otherRead)
          : NO_TEXT,
    });
  }
  return { actions, totals, actionsBeforeTotal };
}

/** A cell of the row, null for a column the table lacks. */
function valueAt(row: ReadonlyArray<CellValue>, column: number | undefined): CellValue {
  return column === undefined ? null : (row[column] ?? null);
}

function isBlankInColumns(row: ReadonlyArray<CellValue>, columns: readonly number[]): boolean {
  for (const column of columns) {
    const value = row[column] ?? null;
    // A number is never blank: most rows answer at their first cell.
    if (typeof value === 'number' || !isBlank(value)) return false;
  }
  return true;
}

/** An amount's cents; an empty cell counts as 0 where DOMAIN.md allows it (Department, other). */
function centsOf(read: Cents | null | InvalidAmount, emptyIsZero: boolean): Cents | null {
  if (typeof read === 'number') return read;
  return read === null && emptyIsZero ? 0 : null;
}

function isInvalid(read: Cents | null | InvalidAmount): read is InvalidAmount {
  return read !== null && typeof read === 'object';
}

function invalidAmounts(cost: Cents | null | InvalidAmount, state: Cents | null | InvalidAmount, department: Cents | null | InvalidAmount, other: Cents | null | InvalidAmount): InvalidAmounts {
  if (!isInvalid(cost) && !isInvalid(state) && !isInvalid(department) && !isInvalid(other)) return NONE_INVALID;
  const found: Partial<Record<AmountField, InvalidAmount>> = {};
  if (isInvalid(cost)) found.cost = cost;
  if (isInvalid(state)) found.state = state;
  if (isInvalid(department)) found.department = department;
  if (isInvalid(other)) found.other = other;
  return found;
}

/** Which amounts of a row were read from text, each with its text; the shared empty record when none. */
function textAmounts(
  cost: CellValue,
  costRead: Cents | null | InvalidAmount,
  state: CellValue,
  stateRead: Cents | null | InvalidAmount,
  department: CellValue,
  departmentRead: Cents | null | InvalidAmount,
  other: CellValue,
  otherRead: Cents | null | InvalidAmount,
): TextAmounts {
  let found: Partial<Record<AmountField, string>> | null = null;
  if (typeof cost === 'string' && typeof costRead === 'number') (found ??= {}).cost = cost.trim();
  if (typeof state === 'string' && typeof stateRead === 'number') (found ??= {}).state = state.trim();
  if (typeof department === 'string' && typeof departmentRead === 'number') (found ??= {}).department = department.trim();
  if (typeof other === 'string' && typeof otherRead === 'number') (found ??= {}).other = other.trim();
  return found ?? NO_TEXT;
}

/** "Total…" or "Sous-total…" in any case, as the cell's first word; null for anything else. */
function totalLabel(value: CellValue): 'total' | 'subtotal' | null {
  // Every title goes through here: a look at its first letter spares most of them the comparison key.
  if (typeof value !== 'string' || !startsWithSOrT(value)) return null;
  // The comparison key comes trimmed.
  const match = TOTAL_LABEL.exec(comparisonKey(value));
  if (!match) return null;
  return match[0].startsWith('sous') ? 'subtotal' : 'total';
}

/** Whether the text's first letter, once its comparison key is made, is an s or a t. */
function startsWithSOrT(text: string): boolean {
  // An ASCII letter or digit first, as nearly every title and number has: answered at once.
  const code = text.charCodeAt(0);
  const lower = code | 0x20;
  if ((code >= 65 && lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) return lower === 115 || lower === 116;
  // A text of spaces has no sign: at is -1, where no code point is, read as U+0000, no s or t.
  const at = text.search(FIRST_SIGN);
  const point = text.codePointAt(at) ?? 0;
  const letter = point < 128 ? String.fromCharCode(point) : String.fromCodePoint(point).normalize('NFD').charAt(0);
  return letter === 's' || letter === 't' || letter === 'S' || letter === 'T';
}

function textOrNull(value: CellValue): string | null {
  if (isBlank(value)) return null;
  return foldSpaces(cellText(value));
}

/** An action number as written: 3 → "3", "Action 3 bis" → "3 bis", "A1" → "A1". */
export function actionNumber(value: CellValue): string | null {
  // A number has no prefix nor space to drop, and most action numbers are numbers.
  if (typeof value === 'number') return String(value);
  const text = textOrNull(value);
  if (text === null) return null;
  const number = text.replace(ACTION_PREFIX, '');
  return number === '' ? text : number;
}

/** An axis as the clause prints it: 2 → "2", "Axe 2" → "2". */
export function axisText(value: CellValue): string | null {
  if (typeof value === 'number') return String(value);
  const text = textOrNull(value);
  if (text === null) return null;
  const axis = text.replace(AXIS_PREFIX, '');
  return axis === '' ? text : axis;
}
