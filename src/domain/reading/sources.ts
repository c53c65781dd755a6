import type { CellValue } from './cells';
import type { ColumnMap, DetectedColumns, Field } from './headers';
import type { TextColumn } from './text-columns';

/** A block of the workbook that holds a budget: an Excel table, or a header row and the rows below it. */
export interface BudgetSource {
  /** Names the source in settings (a hand mapping): the table's name, or "sheet:" and the sheet's (and "#2"… for later blocks). */
  readonly key: string;
  readonly sheet: string;
  readonly table: string | null;
  /** 0-based sheet row of the (last) header row, and sheet column of the first column. */
  readonly headerRow: number;
  readonly left: number;
  /** Data rows, below the header row(s), each as wide as the header. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** 0-based sheet row of rows[0]. */
  readonly firstDataRow: number;
  readonly hasTotalsRow: boolean;
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
  /** Fields two columns could be, and columns that could be two fields: not read, said to the officer. */
  readonly ambiguous: DetectedColumns['ambiguous'];
  readonly unclear: DetectedColumns['unclear'];
  /** Columns whose header names an amount but whose cells are mostly words: not read, said to the officer. */
  readonly textColumns?: readonly TextColumn[];
  readonly hiddenRows: ReadonlySet<number>;
  /** The whole block, header included, as an A1 address without the sheet. */
  readonly range: string;
  /** The heading cell just above a block laid out by hand ("Nord", "Département du Pas-de-Calais"). */
  readonly heading: string | null;
  /** Texts just above the budget, nearest first (a title "Convention Bassin minier 2022"): where its year is looked for. */
  readonly titles: readonly string[];
}

/**
 * A table, or a header row laid out by hand, that looks like a budget but cannot be read: a table
 * shown without its header row, or headers that name no total cost or no State column, or name one
 * of them twice. The officer maps its columns by hand.
 */
export interface UnreadSource {
  readonly key: string;
  readonly sheet: string;
  readonly table: string | null;
  readonly range: string;
  readonly headerRow: number;
  readonly left: number;
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
  /** A table shown without its header row: nothing names its columns. */
  readonly noHeader: boolean;
  /** Required fields (total cost, State) that no column names. */
  readonly missing: readonly Field[];
  /**
   * Whether it looks like a budget left unread, rather than some other table (a list of contacts):
   * its headers name an amount, or its body holds amounts. Only those are reading gaps.
   */
  readonly budgetLike: boolean;
  readonly ambiguous: DetectedColumns['ambiguous'];
  readonly unclear: DetectedColumns['unclear'];
  /** Columns whose header names an amount but whose cells are mostly words (a total cost or State among them makes it no budget). */
  readonly textColumns: readonly TextColumn[];
}

/** Cells holding amounts that no budget read covers: reported, never passed over in silence. */
export interface UncoveredArea {
  readonly sheet: string;
  readonly range: string;
  readonly cells: number;
}

export interface LocatedSources {
  readonly sources: BudgetSource[];
  readonly unread: UnreadSource[];
  readonly uncovered: UncoveredArea[];
}

export function sourceKey(sheet: string, table: string | null, ordinal = 1): string {
  return table ?? (ordinal === 1 ? `sheet:${sheet}` : `sheet:${sheet}#${ordinal}`);
}

export const REQUIRED: readonly Field[] = ['cost', 'state'];
