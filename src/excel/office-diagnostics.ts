import { rangeA1 } from '../domain';
import type { Diagnostics } from '../workbook/workbook-diagnostics';
import { flagPlan, isOurFormula, keyOfFormula } from './flag-formulas';
import type { OfficeHost } from './office-host';

type Batch = <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The requirement sets the report lists: ExcelApi 1.1 to 1.20. */
const API_VERSIONS = Array.from({ length: 20 }, (_, index) => `1.${index + 1}`);

/** A conditional format of the officer's kind: not ours, so clearing must leave it. */
const FOREIGN_FORMULA = '=LEN(A1)>1000';

/**
 * What the self-test does in Excel, on a scratch sheet of its own: it writes a small budget there,
 * edits it, adds a format of the officer's kind, checks that the host accepts a formula, and
 * deletes the sheet. Nothing outside that sheet is written.
 */
export function officeDiagnostics(host: OfficeHost, batch: Batch, rangeAreas: boolean): Diagnostics {
  const formatsOf = (context: Excel.RequestContext, sheet: string) => {
    const formats = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
    formats.load('items/id,items/type,items/customOrNullObject/rule/formula');
    return formats;
  };
  return {
    hostInfo() {
      const supported = API_VERSIONS.filter((version) => host.isSetSupported('ExcelApi', version));
      return Promise.resolve({ ...host.info, ExcelApi: supported.length === 0 ? '—' : `${supported[0]} … ${supported.at(-1)}` });
    },

    expectedFlags(result, matching, sheet) {
      return flagPlan(result, { matching, rangeAreas })
        .flags.filter((flag) => flag.sheet === sheet)
        .map((flag) => ({ areas: flag.areas.join(','), formula: flag.formula }));
    },

    createScratchSheet: (name, rows) =>
      batch(async (context) => {
        const sheet = context.workbook.worksheets.add(name);
        const width = Math.max(...rows.map((row) => row.length));
        sheet.getRange(rangeA1(0, 0, rows.length - 1, width - 1)).values = rows.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? ''));
        await context.sync();
      }),

    setScratchCell: (sheet, cell, value) =>
      batch(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value ?? '']];
        await context.sync();
      }),

    readOurFlags: (sheet) =>
      batch(async (context) => {
        const formats = formatsOf(context, sheet);
        await context.sync();
        const ours = formats.items.filter((format) => format.type === 'Custom' && !format.customOrNullObject.isNullObject && isOurFormula(format.customOrNullObject.rule.formula));
        const ranges = ours.map((format) => format.getRangeOrNullObject().load('address'));
        await context.sync();
        return ours.map((format, index) => {
          const range = ranges[index] as Excel.Range;
          const address = range.isNullObject
            ? ''
            : range.address
                .split(',')
                .map((area) => area.replace(/^.*!/, ''))
                .join(',');
          return { areas: address, formula: format.customOrNullObject.rule.formula };
        });
      }),

    addForeignFormat: (sheet, range) =>
      batch(async (context) => {
        const format = context.workbook.worksheets.getItem(sheet).getRange(range).conditionalFormats.add('Custom');
        format.custom.rule.formula = FOREIGN_FORMULA;
        format.custom.format.fill.color = '#C6EFCE';
        await context.sync();
      }),

    countForeignFormats: (sheet) =>
      batch(async (context) => {
        const formats = formatsOf(context, sheet);
        await context.sync();
        return formats.items.filter((format) => format.type !== 'Custom' || format.customOrNullObject.isNullObject || !isOurFormula(format.customOrNullObject.rule.formula)).length;
      }),

    deleteScratchSheet: (name) =>
      batch(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (!sheet.isNullObject) {
          sheet.delete();
          await context.sync();
        }
      }),

    async acceptsFormula(sheet, formula) {
      try {
        return await batch(async (context) => {
          const formats = context.workbook.worksheets.getItem(sheet).getRange('H1').conditionalFormats;
          const format = formats.add('Custom');
          format.custom.rule.formula = formula;
          await context.sync();
          const read = formatsOf(context, sheet);
          await context.sync();
          // Excel may write a formula back in its own spelling: ours is found by the key its marker carries.
          const key = keyOfFormula(formula);
          const found = read.items.find((item) => item.type === 'Custom' && !item.customOrNullObject.isNullObject && keyOfFormula(item.customOrNullObject.rule.formula) === key);
          if (found !== undefined) {
            read.getItem(found.id).delete();
            await context.sync();
          }
          return found !== undefined;
        });
      } catch {
        return false;
      }
    },
  };
}
