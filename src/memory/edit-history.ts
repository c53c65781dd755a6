import { type CellValue, isBlank } from '../domain';

/**
 * The officer's edits of the in-memory workbook: undone and redone a step at a time (a typed
 * cell, a Delete, a paste), counted against the last download, and each changed cell's state as
 * the workbook was opened, so that the file is written back with what differs from it.
 */

/** What a cell holds: its value, and its formula when it has one. */
export interface CellState {
  readonly value: CellValue;
  readonly formula: string | null;
}

/** What the officer puts in a cell: a value, or a formula (its value is computed). */
export type CellInput = CellValue | { readonly formula: string };

/** One cell's edit: its state before and after. */
export interface Change {
  readonly sheet: string;
  readonly address: string;
  readonly before: CellState;
  readonly after: CellState;
}

const sameValue = (a: CellValue, b: CellValue) => a === b || JSON.stringify(a) === JSON.stringify(b);
export const sameState = (a: CellState, b: CellState) => a.formula === b.formula && sameValue(a.value, b.value);

/** What typing these inputs changes, cell by cell (a cell left as it was is no change). */
export function changesOf(sheet: string, cells: ReadonlyArray<readonly [string, CellInput]>, stateOf: (address: string) => CellState): Change[] {
  const changes: Change[] = [];
  for (const [address, input] of cells) {
    const before = stateOf(address);
    const isFormula = input !== null && typeof input === 'object' && 'formula' in input;
    // A formula keeps its last value until the engine computes it.
    const after: CellState = isFormula ? { value: before.value, formula: input.formula } : { value: isBlank(input) ? null : input, formula: null };
    if (sameState(before, after)) continue;
    changes.push({ sheet, address, before, after });
  }
  return changes;
}

export class EditHistory {
  /** Each changed cell's state as the workbook was opened, by sheet then address. */
  private readonly originals = new Map<string, Map<string, CellState>>();
  private readonly undoStack: Change[][] = [];
  private readonly redoStack: Change[][] = [];
  private editCount = 0;
  private savedAt = 0;

  /** A step done by the officer: undone whole by the next undo; what was undone can no longer be redone. */
  record(changes: Change[]): void {
    this.undoStack.push(changes);
    this.redoStack.length = 0;
  }

  /** The last step, moved to the redo stack; undefined when there is none. */
  undo(): readonly Change[] | undefined {
    const changes = this.undoStack.pop();
    if (changes !== undefined) this.redoStack.push(changes);
    return changes;
  }

  /** The last undone step, moved back to the undo stack; undefined when there is none. */
  redo(): readonly Change[] | undefined {
    const changes = this.redoStack.pop();
    if (changes !== undefined) this.undoStack.push(changes);
    return changes;
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** A step was applied (done, undone or redone): the workbook differs from what was saved. */
  applied(): void {
    this.editCount++;
  }

  /** Edits not yet saved (downloaded). */
  get dirty(): boolean {
    return this.editCount !== this.savedAt;
  }

  markSaved(): void {
    this.savedAt = this.editCount;
  }

  /** A cell about to change: its state is kept the first time, as the workbook was opened. */
  keepOriginal(sheet: string, address: string, state: () => CellState): void {
    const originals = this.originals.get(sheet) ?? new Map<string, CellState>();
    this.originals.set(sheet, originals);
    if (!originals.has(address)) originals.set(address, state());
  }

  /** The cells whose value or formula differs from the workbook as opened, as they are now. */
  edits(stateOf: (sheet: string, address: string) => CellState): Map<string, Map<string, CellState>> {
    const edits = new Map<string, Map<string, CellState>>();
    for (const [sheetName, originals] of this.originals) {
      for (const [address, original] of originals) {
        const now = stateOf(sheetName, address);
        if (sameState(now, original)) continue;
        const cells = edits.get(sheetName) ?? new Map<string, CellState>();
        cells.set(address, now);
        edits.set(sheetName, cells);
      }
    }
    return edits;
  }

  /** A sheet that goes (the self-test's scratch sheet): its edits are no edits of the officer's. */
  forgetSheet(name: string): void {
    this.originals.delete(name);
    for (const stack of [this.undoStack, this.redoStack]) {
      for (let at = stack.length - 1; at >= 0; at--) if (stack[at]?.some((change) => change.sheet === name)) stack.splice(at, 1);
    }
  }
}
