import { type ConditionalFlag, isOurFormula, keyOfFormula } from '../flags/marker';
import type { EditedSheet } from '../office-edits';
import { isBusyEditing, isThrottled, toWorkbookError } from '../office-errors';
import type { Run } from '../office-host';
import { addFormat, deleteFormats, difference, FORMAT_FIELDS, type OurFormat, planAreas, queueAreas, touches, within } from './our-formats';
import type { SyncResult } from './sync-flags';

/**
 * After an edit read by readEditedRows: our flags are looked at on the edited rows only. The plan
 * there is compared with the plan last written; where only flags on those rows differ, or none, the
 * formats read with the rows (and where they apply, one more sync) say what to write. Any other
 * difference (a flag elsewhere, a format over more than those rows that changed, one a paste split)
 * sends the sheet to syncFlags. Returns the sheets that need it.
 */
export async function syncEdited(
  run: Run,
  edited: readonly EditedSheet[],
  plan: readonly ConditionalFlag[],
  written: ReadonlyMap<string, readonly ConditionalFlag[]>,
  rangeAreas: boolean,
): Promise<{ result: SyncResult; whole: string[] }> {
  const result: SyncResult = { added: 0, deleted: 0, failedSheets: [], synced: [], shifts: new Map() };
  const whole: string[] = [];
  const near: Array<{ sheet: EditedSheet; wanted: ConditionalFlag[] }> = [];
  for (const sheet of edited) {
    const before = written.get(sheet.sheet);
    const now = plan.filter((flag) => flag.sheet === sheet.sheet);
    if (before === undefined || sheet.ours === null) {
      whole.push(sheet.sheet);
      continue;
    }
    const names = (flags: readonly ConditionalFlag[]) => new Set(flags.map((flag) => `${flag.key} ${planAreas(flag)}`));
    const [was, is] = [names(before), names(now)];
    const changed = [...before.filter((flag) => !is.has(`${flag.key} ${planAreas(flag)}`)), ...now.filter((flag) => !was.has(`${flag.key} ${planAreas(flag)}`))];
    if (changed.some((flag) => !within(flag.areas, sheet.areas))) whole.push(sheet.sheet);
    else near.push({ sheet, wanted: now.filter((flag) => touches(flag.areas, sheet.areas)) });
  }
  if (near.length === 0) return { result, whole };
  try {
    const outcome = await run(async (context) => {
      const reads = near.map(({ sheet, wanted }) => {
        const worksheet = context.workbook.worksheets.getItem(sheet.sheet);
        const formats = sheet.areas.length === 1 ? worksheet.getRange(sheet.areas[0]).conditionalFormats : worksheet.getRanges(sheet.areas.join(',')).conditionalFormats;
        formats.load(FORMAT_FIELDS);
        const ours = (sheet.ours ?? []).map((entry) => ({ ...entry, areas: queueAreas(formats.getItem(String(entry.position)), rangeAreas) }));
        return { sheet, wanted, formats, ours };
      });
      await context.sync();
      let writes = 0;
      const again: string[] = [];
      for (const { sheet, wanted, formats, ours } of reads) {
        // The positions read with the rows must still be ours, in the same order: else look at the whole sheet.
        const now = formats.items.flatMap((format, position) => {
          const formula = format.type === 'Custom' && !format.customOrNullObject.isNullObject ? format.customOrNullObject.rule.formula : null;
          return isOurFormula(formula) ? [{ position, key: keyOfFormula(formula) }] : [];
        });
        if (JSON.stringify(now) !== JSON.stringify(sheet.ours)) {
          again.push(sheet.sheet);
          continue;
        }
        const found: OurFormat[] = ours.map((entry) => ({ id: String(entry.position), key: entry.key, format: formats.getItem(String(entry.position)), areas: entry.areas() }));
        const { doomed, missing } = difference(found, wanted);
        // A format over more than the edited rows (a column's rule) is rewritten with the whole sheet in view.
        if (doomed.some((format) => format.areas === null || format.areas === undefined || !within(format.areas.split(','), sheet.areas)) || missing.some((flag) => !within(flag.areas, sheet.areas))) {
          again.push(sheet.sheet);
          continue;
        }
        deleteFormats(formats, doomed);
        for (const flag of missing) addFormat(context, flag, rangeAreas);
        result.deleted += doomed.length;
        result.added += missing.length;
        result.shifts?.set(sheet.sheet, missing.length - doomed.length);
        writes += doomed.length + missing.length;
        result.synced.push(sheet.sheet);
      }
      if (writes > 0) await context.sync();
      return again;
    });
    whole.push(...outcome);
  } catch (error) {
    if (isBusyEditing(error) || isThrottled(error)) throw toWorkbookError(error);
    whole.push(...near.map(({ sheet }) => sheet.sheet));
  }
  return { result, whole };
}
