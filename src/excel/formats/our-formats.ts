import { parseRange, rangesOverlap, rangeWithin } from '../../domain';
import { FLAG_COLOURS } from '../../workbook/flag-colours';
import { type ConditionalFlag, isOurFormula, keyOfFormula } from '../flags/marker';

/**
 * Our conditional formats as Excel holds them: read back (our formulas name themselves, and where
 * each applies), compared with a plan, deleted and added.
 */

/** A format of ours as read back: its position, the key its marker carries (null: an older version of ours), and its areas. */
export interface OurFormat {
  readonly id: string;
  readonly key: string | null;
  readonly format: Excel.ConditionalFormat;
  /** Where it applies, read in a second sync: "E2:E7,E9:E12" without the sheet, or null (several ranges, before ExcelApi 1.9). */
  areas?: string | null;
}

export const FORMAT_FIELDS = 'items/id,items/type,items/customOrNullObject/rule/formula';

/** Queues the load of a sheet's conditional formats; after the sync, gives ours (null: the sheet is gone). */
export function queueOurFormats(context: Excel.RequestContext, sheet: string) {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  const formats = worksheet.getRange().conditionalFormats;
  formats.load(FORMAT_FIELDS);
  return {
    collection: formats,
    read: (): { formats: Excel.ConditionalFormatCollection; ours: OurFormat[] } | null => {
      if (worksheet.isNullObject) return null;
      const ours: OurFormat[] = [];
      for (const format of formats.items) {
        const custom = format.type === 'Custom' && !format.customOrNullObject.isNullObject ? format.customOrNullObject.rule.formula : null;
        if (custom !== null && isOurFormula(custom)) ours.push({ id: format.id, key: keyOfFormula(custom), format });
      }
      return { formats, ours };
    },
    /** How many formats the sheet holds (ours and the officer's), once synced; 0 when it is gone. */
    counted: () => (worksheet.isNullObject ? 0 : formats.items.length),
  };
}

/** Queues the load of where a format applies: getRanges on ExcelApi 1.9, a single range before (null when it has several, or none is there). */
export function queueAreas(format: Excel.ConditionalFormat, rangeAreas: boolean): () => string | null {
  if (rangeAreas) {
    const areas = format.getRanges().load('address');
    return () => (areas.isNullObject ? null : normalAreas(areas.address));
  }
  const range = format.getRangeOrNullObject().load('address');
  return () => (range.isNullObject ? null : normalAreas(range.address));
}

/** "Nord!E2:E4,Nord!E6:E8" → "E2:E4,E6:E8": areas without the sheet nor $, in order. */
export function normalAreas(address: string | null | undefined): string | null {
  if (typeof address !== 'string' || address === '') return null;
  return address
    .split(',')
    .map((area) => area.replace(/^.*!/, '').replace(/\$/g, ''))
    .sort()
    .join(',');
}

export const planAreas = (flag: ConditionalFlag) => [...flag.areas].sort().join(',');

/** Deletes formats of a loaded collection by id, the last first. */
export function deleteFormats(formats: Excel.ConditionalFormatCollection, doomed: ReadonlyArray<{ readonly id: string }>): void {
  for (const format of [...doomed].sort((a, b) => Number(b.id) - Number(a.id))) formats.getItem(format.id).delete();
}

export function addFormat(context: Excel.RequestContext, flag: ConditionalFlag, rangeAreas: boolean): void {
  const sheet = context.workbook.worksheets.getItem(flag.sheet);
  const target = flag.areas.length > 1 && rangeAreas ? sheet.getRanges(flag.areas.join(',')) : sheet.getRange(flag.areas[0]);
  const format = target.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
  format.custom.rule.formula = flag.formula;
  format.custom.format.fill.color = FLAG_COLOURS[flag.severity].fill;
  format.custom.format.font.color = FLAG_COLOURS[flag.severity].text;
}
/**
 * What to delete and what to add: a format of ours stays when the plan has its key over exactly its
 * cells, once; another with the same key (a copy a paste made), one over other cells (split by a
 * pasted row), an older one of ours: all go.
 */
export function difference(ours: readonly OurFormat[], wanted: readonly ConditionalFlag[]): { doomed: OurFormat[]; missing: ConditionalFlag[] } {
  const open = new Map<string, ConditionalFlag>(wanted.map((flag) => [`${flag.key} ${planAreas(flag)}`, flag]));
  const doomed: OurFormat[] = [];
  for (const format of ours) {
    const name = `${format.key} ${format.areas}`;
    if (format.key !== null && format.areas !== null && format.areas !== undefined && open.has(name)) open.delete(name);
    else doomed.push(format);
  }
  return { doomed, missing: wanted.filter((flag) => open.has(`${flag.key} ${planAreas(flag)}`)) };
}

/** Whether every area of `inner` ("E5", "A5:F5") lies inside one of `outer`'s. */
export function within(inner: readonly string[], outer: readonly string[]): boolean {
  const ranges = outer.map(parseRange);
  return inner.every((area) => {
    const range = parseRange(area);
    return range !== null && ranges.some((other) => other !== null && rangeWithin(range, other));
  });
}

/** Whether some area of `inner` shares a cell with one of `outer`'s. */
export function touches(inner: readonly string[], outer: readonly string[]): boolean {
  const ranges = outer.map(parseRange);
  return inner.some((area) => {
    const range = parseRange(area);
    return range !== null && ranges.some((other) => other !== null && rangesOverlap(range, other));
  });
}
