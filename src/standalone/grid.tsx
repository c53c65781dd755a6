import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { type ClipboardEvent, type KeyboardEvent, type MouseEvent, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { a1, columnLetters, type Lang, parseA1 } from '../domain';
import { findingText } from '../i18n/finding-text';
import { standaloneTextFor } from '../i18n/standalone-text';
import type { CellFlag, CellInput, MemorySheet, MemoryWorkbook } from '../memory/memory-workbook';
import { usedBounds } from '../memory/memory-workbook';
import { ScreenTabs, tabId } from '../taskpane/screen-tabs';
import { displayText } from './cell-display';
import { ConditionalLooks } from './conditional-looks';
import { type EditorHandlers, type Editing, GridRow, type RowClasses } from './grid-row';
import { MergedCells } from './merged-cells';
import { RowLayout } from './row-layout';
import { editText, typedInput } from './typed-value';
import { usePrinting } from './use-printing';

const ROW_HEIGHT = 28;
const ROW_HEADER_WIDTH = 48;
const COLUMN_WIDTH = 120;
/** Rows drawn beyond the visible ones, so that scrolling never shows a gap. */
const OVERSCAN = 8;
const MIN_ROWS = 40;
const MIN_COLUMNS = 10;
const PAGE_ROWS = 20;
/** A budget's header row is kept in view when it sits this high on its sheet (below, it would hide the budget). */
const MAX_FROZEN = 10;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%', position: 'relative', backgroundColor: tokens.colorNeutralBackground1 },
  scroller: { flex: 1, overflow: 'auto', position: 'relative', minHeight: '200px', '@media print': { overflow: 'visible', flex: 'none' } },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 4, width: `${ROW_HEADER_WIDTH}px`, backgroundColor: tokens.colorNeutralBackground3 },
  columnHeader: {
    boxSizing: 'border-box',
    position: 'sticky',
    top: 0,
    zIndex: 3,
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  rowHeader: {
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Border-box: a row is exactly ROW_HEIGHT high, borders included, so that row n sits at n × ROW_HEIGHT.
  cell: {
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'cell',
    ':focus': { outline: 'none' },
    // Paper keeps the marks: browsers drop background colours when printing unless told not to.
    '@media print': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact', whiteSpace: 'normal', maxWidth: 'none' },
  },
  frozen: { borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  // Excel's red corner on a cell with a note, over any fill.
  noted: { backgroundImage: 'linear-gradient(225deg, #C00000 6px, transparent 6px)', '@media print': { backgroundImage: 'none' } },
  wrapped: { overflow: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', display: '-webkit-box', WebkitBoxOrient: 'vertical', '@media print': { display: 'block', WebkitLineClamp: 'none' } },
  tooltip: {
    position: 'absolute',
    zIndex: 6,
    maxWidth: '320px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: '#FFFFE1',
    color: '#000000',
    border: '1px solid #767676',
    boxShadow: tokens.shadow8,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    pointerEvents: 'none',
    '@media print': { display: 'none' },
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  selected: { boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}`, '@media print': { boxShadow: 'none' } },
  uncomputed: { textDecorationLine: 'underline', textDecorationStyle: 'dotted' },
  editor: { width: '100%', height: '100%', boxSizing: 'border-box', border: 'none', padding: 0, font: 'inherit', outline: 'none', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  status: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, minHeight: '3em', '@media print': { display: 'none' } },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalS, overflowX: 'auto', '@media print': { display: 'none' } },
  printOnly: { display: 'none', '@media print': { display: 'block', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 } },
  formula: { fontFamily: tokens.fontFamilyMonospace },
});

export interface GridProps {
  readonly workbook: MemoryWorkbook;
  readonly lang: Lang;
}

/** Parses a clipboard's tab-separated rows (what Excel and other spreadsheets put there). */
function pastedRows(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  if (rows.length > 1 && rows.at(-1) === '') rows.pop();
  return rows.map((row) => row.split('\t'));
}

/** Rows kept at the top: the file's frozen panes, else down to the first budget's header row when it sits near the top. */
function frozenRowsOf(workbook: MemoryWorkbook, sheet: MemorySheet): number {
  if (sheet.frozenRows > 0) return Math.min(sheet.frozenRows, MAX_FROZEN);
  const header = workbook.budgetHeaderRow(sheet.name);
  return header !== undefined && header < MAX_FROZEN ? header + 1 : 0;
}

/** A column's width on screen: the file's (Excel counts characters of about 7 px, plus 5 px of margin), else ours. */
function columnWidthOf(sheet: MemorySheet, column: number): number {
  const width = sheet.columnWidths.get(column);
  return width === undefined ? COLUMN_WIDTH : Math.max(24, Math.min(480, Math.round(width * 7 + 5)));
}

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

/** The in-memory workbook as a spreadsheet: sheet tabs, frozen header rows, editable cells, formulas, flags, undo. */
export function Grid({ workbook, lang }: GridProps) {
  const styles = useStyles();
  const t = standaloneTextFor(lang);
  useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.version,
  );
  const printing = usePrinting();
  const firstSheet = workbook.sheets[0]?.name ?? '';
  const selection = workbook.selection ?? { sheet: firstSheet, cell: 'A1' };
  const sheet = workbook.sheet(selection.sheet) ?? workbook.sheets[0];
  const selected = parseA1(selection.cell) ?? { row: 0, column: 0 };
  const bounds = sheet ? usedBounds(sheet) : null;
  const rowCount = printing ? (bounds?.bottom ?? 0) + 1 : Math.max(MIN_ROWS, (bounds?.bottom ?? 0) + 11, selected.row + 1);
  const columnCount = printing ? (bounds?.right ?? 0) + 1 : Math.max(MIN_COLUMNS, (bounds?.right ?? 0) + 3, selected.column + 1);
  const frozen = sheet ? Math.min(frozenRowsOf(workbook, sheet), rowCount) : 0;
  const { widths, lefts } = useMemo(() => {
    const widths = Array.from({ length: columnCount }, (_, column) => (sheet ? columnWidthOf(sheet, column) : COLUMN_WIDTH));
    const lefts = [ROW_HEADER_WIDTH];
    for (const width of widths) lefts.push((lefts.at(-1) ?? 0) + width);
    return { widths, lefts };
  }, [sheet, columnCount]);

  // Rows taller than ours (a wrapped header, a title, the heights the file sets: points are 4/3 px).
  const layout = useMemo(() => {
    const taller = new Map<number, number>();
    for (const [row, points] of sheet?.look.rowHeights ?? []) {
      const pixels = Math.round((points * 4) / 3);
      if (pixels > ROW_HEIGHT) taller.set(row, Math.min(pixels, 600));
    }
    return new RowLayout(ROW_HEIGHT, taller);
  }, [sheet]);
  const merged = useMemo(() => new MergedCells(sheet?.look.merges ?? []), [sheet]);
  const conditional = useMemo(() => {
    const looks = sheet ? new ConditionalLooks(workbook, sheet) : null;
    return looks === null || looks.empty ? null : looks;
  }, [workbook, sheet]);
  const [hovered, setHovered] = useState<{ address: string; left: number; top: number } | null>(null);

  const [editing, setEditing] = useState<Editing | null>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const scroller = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  /** Whether the grid itself moved the selection (then it takes the focus) or the pane did (then it only scrolls). */
  const ownMove = useRef(false);
  /** The selection last brought into view, and each sheet's last cell (a sheet shows again where it was left, as in Excel). */
  const shownSelection = useRef<string | null>(null);
  const lastCells = useRef(new Map<string, string>());

  const frozenHeight = layout.top(frozen);
  const first = printing ? frozen : Math.max(frozen, layout.rowAt(view.top + frozenHeight) - OVERSCAN);
  const last = printing ? rowCount - 1 : Math.min(rowCount - 1, layout.rowAt(view.top + view.height) + OVERSCAN);

  // Bring the selected cell into view below the frozen rows, wherever the selection came from.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || printing) return;
    const headerHeight = ROW_HEIGHT + layout.top(frozen);
    if (selected.row >= frozen) {
      const top = ROW_HEIGHT + layout.top(selected.row);
      const height = layout.height(selected.row);
      const above = top < element.scrollTop + headerHeight;
      const below = top + height > element.scrollTop + element.clientHeight;
      // A step of the keyboard scrolls by what it needs; a jump from the pane puts the cell mid-view.
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
  }, [selection.sheet, selection.cell, selected.row, selected.column, frozen, printing, lefts, layout]);

  useEffect(() => {
    if (!ownMove.current || editing !== null) return;
    // A jump far down draws its row only after the scroll: the focus waits for it.
    const cell = scroller.current?.querySelector<HTMLElement>(`td[data-cell="${selection.cell}"]`);
    if (!cell) return;
    ownMove.current = false;
    cell.focus({ preventScroll: true });
  });

  // The latest state, for handlers the memoised rows keep from their first render.
  const latest = useRef({ editing, commit: (_text: string, _then: Direction) => {}, cancel: () => {} });
  const editor = useMemo<EditorHandlers>(
    () => ({
      change: (text) => setEditing((current) => (current === null ? null : { ...current, text })),
      key: (event) => {
        const current = latest.current.editing;
        if (current === null) return;
        const arrows: Record<string, Direction> = { ArrowDown: 'down', ArrowUp: 'up', ArrowLeft: 'left', ArrowRight: 'right' };
        let then: Direction | null = null;
        if (event.key === 'Enter') then = event.shiftKey ? 'up' : 'down';
        else if (event.key === 'Tab') then = event.shiftKey ? 'left' : 'right';
        else if (current.mode === 'enter' && arrows[event.key] !== undefined) then = arrows[event.key] ?? null;
        if (then !== null) {
          event.preventDefault();
          event.stopPropagation();
          latest.current.commit(current.text, then);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          latest.current.cancel();
        }
      },
      blur: () => {
        const current = latest.current.editing;
        if (current !== null) latest.current.commit(current.text, 'stay');
      },
    }),
    [],
  );
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

  if (!sheet) return null;
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
  latest.current = {
    editing,
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

  const onKeyDown = (event: KeyboardEvent) => {
    if (editing !== null || event.target instanceof HTMLInputElement) return;
    const { row, column } = selected;
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

  // The officer's note beside its cell while the pointer is on it, as Excel shows a note (on a move:
  // a scroll hides it, and the pointer may then rest on the cell without entering it again).
  const onPointerOverCell = (event: MouseEvent) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-note]');
    const address = cell?.getAttribute('data-cell') ?? null;
    if (cell === null || address === null) {
      if (hovered !== null) setHovered(null);
      return;
    }
    if (hovered?.address === address) return;
    const root = rootRef.current?.getBoundingClientRect();
    const rect = cell.getBoundingClientRect();
    if (root === undefined) return;
    // Beside the cell when there is room (Excel's place), else below it.
    const beside = rect.right - root.left + 4 + 240 <= root.width;
    setHovered({ address, left: beside ? rect.right - root.left + 4 : Math.max(4, Math.min(rect.left - root.left, root.width - 244)), top: beside ? rect.top - root.top : rect.bottom - root.top + 2 });
  };

  const onPaste = (event: ClipboardEvent) => {
    if (editing !== null || event.target instanceof HTMLInputElement) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    const updates: Array<[string, CellInput]> = [];
    pastedRows(text).forEach((cells, r) => cells.forEach((value, c) => updates.push([a1(selected.row + r, selected.column + c), typedInput(value, lang)])));
    // One paste, one step of Ctrl+Z.
    workbook.setCells(sheet.name, updates);
  };
  const onCopy = (event: ClipboardEvent) => {
    if (editing !== null || event.target instanceof HTMLInputElement) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', selectedState.value === null ? '' : editText(selectedState.value, null, lang).replace(/^'/, ''));
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
      drawn={merged.spansRows && merged.hasRow(row) ? (row < frozen ? frozenDrawn : bodyDrawn) : undefined}
      conditional={conditional}
      conditionalKey={conditional?.readsOtherCells ? conditional.rowKey(row, columnCount) : undefined}
    />
  );
  const frozenDrawn = { first: 0, last: frozen - 1 };
  const bodyDrawn = { first, last };
  const frozenRows = Array.from({ length: frozen }, (_, row) => rowOf(row, printing ? undefined : ROW_HEIGHT + layout.top(row)));
  const rows = [];
  for (let row = first; row <= last; row++) rows.push(rowOf(row));

  const uncomputedHere = workbook.uncomputed.get(`${sheet.name}!${selection.cell}`);
  const selectedNote = sheet.look.notes.get(selection.cell);
  const hoveredNote = hovered === null ? undefined : sheet.look.notes.get(hovered.address);
  const hoveredFlag = hovered === null ? undefined : workbook.flagAt(sheet.name, hovered.address);
  const kindNames: Readonly<Record<string, Parameters<typeof t>[0]>> = {
    dataBar: 'formatKindDataBar',
    colorScale: 'formatKindColorScale',
    iconSet: 'formatKindIconSet',
    top10: 'formatKindTop10',
    aboveAverage: 'formatKindAboveAverage',
    duplicateValues: 'formatKindDuplicateValues',
    uniqueValues: 'formatKindUniqueValues',
  };
  const unshown = sheet.look.unshown.map(({ kind, areas }) => `${kindNames[kind] === undefined ? t('formatKindOther', { kind }) : t(kindNames[kind])} (${areas})`);
  const selectedFlag = workbook.flagAt(sheet.name, selection.cell);
  const shown = displayText(selectedState.value, sheet.formats.get(selection.cell), lang);
  const uncomputed = [...workbook.uncomputed.keys()];
  // The list of marks is printed only: sorted when printing, not at every edit of a 10 000-row sheet.
  const flagged = printing
    ? [...(workbook.flags.get(sheet.name) ?? new Map<string, CellFlag>())]
        .map(([cell, flag]) => ({ cell, flag, at: parseA1(cell) ?? { row: 0, column: 0 } }))
        .sort((x, y) => x.at.row - y.at.row || x.at.column - y.at.column)
        .map(({ cell, flag }) => [cell, flag] as const)
    : [];

  return (
    <div className={styles.root} ref={rootRef}>
      <div
        ref={scroller}
        id="sheet-panel"
        role="tabpanel"
        aria-labelledby={tabId('sheet-tab', workbook.sheets.indexOf(sheet))}
        className={styles.scroller}
        onScroll={(event) => {
          setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight });
          setHovered(null);
        }}
      >
        <table
          role="grid"
          aria-label={t('gridLabel', { sheet: sheet.name })}
          aria-rowcount={rowCount + 1}
          aria-colcount={columnCount + 1}
          className={styles.table}
          style={{ width: lefts.at(-1) }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onCopy={onCopy}
          onMouseDown={onMouseDown}
          onDoubleClick={onDoubleClick}
          onMouseMove={onPointerOverCell}
          onMouseLeave={() => setHovered(null)}
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
            {frozenRows}
          </thead>
          <tbody>
            {first > frozen && <tr aria-hidden="true" style={{ height: layout.top(first) - layout.top(frozen) }} />}
            {rows}
            {last < rowCount - 1 && <tr aria-hidden="true" style={{ height: layout.top(rowCount) - layout.top(last + 1) }} />}
          </tbody>
        </table>
      </div>
      {hovered !== null && hoveredNote !== undefined && (
        <div role="tooltip" className={styles.tooltip} style={{ left: hovered.left, top: hovered.top }}>
          {hoveredNote}
          {hoveredFlag && `\n\n${hoveredFlag.findings.map((finding) => findingText(finding, lang)).join('\n')}`}
        </div>
      )}
      {flagged.length > 0 && (
        <section className={styles.printOnly} aria-hidden="true">
          <h2>{t('printMarks', { sheet: sheet.name })}</h2>
          <ul>
            {flagged.map(([cell, flag]) => (
              <li key={cell}>{`${cell} — ${flag.findings.map((finding) => findingText(finding, lang)).join(' ')}`}</li>
            ))}
          </ul>
        </section>
      )}
      <div className={styles.status} role="status" aria-live="polite" data-testid="status">
        <Text weight="semibold">{`${sheet.name}!${selection.cell}`}</Text>
        {selectedState.formula !== null && <Text className={styles.formula}>{` · =${selectedState.formula}`}</Text>}
        {selectedState.value !== null && <Text>{` · ${shown}`}</Text>}
        {selectedNote !== undefined && <Text block>{t('noteLine', { note: selectedNote })}</Text>}
        {uncomputedHere !== undefined && (
          <Text block>{uncomputedHere === '' ? t('uncomputedCell') : t('uncomputedCellFunction', { name: uncomputedHere })}</Text>
        )}
        {selectedFlag ? (
          selectedFlag.findings.map((finding, index) => (
            <Text key={index} block>
              {t('flagLine', { severity: t(selectedFlag.severity === 'error' ? 'error' : 'warning'), message: findingText(finding, lang) })}
            </Text>
          ))
        ) : (
          <Text block size={200}>
            {t('editHint')}
          </Text>
        )}
        {unshown.length > 0 && (
          <Text block size={200}>
            {t(unshown.length === 1 ? 'formatNotShown' : 'formatsNotShown', { list: unshown.join(', ') })}
          </Text>
        )}
        {uncomputed.length > 0 && (
          <Text block size={200}>
            {t(uncomputed.length === 1 ? 'uncomputedOne' : 'uncomputedMany', { count: uncomputed.length, cells: uncomputed.slice(0, 3).join(', ') + (uncomputed.length > 3 ? '…' : '') })}
          </Text>
        )}
      </div>
      <div className={styles.tabs}>
        <ScreenTabs
          tabs={workbook.sheets.map((candidate) => ({ value: candidate.name, label: candidate.name }))}
          selected={sheet.name}
          label={t('sheetsLabel')}
          panelId="sheet-panel"
          idPrefix="sheet-tab"
          onSelect={showSheet}
        />
      </div>
    </div>
  );
}

type Direction = 'down' | 'up' | 'left' | 'right' | 'stay';
