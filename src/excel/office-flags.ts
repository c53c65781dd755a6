import { parseRange } from '../domain';
import type { CheckResult } from '../domain';
import { isScratchSheet, type OperationOptions, type SheetFailure } from '../workbook/budget-workbook';
import { FLAG_COLOURS } from '../workbook/flag-colours';
import { type ConditionalFlag, isOurFormula, keyOfFormula } from './flag-formulas';
import type { EditedAreaOf, EditedSheet } from './office-edits';
import { isBusyEditing, isNotFound, isThrottled, toWorkbookError } from './office-errors';

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

/** A format of ours as read back: its position, the key its marker carries (null: an older version of ours), and its areas. */
interface OurFormat {
  readonly id: string;
  readonly key: string | null;
  readonly format: Excel.ConditionalFormat;
  /** Where it applies, read in a second sync: "E2:E7,E9:E12" without the sheet, or null (several ranges, before ExcelApi 1.9). */
  areas?: string | null;
}

export const FORMAT_FIELDS = 'items/id,items/type,items/customOrNullObject/rule/formula';

/** Queues the load of a sheet's conditional formats; after the sync, gives ours (null: the sheet is gone). */
function queueOurFormats(context: Excel.RequestContext, sheet: string) {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  const formats = worksheet.getRange().conditionalFormats;
  formats.load(FORMAT_FIELDS);
  return {
    collection: formats,
    read: (): { formats: Excel.ConditionalFormatCollection; ours: OurFormat[] } | null => {
      if (worksheet.isNullObject) return null;
      const ours: OurFormat[] = [];
      for (const format of formats.items) {
        const custom = format.type === 'Custom' && !format.customOrNullObject.isNullObject ? format.customOrNullObject.rule.formula : null;
        if (custom !== null && isOurFormula(custom)) ours.push({ id: format.id, key: keyOfFormula(custom), format });
      }
      return { formats, ours };
    },
    /** How many formats the sheet holds (ours and the officer's), once synced; 0 when it is gone. */
    counted: () => (worksheet.isNullObject ? 0 : formats.items.length),
  };
}

/** Queues the load of where a format applies: getRanges on ExcelApi 1.9, a single range before (null when it has several, or none is there). */
function queueAreas(format: Excel.ConditionalFormat, rangeAreas: boolean): () => string | null {
  if (rangeAreas) {
    const areas = format.getRanges().load('address');
    return () => (areas.isNullObject ? null : normalAreas(areas.address));
  }
  const range = format.getRangeOrNullObject().load('address');
  return () => (range.isNullObject ? null : normalAreas(range.address));
}

/** "Nord!E2:E4,Nord!E6:E8" → "E2:E4,E6:E8": areas without the sheet nor $, in order. */
export function normalAreas(address: string | null | undefined): string | null {
  if (typeof address !== 'string' || address === '') return null;
  return address
    .split(',')
    .map((area) => area.replace(/^.*!/, '').replace(/\$/g, ''))
    .sort()
    .join(',');
}

const planAreas = (flag: ConditionalFlag) => [...flag.areas].sort().join(',');

/** Deletes formats of a loaded collection by id, the last first. */
function deleteFormats(formats: Excel.ConditionalFormatCollection, doomed: ReadonlyArray<{ readonly id: string }>): void {
  for (const format of [...doomed].sort((a, b) => Number(b.id) - Number(a.id))) formats.getItem(format.id).delete();
}

function addFormat(context: Excel.RequestContext, flag: ConditionalFlag, rangeAreas: boolean): void {
  const sheet = context.workbook.worksheets.getItem(flag.sheet);
  const target = flag.areas.length > 1 && rangeAreas ? sheet.getRanges(flag.areas.join(',')) : sheet.getRange(flag.areas[0]);
  const format = target.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
  format.custom.rule.formula = flag.formula;
  format.custom.format.fill.color = FLAG_COLOURS[flag.severity].fill;
  format.custom.format.font.color = FLAG_COLOURS[flag.severity].text;
}

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

