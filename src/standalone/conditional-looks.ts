import { a1, type CellValue, isCellDate, isCellError, parseRange } from '../domain';
import type { MemorySheet } from '../memory/memory-sheet';
import type { MemoryWorkbook } from '../memory/memory-workbook';
import type { CellLook, ConditionalRule } from '../workbook/cell-look';
import { moveFormula } from '../xlsx/formula-text';
import { booleanNamed } from './boolean-names';

/**
 * The officer's conditional formats of the kinds the grid draws, evaluated as Excel does: a rule
 * comparing the cell's value ("cellIs") or a formula true for the cell ("expression", written for
 * the cell at the top left of the format's first area and moved to each cell). Every true rule
 * draws what it sets and a rule of higher priority (a lower number) wins where two set the same
 * thing; "stop if true" ends the list. What a cell draws is kept until a value of the workbook
 * changes.
 */

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

interface Operand {
  /** A constant operand ("0", "\"Total\""), read once; undefined when it is a formula to evaluate. */
  readonly constant?: CellValue;
  readonly formula: string;
}

interface PreparedRule {
  readonly rule: ConditionalRule;
  readonly areas: readonly Area[];
  /** The top-left cell of the format's first area: formulas are written for it. */
  readonly origin: { readonly row: number; readonly column: number };
  readonly operands: readonly Operand[];
}

function areaOf(text: string): Area | null {
  const corners = parseRange(text.includes(':') ? text : `${text}:${text}`);
  return corners === null ? null : { top: corners.from.row, left: corners.from.column, bottom: corners.to.row, right: corners.to.column };
}

/** A formula that is a constant: a number, a string literal, TRUE or FALSE. */
function constantOf(formula: string): CellValue | undefined {
  const text = formula.trim();
  if (/^-?\d+(?:\.\d+)?(?:E[+-]?\d+)?$/i.test(text)) return Number(text);
  if (/^"(?:[^"]|"")*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  return booleanNamed(text, 'en') ?? undefined;
}

/** Excel's order for comparing values of any kind: numbers < text < booleans; an empty cell is 0 (or "" against text). */
function compare(a: CellValue, b: CellValue): number | null {
  if (isCellError(a) || isCellError(b)) return null;
  const plain = (value: CellValue, other: CellValue): number | string | boolean => {
    if (value === null) return typeof other === 'string' ? '' : 0;
    if (isCellDate(value)) return Date.parse(value.iso) / 86_400_000;
    return value as number | string | boolean;
  };
  const x = plain(a, b);
  const y = plain(b, a);
  const rank = (value: number | string | boolean) => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') return x.localeCompare(y, undefined, { sensitivity: 'accent' });
  return Number(x) - Number(y);
}

function truthy(value: CellValue | undefined): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return false;
}

export class ConditionalLooks {
  private readonly rules: PreparedRule[];
  private readonly bounds: Area | null;
  /** Whether a rule reads other cells than its own (a formula): then a change anywhere may change it. */
  readonly readsOtherCells: boolean;
  private cache = new Map<string, CellLook | null>();
  private cachedAt = -1;

