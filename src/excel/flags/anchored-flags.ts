import { type BudgetSource, type CellValue, type ConventionProfile, eurosToCents, excelSerial, type Finding, isCellDate } from '../../domain';
import { cellOf, rowCells } from './cell-reads';
import { type ColumnRule, seenBy } from './column-rules';
import { roomFor } from './marker';
import { absolute, RULE_FLAGS } from './rule-flags';

/**
 * A finding the column formulas cannot see (an amount typed as French text, a date, a duplicate
 * number, a cell that only looks empty) is flagged alone: a format on its cell, true while the cells
 * it was found on keep their values.
 */

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

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

/** The condition of a flag on one finding, or null when it cannot be flagged alone (no cell, no row of the source). */
export function anchoredCondition(finding: Finding, source: BudgetSource, profile: ConventionProfile): string | null {
  const anchored = RULE_FLAGS[finding.rule].anchored;
  if (anchored === null || finding.row === null || finding.field === null) return null;
  const row = finding.row;
  const cells = rowCells(source, row);
  if (!cells) return null;
  const also = anchored.also(finding, source);
  const held: Array<readonly [string, CellValue]> = [
    ...anchored
      .fields(finding.field, profile)
      .filter((field) => source.columns[field] !== undefined)
      .map((field) => [absolute(source, field, row), cellOf(source, cells, field)] as const),
    ...also.cells,
  ];
  const extra = also.conditions;
  // Each cell's condition shares the room the marker and the other conditions leave.
  const parts = held.length + extra.length;
  const room = roomFor(finding.rule) - 5 - parts - extra.reduce((sum, part) => sum + part.length, 0);
  const share = Math.floor(room / Math.max(1, held.length));
  const conditions = [...held.map(([ref, value]) => stillHolds(ref, value, share)), ...extra];
  if (conditions.length === 0) return null;
  return conditions.length === 1 ? (conditions[0] as string) : `AND(${conditions.join(',')})`;
}

/** For a source, each rule and field's column format and the sheet rows it covers. */
export type Covered = ReadonlyMap<string, { readonly rule: ColumnRule; readonly rows: ReadonlySet<number> }>;

/** Whether a rule's column format covers the finding's row and reads its cells as the core does. */
export function shownByColumnFormulas(finding: Finding, source: BudgetSource, covered: Covered | undefined, profile: ConventionProfile): boolean {
  const column = covered?.get(`${finding.rule}:${finding.field}`);
  const anchored = RULE_FLAGS[finding.rule].anchored;
  if (column === undefined || anchored === null || finding.row === null || finding.field === null || !column.rows.has(finding.row)) return false;
  const cells = rowCells(source, finding.row);
  if (!cells) return false;
  // A cell the formula reads otherwise than the core (a cost typed as text, for matching on the cost) is held by value.
  return anchored.fields(finding.field, profile).every((field) => seenBy(column.rule, cellOf(source, cells, field)));
}
