import { type CheckOptions, type CheckResult, checkWorkbook } from '../domain';
import { type BudgetWorkbook, type EditedArea, type FlagReport, WorkbookError, type WorkbookChange } from './budget-workbook';

export type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking'; readonly previous: CheckResult | null }
  | {
      readonly status: 'done';
      readonly result: CheckResult;
      readonly checkedAt: Date;
      /** What flagging wrote, or null when nothing was flagged (a co-author's edit, no flags on this host). */
      readonly flags: FlagReport | null;
    }
  /** Excel is busy with a cell being edited and could not wait: the check is tried again shortly. */
  | { readonly status: 'busy'; readonly previous: CheckResult | null }
  | { readonly status: 'failed'; readonly error: unknown; readonly previous: CheckResult | null };

/** How long a burst of edits in Excel is gathered before the workbook is read again. */
export const EDIT_BURST_MS = 300;
/** While a cell is being edited where Excel cannot hold our batch, the check is tried again this often. */
export const BUSY_RETRY_MS = 1000;
/** A co-author's edit is left this long to the co-author's own pane to flag; then ours writes what is still missing. */
export const REMOTE_FLAG_MS = 5000;

export interface LiveTiming {
  readonly burstMs?: number;
  readonly busyRetryMs?: number;
  readonly remoteFlagMs?: number;
}

interface Run {
  readonly flag: boolean;
  readonly command: boolean;
  /** The edits the run follows, to read only what they touched; null: read everything. */
  readonly changes: readonly WorkbookChange[] | null;
}

const isBusy = (error: unknown) => error instanceof WorkbookError && error.code === 'busy-editing';

/**
 * Keeps the check and the flags in step with the workbook. Edits are gathered for the workbook's
 * editBurstMs, then only the rows they touched are read again where the workbook can (checkEdited)
 * and their budgets checked again, the workbook read whole otherwise; runs never overlap; and a run
 * that a newer edit has overtaken is dropped, so the newest edit's result is the one shown and
 * flagged. A burst made only of co-authors' edits is checked and shown at once, and flagged a
 * moment later, writing only what the co-author's own pane has not. When Excel is busy with a cell
 * being edited, the pane says so and tries again until the edit ends.
 */
