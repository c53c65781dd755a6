import { type CheckOptions, type CheckResult, checkWorkbook } from '../domain';
import type { BudgetWorkbook } from './budget-workbook';

export type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking'; readonly previous: CheckResult | null }
  | { readonly status: 'done'; readonly result: CheckResult; readonly checkedAt: Date }
  | { readonly status: 'failed'; readonly error: unknown; readonly previous: CheckResult | null };

/** How long a burst of edits in Excel is gathered before the workbook is read again. */
export const EDIT_BURST_MS = 300;

/**
 * Keeps the check and the flags in step with the workbook. Edits are gathered for the workbook's
 * editBurstMs,
 * then the workbook is read once; runs never overlap; and a run that a newer edit has overtaken is
 * dropped, so the newest edit's result is the one shown and flagged.
 */
export class LiveChecker {
  private version = 0;
  private tail: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => Promise<void>) | undefined;
  private last: CheckResult | null = null;
  private stopped = false;

  constructor(
    private readonly workbook: BudgetWorkbook,
    private readonly options: () => CheckOptions,
    private readonly onState: (state: CheckState) => void,
    private readonly burstMs = workbook.capabilities.editBurstMs,
  ) {}

  /** Checks once, then follows the officer's edits when the host reports them. */
  async start(): Promise<void> {
    this.stopped = false;
    if (this.workbook.capabilities.liveChanges) {
      this.unsubscribe = await this.workbook.onChange(() => this.noteEdit());
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
  noteEdit(): void {
    this.version++;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.enqueue();
    }, this.burstMs);
  }

  /** Checks now (a button, or a setting changed): any run in flight becomes stale. */
  checkNow(): Promise<void> {
    this.version++;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    return this.enqueue();
  }

  private enqueue(): Promise<void> {
    const run = () => this.run(this.version);
    this.tail = this.tail.then(run, run);
    return this.tail;
  }

  private async run(version: number): Promise<void> {
    if (this.stopped || version !== this.version) return;
    this.onState({ status: 'checking', previous: this.last });
    try {
      const snapshot = await this.workbook.read();
      if (version !== this.version) return;
      const options = this.options();
      const result = checkWorkbook(snapshot, options);
      if (this.workbook.capabilities.flags) await this.workbook.showFlags(result, options.matching ?? 'action');
      if (version !== this.version || this.stopped) return;
      this.last = result;
      this.onState({ status: 'done', result, checkedAt: new Date() });
    } catch (error) {
      if (version === this.version && !this.stopped) this.onState({ status: 'failed', error, previous: this.last });
    }
  }
}
