import { type Dispatch, type SetStateAction, useMemo, useRef, useState } from 'react';
import type { EditorHandlers, Editing } from './grid-row';

/** Where the selection goes once an edit is committed. */
export type Direction = 'down' | 'up' | 'left' | 'right' | 'stay';

/** What the editor does when the officer ends an edit: the grid gives these at each render. */
export interface EditorActions {
  commit(text: string, then: Direction): void;
  cancel(): void;
}

export interface CellEditor {
  /** The cell being typed in, or null. */
  readonly editing: Editing | null;
  readonly setEditing: Dispatch<SetStateAction<Editing | null>>;
  /** The editor's handlers: one object for the grid's life, so that the memoised rows keep it. */
  readonly editor: EditorHandlers;
  /** The latest commit and cancel, read by the handlers when they run. */
  readonly actions: { current: EditorActions };
}

/**
 * Typing in a cell, as in Excel: Enter and Tab commit and move (Shift the other way), arrows
 * commit and move when the text was typed over the cell (not after F2), Escape cancels, leaving
 * the cell commits where it is.
 */
export function useCellEditor(): CellEditor {
  const [editing, setEditing] = useState<Editing | null>(null);
  const actions = useRef<EditorActions>({ commit: () => {}, cancel: () => {} });
  const current = useRef(editing);
  current.current = editing;
  const editor = useMemo<EditorHandlers>(
    () => ({
      change: (text) => setEditing((was) => (was === null ? null : { ...was, text })),
      key: (event) => {
        const typing = current.current;
        if (typing === null) return;
        const arrows: Record<string, Direction> = { ArrowDown: 'down', ArrowUp: 'up', ArrowLeft: 'left', ArrowRight: 'right' };
        let then: Direction | null = null;
        if (event.key === 'Enter') then = event.shiftKey ? 'up' : 'down';
        else if (event.key === 'Tab') then = event.shiftKey ? 'left' : 'right';
        else if (typing.mode === 'enter' && arrows[event.key] !== undefined) then = arrows[event.key] ?? null;
        if (then !== null) {
          event.preventDefault();
          event.stopPropagation();
          actions.current.commit(typing.text, then);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          actions.current.cancel();
        }
      },
      blur: () => {
        const typing = current.current;
        if (typing !== null) actions.current.commit(typing.text, 'stay');
      },
    }),
    [],
  );
  return { editing, setEditing, editor, actions };
}