export class LiveChecker {
  private version = 0;
  private tail: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private remoteTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => Promise<void>) | undefined;
  /** The newest result shown. */
  private last: CheckResult | null = null;
  /** The newest result computed from what the workbook gave, shown or overtaken: edits are read against it. */
  private basis: { readonly result: CheckResult; readonly options: string; readonly fileName?: string } | null = null;
  private stopped = false;
  private paused = false;
  /** Whether the pending burst holds an edit of this officer's (not only co-authors'). */
  private localEdit = false;
  private pending: WorkbookChange[] = [];
  private readonly timing: Required<LiveTiming>;

  constructor(
    private readonly workbook: BudgetWorkbook,
    private readonly options: () => CheckOptions,
    private readonly onState: (state: CheckState) => void,
    timing: number | LiveTiming = {},
  ) {
    const given = typeof timing === 'number' ? { burstMs: timing } : timing;
    this.timing = { burstMs: given.burstMs ?? workbook.capabilities.editBurstMs, busyRetryMs: given.busyRetryMs ?? BUSY_RETRY_MS, remoteFlagMs: given.remoteFlagMs ?? REMOTE_FLAG_MS };
  }

  /** Checks once, then follows the edits when the host reports them. */
  async start(): Promise<void> {
    this.stopped = false;
    if (this.workbook.capabilities.liveChanges) {
      this.unsubscribe = await this.workbook.onChange((change) => this.noteEdit(change));
    }
    await this.checkNow();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of [this.timer, this.retryTimer, this.remoteTimer]) if (timer !== undefined) clearTimeout(timer);
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    await unsubscribe?.();
  }

  /** An edit happened: whatever is in flight is now stale; check again once the burst is over. */
  noteEdit(change: WorkbookChange = { remote: false }): void {
    if (this.paused) return;
    this.version++;
    this.pending.push(change);
    if (!change.remote) this.localEdit = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const flag = this.localEdit;
      const changes = this.pending;
      this.localEdit = false;
      this.pending = [];
      void this.enqueue({ flag, command: false, changes });
      if (!flag) this.flagRemoteLater();
    }, this.timing.burstMs);
  }

  /** Checks now (the officer's "Vérifier", or a setting changed): any run in flight becomes stale. */
  checkNow(command = false): Promise<void> {
    this.version++;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.localEdit = false;
    this.pending = [];
    return this.enqueue({ flag: true, command, changes: null });
  }

  /**
   * Runs work with the checker held (the self-test edits a scratch sheet of its own), then checks
   * again: no run overlaps the work, and no edit it makes is taken for the officer's.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.paused = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = [];
    this.version++;
    await this.tail;
    try {
      return await work();
    } finally {
      this.paused = false;
      await this.checkNow();
    }
  }

  /**
   * A co-author's edit: their pane, if open, flags it; if none does, cell-anchored flags (text
   * amounts, duplicates) would stay stale. A moment later ours reads everything and writes only
   * what differs from the plan, which is nothing when their pane has done it.
   */
  private flagRemoteLater(): void {
    if (this.remoteTimer !== undefined) clearTimeout(this.remoteTimer);
    this.remoteTimer = setTimeout(() => {
      this.remoteTimer = undefined;
      if (this.stopped || this.paused) return;
      this.version++;
      void this.enqueue({ flag: true, command: false, changes: null });
    }, this.timing.remoteFlagMs);
  }

  private enqueue(run: Run): Promise<void> {
    const go = () => this.run(this.version, run);
    this.tail = this.tail.then(go, go);
    return this.tail;
  }

  /** The result for a run: its edits' rows read and their budgets checked again, or the workbook read whole. */
  private async check(version: number, run: Run): Promise<{ result: CheckResult; edited?: EditedArea } | null> {
    const options = this.options();
    const key = JSON.stringify(options);
    const basis = this.basis;
    if (run.changes !== null && run.changes.length > 0 && basis !== null && basis.options === key && this.workbook.checkEdited !== undefined) {
      const edited = await this.workbook.checkEdited(run.changes, basis.result, options, basis.fileName);
      if (edited !== null) {
        this.basis = { ...basis, result: edited.result };
        return version === this.version ? { result: edited.result, edited: edited.area } : null;
      }
    }
    const snapshot = await this.workbook.read();
    const result = checkWorkbook(snapshot, options);
    this.basis = { result, options: key, ...(snapshot.fileName === undefined ? {} : { fileName: snapshot.fileName }) };
    return version === this.version ? { result } : null;
  }

  private async run(version: number, run: Run): Promise<void> {
    if (this.stopped || version !== this.version) return;
    this.onState({ status: 'checking', previous: this.last });
    try {
      const checked = await this.check(version, run);
      if (checked === null) return;
      const { result, edited } = checked;
      const flags =
        run.flag && this.workbook.capabilities.flags
          ? await this.workbook.showFlags(result, result.profile.matching.scope, { command: run.command, ...(edited === undefined ? {} : { edited }) })
          : null;
      if (version !== this.version || this.stopped) return;
      this.last = result;
      this.onState({ status: 'done', result, checkedAt: new Date(), flags });
    } catch (error) {
      if (version !== this.version || this.stopped) return;
      if (isBusy(error)) {
        // Excel could not hold the batch while a cell is edited: say so, and try again until it can.
        this.onState({ status: 'busy', previous: this.last });
        if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined;
          if (this.stopped || version !== this.version) return;
          void this.enqueue({ ...run, changes: null });
        }, this.timing.busyRetryMs);
        return;
      }
      this.onState({ status: 'failed', error, previous: this.last });
    }
  }
}
