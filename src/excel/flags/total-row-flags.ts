import { type BudgetSource, columnLetters, readAmountValue, type Severity, type SourceRows } from '../../domain';
import { cellOf, EXACT_LIMIT, rowCells, summedAlike } from './cell-reads';
import { runsOf } from './column-rules';
import { roomFor } from './marker';

/** A format on one cell that holds no value (a total cell, compared with the rows above): its address, severity and condition. */
export interface CellFormat {
  readonly cell: string;
  readonly severity: Severity;
  readonly condition: string;
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
export function totalRowFlags(source: BudgetSource, sourceRows: SourceRows): CellFormat[] {
  const flags: CellFormat[] = [];
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
      const letter = columnLetters(source.left + source.columns[field]);
      const x = `$${letter}$${total.row}`;
      const differs = (runs: readonly string[]) => `ROUND(${x}*100,0)<>${runs.length === 0 ? '0' : `ROUND(SUM(${runs.join(',')})*100,0)`}`;
      const sinceRuns = columnRuns(letter, since, total.row - 1, totalRows);
      const aboveRuns = columnRuns(letter, first, total.row - 1, totalRows);
      const tests = [differs(sinceRuns), ...(aboveRuns.join() === sinceRuns.join() ? [] : [differs(aboveRuns)])];
      const condition = `AND(ISNUMBER(${x}),${tests.join(',')})`;
      if (condition.length > roomFor('total-mismatch')) continue;
      flags.push({ cell: `${letter}${total.row}`, severity: 'error', condition });
    }
  });
  return flags;
}
