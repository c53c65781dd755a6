import type { OperationOptions } from '../workbook/budget-workbook';
import { isThrottled, isUndoNotSupported, toWorkbookError } from './office-errors';
import type { OfficeHost, RunOptions } from './office-host';

/** Timings the tests shorten. */
export interface OfficeTuning {
  /** Pauses before trying a batch again when Excel on the web asks to slow down (ActivityLimitReached, ServiceNotAvailable). */
  readonly retryDelaysMs?: readonly number[];
}

/** Excel on the web's throttling: tried again after half a second, then longer, then given up. */
export const RETRY_DELAYS_MS: readonly number[] = [500, 1500, 4000];

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How the adapter runs its batches in Excel. */
export class OfficeRunner {
  private readonly undoGroups: boolean;
  private readonly retryDelaysMs: readonly number[];

  constructor(
    private readonly host: OfficeHost,
    tuning: OfficeTuning = {},
  ) {
    this.undoGroups = host.isSetSupported('ExcelApi', '1.20');
    this.retryDelaysMs = tuning.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  /** A batch whose failure is told as a workbook error (WorkbookError's code and sentence). */
  async batch<T>(work: (context: Excel.RequestContext) => Promise<T>, options?: OperationOptions): Promise<T> {
    try {
      return await this.run(work, options);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }

  /**
   * Every batch asks Excel to wait while a cell is being edited (delayForCellEdit; office.js passes
   * it only where the host supports it), and is tried again after a pause when Excel on the web asks
   * to slow down. A command the officer clicked is one step of Excel's undo where ExcelApi 1.20
   * allows it; where Excel cannot group the batch (UndoNotSupported), it runs as Excel's separate steps.
   */
  async run<T>(work: (context: Excel.RequestContext) => Promise<T>, options?: OperationOptions): Promise<T> {
    const plain: RunOptions = { delayForCellEdit: true };
    if (options?.command !== true || !this.undoGroups) return this.retrying(work, plain);
    try {
      return await this.retrying(work, { ...plain, mergeUndoGroup: true });
    } catch (error) {
      if (!isUndoNotSupported(error)) throw error;
      return this.retrying(work, plain);
    }
  }

  private async retrying<T>(work: (context: Excel.RequestContext) => Promise<T>, options: RunOptions): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.host.run(work, options);
      } catch (error) {
        const delay = this.retryDelaysMs[attempt];
        if (delay === undefined || !isThrottled(error)) throw error;
        await wait(delay);
      }
    }
  }
}
