import { type MutableRefObject, type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import { COLUMN_WIDTH, ROW_HEADER_WIDTH, ROW_HEIGHT } from './grid-metrics';
import type { VisibleRows } from './use-visible-rows';

/**
 * At Excel's width the pane sits below the grid: a cell chosen there (« Aller à la cellule E7 »)
 * brings the page up to it. The whole grid when it fits in the window, else the cell mid-window.
 */
function revealOnPage(scroller: HTMLElement, cellTop: number): void {
  const box = scroller.getBoundingClientRect();
  const top = box.top + cellTop;
  if (top >= 0 && top + ROW_HEIGHT <= window.innerHeight) return;
  window.scrollBy(0, box.height <= window.innerHeight ? box.top : top - (window.innerHeight - ROW_HEIGHT) / 2);
}

export interface SelectionInView {
  readonly scroller: RefObject<HTMLDivElement | null>;
  readonly selection: { readonly sheet: string; readonly cell: string };
  readonly selected: { readonly row: number; readonly column: number };
  readonly rows: VisibleRows;
  readonly printing: boolean;
  readonly editing: boolean;
  /** Whether the grid itself moved the selection (then it takes the focus) or the pane did (then it only scrolls). */
  readonly ownMove: MutableRefObject<boolean>;
}

/**
 * Brings the selected cell into view below the frozen rows, wherever the selection came from: a
 * step of the keyboard scrolls by what it needs, a jump from the pane puts the cell mid-view.
 * Once the grid itself moved the selection, the cell takes the focus when it is drawn.
 */
export function useSelectionInView({ scroller, selection, selected, rows, printing, editing, ownMove }: SelectionInView): void {
  /** The selection last brought into view. */
  const shownSelection = useRef<string | null>(null);
  const { frozen, lefts, layout, setView } = rows;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || printing) return;
    const headerHeight = ROW_HEIGHT + layout.top(frozen);
    if (selected.row >= frozen) {
      const top = ROW_HEIGHT + layout.top(selected.row);
      const height = layout.height(selected.row);
      const above = top < element.scrollTop + headerHeight;
      const below = top + height > element.scrollTop + element.clientHeight;
      if ((above || below) && !ownMove.current) element.scrollTop = Math.max(0, top - headerHeight - (element.clientHeight - headerHeight) / 2);
      else if (above) element.scrollTop = top - headerHeight;
      else if (below) element.scrollTop = top + height - element.clientHeight;
    }
    const left = lefts[selected.column] ?? ROW_HEADER_WIDTH;
    const right = lefts[selected.column + 1] ?? left + COLUMN_WIDTH;
    if (left < element.scrollLeft + ROW_HEADER_WIDTH) element.scrollLeft = left - ROW_HEADER_WIDTH;
    else if (right > element.scrollLeft + element.clientWidth) element.scrollLeft = right - element.clientWidth;
    setView((current) => (current.top === element.scrollTop && current.height === (element.clientHeight || 600) ? current : { top: element.scrollTop, height: element.clientHeight || 600 }));
    const shown = `${selection.sheet}!${selection.cell}`;
    if (shownSelection.current !== null && shownSelection.current !== shown && !ownMove.current) {
      const cellTop = ROW_HEIGHT + layout.top(selected.row);
      revealOnPage(element, selected.row < frozen ? cellTop : cellTop - element.scrollTop);
    }
    shownSelection.current = shown;
  }, [scroller, ownMove, setView, selection.sheet, selection.cell, selected.row, selected.column, frozen, printing, lefts, layout]);

  useEffect(() => {
    if (!ownMove.current || editing) return;
    // A jump far down draws its row only after the scroll: the focus waits for it.
    const cell = scroller.current?.querySelector<HTMLElement>(`td[data-cell="${selection.cell}"]`);
    if (!cell) return;
    ownMove.current = false;
    cell.focus({ preventScroll: true });
  });
}
