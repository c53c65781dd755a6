import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET, type SampleSheet } from '../../src/sample/sample-budgets';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

/** A sheet without an Excel table: the core looks for header rows in its cells. */
export function plainSheet(name: string, rows: Rows, top = 0, left = 0): SheetSnapshot {
  return { name, tables: [], cells: [{ top, left, values: rows }] };
}

/** A sheet holding one Excel table at the given position. */
export function tableSheet(name: string, table: string, rows: Rows, options: { top?: number; left?: number; hasTotalsRow?: boolean } = {}): SheetSnapshot {
  const { top = 0, left = 0, hasTotalsRow = false } = options;
  return { name, tables: [{ name: table, top, left, values: rows, hasTotalsRow }], cells: [{ top, left, values: rows }] };
}

export function workbookOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export function sampleSheet(sample: SampleSheet): SheetSnapshot {
  return plainSheet(sample.name, sample.rows);
}

export function nordWorkbook(): WorkbookSnapshot {
  return workbookOf(sampleSheet(NORD_SHEET));
}

export function sampleWorkbook(): WorkbookSnapshot {
  return workbookOf(sampleSheet(NORD_SHEET), sampleSheet(PAS_DE_CALAIS_SHEET));
}

/** A copy of the rows with one cell changed: rows and columns 0-based, header row included. */
export function withCell(rows: Rows, row: number, column: number, value: CellValue): CellValue[][] {
  return rows.map((cells, index) => {
    const copy = [...cells];
    if (index === row) {
      while (copy.length <= column) copy.push(null);
      copy[column] = value;
    }
    return copy;
  });
}
