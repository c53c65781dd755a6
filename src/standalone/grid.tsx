import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { type ClipboardEvent, type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { a1, type CellValue, columnLetters, type Lang, parseA1 } from '../domain';
import { standaloneTextFor } from '../i18n/standalone-text';
import { type MemoryWorkbook, usedBounds } from '../memory/memory-workbook';
import { ScreenTabs, tabId } from '../taskpane/screen-tabs';
import { FLAG_COLOURS } from '../workbook/flag-colours';
import { shownValue, typedValue } from './typed-value';

const ROW_HEIGHT = 28;
/** Rows drawn beyond the visible ones, so that scrolling never shows a gap. */
const OVERSCAN = 10;
const MIN_ROWS = 40;
const MIN_COLUMNS = 10;
const PAGE_ROWS = 20;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  scroller: { flex: 1, overflow: 'auto', position: 'relative', minHeight: '200px' },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, width: '48px', backgroundColor: tokens.colorNeutralBackground3 },
  columnHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    width: '120px',
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  rowHeader: {
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
  cell: {
    height: `${ROW_HEIGHT}px`,
    maxWidth: '120px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground1,
    cursor: 'cell',
    ':focus': { outline: 'none' },
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  selected: { boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}` },
  editor: { width: '100%', height: '100%', boxSizing: 'border-box', border: 'none', padding: 0, font: 'inherit', outline: 'none', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  status: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, minHeight: '3em' },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingInline: tokens.spacingHorizontalS },
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

/** The in-memory workbook as a small spreadsheet: sheet tabs, columns, rows, editable cells, flags. */
export function Grid({ workbook, lang }: GridProps) {
  const styles = useStyles();
  const t = standaloneTextFor(lang);
  useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.version,
  );
  const firstSheet = workbook.sheets[0]?.name ?? '';
  const selection = workbook.selection ?? { sheet: firstSheet, cell: 'A1' };
  const sheet = workbook.sheet(selection.sheet) ?? workbook.sheets[0];
  const selected = parseA1(selection.cell) ?? { row: 0, column: 0 };
  const bounds = sheet ? usedBounds(sheet) : null;
  const rowCount = Math.max(MIN_ROWS, (bounds?.bottom ?? 0) + 11, selected.row + 1);
  const columnCount = Math.max(MIN_COLUMNS, (bounds?.right ?? 0) + 3, selected.column + 1);

  const [editing, setEditing] = useState<string | null>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const scroller = useRef<HTMLDivElement>(null);
  const cellRefs = useRef(new Map<string, HTMLTableCellElement>());
  /** Whether the grid itself moved the selection (then it takes the focus) or the pane did (then it only scrolls). */
  const ownMove = useRef(false);

  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount - 1, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);

  // Bring the selected cell into view, wherever the selection came from.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const top = (selected.row + 1) * ROW_HEIGHT;
    if (top < element.scrollTop + ROW_HEIGHT || top + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
      element.scrollTop = Math.max(0, top - element.clientHeight / 2);
      setView({ top: element.scrollTop, height: element.clientHeight });
    }
  }, [selection.sheet, selected.row, selected.column]);

  useEffect(() => {
    const cell = cellRefs.current.get(selection.cell);
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    if (ownMove.current && editing === null) cell?.focus();
    ownMove.current = false;
  });

  useEffect(() => {
    const element = scroller.current;
    if (element) setView({ top: element.scrollTop, height: element.clientHeight || 600 });
  }, []);

  if (!sheet) return null;

  const moveTo = (row: number, column: number) => {
    ownMove.current = true;
    setEditing(null);
    workbook.select(sheet.name, a1(Math.max(0, Math.min(rowCount - 1, row)), Math.max(0, Math.min(columnCount - 1, column))));
  };
  const commit = (text: string, then: 'down' | 'right' | 'stay') => {
    setEditing(null);
    workbook.setCell(sheet.name, selection.cell, typedValue(text));
    if (then === 'down') moveTo(selected.row + 1, selected.column);
    else if (then === 'right') moveTo(selected.row, selected.column + 1);
    else ownMove.current = true;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (editing !== null) return;
    const { row, column } = selected;
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(row + 1, column),
      ArrowUp: () => moveTo(row - 1, column),
      ArrowRight: () => moveTo(row, column + 1),
      ArrowLeft: () => moveTo(row, column - 1),
      PageDown: () => moveTo(row + PAGE_ROWS, column),
      PageUp: () => moveTo(row - PAGE_ROWS, column),
      Home: () => (event.ctrlKey ? moveTo(0, 0) : moveTo(row, 0)),
      End: () => moveTo(row, (bounds?.right ?? 0)),
      Enter: () => setEditing(shownValue(sheet.cells.get(selection.cell) ?? null)),
      F2: () => setEditing(shownValue(sheet.cells.get(selection.cell) ?? null)),
      Delete: () => workbook.setCell(sheet.name, selection.cell, null),
      Backspace: () => workbook.setCell(sheet.name, selection.cell, null),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing replaces the cell's content, as in Excel.
      event.preventDefault();
      setEditing(event.key);
    }
  };

  const onPaste = (event: ClipboardEvent) => {
    if (editing !== null) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    const updates: Array<[string, CellValue]> = [];
    pastedRows(text).forEach((cells, r) => cells.forEach((value, c) => updates.push([a1(selected.row + r, selected.column + c), typedValue(value)])));
    workbook.setCells(sheet.name, updates);
  };

  const selectedFlag = workbook.flagAt(sheet.name, selection.cell);
  const selectedValue = sheet.cells.get(selection.cell) ?? null;

  const rows = [];
  for (let row = first; row <= last; row++) {
    const cells = [];
    for (let column = 0; column < columnCount; column++) {
      const address = a1(row, column);
      const value = sheet.cells.get(address) ?? null;
      const flag = workbook.flagAt(sheet.name, address);
      const isSelected = row === selected.row && column === selected.column;
      const descriptionId = flag ? `flag-${sheet.name.replace(/\W/g, '_')}-${address}` : undefined;
      const flagText = flag?.messages.map((message) => message[lang]).join('\n');
      cells.push(
        <td
          key={address}
          ref={(element) => {
            if (element) cellRefs.current.set(address, element);
            else cellRefs.current.delete(address);
          }}
          role="gridcell"
          aria-colindex={column + 2}
          aria-selected={isSelected}
          aria-label={`${address}${value === null ? '' : ` ${shownValue(value)}`}`}
          aria-describedby={descriptionId}
          data-cell={address}
          data-flag={flag?.severity}
          title={flagText}
          tabIndex={isSelected ? 0 : -1}
          className={mergeClasses(styles.cell, typeof value === 'number' && styles.number, isSelected && styles.selected)}
          style={flag ? { backgroundColor: FLAG_COLOURS[flag.severity].fill, color: FLAG_COLOURS[flag.severity].text } : undefined}
          onMouseDown={(event) => {
            event.preventDefault();
            moveTo(row, column);
          }}
          onDoubleClick={() => setEditing(shownValue(value))}
        >
          {isSelected && editing !== null ? (
            <input
              autoFocus
              className={styles.editor}
              aria-label={t('cellLabel', { cell: address })}
              value={editing}
              onChange={(event) => setEditing(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  commit(editing, 'down');
                } else if (event.key === 'Tab') {
                  event.preventDefault();
                  commit(editing, 'right');
                } else if (event.key === 'Escape') {
                  event.preventDefault();
                  ownMove.current = true;
                  setEditing(null);
                }
              }}
              onBlur={() => commit(editing, 'stay')}
            />
          ) : (
            shownValue(value)
          )}
          {flag && (
            <span id={descriptionId} className={styles.hidden}>
              {flagText}
            </span>
          )}
        </td>,
      );
    }
    rows.push(
      <tr key={row} role="row" aria-rowindex={row + 2}>
        <th role="rowheader" className={styles.rowHeader} scope="row">
          {row + 1}
        </th>
        {cells}
      </tr>,
    );
  }

  return (
    <div className={styles.root}>
      <div
        ref={scroller}
        id="sheet-panel"
        role="tabpanel"
        aria-labelledby={tabId('sheet-tab', workbook.sheets.indexOf(sheet))}
        className={styles.scroller}
        onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}
      >
        <table
          role="grid"
          aria-label={t('gridLabel', { sheet: sheet.name })}
          aria-rowcount={rowCount + 1}
          aria-colcount={columnCount + 1}
          className={styles.table}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        >
          <colgroup>
            <col style={{ width: 48 }} />
            {Array.from({ length: columnCount }, (_, column) => (
              <col key={column} style={{ width: 120 }} />
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
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
            {rows}
            {last < rowCount - 1 && <tr aria-hidden="true" style={{ height: (rowCount - 1 - last) * ROW_HEIGHT }} />}
          </tbody>
        </table>
      </div>
      <div className={styles.status} role="status" aria-live="polite">
        <Text weight="semibold">{`${sheet.name}!${selection.cell}`}</Text>
        {selectedValue !== null && <Text>{` · ${shownValue(selectedValue)}`}</Text>}
        {selectedFlag ? (
          selectedFlag.messages.map((message, index) => (
            <Text key={index} block>
              {`${t(selectedFlag.severity === 'error' ? 'error' : 'warning')} : ${message[lang]}`}
            </Text>
          ))
        ) : (
          <Text block size={200}>
            {t('editHint')}
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
          onSelect={(name) => workbook.select(name, workbook.selection?.sheet === name ? workbook.selection.cell : 'A1')}
        />
      </div>
    </div>
  );
}
