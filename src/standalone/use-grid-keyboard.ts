import type { KeyboardEvent, MutableRefObject } from 'react';
import type { Lang } from '../domain';
import type { CellInput, CellState } from '../memory/edit-history';
import type { MemorySheet } from '../memory/memory-sheet';
import type { MemoryWorkbook } from '../memory/memory-workbook';
import type { Editing } from './grid-row';
import { PAGE_ROWS } from './grid-metrics';
import { editText } from './typed-value';
import type { VisibleRows } from './use-visible-rows';

/** Where Ctrl+arrow lands, as in Excel: the edge of the run of filled cells, or the next filled cell. */
function dataEdge(sheet: MemorySheet, row: number, column: number, rowStep: number, columnStep: number, last: { row: number; column: number }): { row: number; column: number } {
  const filled = (r: number, c: number) => sheet.cells.valueAt(r, c) !== null;
  const inside = (r: number, c: number) => r >= 0 && c >= 0 && r <= last.row && c <= last.column;
  let r = row + rowStep;
  let c = column + columnStep;
  if (!inside(r, c)) return { row, column };
  if (filled(row, column) && filled(r, c)) {
    while (inside(r + rowStep, c + columnStep) && filled(r + rowStep, c + columnStep)) {
      r += rowStep;
      c += columnStep;
    }
    return { row: r, column: c };
  }
  while (inside(r + rowStep, c + columnStep) && !filled(r, c)) {
    r += rowStep;
    c += columnStep;
  }
  return { row: r, column: c };
}

/** What the grid's keys act on. */
export interface GridKeys {
  readonly workbook: MemoryWorkbook;
  readonly sheet: MemorySheet;
  readonly lang: Lang;
  readonly rows: VisibleRows;
  readonly selected: { readonly row: number; readonly column: number };
  /** The selected cell's far edges: a merge is left from its last row or column. */
  readonly bottomOf: number;
  readonly rightOf: number;
  readonly selectedState: CellState;
  readonly editing: Editing | null;
  readonly ownMove: MutableRefObject<boolean>;
  // Functions, not methods: the hook takes them apart from this object.
  readonly moveTo: (row: number, column: number) => void;
  readonly showSheet: (name: string) => void;
  readonly startEditing: (text: string, mode: Editing['mode']) => void;
  readonly put: (input: CellInput) => void;
}

/**
 * The grid's keyboard, as in Excel: arrows, Tab and Enter move (Ctrl+arrow to the edge of the
 * data, over a merge as over one cell), PgUp/PgDn by a page, Ctrl+PgUp/PgDn between sheets,
 * Home/End, F2 edits, Delete clears, Ctrl+Z/Ctrl+Y undo and redo, and typing replaces the cell.
 */
export function useGridKeyboard(keys: GridKeys): (event: KeyboardEvent) => void {
  const { workbook, sheet, lang, rows, selected, bottomOf, rightOf, selectedState, editing, ownMove, moveTo, showSheet, startEditing, put } = keys;
  return (event: KeyboardEvent) => {
    if (editing !== null || event.target instanceof HTMLInputElement) return;
    const { row, column } = selected;
    const { rowCount, columnCount, frozen, bounds } = rows;
    const command = event.ctrlKey || event.metaKey;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const lastCell = { row: rowCount - 1, column: columnCount - 1 };
    if (command && (event.key === 'PageDown' || event.key === 'PageUp')) {
      // Excel's Ctrl+PgDn / Ctrl+PgUp: the next or previous sheet (with Alt too, Excel on the web's
      // keys, for a browser that keeps Ctrl+PgDn for its own tabs).
      event.preventDefault();
      const next = workbook.sheets[workbook.sheets.indexOf(sheet) + (event.key === 'PageDown' ? 1 : -1)];
      if (next) {
        ownMove.current = true;
        showSheet(next.name);
      }
      return;
    }
    const edge = (rowStep: number, columnStep: number) => {
      const to = dataEdge(sheet, row, column, rowStep, columnStep, lastCell);
      moveTo(to.row, to.column);
    };
    const moves: Record<string, () => void> = {
      ArrowDown: () => (command ? edge(1, 0) : moveTo(bottomOf + 1, column)),
      ArrowUp: () => (command ? edge(-1, 0) : moveTo(row - 1, column)),
      ArrowRight: () => (command ? edge(0, 1) : moveTo(row, rightOf + 1)),
      ArrowLeft: () => (command ? edge(0, -1) : moveTo(row, column - 1)),
      Tab: () => moveTo(row, event.shiftKey ? column - 1 : rightOf + 1),
      Enter: () => moveTo(event.shiftKey ? row - 1 : bottomOf + 1, column),
      PageDown: () => moveTo(row + PAGE_ROWS, column),
      PageUp: () => moveTo(row - PAGE_ROWS, column),
      // Excel's Ctrl+Home: the first cell below the frozen rows, scrolled to the top.
      Home: () => (command ? moveTo(Math.min(frozen, rowCount - 1), 0) : moveTo(row, 0)),
      End: () => (command ? moveTo(bounds?.bottom ?? 0, bounds?.right ?? 0) : moveTo(row, bounds?.right ?? 0)),
      F2: () => startEditing(editText(selectedState.value, selectedState.formula, lang), 'edit'),
      Delete: () => put(null),
      Backspace: () => {
        put(null);
        startEditing('', 'enter');
      },
    };
    const undoKeys: Record<string, () => boolean> = { z: () => (event.shiftKey ? workbook.redo() : workbook.undo()), y: () => workbook.redo() };
    const move = command ? (undoKeys[key] ?? moves[event.key]) : moves[event.key];
    if (move) {
      event.preventDefault();
      ownMove.current = true;
      move();
    } else if (event.key.length === 1 && !command && !event.altKey) {
      // Typing replaces the cell's content, as in Excel; arrows then leave the cell.
      event.preventDefault();
      startEditing(event.key, 'enter');
    }
  };
}
