import { mergeClasses } from '@fluentui/react-components';
import { type KeyboardEvent, memo } from 'react';
import { a1, type Lang } from '../domain';
import type { MemorySheet } from '../memory/memory-sheet';
import type { MemoryWorkbook } from '../memory/memory-workbook';
import { displayText } from './cell-display';
import type { ConditionalLooks } from './conditional-looks';
import { lookStyle } from './look-style';
import type { MergedCells } from './merged-cells';
import type { RowLayout } from './row-layout';
import { findingText } from '../i18n/finding-text';

/** The cell being typed in: its text, and whether arrows move the caret (F2) or leave the cell (typing over it). */
export interface Editing {
  readonly text: string;
  readonly mode: 'edit' | 'enter';
}

/** Functions, not methods: the input takes them as its handlers, apart from their object. */
export interface EditorHandlers {
  readonly change: (text: string) => void;
  readonly key: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly blur: () => void;
}

export interface RowClasses {
  readonly cell: string;
  readonly number: string;
  readonly selected: string;
  readonly uncomputed: string;
  readonly editor: string;
  readonly hidden: string;
  readonly rowHeader: string;
  readonly frozen: string;
  /** A cell with the officer's note: Excel's red corner. */
  readonly noted: string;
  /** Wrapped text, clipped to its row's height as Excel clips it. */
  readonly wrapped: string;
}

export interface GridRowProps {
  readonly workbook: MemoryWorkbook;
  readonly sheet: MemorySheet;
  readonly row: number;
  readonly columnCount: number;
  /** The selected cell's column when it is on this row, else -1. */
  readonly selectedColumn: number;
  readonly editing: Editing | null;
  /** Changes when a cell or flag of the row changes: the row is drawn again only then. */
  readonly stamp: number;
  readonly lang: Lang;
  /** A frozen row's distance from the top of the scroller, in pixels; undefined for rows that scroll. */
  readonly stickyTop?: number;
  readonly classes: RowClasses;
  readonly editor: EditorHandlers;
  readonly cellLabel: (address: string) => string;
  /** The sheet's row heights (the same object for a sheet). */
  readonly layout: RowLayout;
  /** The sheet's merged cells (the same object for a sheet). */
  readonly merged: MergedCells;
  /** The rows drawn in this row's part of the grid (frozen or scrolled): given only to rows that hold part of a merge over several rows. */
  readonly drawn?: { readonly first: number; readonly last: number };
  /** The officer's conditional formats, or null when the sheet has none drawn. */
  readonly conditional: ConditionalLooks | null;
  /** What the conditional formats draw on the row, when they read other cells than their own: the row is drawn again when it changes. */
  readonly conditionalKey?: string;
}

/**
 * Wrapped text in as many whole lines as its row holds, the last one ending with "…" when the text
 * goes on (Excel cuts it at the row's edge; half a line would read as a mistake).
 */
function wrappedLines(height: number, size: number | undefined, defaultSize: number) {
  const fontPx = size === undefined || defaultSize <= 0 ? 12 : (12 * size) / defaultSize;
  const lineHeight = Math.round(fontPx * 1.34);
  return { lineHeight: `${lineHeight}px`, WebkitLineClamp: Math.max(1, Math.floor((height - 4) / lineHeight)) };
}

/**
 * One row of the grid. Rows are memoised on their stamp and selection: a key step redraws the two
 * rows the selection leaves and enters, not the sixty on screen.
 */
