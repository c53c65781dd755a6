import type { SheetFailure } from '../../workbook/budget-workbook';
import type { ConditionalFlag } from '../flags/marker';
import type { Run } from '../office-host';
import { addFormat, deleteFormats, difference, queueAreas, queueOurFormats } from './our-formats';
import { sheetBySheetOnFailure } from './sheet-by-sheet';

/**
 * Our conditional formats in Excel, kept in step with a plan by difference: read back what is
 * there (our formulas name themselves, and where each applies), delete what the plan no longer
 * has, add what it lacks. An edit that changes no flag writes nothing, which keeps the officer's
 * undo stack theirs.
 *
 * A format is kept only when its key and the cells it applies to are the plan's: pasting or
 * inserting a row inside a budget makes Excel split our format around the pasted row and give that
 * row a copy of its own, both with the same key; both go, and one format over the plan's cells
 * comes back. A format's id is its position in the collection it was loaded from (office.js:
 * "the priority of the conditional format in the current ConditionalFormatCollection"): deletes go
 * by that id, the last first, in the same collection, so that none shifts under another.
 */

export interface SyncResult {
  added: number;
  deleted: number;
  failedSheets: SheetFailure[];
  /** Sheets brought in line with the plan (the plan's flags for them are now what is there). */
  synced: string[];
  /** How many formats each synced sheet holds now, ours and the officer's (full syncs only). */
  counts?: Map<string, number>;
  /** How many formats each sheet gained (or lost, below 0) in a sync of edited rows. */
  shifts?: Map<string, number>;
}

/** How a full sync reads where formats apply: ExcelApi 1.9's getRanges, and 1.14's getItemOrNullObject to read them with the list. */
export interface RangeReading {
  readonly rangeAreas: boolean;
  /** For each sheet, how many formats it held when last seen: their ranges are asked for with the list itself. */
  readonly expected?: ReadonlyMap<string, number>;
}

/**
 * Brings our formats on these sheets in line with the plan: one sync to read them, one to read where
 * each of ours applies, one to write the difference (none when nothing differs). Where the host has
 * getItemOrNullObject (ExcelApi 1.14) and the sheet's count of formats is known, where each applies
 * is asked for in the first sync, by position: two syncs, or one when nothing differs.
 */
export function syncFlags(run: Run, sheets: readonly string[], plan: readonly ConditionalFlag[], reading: RangeReading): Promise<SyncResult> {
  const { rangeAreas, expected } = reading;
  const work = async (context: Excel.RequestContext, chosen: readonly string[]): Promise<SyncResult> => {
    const readers = chosen.map((sheet) => {
      const read = queueOurFormats(context, sheet);
      const count = expected?.get(sheet) ?? 0;
      const early = Array.from({ length: count }, (_, position) => queueAreas(read.collection.getItemOrNullObject(String(position)), rangeAreas));
      return [sheet, read, early] as const;
    });
    await context.sync();
    const loaded = readers.map(([sheet, read, early]) => {
      const found = read.read();
      for (const format of found?.ours ?? []) {
        const known = early[Number(format.id)];
        if (known !== undefined) format.areas = known();
      }
      return [sheet, found, read.counted()] as const;
    });
    const areas = loaded.flatMap(([, found]) => (found?.ours ?? []).filter((format) => format.areas === undefined).map((format) => [format, queueAreas(format.format, rangeAreas)] as const));
    if (areas.length > 0) await context.sync();
    for (const [format, read] of areas) format.areas = read();
    let added = 0;
    let deleted = 0;
    const synced: string[] = [];
    const counts = new Map<string, number>();
    for (const [sheet, found, count] of loaded) {
      if (found === null) continue;
      const wanted = plan.filter((flag) => flag.sheet === sheet);
      const { doomed, missing } = difference(found.ours, wanted);
      deleteFormats(found.formats, doomed);
      deleted += doomed.length;
      // Added in plan order: Excel puts each new format on top, and the plan ends with errors.
      for (const flag of missing) addFormat(context, flag, rangeAreas);
      added += missing.length;
      synced.push(sheet);
      counts.set(sheet, count - doomed.length + missing.length);
    }
    if (added + deleted > 0) await context.sync();
    return { added, deleted, failedSheets: [], synced, counts };
  };
  return sheetBySheetOnFailure(
    run,
    sheets,
    work,
    (into, from) => {
      into.added += from.added;
      into.deleted += from.deleted;
      into.synced.push(...from.synced);
      for (const [sheet, count] of from.counts ?? []) into.counts?.set(sheet, count);
    },
    () => ({ added: 0, deleted: 0, failedSheets: [], synced: [], counts: new Map() }),
  );
}

export interface ClearResult {
  removed: number;
  left: number;
  failedSheets: SheetFailure[];
}

/** Deletes every format of ours, then reads back to prove none is left: three syncs. */
export function clearOurFlags(run: Run, sheets: readonly string[]): Promise<ClearResult> {
  const work = async (context: Excel.RequestContext, chosen: readonly string[]): Promise<ClearResult> => {
    const readers = chosen.map((sheet) => queueOurFormats(context, sheet));
    await context.sync();
    let removed = 0;
    for (const reader of readers) {
      const loaded = reader.read();
      if (loaded === null) continue;
      deleteFormats(loaded.formats, loaded.ours);
      removed += loaded.ours.length;
    }
    if (removed === 0) return { removed, left: 0, failedSheets: [] };
    await context.sync();
    const after = chosen.map((sheet) => queueOurFormats(context, sheet));
    await context.sync();
    const left = after.reduce((sum, reader) => sum + (reader.read()?.ours.length ?? 0), 0);
    return { removed: removed - left, left, failedSheets: [] };
  };
  return sheetBySheetOnFailure(
    run,
    sheets,
    work,
    (into, from) => {
      into.removed += from.removed;
      into.left += from.left;
    },
    () => ({ removed: 0, left: 0, failedSheets: [] }),
  );
}
