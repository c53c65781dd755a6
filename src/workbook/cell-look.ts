/**
 * How the officer made a cell look, as a spreadsheet draws it: what the standalone grid shows of a
 * workbook's styles, notes and conditional formats. Colours are CSS hex ("#D9E1F2"), resolved from
 * the file's RGB, theme (with tint) or indexed colours.
 */

export interface CellLook {
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
  /** The font's size in points, when it is not the workbook's default. */
  readonly size?: number;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right' | 'justify';
  readonly vertical?: 'top' | 'middle' | 'bottom';
}

/** A conditional format's rule of a kind the grid draws: a comparison with the cell's value, or a formula. */
export interface ConditionalRule {
  /** "cellIs" compares the cell's value; "expression" (and the kinds Excel writes with a formula: containsText…) evaluates a formula. */
  readonly kind: 'cellIs' | 'expression';
  /** For cellIs: between, notBetween, equal, notEqual, greaterThan, lessThan, greaterThanOrEqual, lessThanOrEqual. */
  readonly operator: string;
  /** Formulas without "=", relative to the top-left cell of the format's first area. */
  readonly formulas: readonly string[];
  /** What the rule draws when true (its differential format). */
  readonly look: CellLook;
  /** 1 first. */
  readonly priority: number;
  readonly stopIfTrue: boolean;
}

export interface ConditionalFormat {
  /** The cells it applies to: areas of the sheet ("H4:H9", "B2"). */
  readonly areas: readonly string[];
  readonly rules: readonly ConditionalRule[];
}

/** A conditional format of a kind the grid does not draw (a data bar, a colour scale…), to be named. */
export interface UnshownFormat {
  /** The rule's type in the file: dataBar, colorScale, iconSet, top10, aboveAverage, duplicateValues, uniqueValues… */
  readonly kind: string;
  readonly areas: string;
}

/** Whether a look draws anything. */
export function drawsSomething(look: CellLook): boolean {
  return Object.values(look).some((value) => value !== undefined && value !== false);
}
