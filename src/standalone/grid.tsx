import { useCallback, useMemo, useRef, useSyncExternalStore, type MouseEvent } from 'react';
import { a1, columnLetters, type Lang, parseA1 } from '../domain';
import { standaloneTextFor } from '../i18n/standalone-text';
import type { CellInput } from '../memory/edit-history';
import type { MemorySheet } from '../memory/memory-sheet';
import type { MemoryWorkbook } from '../memory/memory-workbook';
import { ScreenTabs, tabId } from '../taskpane/screen-tabs';
import { ConditionalLooks } from './conditional-looks';
import { ROW_HEADER_WIDTH, ROW_HEIGHT } from './grid-metrics';
import { GridStatusBar } from './grid-status-bar';
import { useGridStyles } from './grid-styles';
import { type Editing, GridRow, type RowClasses } from './grid-row';
import { NoteTooltip, useNoteHover } from './note-tooltip';
import { PrintedMarks } from './printed-marks';
import { editText, typedInput } from './typed-value';
import { type Direction, useCellEditor } from './use-cell-editor';
import { useGridClipboard } from './use-grid-clipboard';
import { useGridKeyboard } from './use-grid-keyboard';
import { usePrinting } from './use-printing';
import { useSelectionInView } from './use-selection-in-view';
import { useVisibleRows } from './use-visible-rows';

export interface GridProps {
  readonly workbook: MemoryWorkbook;
  readonly lang: Lang;
}

interface SheetGridProps extends GridProps {
  readonly sheet: MemorySheet;
  readonly selection: { readonly sheet: string; readonly cell: string };
}

/**
 * The grid's state for one render, in Fluent's useX/renderX shape: useSheetGrid gathers it from
 * the hooks (rows on screen, the editor, the keyboard, the clipboard, the note under the pointer),
 * renderSheetGrid draws it.
 */
function useSheetGrid({ workbook, lang, sheet, selection }: SheetGridProps) {
  const styles = useGridStyles();
  const printing = usePrinting();
  const selected = parseA1(selection.cell) ?? { row: 0, column: 0 };
  const rows = useVisibleRows(workbook, sheet, selected, printing);
  const { rowCount, columnCount, frozen, layout, merged, first, last } = rows;
  const conditional = useMemo(() => {
    const looks = new ConditionalLooks(workbook, sheet);
    return looks.empty ? null : looks;
  }, [workbook, sheet]);
  const rootRef = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const note = useNoteHover(rootRef);
  const { editing, setEditing, editor, actions } = useCellEditor();
  /** Whether the grid itself moved the selection (then it takes the focus) or the pane did (then it only scrolls). */
  const ownMove = useRef(false);
  /** Each sheet's last cell: a sheet shows again where it was left, as in Excel. */
  const lastCells = useRef(new Map<string, string>());
  useSelectionInView({ scroller, selection, selected, rows, printing, editing: editing !== null, ownMove });

  const cellLabel = useCallback((address: string) => standaloneTextFor(lang)('cellLabel', { cell: address }), [lang]);
  const classes = useMemo<RowClasses>(
    () => ({
      cell: styles.cell,
      number: styles.number,
      selected: styles.selected,
      uncomputed: styles.uncomputed,
      editor: styles.editor,
      hidden: styles.hidden,
      rowHeader: styles.rowHeader,
      frozen: styles.frozen,
      noted: styles.noted,
      wrapped: styles.wrapped,
    }),
    [styles.cell, styles.number, styles.selected, styles.uncomputed, styles.editor, styles.hidden, styles.rowHeader, styles.frozen, styles.noted, styles.wrapped],
  );

  lastCells.current.set(sheet.name, selection.cell);
  const showSheet = (name: string) => workbook.select(name, lastCells.current.get(name) ?? 'A1');
  // A cell inside a merge is its first cell, as in Excel.
  const moveTo = (row: number, column: number) => {
    ownMove.current = true;
    setEditing(null);
    const r = Math.max(0, Math.min(rowCount - 1, row));
    const c = Math.max(0, Math.min(columnCount - 1, column));
    const merge = merged.at(r, c);
    workbook.select(sheet.name, merge === undefined ? a1(r, c) : a1(merge.top, merge.left));
  };
  /** The selected cell's far edges: a merge is left from its last row or column. */
  const selectedMerge = merged.at(selected.row, selected.column);
  const bottomOf = selectedMerge?.bottom ?? selected.row;
  const rightOf = selectedMerge?.right ?? selected.column;
  const step = (then: Direction) => {
    const { row, column } = selected;
    if (then === 'down') moveTo(bottomOf + 1, column);
    else if (then === 'up') moveTo(row - 1, column);
    else if (then === 'right') moveTo(row, rightOf + 1);
    else if (then === 'left') moveTo(row, column - 1);
    else ownMove.current = true;
  };
  const put = (input: CellInput) => workbook.setCell(sheet.name, selection.cell, input);
  actions.current = {
    commit: (text, then) => {
      setEditing(null);
      put(typedInput(text, lang));
      step(then);
    },
    cancel: () => {
      ownMove.current = true;
      setEditing(null);
    },
  };
  const startEditing = (text: string, mode: Editing['mode']) => setEditing({ text, mode });
  const selectedState = workbook.stateOf(sheet.name, selection.cell);
  const onKeyDown = useGridKeyboard({ workbook, sheet, lang, rows, selected, bottomOf, rightOf, selectedState, editing, ownMove, moveTo, showSheet, startEditing, put });
  const clipboard = useGridClipboard(workbook, sheet, selected, selectedState, editing, lang);

  const cellAt = (event: MouseEvent): { row: number; column: number } | null => {
    const address = (event.target as HTMLElement).closest('td[data-cell]')?.getAttribute('data-cell');
    return address ? parseA1(address) : null;
  };
  const onMouseDown = (event: MouseEvent) => {
    if (event.target instanceof HTMLInputElement) return;
    const cell = cellAt(event);
    if (cell === null) return;
    event.preventDefault();
    // A click elsewhere ends the typing there, as in Excel.
    if (editing !== null) put(typedInput(editing.text, lang));
    moveTo(cell.row, cell.column);
  };
  const onDoubleClick = (event: MouseEvent) => {
    const cell = cellAt(event);
    if (cell === null || event.target instanceof HTMLInputElement) return;
    const state = workbook.stateOf(sheet.name, a1(cell.row, cell.column));
    startEditing(editText(state.value, state.formula, lang), 'edit');
  };

  const rowOf = (row: number, stickyTop?: number) => (
    <GridRow
      key={row}
      workbook={workbook}
      sheet={sheet}
      row={row}
      columnCount={columnCount}
      selectedColumn={row === selected.row ? selected.column : -1}
      editing={row === selected.row ? editing : null}
      stamp={workbook.rowStamp(sheet.name, row)}
      lang={lang}
      stickyTop={stickyTop}
      classes={classes}
      editor={editor}
      cellLabel={cellLabel}
      layout={layout}
      merged={merged}
      drawn={merged.spansRows && merged.hasRow(row) ? (row < frozen ? { first: 0, last: frozen - 1 } : { first, last }) : undefined}
      conditional={conditional}
      conditionalKey={conditional?.readsOtherCells ? conditional.rowKey(row, columnCount) : undefined}
    />
  );
  const frozenRows = Array.from({ length: frozen }, (_, row) => rowOf(row, printing ? undefined : ROW_HEIGHT + layout.top(row)));
  const bodyRows = [];
  for (let row = first; row <= last; row++) bodyRows.push(rowOf(row));

  return { workbook, lang, sheet, selection, selectedState, printing, styles, rows, rootRef, scroller, note, frozenRows, bodyRows, onKeyDown, clipboard, onMouseDown, onDoubleClick, showSheet };
}

