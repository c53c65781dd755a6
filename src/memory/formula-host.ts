import type { CellValue } from '../domain';
import type { MemorySheet } from './memory-sheet';

/** What a formula engine needs of the workbook. */
export interface FormulaHost {
  readonly sheets: readonly MemorySheet[];
  sheet(name: string): MemorySheet | undefined;
}

/** Computes formulas after edits, in dependency order (memory/formula-engine.ts, loaded when a file has formulas). */
export interface FormulaEngine {
  /**
   * Recomputes the formulas that depend on these cells (and these cells, if formulas), and returns
   * each result, and the formulas it cannot compute (they keep their value, and the page says so).
   */
  recompute(host: FormulaHost, changed: ReadonlyArray<{ readonly sheet: string; readonly address: string }>): {
    readonly values: ReadonlyArray<{ readonly sheet: string; readonly address: string; readonly value: CellValue }>;
    readonly failed: ReadonlyArray<{ readonly sheet: string; readonly address: string; readonly reason: string }>;
  };
  /** Reads every formula's references ahead of the first edit (a 10 000-formula file takes a few hundred ms). */
  prepare?(host: FormulaHost): void;
  /** The value of a formula as if it were in this cell (a conditional format's), without writing it anywhere. */
  evaluate?(host: FormulaHost, sheet: string, address: string, formula: string): CellValue;
}
