import type { ColumnMapping } from './headers';
import { locateBlocks, titlesAbove } from './hand-blocks';
import { SheetIndex } from './sheet-index';
import type { WorkbookSnapshot } from './snapshot';
import type { BudgetSource, LocatedSources, UncoveredArea, UnreadSource } from './sources';
import { tableRange, tableSource } from './table-source';
import { uncoveredAreas } from './uncovered';

/**
 * Finds every budget in a workbook (DOMAIN.md "Where budgets sit on a sheet"): each Excel table,
 * and outside tables every header row that names a total-cost and a State column, with the rows
 * below it down to the next header row or to two blank rows. Amounts outside all of them are
 * listed as uncovered.
 */
export function locateSources(workbook: WorkbookSnapshot, mappings: Readonly<Record<string, ColumnMapping>> = {}): LocatedSources {
  const sources: BudgetSource[] = [];
  const unread: UnreadSource[] = [];
  const uncovered: UncoveredArea[] = [];
  for (const sheet of workbook.sheets) {
    const hiddenRows = new Set(sheet.hiddenRows ?? []);
    const index = SheetIndex.of(sheet, sheet.tables.map(tableRange));
    for (const table of sheet.tables) {
      const found = tableSource(sheet, table, mappings[table.name] ?? {}, hiddenRows, titlesAbove(index, table.top, 0));
      if ('rows' in found) sources.push(found);
      else unread.push(found);
    }
    if (index.rows.length === 0) continue;
    const located = locateBlocks(sheet, index, mappings, hiddenRows);
    sources.push(...located.sources);
    unread.push(...located.unread);
    uncovered.push(...uncoveredAreas(sheet.name, index, located.claimed));
  }
  return { sources, unread, uncovered };
}