type Run = <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Runs a piece of work over several sheets at once, the fewest round trips; if Excel refuses it
 * (one sheet's formats cannot be read, a protected sheet), runs it again sheet by sheet, so that
 * one sheet never stops the others, and names the sheets that still fail. Excel busy with a cell
 * being edited, or asking to slow down, is no sheet's failure: it stops the whole operation. A
 * sheet that is gone meanwhile is skipped.
 */
async function sheetBySheetOnFailure<T extends { failedSheets: SheetFailure[] }>(
  run: Run,
  sheets: readonly string[],
  work: (context: Excel.RequestContext, sheets: readonly string[]) => Promise<T>,
  merge: (into: T, from: T) => void,
  empty: () => T,
): Promise<T> {
  const whole = (error: unknown) => isBusyEditing(error) || isThrottled(error);
  try {
    return await run((context) => work(context, sheets));
  } catch (error) {
    if (whole(error)) throw toWorkbookError(error);
  }
  const total = empty();
  for (const sheet of sheets) {
    try {
      merge(total, await run((context) => work(context, [sheet])));
    } catch (error) {
      if (whole(error)) throw toWorkbookError(error);
      if (isNotFound(error) && !(await exists(run, sheet))) continue;
      total.failedSheets.push({ sheet, code: toWorkbookError(error).code });
    }
  }
  return total;
}

async function exists(run: Run, sheet: string): Promise<boolean> {
  try {
    return await run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      return !worksheet.isNullObject;
    });
  } catch {
    return true;
  }
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

/**
 * What to delete and what to add: a format of ours stays when the plan has its key over exactly its
 * cells, once; another with the same key (a copy a paste made), one over other cells (split by a
 * pasted row), an older one of ours: all go.
 */
function difference(ours: readonly OurFormat[], wanted: readonly ConditionalFlag[]): { doomed: OurFormat[]; missing: ConditionalFlag[] } {
  const open = new Map<string, ConditionalFlag>(wanted.map((flag) => [`${flag.key} ${planAreas(flag)}`, flag]));
  const doomed: OurFormat[] = [];
  for (const format of ours) {
    const name = `${format.key} ${format.areas}`;
    if (format.key !== null && format.areas !== null && format.areas !== undefined && open.has(name)) open.delete(name);
    else doomed.push(format);
  }
  return { doomed, missing: wanted.filter((flag) => open.has(`${flag.key} ${planAreas(flag)}`)) };
}

/** Whether every area of `inner` ("E5", "A5:F5") lies inside one of `outer`'s. */
function within(inner: readonly string[], outer: readonly string[]): boolean {
  const boxes = outer.map((area) => parseRange(area));
  return inner.every((area) => {
    const box = parseRange(area);
    return box !== null && boxes.some((o) => o !== null && box.from.row >= o.from.row && box.to.row <= o.to.row && box.from.column >= o.from.column && box.to.column <= o.to.column);
  });
}

function touches(inner: readonly string[], outer: readonly string[]): boolean {
  const boxes = outer.map((area) => parseRange(area));
  return inner.some((area) => {
    const box = parseRange(area);
    return box !== null && boxes.some((o) => o !== null && box.from.row <= o.to.row && o.from.row <= box.to.row && box.from.column <= o.to.column && o.from.column <= box.to.column);
  });
}

/**
 * After an edit read by readEditedRows: our flags are looked at on the edited rows only. The plan
 * there is compared with the plan last written; where only flags on those rows differ, or none, the
 * formats read with the rows (and where they apply, one more sync) say what to write. Any other
 * difference (a flag elsewhere, a format over more than those rows that changed, one a paste split)
 * sends the sheet to syncFlags. Returns the sheets that need it.
 */
