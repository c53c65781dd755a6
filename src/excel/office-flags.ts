import type { SheetFailure } from '../workbook/budget-workbook';
import { FLAG_COLOURS } from '../workbook/flag-colours';
import { type ConditionalFlag, isOurFormula, keyOfFormula } from './flag-formulas';
import { toWorkbookError } from './office-errors';

/**
 * Our conditional formats in Excel, kept in step with a plan by difference: read back what is
 * there (our formulas name themselves), delete what the plan no longer has, add what it lacks.
 * An edit that changes no flag writes nothing, which keeps the officer's undo stack theirs.
 *
 * Formats are loaded with their id, so that each is addressed by it: an item loaded without one is
 * addressed by its position in the collection (office.js's GetItemAt), and positions shift under a
 * delete. Deletes also go in descending order of position, so that none can shift under another.
 */

/** A format of ours as read back: its id, its position, and the key its marker carries (null: an older version of ours). */
interface OurFormat {
  readonly id: string;
  readonly index: number;
  readonly key: string | null;
  readonly formula: string;
}

const FORMAT_FIELDS = 'items/id,items/type,items/customOrNullObject/rule/formula';

/** Queues the load of a sheet's conditional formats; after the sync, gives ours. */
function queueOurFormats(context: Excel.RequestContext, sheet: string): () => { formats: Excel.ConditionalFormatCollection; ours: OurFormat[] } | null {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  const formats = worksheet.getRange().conditionalFormats;
  formats.load(FORMAT_FIELDS);
  return () => {
    if (worksheet.isNullObject) return null;
    const ours: OurFormat[] = [];
    formats.items.forEach((format, index) => {
      const custom = format.type === 'Custom' && !format.customOrNullObject.isNullObject ? format.customOrNullObject.rule.formula : null;
      if (custom !== null && isOurFormula(custom)) ours.push({ id: format.id, index, key: keyOfFormula(custom), formula: custom });
    });
    return { formats, ours };
  };
}

/** Deletes formats of a loaded collection by id, the last first. */
function deleteFormats(formats: Excel.ConditionalFormatCollection, doomed: readonly OurFormat[]): void {
  for (const format of [...doomed].sort((a, b) => b.index - a.index)) formats.getItem(format.id).delete();
}

function addFormat(context: Excel.RequestContext, flag: ConditionalFlag, rangeAreas: boolean): void {
  const sheet = context.workbook.worksheets.getItem(flag.sheet);
  const target = flag.areas.length > 1 && rangeAreas ? sheet.getRanges(flag.areas.join(',')) : sheet.getRange(flag.areas[0]);
  const format = target.conditionalFormats.add('Custom');
  format.custom.rule.formula = flag.formula;
  format.custom.format.fill.color = FLAG_COLOURS[flag.severity].fill;
  format.custom.format.font.color = FLAG_COLOURS[flag.severity].text;
}

export interface SyncResult {
  added: number;
  deleted: number;
  failedSheets: SheetFailure[];
}

type Run = <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Runs a piece of work over several sheets at once, the fewest round trips; if Excel refuses it
 * (one sheet's formats cannot be read, a protected sheet), runs it again sheet by sheet, so that
 * one sheet never stops the others, and names the sheets that still fail.
 */
async function sheetBySheetOnFailure<T extends { failedSheets: SheetFailure[] }>(
  run: Run,
  sheets: readonly string[],
  work: (context: Excel.RequestContext, sheets: readonly string[]) => Promise<T>,
  merge: (into: T, from: T) => void,
  empty: () => T,
): Promise<T> {
  try {
    return await run((context) => work(context, sheets));
  } catch (error) {
    if (sheets.length <= 1) {
      const result = empty();
      result.failedSheets.push(...sheets.map((sheet) => ({ sheet, code: toWorkbookError(error).code })));
      return result;
    }
  }
  const total = empty();
  for (const sheet of sheets) {
    try {
      merge(total, await run((context) => work(context, [sheet])));
    } catch (error) {
      total.failedSheets.push({ sheet, code: toWorkbookError(error).code });
    }
  }
  return total;
}

/** Brings our formats in line with the plan: one sync to read them, one to write the difference (none when nothing differs). */
export function syncFlags(run: Run, sheets: readonly string[], plan: readonly ConditionalFlag[], rangeAreas: boolean): Promise<SyncResult> {
  const work = async (context: Excel.RequestContext, chosen: readonly string[]): Promise<SyncResult> => {
    const readers = chosen.map((sheet) => [sheet, queueOurFormats(context, sheet)] as const);
    await context.sync();
    let added = 0;
    let deleted = 0;
    for (const [sheet, read] of readers) {
      const loaded = read();
      if (loaded === null) continue;
      const wanted = plan.filter((flag) => flag.sheet === sheet);
      const wantedKeys = new Set(wanted.map((flag) => flag.key));
      // A format stays when the plan has its key, once; older formats of ours and duplicates go.
      const kept = new Set<string>();
      const doomed = loaded.ours.filter((format) => {
        if (format.key !== null && wantedKeys.has(format.key) && !kept.has(format.key)) {
          kept.add(format.key);
          return false;
        }
        return true;
      });
      deleteFormats(loaded.formats, doomed);
      deleted += doomed.length;
      // Added in plan order: Excel puts each new format on top, and the plan ends with errors.
      for (const flag of wanted) {
        if (kept.has(flag.key)) continue;
        addFormat(context, flag, rangeAreas);
        added++;
      }
    }
    if (added + deleted > 0) await context.sync();
    return { added, deleted, failedSheets: [] };
  };
  return sheetBySheetOnFailure(
    run,
    sheets,
    work,
    (into, from) => {
      into.added += from.added;
      into.deleted += from.deleted;
    },
    () => ({ added: 0, deleted: 0, failedSheets: [] }),
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
    for (const read of readers) {
      const loaded = read();
      if (loaded === null) continue;
      deleteFormats(loaded.formats, loaded.ours);
      removed += loaded.ours.length;
    }
    if (removed === 0) return { removed, left: 0, failedSheets: [] };
    await context.sync();
    const after = chosen.map((sheet) => queueOurFormats(context, sheet));
    await context.sync();
    const left = after.reduce((sum, read) => sum + (read()?.ours.length ?? 0), 0);
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
