import { mergeClasses } from '@fluentui/react-components';
import { type KeyboardEvent, memo } from 'react';
import { a1, type Lang } from '../domain';
import type { MemorySheet, MemoryWorkbook } from '../memory/memory-workbook';
import { FLAG_COLOURS } from '../workbook/flag-colours';
import { displayText } from './cell-display';

/** The cell being typed in: its text, and whether arrows move the caret (F2) or leave the cell (typing over it). */
export interface Editing {
  readonly text: string;
  readonly mode: 'edit' | 'enter';
}

export interface EditorHandlers {
  change(text: string): void;
  key(event: KeyboardEvent<HTMLInputElement>): void;
  blur(): void;
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
}

/**
 * One row of the grid. Rows are memoised on their stamp and selection: a key step redraws the two
 * rows the selection leaves and enters, not the sixty on screen.
 */
export const GridRow = memo(function GridRow({ workbook, sheet, row, columnCount, selectedColumn, editing, lang, stickyTop, classes, editor, cellLabel }: GridRowProps) {
  const cells = [];
  const sticky = stickyTop === undefined ? undefined : { position: 'sticky' as const, top: stickyTop, zIndex: 2 };
  for (let column = 0; column < columnCount; column++) {
    const address = a1(row, column);
    const value = sheet.cells.valueAt(row, column);
    const flag = workbook.flagAt(sheet.name, address);
    const uncomputed = workbook.uncomputed.has(`${sheet.name}!${address}`);
    const isSelected = column === selectedColumn;
    const shown = displayText(value, sheet.formats.get(address), lang);
    const descriptionId = flag ? `flag-${sheet.name.replace(/\W/g, '_')}-${address}` : undefined;
    const flagText = flag?.messages.map((message) => message[lang]).join('\n');
    cells.push(
      <td
        key={column}
        role="gridcell"
        aria-colindex={column + 2}
        aria-selected={isSelected}
        aria-label={`${address}${shown === '' ? '' : ` ${shown}`}`}
        aria-describedby={descriptionId}
        data-cell={address}
        data-flag={flag?.severity}
        data-uncomputed={uncomputed || undefined}
        title={flagText}
        tabIndex={isSelected ? 0 : -1}
        className={mergeClasses(classes.cell, (typeof value === 'number' || (typeof value === 'object' && value !== null)) && classes.number, isSelected && classes.selected, uncomputed && classes.uncomputed, sticky && classes.frozen)}
        style={flag ? { ...sticky, backgroundColor: FLAG_COLOURS[flag.severity].fill, color: FLAG_COLOURS[flag.severity].text } : sticky}
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
        ) : (
          shown
        )}
        {flag && (
          <span id={descriptionId} className={classes.hidden}>
            {flagText}
          </span>
        )}
      </td>,
    );
  }
  return (
    <tr role="row" aria-rowindex={row + 2} data-row={row}>
      <th role="rowheader" className={classes.rowHeader} scope="row" style={sticky === undefined ? undefined : { ...sticky, left: 0, zIndex: 3 }}>
        {row + 1}
      </th>
      {cells}
    </tr>
  );
});
