import { isCircle, strongComponents } from './strong-components';

/**
 * Which formulas read which cells, for the page's formula engine: each formula's references (a
 * cell, or a range kept whole, so that SUM(D2:D10000) is one entry, not ten thousand), the
 * formulas an edit reaches, in an order where each comes after what it reads, and the circular
 * references among them (formulas that read their own cell, directly or through others), which
 * Excel does not compute and names.
 */

/** A cell of the workbook, "sheet\0address". */
export type Key = string;
export const keyOf = (sheet: string, address: string): Key => `${sheet}\u0000${address}`;
export const partsOf = (key: Key): { sheet: string; address: string } => {
  const at = key.indexOf('\u0000');
  return { sheet: key.slice(0, at), address: key.slice(at + 1) };
};

/** What a formula reads: a cell's key, or a range of a sheet (0-based, inclusive). */
export type Reference = Key | { readonly sheet: string; readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

interface RangeDependency {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly dependent: Key;
}

export class FormulaGraph {
  private readonly dependents = new Map<Key, Set<Key>>();
  private readonly ranges: RangeDependency[] = [];
  /** Each formula cell's text as registered, to drop its references when its formula changes. */
  private readonly registered = new Map<Key, string>();
  /** What each formula reads, for the circles of the whole workbook. */
  private readonly reads = new Map<Key, readonly Reference[]>();

  /** The formula registered for a cell, if any. */
  formulaAt(key: Key): string | undefined {
    return this.registered.get(key);
  }

  /** A cell's formula and what it reads forgotten (its formula changed or went). */
  forget(key: Key): void {
    if (!this.registered.has(key)) return;
    for (const set of this.dependents.values()) set.delete(key);
    for (let index = this.ranges.length - 1; index >= 0; index--) if (this.ranges[index]?.dependent === key) this.ranges.splice(index, 1);
    this.registered.delete(key);
    this.reads.delete(key);
  }

  /** A cell's formula and what it reads. */
  add(key: Key, formula: string, references: readonly Reference[]): void {
    this.registered.set(key, formula);
    this.reads.set(key, references);
    for (const reference of references) {
      if (typeof reference !== 'string') {
        this.ranges.push({ ...reference, dependent: key });
      } else {
        const set = this.dependents.get(reference) ?? new Set<Key>();
        set.add(key);
        this.dependents.set(reference, set);
      }
    }
  }

  /** The formulas that read a cell, directly or through a range. */
  private dependentsOf(key: Key, row: number, column: number): Key[] {
    const found = [...(this.dependents.get(key) ?? [])];
    const { sheet } = partsOf(key);
    if (row >= 0) {
      for (const range of this.ranges) {
        if (range.sheet === sheet && row >= range.top && row <= range.bottom && column >= range.left && column <= range.right) found.push(range.dependent);
      }
    }
    return found;
  }

  /**
   * The formulas the changed cells reach (a changed cell that is a formula included), in an order
   * where each comes after what it reads, and apart those in a circle: they are not computed, and
   * what reads them reads their last values, as in Excel. `position` gives a key's 0-based row and
   * column (-1 when it names no cell).
   */
  reached(changed: readonly Key[], position: (key: Key) => { row: number; column: number }): { order: Key[]; circular: Key[] } {
    const successors = new Map<Key, Key[]>();
    const next = (key: Key) => {
      let found = successors.get(key);
      if (found === undefined) {
        const { row, column } = position(key);
        successors.set(key, (found = this.dependentsOf(key, row, column)));
      }
      return found;
    };
    const reached = new Set<Key>();
    const queue: Key[] = [...changed];
    for (const key of queue) if (this.registered.has(key)) reached.add(key);
    while (queue.length > 0) {
      for (const found of next(queue.pop() as Key)) {
        if (reached.has(found)) continue;
        reached.add(found);
        queue.push(found);
      }
    }
    const within = (key: Key) => next(key).filter((found) => reached.has(found));
    const order: Key[] = [];
    const circular: Key[] = [];
    // Components come dependents first: reversed, each formula comes after what it reads.
    for (const component of strongComponents(reached, within).reverse()) {
      if (isCircle(component, within)) circular.push(...component);
      else order.push(...component);
    }
    return { order, circular };
  }

  /**
   * Every formula of the workbook in a circle, as Excel names them on opening. Read from what each
   * formula reads, the formulas inside a range found by row, so that a column of row totals costs
   * what it holds, not formulas × ranges.
   */
  circular(position: (key: Key) => { row: number; column: number }): Key[] {
    const bySheet = new Map<string, { rows: number[]; cells: Map<number, Array<{ column: number; key: Key }>> }>();
    for (const key of this.registered.keys()) {
      const { row, column } = position(key);
      if (row < 0) continue;
      const { sheet } = partsOf(key);
      let found = bySheet.get(sheet);
      if (found === undefined) bySheet.set(sheet, (found = { rows: [], cells: new Map() }));
      const cells = found.cells.get(row);
      if (cells === undefined) {
        found.rows.push(row);
        found.cells.set(row, [{ column, key }]);
      } else cells.push({ column, key });
    }
    for (const found of bySheet.values()) found.rows.sort((a, b) => a - b);
    const precedents = (key: Key): Key[] => {
      const out: Key[] = [];
      for (const reference of this.reads.get(key) ?? []) {
        if (typeof reference === 'string') {
          if (this.registered.has(reference)) out.push(reference);
          continue;
        }
        const found = bySheet.get(reference.sheet);
        if (found === undefined) continue;
        for (let at = firstAtLeast(found.rows, reference.top); at < found.rows.length && (found.rows[at] as number) <= reference.bottom; at++) {
          for (const cell of found.cells.get(found.rows[at] as number) ?? []) if (cell.column >= reference.left && cell.column <= reference.right) out.push(cell.key);
        }
      }
      return out;
    };
    // A circle read backwards (what each formula reads) is the same circle.
    return strongComponents(this.registered.keys(), precedents)
      .filter((component) => isCircle(component, precedents))
      .flat();
  }
}

/** The first index of a sorted list whose value is at least `value`. */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
