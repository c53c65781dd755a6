import type { CheckResult } from '../../domain';
import { isScratchSheet, type OperationOptions, type SheetFailure } from '../../workbook/budget-workbook';
import type { ConditionalFlag } from '../flags/marker';
import type { Run } from '../office-host';
import type { EditedAreaOf } from '../office-edits';
import { syncEdited } from './sync-edited';
import { type SyncResult, syncFlags } from './sync-flags';

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
  async show(
    run: Run,
    result: CheckResult,
    plan: readonly ConditionalFlag[],
    sheetIds: SheetIds,
    options?: OperationOptions,
  ): Promise<{ added: number; deleted: number; failedSheets: SheetFailure[] }> {
    const none = (): SyncResult => ({ added: 0, deleted: 0, failedSheets: [], synced: [] });
    const edited = (options?.edited as EditedAreaOf | undefined)?.sheets;
    let sheets = options?.sheets !== undefined ? [...options.sheets] : this.sheetsToFlag(result, plan, sheetIds);
    let near: { result: SyncResult; whole: string[] } = { result: none(), whole: [] };
    if (edited !== undefined && options?.sheets === undefined) {
      near = await syncEdited(run, edited, plan, this.written, this.host.rangeAreas);
      sheets = near.whole;
    }
    const whole = sheets.length === 0 ? none() : await syncFlags(run, sheets, plan, { rangeAreas: this.host.rangeAreas, ...(this.host.itemsOrNull ? { expected: this.counts } : {}) });
    for (const sheet of [...near.result.synced, ...whole.synced])
      this.written.set(
        sheet,
        plan.filter((flag) => flag.sheet === sheet),
      );
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
