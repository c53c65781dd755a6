import type { CellValue } from '../domain';
import type { MemorySheet } from './memory-sheet';

/** What a formula engine needs of the workbook. */
export interface FormulaHost {
  readonly sheets: readonly MemorySheet[];
  sheet(name: string): MemorySheet | undefined;
}

/** A cell of the workbook. */
export interface CellAt {
  readonly sheet: string;
  readonly address: string;
}

/** Computes formulas after edits, in dependency order (memory/formula-engine.ts, loaded when a file has formulas). */
export interface FormulaEngine {
  /**
   * Recomputes the formulas that depend on these cells (and these cells, if formulas), and returns
   * each result, the formulas it cannot compute, and those in a circular reference (neither keeps
   * anything but its value, and the page says so).
   */
  recompute(
    host: FormulaHost,
    changed: readonly CellAt[],
  ): {
    readonly values: ReadonlyArray<CellAt & { readonly value: CellValue }>;
    readonly failed: ReadonlyArray<CellAt & { readonly reason: string }>;
    readonly circular: readonly CellAt[];
  };
  /**
   * Reads every formula's references ahead of the first edit (a 10 000-formula file takes a few
   * hundred ms), and returns the formulas of the workbook in a circular reference.
   */
  prepare?(host: FormulaHost): { readonly circular: readonly CellAt[] };
  /** The value of a formula as if it were in this cell (a conditional format's), without writing it anywhere. */
  evaluate?(host: FormulaHost, sheet: string, address: string, formula: string): CellValue;
}
