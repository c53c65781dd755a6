import { type CheckOptions, type CheckResult, checkWorkbook } from '../domain';
import type { BudgetWorkbook, FlagReport, WorkbookChange } from './budget-workbook';

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
  | { readonly status: 'failed'; readonly error: unknown; readonly previous: CheckResult | null };

/** How long a burst of edits in Excel is gathered before the workbook is read again. */
export const EDIT_BURST_MS = 300;

/**
 * Keeps the check and the flags in step with the workbook. Edits are gathered for the workbook's
 * editBurstMs, then the workbook is read once; runs never overlap; and a run that a newer edit has
 * overtaken is dropped, so the newest edit's result is the one shown and flagged. A burst made only
 * of co-authors' edits is checked and shown, not flagged: their own pane flags it.
 */
export class LiveChecker {
  private version = 0;
  private tail: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => Promise<void>) | undefined;
  private last: CheckResult | null = null;
  private stopped = false;
  private paused = false;
  /** Whether the pending burst holds an edit of this officer's (not only co-authors'). */
  private localEdit = false;

  constructor(
    private readonly workbook: BudgetWorkbook,
    private readonly options: () => CheckOptions,
    private readonly onState: (state: CheckState) => void,
    private readonly burstMs = workbook.capabilities.editBurstMs,
  ) {}

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
    if (this.timer !== undefined) clearTimeout(this.timer);
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    await unsubscribe?.();
  }

  /** An edit happened: whatever is in flight is now stale; check again once the burst is over. */
  noteEdit(change: WorkbookChange = { remote: false }): void {
    if (this.paused) return;
    this.version++;
    if (!change.remote) this.localEdit = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const flag = this.localEdit;
      this.localEdit = false;
      void this.enqueue(flag, false);
    }, this.burstMs);
  }

  /** Checks now (the officer's "Vérifier", or a setting changed): any run in flight becomes stale. */
  checkNow(command = false): Promise<void> {
    this.version++;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.localEdit = false;
    return this.enqueue(true, command);
  }

  /**
   * Runs work with the checker held (the self-test edits a scratch sheet of its own), then checks
   * again: no run overlaps the work, and no edit it makes is taken for the officer's.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.paused = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.version++;
    await this.tail;
    try {
      return await work();
    } finally {
      this.paused = false;
      await this.checkNow();
    }
  }

  private enqueue(flag: boolean, command: boolean): Promise<void> {
    const run = () => this.run(this.version, flag, command);
    this.tail = this.tail.then(run, run);
    return this.tail;
  }

  private async run(version: number, flag: boolean, command: boolean): Promise<void> {
    if (this.stopped || version !== this.version) return;
    this.onState({ status: 'checking', previous: this.last });
    try {
      const snapshot = await this.workbook.read();
      if (version !== this.version) return;
      const options = this.options();
      const result = checkWorkbook(snapshot, options);
      const flags = flag && this.workbook.capabilities.flags ? await this.workbook.showFlags(result, result.profile.matching.scope, { command }) : null;
      if (version !== this.version || this.stopped) return;
      this.last = result;
      this.onState({ status: 'done', result, checkedAt: new Date(), flags });
    } catch (error) {
      if (version === this.version && !this.stopped) this.onState({ status: 'failed', error, previous: this.last });
    }
  }
}