export const GridRow = memo(function GridRow({
  workbook,
  sheet,
  row,
  columnCount,
  selectedColumn,
  editing,
  lang,
  stickyTop,
  classes,
  editor,
  cellLabel,
  layout,
  merged,
  drawn,
  conditional,
}: GridRowProps) {
  const cells = [];
  const height = layout.height(row);
  const tall = height > layout.rowHeight;
  const sticky = stickyTop === undefined ? undefined : { position: 'sticky' as const, top: stickyTop, zIndex: 2 };
  const rowMerges = merged.hasRow(row);
  const idPrefix = sheet.name.replace(/\W/g, '_');
  for (let column = 0; column < columnCount; column++) {
    let anchorRow = row;
    let anchorColumn = column;
    let columnSpan = 1;
    let rowSpan = 1;
    const merge = rowMerges ? merged.at(row, column) : undefined;
    if (merge !== undefined) {
      // A merge is drawn once, from its first cell, or from its first row drawn when that cell is not.
      const from = drawn === undefined ? merge.top : Math.max(merge.top, drawn.first);
      if (column !== merge.left || row !== from) continue;
      anchorRow = merge.top;
      anchorColumn = merge.left;
      columnSpan = Math.min(merge.right, columnCount - 1) - merge.left + 1;
      rowSpan = (drawn === undefined ? merge.bottom : Math.min(merge.bottom, drawn.last)) - row + 1;
    }
    const address = a1(anchorRow, anchorColumn);
    const value = sheet.cells.valueAt(anchorRow, anchorColumn);
    const flag = workbook.flagAt(sheet.name, address);
    const uncomputed = workbook.uncomputed.has(`${sheet.name}!${address}`);
    const circular = workbook.circular.has(`${sheet.name}!${address}`);
    const isSelected = anchorColumn === selectedColumn && anchorRow === row;
    const shown = displayText(value, sheet.formats.get(address), lang);
    const note = sheet.look.notes.get(address);
    const own = sheet.look.cells.get(address);
    const spanHeight = rowSpan === 1 ? height : layout.top(row + rowSpan) - layout.top(row);
    const style = lookStyle(own, conditional?.lookAt(anchorRow, anchorColumn) ?? null, flag?.severity, sheet.look.defaultSize, tall || rowSpan > 1);
    const flagId = flag ? `flag-${idPrefix}-${address}` : undefined;
    const noteId = note !== undefined ? `note-${idPrefix}-${address}` : undefined;
    const flagText = flag?.findings.map((finding) => findingText(finding, lang)).join('\n');
    const describedBy = [noteId, flagId].filter(Boolean).join(' ') || undefined;
    const sized = tall || rowSpan > 1 ? { height: spanHeight } : undefined;
    cells.push(
      <td
        key={column}
        role="gridcell"
        aria-colindex={column + 2}
        aria-selected={isSelected}
        aria-label={`${address}${shown === '' ? '' : ` ${shown}`}`}
        aria-describedby={describedBy}
        colSpan={columnSpan > 1 ? columnSpan : undefined}
        rowSpan={rowSpan > 1 ? rowSpan : undefined}
        data-cell={address}
        data-flag={flag?.severity}
        data-note={note !== undefined || undefined}
        data-uncomputed={uncomputed || undefined}
        data-circular={circular || undefined}
        // A note is shown by the grid's own tooltip, beside the flag's messages; a flag alone by the browser's.
        title={note === undefined ? flagText : undefined}
        tabIndex={isSelected ? 0 : -1}
        className={mergeClasses(
          classes.cell,
          (typeof value === 'number' || (typeof value === 'object' && value !== null)) && classes.number,
          isSelected && classes.selected,
          (uncomputed || circular) && classes.uncomputed,
          sticky && classes.frozen,
          note !== undefined && classes.noted,
        )}
        style={sticky || style || sized ? { ...sticky, ...style, ...sized } : undefined}
      >
        {isSelected && editing !== null ? (
          <input
            autoFocus
            className={classes.editor}
            aria-label={cellLabel(address)}
            value={editing.text}
            onChange={(event) => editor.change(event.target.value)}
            onKeyDown={editor.key}
            onBlur={editor.blur}
          />
        ) : own?.wrap ? (
          <div className={classes.wrapped} style={wrappedLines(spanHeight, own.size, sheet.look.defaultSize)}>
            {shown}
          </div>
        ) : (
          shown
        )}
        {note !== undefined && (
          <span id={noteId} className={classes.hidden}>
            {note}
          </span>
        )}
        {flag && (
          <span id={flagId} className={classes.hidden}>
            {flagText}
          </span>
        )}
      </td>,
    );
  }
  return (
    <tr role="row" aria-rowindex={row + 2} data-row={row} style={tall ? { height } : undefined}>
      <th role="rowheader" className={classes.rowHeader} scope="row" style={sticky === undefined ? (tall ? { height } : undefined) : { ...sticky, left: 0, zIndex: 3, ...(tall ? { height } : {}) }}>
        {row + 1}
      </th>
      {cells}
    </tr>
  );
});
