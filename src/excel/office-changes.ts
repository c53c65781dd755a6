import type { WorkbookChange } from '../workbook/budget-workbook';

type Batch = <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Follows the officer's edits: every sheet's changes (one workbook-wide handler from ExcelApi 1.9,
 * else one per sheet, a sheet added later getting its own), and sheets added. Our own writes are
 * no edit of the officer's. Gives the function that stops following.
 */
export async function followChanges(batch: Batch, workbookWideEvents: boolean, ownWrites: () => boolean, listener: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
  // Office.js takes handlers that return a promise; this one has nothing to wait for.
  const handler = (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    // Our own writes (a new budget table) are no edit of the officer's.
    if (event.triggerSource === 'ThisLocalAddin' || ownWrites()) return Promise.resolve();
    // A co-author's edit is checked again; its flags are left a moment to the co-author's own pane.
    listener({
      remote: String(event.source) === 'Remote',
      sheetId: event.worksheetId,
      address: event.address,
      structural: String(event.changeType) !== 'RangeEdited',
    });
    return Promise.resolve();
  };
  const registrations: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  let stopped = false;
  // Before ExcelApi 1.9 each sheet has its handler: a sheet added later gets its own, from onAdded.
  const onAdded = async (event: Excel.WorksheetAddedEventArgs) => {
    listener({ remote: String(event.source) === 'Remote', sheetId: event.worksheetId, structural: true });
    if (workbookWideEvents || stopped) return;
    try {
      await batch(async (context) => {
        registrations.push(context.workbook.worksheets.getItem(event.worksheetId).onChanged.add(handler));
        await context.sync();
      });
    } catch {
      // The sheet went as fast as it came: nothing to follow.
    }
  };
  const added = await batch(async (context) => {
    const worksheets = context.workbook.worksheets;
    if (workbookWideEvents) {
      registrations.push(worksheets.onChanged.add(handler));
    } else {
      worksheets.load('items/name');
      await context.sync();
      for (const sheet of worksheets.items) registrations.push(sheet.onChanged.add(handler));
    }
    const result = worksheets.onAdded.add(onAdded);
    await context.sync();
    return result;
  });
  return async () => {
    stopped = true;
    for (const registration of [...registrations, added]) {
      registration.remove();
      await registration.context.sync();
    }
    registrations.length = 0;
  };
}
