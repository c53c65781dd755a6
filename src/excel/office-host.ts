/** Options of Excel.run this adapter uses (Excel.RunOptions). */
export interface RunOptions {
  /** Excel waits for a cell being edited to be left before it runs the batch (where the host supports it). */
  readonly delayForCellEdit?: boolean;
  /** ExcelApi 1.20: the batch is one step of Excel's undo. */
  readonly mergeUndoGroup?: boolean;
}

/** What the adapter needs of Office: Excel.run in Excel, a test double in tests. */
export interface OfficeHost {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions) => Promise<T>;
  readonly isSetSupported: (name: 'ExcelApi', version: string) => boolean;
  /** Excel on the web limits each request to 5 MB; Excel on Windows and Mac does not. */
  readonly onTheWeb: boolean;
  /** The document's settings (Office.context.document.settings), where they are available. */
  readonly settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'> | null;
  /** Host, platform and version, for the self-test's report. */
  readonly info?: Readonly<Record<string, string>>;
  /** The document's address (Office.context.document.url): read at each check, a Save As changes it. */
  readonly documentUrl?: () => string | null | undefined;
}

/** A batch of work run in Excel: Excel.run as the adapter runs it (retried, one step of undo where asked). */
export type Run = <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