  constructor(
    private readonly workbook: MemoryWorkbook,
    private readonly sheet: MemorySheet,
  ) {
    this.rules = sheet.look.formats
      .flatMap((format) => {
        const areas = format.areas.map(areaOf).filter((area): area is Area => area !== null);
        const first = areas[0];
        if (first === undefined) return [];
        return format.rules.map((rule) => ({
          rule,
          areas,
          origin: { row: first.top, column: first.left },
          operands: rule.formulas.map((formula) => {
            const constant = rule.kind === 'cellIs' ? constantOf(formula) : undefined;
            return constant === undefined ? { formula } : { constant, formula };
          }),
        }));
      })
      .sort((x, y) => x.rule.priority - y.rule.priority);
    const areas = this.rules.flatMap((prepared) => prepared.areas);
    this.bounds =
      areas.length === 0
        ? null
        : {
            top: Math.min(...areas.map((area) => area.top)),
            left: Math.min(...areas.map((area) => area.left)),
            bottom: Math.max(...areas.map((area) => area.bottom)),
            right: Math.max(...areas.map((area) => area.right)),
          };
    this.readsOtherCells = this.rules.some((prepared) => prepared.rule.kind === 'expression' || prepared.operands.some((operand) => operand.constant === undefined));
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  /**
   * What the formats draw on a row, as a short text that changes only when a look does: a row is
   * drawn again when its key changes, not at every value changed elsewhere in the sheet.
   */
  rowKey(row: number, columnCount: number): string {
    const bounds = this.bounds;
    if (bounds === null || row < bounds.top || row > bounds.bottom) return '';
    let key = '';
    for (let column = bounds.left; column <= Math.min(bounds.right, columnCount - 1); column++) {
      const look = this.lookAt(row, column);
      if (look !== null) key += `${column}:${JSON.stringify(look)};`;
    }
    return key;
  }

  /** What the officer's conditional formats draw on a cell, or null. */
  lookAt(row: number, column: number): CellLook | null {
    const bounds = this.bounds;
    if (bounds === null || row < bounds.top || row > bounds.bottom || column < bounds.left || column > bounds.right) return null;
    if (this.cachedAt !== this.workbook.valuesVersion) {
      this.cache = new Map();
      this.cachedAt = this.workbook.valuesVersion;
    }
    const address = a1(row, column);
    const known = this.cache.get(address);
    if (known !== undefined) return known;
    const look = this.evaluate(row, column, address);
    this.cache.set(address, look);
    return look;
  }

  private evaluate(row: number, column: number, address: string): CellLook | null {
    let look: Record<string, unknown> | null = null;
    for (const prepared of this.rules) {
      if (!prepared.areas.some((area) => row >= area.top && row <= area.bottom && column >= area.left && column <= area.right)) continue;
      if (!this.isTrue(prepared, row, column, address)) continue;
      look ??= {};
      for (const [key, value] of Object.entries(prepared.rule.look)) if (value !== undefined && look[key] === undefined) look[key] = value;
      if (prepared.rule.stopIfTrue) break;
    }
    return look;
  }

  private operand(prepared: PreparedRule, operand: Operand | undefined, row: number, column: number, address: string): CellValue | undefined {
    if (operand === undefined) return undefined;
    if (operand.constant !== undefined) return operand.constant;
    const moved = moveFormula(operand.formula, row - prepared.origin.row, column - prepared.origin.column);
    return this.workbook.evaluateFormula(this.sheet.name, address, moved);
  }

  private isTrue(prepared: PreparedRule, row: number, column: number, address: string): boolean {
    const { rule, operands } = prepared;
    if (rule.kind === 'expression') return truthy(this.operand(prepared, operands[0], row, column, address));
    const value = this.sheet.cells.valueAt(row, column);
    const first = this.operand(prepared, operands[0], row, column, address);
    if (first === undefined) return false;
    const against = compare(value, first);
    if (against === null) return false;
    switch (rule.operator) {
      case 'between':
      case 'notBetween': {
        const second = this.operand(prepared, operands[1], row, column, address);
        if (second === undefined) return false;
        const low = (compare(first, second) ?? 0) <= 0 ? first : second;
        const high = low === first ? second : first;
        const inside = (compare(value, low) ?? -1) >= 0 && (compare(value, high) ?? 1) <= 0;
        return rule.operator === 'between' ? inside : !inside;
      }
      case 'equal':
        return against === 0;
      case 'notEqual':
        return against !== 0;
      case 'greaterThan':
        return against > 0;
      case 'lessThan':
        return against < 0;
      case 'greaterThanOrEqual':
        return against >= 0;
      case 'lessThanOrEqual':
        return against <= 0;
      default:
        return false;
    }
  }
}
