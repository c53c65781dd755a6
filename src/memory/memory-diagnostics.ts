import type { Diagnostics } from '../workbook/workbook-diagnostics';
import { type CellFlag, flagKey, flagsOf } from './cell-flags';
import type { CellInput } from './edit-history';
import type { MemorySheetInit } from './memory-sheet';

/** What the self-test needs of the in-memory workbook: a scratch sheet added, typed in, flagged and taken away. */
export interface ScratchHost {
  addSheet(init: MemorySheetInit): void;
  /** The sheet, its flags, its edits and the selection on it gone. */
  removeSheet(name: string): void;
  setCell(sheet: string, cell: string, value: CellInput): void;
  flagsOn(sheet: string): ReadonlyMap<string, CellFlag> | undefined;
}

/** Flags as the self-test compares them: a cell, and the colour and rules that stand for a formula in Excel. */
const asFlags = (flags: ReadonlyMap<string, CellFlag> | undefined) => [...(flags ?? new Map<string, CellFlag>())].map(([cell, flag]) => ({ areas: cell, formula: flagKey(flag) }));

/**
 * What the self-test (Réglages › Diagnostic) does on the standalone page: the same steps as in
 * Excel, on a scratch sheet of the in-memory workbook, where a flag is drawn beside its cell.
 */
export function memoryDiagnostics(host: ScratchHost): Diagnostics {
  /** Conditional formats of the officer's, by sheet: the self-test adds one and checks it survives clearing. */
  const foreignFormats = new Map<string, number>();
  return {
    hostInfo: () => Promise.resolve({ host: 'page autonome / standalone page', platform: 'classeur en mémoire / in-memory workbook' }),
    expectedFlags: (result, _matching, sheet) => asFlags(flagsOf(result).get(sheet)),
    createScratchSheet: (name, rows) => {
      host.addSheet({ name, rows });
      return Promise.resolve();
    },
    setScratchCell: (sheet, cell, value) => {
      // As in Excel, a leading apostrophe keeps what follows as text.
      host.setCell(sheet, cell, value === '' ? null : typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value);
      return Promise.resolve();
    },
    readOurFlags: (sheet) => Promise.resolve(asFlags(host.flagsOn(sheet))),
    addForeignFormat: (sheet) => {
      foreignFormats.set(sheet, (foreignFormats.get(sheet) ?? 0) + 1);
      return Promise.resolve();
    },
    countForeignFormats: (sheet) => Promise.resolve(foreignFormats.get(sheet) ?? 0),
    deleteScratchSheet: (name) => {
      foreignFormats.delete(name);
      host.removeSheet(name);
      return Promise.resolve();
    },
    // The page draws flags beside the cells: no formula is written, any is "accepted".
    acceptsFormula: () => Promise.resolve(true),
  };
}