export async function syncEdited(
  run: Run,
  edited: readonly EditedSheet[],
  plan: readonly ConditionalFlag[],
  written: ReadonlyMap<string, readonly ConditionalFlag[]>,
  rangeAreas: boolean,
): Promise<{ result: SyncResult; whole: string[] }> {
  const result: SyncResult = { added: 0, deleted: 0, failedSheets: [], synced: [], shifts: new Map() };
  const whole: string[] = [];
  const near: Array<{ sheet: EditedSheet; wanted: ConditionalFlag[] }> = [];
  for (const sheet of edited) {
    const before = written.get(sheet.sheet);
    const now = plan.filter((flag) => flag.sheet === sheet.sheet);
    if (before === undefined || sheet.ours === null) {
      whole.push(sheet.sheet);
      continue;
    }
    const names = (flags: readonly ConditionalFlag[]) => new Set(flags.map((flag) => `${flag.key} ${planAreas(flag)}`));
    const [was, is] = [names(before), names(now)];
    const changed = [...before.filter((flag) => !is.has(`${flag.key} ${planAreas(flag)}`)), ...now.filter((flag) => !was.has(`${flag.key} ${planAreas(flag)}`))];
    if (changed.some((flag) => !within(flag.areas, sheet.areas))) whole.push(sheet.sheet);
    else near.push({ sheet, wanted: now.filter((flag) => touches(flag.areas, sheet.areas)) });
  }
  if (near.length === 0) return { result, whole };
  try {
    const outcome = await run(async (context) => {
      const reads = near.map(({ sheet, wanted }) => {
        const worksheet = context.workbook.worksheets.getItem(sheet.sheet);
        const formats = sheet.areas.length === 1 ? worksheet.getRange(sheet.areas[0]).conditionalFormats : worksheet.getRanges(sheet.areas.join(',')).conditionalFormats;
        formats.load(FORMAT_FIELDS);
        const ours = (sheet.ours ?? []).map((entry) => ({ ...entry, areas: queueAreas(formats.getItem(String(entry.position)), rangeAreas) }));
        return { sheet, wanted, formats, ours };
      });
      await context.sync();
      let writes = 0;
      const again: string[] = [];
      for (const { sheet, wanted, formats, ours } of reads) {
        // The positions read with the rows must still be ours, in the same order: else look at the whole sheet.
        const now = formats.items.flatMap((format, position) => {
          const formula = format.type === 'Custom' && !format.customOrNullObject.isNullObject ? format.customOrNullObject.rule.formula : null;
          return isOurFormula(formula) ? [{ position, key: keyOfFormula(formula) }] : [];
        });
        if (JSON.stringify(now) !== JSON.stringify(sheet.ours)) {
          again.push(sheet.sheet);
          continue;
        }
        const found: OurFormat[] = ours.map((entry) => ({ id: String(entry.position), key: entry.key, format: formats.getItem(String(entry.position)), areas: entry.areas() }));
        const { doomed, missing } = difference(found, wanted);
        // A format over more than the edited rows (a column's rule) is rewritten with the whole sheet in view.
        if (doomed.some((format) => format.areas === null || format.areas === undefined || !within(format.areas.split(','), sheet.areas)) || missing.some((flag) => !within(flag.areas, sheet.areas))) {
          again.push(sheet.sheet);
          continue;
        }
        deleteFormats(formats, doomed);
        for (const flag of missing) addFormat(context, flag, rangeAreas);
        result.deleted += doomed.length;
        result.added += missing.length;
        result.shifts?.set(sheet.sheet, missing.length - doomed.length);
        writes += doomed.length + missing.length;
        result.synced.push(sheet.sheet);
      }
      if (writes > 0) await context.sync();
      return again;
    });
    whole.push(...outcome);
  } catch (error) {
    if (isBusyEditing(error) || isThrottled(error)) throw toWorkbookError(error);
    whole.push(...near.map(({ sheet }) => sheet.sheet));
  }
  return { result, whole };
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

/** The sheets that hold flags of ours, by sheet id: read again even once their budget is gone, in a later session too. */
const FLAGGED_KEY = 'convention-budget-flagged-sheets';

type Settings = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'> | null;
type SheetIds = ReadonlyArray<{ readonly id: string; readonly name: string }>;

/**
 * What a pane knows of our formats: for each sheet, the flags last written there and how many
 * formats it held; and the sheets known to hold flags of ours, kept with the workbook.
 */
export class FlagBook {
  /** For each sheet, the flags last written there (what our formats are, as far as this pane knows). */
  private readonly written = new Map<string, readonly ConditionalFlag[]>();
  /** For each sheet, how many conditional formats it held after our last full look (ExcelApi 1.14: their ranges are read with the list). */
  private readonly counts = new Map<string, number>();
  private flagged: Set<string>;

  constructor(
    private readonly store: Settings,
    private readonly host: { readonly rangeAreas: boolean; readonly itemsOrNull: boolean },
  ) {
    this.flagged = this.stored();
  }

  /**
   * Shows a plan: on the sheets named (the self-test's), or after an edit on the rows it touched
   * (the sheet whole when more changed), or on the sheets that hold a budget or flags of ours.
   */
  async show(run: Run, result: CheckResult, plan: readonly ConditionalFlag[], sheetIds: SheetIds, options?: OperationOptions): Promise<{ added: number; deleted: number; failedSheets: SheetFailure[] }> {
    const none = (): SyncResult => ({ added: 0, deleted: 0, failedSheets: [], synced: [] });
    const edited = (options?.edited as EditedAreaOf | undefined)?.sheets;
    let sheets = options?.sheets !== undefined ? [...options.sheets] : this.sheetsToFlag(result, plan, sheetIds);
    let near: { result: SyncResult; whole: string[] } = { result: none(), whole: [] };
    if (edited !== undefined && options?.sheets === undefined) {
      near = await syncEdited(run, edited, plan, this.written, this.host.rangeAreas);
      sheets = near.whole;
    }
    const whole = sheets.length === 0 ? none() : await syncFlags(run, sheets, plan, { rangeAreas: this.host.rangeAreas, ...(this.host.itemsOrNull ? { expected: this.counts } : {}) });
    for (const sheet of [...near.result.synced, ...whole.synced]) this.written.set(sheet, plan.filter((flag) => flag.sheet === sheet));
    for (const [sheet, shift] of near.result.shifts ?? []) {
      const count = this.counts.get(sheet);
      if (count !== undefined) this.counts.set(sheet, count + shift);
    }
    for (const [sheet, count] of whole.counts ?? []) this.counts.set(sheet, count);
    for (const failure of whole.failedSheets) this.forget(failure.sheet);
    if (options?.sheets === undefined) this.remember(plan, [...near.result.synced, ...whole.synced], sheetIds);
    return { added: near.result.added + whole.added, deleted: near.result.deleted + whole.deleted, failedSheets: whole.failedSheets };
  }

  /** After clearing: nothing of ours is known to be anywhere, but on the sheets that could not be cleared. */
  cleared(sheets: readonly string[], failed: readonly SheetFailure[], sheetIds: SheetIds, options?: OperationOptions): void {
    for (const sheet of sheets) this.forget(sheet);
    if (options?.sheets !== undefined) return;
    const names = new Set(failed.map((failure) => failure.sheet));
    this.save(new Set(sheetIds.filter((sheet) => names.has(sheet.name)).map((sheet) => sheet.id)));
  }

  private forget(sheet: string): void {
    this.written.delete(sheet);
    this.counts.delete(sheet);
  }

  /** Sheets to flag: those the check read budgets on, and those known to hold our flags; never a scratch sheet. */
  private sheetsToFlag(result: CheckResult, plan: readonly ConditionalFlag[], sheetIds: SheetIds): string[] {
    const known = sheetIds.filter((sheet) => this.flagged.has(sheet.id)).map((sheet) => sheet.name);
    const wanted = new Set([...result.sources.map((source) => source.sheet), ...plan.map((flag) => flag.sheet), ...known]);
    return [...wanted].filter((sheet) => !isScratchSheet(sheet));
  }

  private stored(): Set<string> {
    const stored = this.store?.get(FLAGGED_KEY) as unknown;
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  }

  private remember(plan: readonly ConditionalFlag[], synced: readonly string[], sheetIds: SheetIds): void {
    const ids = new Set(this.flagged);
    for (const name of synced) {
      const id = sheetIds.find((sheet) => sheet.name === name)?.id;
      if (id === undefined) continue;
      if (plan.some((flag) => flag.sheet === name)) ids.add(id);
      else ids.delete(id);
    }
    this.save(ids);
  }

  /** Saved only when the set changes: a save clears Excel's undo, and the set changes only with flags written. */
  private save(ids: Set<string>): void {
    const before = this.flagged;
    this.flagged = ids;
    if (this.store === null || (before.size === ids.size && [...ids].every((id) => before.has(id)))) return;
    this.store.set(FLAGGED_KEY, [...ids].sort());
    this.store.saveAsync(() => undefined);
  }
}
