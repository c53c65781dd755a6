import type { ClipboardEvent } from 'react';
import { a1, type Lang } from '../domain';
import type { CellInput, CellState } from '../memory/edit-history';
import type { MemorySheet } from '../memory/memory-sheet';
import type { MemoryWorkbook } from '../memory/memory-workbook';
import type { Editing } from './grid-row';
import { editText, typedInput } from './typed-value';

/** Parses a clipboard's tab-separated rows (what Excel and other spreadsheets put there). */
function pastedRows(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  if (rows.length > 1 && rows.at(-1) === '') rows.pop();
  return rows.map((row) => row.split('\t'));
}

export interface GridClipboard {
  readonly onPaste: (event: ClipboardEvent) => void;
  readonly onCopy: (event: ClipboardEvent) => void;
}

/**
 * Ctrl+C copies the selected cell as Excel gives it to other programs; Ctrl+V pastes a block of
 * tab-separated rows from the selected cell, each value typed as the page's language reads it,
 * in one step of Ctrl+Z.
 */
export function useGridClipboard(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  selected: { readonly row: number; readonly column: number },
  selectedState: CellState,
  editing: Editing | null,
  lang: Lang,
): GridClipboard {
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
  return { onPaste, onCopy };
}