type SheetGridState = ReturnType<typeof useSheetGrid>;

function renderSheetGrid(state: SheetGridState) {
  const { workbook, lang, sheet, selection, styles, rows, note } = state;
  const { rowCount, columnCount, frozen, widths, lefts, layout, first, last, setView } = rows;
  const t = standaloneTextFor(lang);
  return (
    <div className={styles.root} ref={state.rootRef}>
      <div
        ref={state.scroller}
        id="sheet-panel"
        role="tabpanel"
        aria-labelledby={tabId('sheet-tab', workbook.sheets.indexOf(sheet))}
        className={styles.scroller}
        onScroll={(event) => {
          setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight });
          note.hide();
        }}
      >
        <table
          role="grid"
          aria-label={t('gridLabel', { sheet: sheet.name })}
          aria-rowcount={rowCount + 1}
          aria-colcount={columnCount + 1}
          className={styles.table}
          style={{ width: lefts.at(-1) }}
          onKeyDown={state.onKeyDown}
          onPaste={state.clipboard.onPaste}
          onCopy={state.clipboard.onCopy}
          onMouseDown={state.onMouseDown}
          onDoubleClick={state.onDoubleClick}
          onMouseMove={note.onPointerOverCell}
          onMouseLeave={note.hide}
        >
          <colgroup>
            <col style={{ width: ROW_HEADER_WIDTH }} />
            {widths.map((width, column) => (
              <col key={column} style={{ width }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row" aria-rowindex={1}>
              <td className={styles.corner} />
              {Array.from({ length: columnCount }, (_, column) => (
                <th key={column} role="columnheader" scope="col" className={styles.columnHeader}>
                  {columnLetters(column)}
                </th>
              ))}
            </tr>
            {state.frozenRows}
          </thead>
          <tbody>
            {first > frozen && <tr aria-hidden="true" style={{ height: layout.top(first) - layout.top(frozen) }} />}
            {state.bodyRows}
            {last < rowCount - 1 && <tr aria-hidden="true" style={{ height: layout.top(rowCount) - layout.top(last + 1) }} />}
          </tbody>
        </table>
      </div>
      <NoteTooltip hovered={note.hovered} workbook={workbook} sheet={sheet} lang={lang} />
      <PrintedMarks workbook={workbook} sheet={sheet} lang={lang} printing={state.printing} />
      <GridStatusBar workbook={workbook} sheet={sheet} cell={selection.cell} state={state.selectedState} lang={lang} />
      <div className={styles.tabs}>
        <ScreenTabs
          tabs={workbook.sheets.map((candidate) => ({ value: candidate.name, label: candidate.name }))}
          selected={sheet.name}
          label={t('sheetsLabel')}
          panelId="sheet-panel"
          idPrefix="sheet-tab"
          onSelect={state.showSheet}
        />
      </div>
    </div>
  );
}

function SheetGrid(props: SheetGridProps) {
  return renderSheetGrid(useSheetGrid(props));
}

/** The in-memory workbook as a spreadsheet: sheet tabs, frozen header rows, editable cells, formulas, flags, undo. */
export function Grid({ workbook, lang }: GridProps) {
  useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.version,
  );
  const selection = workbook.selection ?? { sheet: workbook.sheets[0]?.name ?? '', cell: 'A1' };
  const sheet = workbook.sheet(selection.sheet) ?? workbook.sheets[0];
  if (!sheet) return null;
  return <SheetGrid workbook={workbook} lang={lang} sheet={sheet} selection={selection} />;
}
