/**
 * Which formulas read which cells, for the page's formula engine: each formula's references (a
 * cell, or a range kept whole, so that SUM(D2:D10000) is one entry, not ten thousand), and the
 * formulas an edit reaches, in an order where each comes after what it reads.
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
  }

  /** A cell's formula and what it reads. */
  add(key: Key, formula: string, references: readonly Reference[]): void {
    this.registered.set(key, formula);
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
   * where each comes after what it reads. `position` gives a key's 0-based row and column (-1 when
   * it names no cell).
   */
  reached(changed: readonly Key[], position: (key: Key) => { row: number; column: number }): Key[] {
    const next = (key: Key) => {
      const { row, column } = position(key);
      return this.dependentsOf(key, row, column);
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
    const order: Key[] = [];
    const state = new Map<Key, 'visiting' | 'done'>();
    const visit = (key: Key) => {
      if (state.get(key) !== undefined) return;
      state.set(key, 'visiting');
      for (const found of next(key)) if (reached.has(found) && state.get(found) !== 'visiting') visit(found);
      state.set(key, 'done');
      order.push(key);
    };
    for (const key of reached) visit(key);
    return order.reverse();
  }
}
