/** The parts of fast-formula-parser (MIT, no typings of its own) that the formula engine uses. */
declare module 'fast-formula-parser' {
  class FormulaParser {
    constructor(options?: FormulaParser.Options);
    parse(formula: string, position: FormulaParser.Position, allowReturnArray?: boolean): unknown;
  }
  namespace FormulaParser {
    interface Position {
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
    }
    interface RangeReference {
      readonly sheet: string;
      readonly from: { readonly row: number; readonly col: number };
      readonly to: { readonly row: number; readonly col: number };
    }
    /** A function's argument as the parser gives it: its value, and whether it came from a range or a cell. */
    interface Argument {
      readonly value: unknown;
      readonly isArray?: boolean;
      readonly isRangeRef?: boolean;
      readonly isCellRef?: boolean;
    }
    interface Options {
      readonly onCell?: (reference: Position) => unknown;
      readonly onRange?: (reference: RangeReference) => unknown[][];
      readonly functions?: Readonly<Record<string, (...args: Argument[]) => unknown>>;
    }
    class FormulaError extends Error {
      constructor(error: string, details?: string);
      readonly error: string;
    }
    /** The helpers every function shares (one instance). */
    const FormulaHelpers: { flattenDeep(values: unknown[]): unknown[] };
    class DepParser {
      parse(formula: string, position: Position): Array<Position | RangeReference>;
    }
  }
  export = FormulaParser;
}
