import type { WorkbookSnapshot } from '../domain';
import { BudgetFileError } from '../document/budget-file';

/**
 * The budget's workbook opened from the Word pane, read in the pane with our own .xlsx reader (the
 * page's and the command line's): loaded when the officer first opens one.
 */
export async function openBudgetFile(file: File): Promise<WorkbookSnapshot> {
  const [{ readXlsx, XlsxFileError }, { snapshotOfBook }] = await Promise.all([
    import(/* webpackChunkName: "xlsx-read" */ '../xlsx/xlsx-read'),
    import(/* webpackChunkName: "xlsx-read" */ '../xlsx/xlsx-snapshot'),
  ]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return snapshotOfBook(readXlsx(bytes, file.name), file.name);
  } catch (error) {
    if (error instanceof XlsxFileError) throw new BudgetFileError(error.reason);
    throw error;
  }
}
