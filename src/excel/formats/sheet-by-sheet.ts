import type { SheetFailure } from '../../workbook/budget-workbook';
import type { Run } from '../office-host';
import { isBusyEditing, isNotFound, isThrottled, toWorkbookError } from '../office-errors';

/**
 * Runs a piece of work over several sheets at once, the fewest round trips; if Excel refuses it
 * (one sheet's formats cannot be read, a protected sheet), runs it again sheet by sheet, so that
 * one sheet never stops the others, and names the sheets that still fail. Excel busy with a cell
 * being edited, or asking to slow down, is no sheet's failure: it stops the whole operation. A
 * sheet that is gone meanwhile is skipped.
 */
export async function sheetBySheetOnFailure<T extends { failedSheets: SheetFailure[] }>(
  run: Run,
  sheets: readonly string[],
  work: (context: Excel.RequestContext, sheets: readonly string[]) => Promise<T>,
  merge: (into: T, from: T) => void,
  empty: () => T,
): Promise<T> {
  const whole = (error: unknown) => isBusyEditing(error) || isThrottled(error);
  try {
    return await run((context) => work(context, sheets));
  } catch (error) {
    if (whole(error)) throw toWorkbookError(error);
  }
  const total = empty();
  for (const sheet of sheets) {
    try {
      merge(total, await run((context) => work(context, [sheet])));
    } catch (error) {
      if (whole(error)) throw toWorkbookError(error);
      if (isNotFound(error) && !(await exists(run, sheet))) continue;
      total.failedSheets.push({ sheet, code: toWorkbookError(error).code });
    }
  }
  return total;
}

async function exists(run: Run, sheet: string): Promise<boolean> {
  try {
    return await run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      return !worksheet.isNullObject;
    });
  } catch {
    return true;
  }
}
