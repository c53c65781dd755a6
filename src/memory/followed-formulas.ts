import type { CellValue } from '../domain';
import type { FormulaEngine, FormulaHost } from './formula-host';

/** What a recomputation does to the workbook: a formula's new value written, a cell drawn again. */
export interface FormulaWrites {
  /** `edit`: the value follows an edit of the officer's (written back into the file), not the opening. */
  write(sheet: string, address: string, value: CellValue, edit: boolean): void;
  touch(sheet: string, address: string): void;
}

/**
 * The workbook's formulas following its edits once an engine is attached: what the engine
 * computes is written into the cells, and the formulas it cannot compute, or that are in a
 * circular reference, are named (they keep their values).
 */
export class FollowedFormulas {
  /** Formulas the engine could not compute, by "sheet!address". */
  readonly uncomputed = new Map<string, string>();
  /** Formulas in a circular reference, as "sheet!address", in the order found. */
  readonly circular = new Set<string>();
  private engine: FormulaEngine | null = null;

  constructor(
    private readonly host: FormulaHost,
    private readonly cells: FormulaWrites,
  ) {}

  get computes(): boolean {
    return this.engine !== null;
  }

  /**
   * Formulas follow the edits from now on. Those the file saved without a value (written by a
   * program, never opened in a spreadsheet) are computed now: returns whether there were any.
   */
  attach(engine: FormulaEngine): boolean {
    this.engine = engine;
    const missing = this.host.sheets.flatMap((sheet) => [...sheet.formulas.keys()].filter((address) => !sheet.cells.has(address)).map((address) => ({ sheet: sheet.name, address })));
    if (missing.length === 0) return false;
    // Not edits of the officer's: nothing to write back, nothing to undo.
    this.recompute(missing, false);
    return true;
  }

  evaluate(sheet: string, address: string, formula: string): CellValue | undefined {
    return this.engine?.evaluate?.(this.host, sheet, address, formula);
  }

  /** The formulas read ahead of the first edit; returns whether a circular reference was found. */
  prepare(): boolean {
    const found = this.engine?.prepare?.(this.host)?.circular ?? [];
    for (const { sheet, address } of found) this.inCircle(sheet, address);
    return found.length > 0;
  }

  private inCircle(sheet: string, address: string): void {
    this.circular.add(`${sheet}!${address}`);
    this.cells.touch(sheet, address);
  }

  /** Formulas that depend on the changed cells take their new values. */
  recompute(changed: ReadonlyArray<{ sheet: string; address: string }>, edit = true): void {
    if (this.engine === null) return;
    const { values, failed, circular } = this.engine.recompute(this.host, changed);
    // A cell typed over, or recomputed, is in a circle only if this run finds it in one.
    for (const { sheet, address } of [...changed, ...values, ...failed]) this.circular.delete(`${sheet}!${address}`);
    for (const { sheet, address, value } of values) {
      this.cells.write(sheet, address, value, edit);
      this.uncomputed.delete(`${sheet}!${address}`);
    }
    for (const { sheet, address, reason } of failed) {
      this.uncomputed.set(`${sheet}!${address}`, reason);
      this.cells.touch(sheet, address);
    }
    for (const { sheet, address } of circular) this.inCircle(sheet, address);
  }
}
