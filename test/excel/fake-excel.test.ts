import { rangeA1 } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { FakeExcel } from '../helpers/fake-excel';
import { thrownBy } from '../helpers/matchers';

/**
 * The test double fails where Excel fails: if it accepted what Excel refuses, the adapter's tests
 * would pass against a host that does not exist. Each case is what office.js or Excel does.
 */

type Context = Excel.RequestContext;

function withFormats(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Nord', NORD_SHEET.rows);
  excel.addOfficerFormat('Nord', 'E2:E7', '=E2>1');
  excel.addOfficerFormat('Nord', 'F2:F7', '=F2>1');
  excel.addOfficerFormat('Nord', 'D2:D7', '=D2>1');
  return excel;
}

describe('the fake fails where Excel fails', () => {
  test('a property read before load and sync throws PropertyNotLoaded', async () => {
    const excel = withFormats();
    const context = excel.context() as unknown as Context;
    const range = context.workbook.worksheets.getItem('Nord').getRange('A1:B2');
    expect(thrownBy(() => range.values)).toMatchObject({ code: 'PropertyNotLoaded' });
    range.load('values');
    expect(thrownBy(() => range.values)).toMatchObject({ code: 'PropertyNotLoaded' });
    await context.sync();
    expect(range.values).toEqual([
      ['Action', 'Axe'],
      [1, 2],
    ]);
  });

  test('a format’s id is its position in the collection it was loaded from: ascending deletes by id skip one and fail', async () => {
    const excel = withFormats();
    const context = excel.context() as unknown as Context;
    const formats = context.workbook.worksheets.getItem('Nord').getRange().conditionalFormats;
    formats.load('items/id');
    await context.sync();
    expect(formats.items.map((format) => format.id)).toEqual(['0', '1', '2']);
    for (const format of formats.items) formats.getItem(format.id).delete();
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('a format added goes on top of the others when the batch runs', async () => {
    const excel = withFormats();
    const context = excel.context() as unknown as Context;
    const format = context.workbook.worksheets
      .getItem('Nord')
      .getRange('G2:G7')
      .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    format.custom.rule.formula = '=G2>0';
    expect(excel.sheet('Nord').formats).toHaveLength(3);
    await context.sync();
    expect(excel.sheet('Nord').formats[0]).toMatchObject({ range: 'G2:G7', formula: '=G2>0' });
  });

  test('a row pasted inside a format’s range splits it, and the pasted row gets a copy with its own relative rows', async () => {
    const excel = withFormats();
    await excel.pasteRow('Nord', 1, 3);
    const onE = excel.sheet('Nord').formats.filter((format) => format.range.startsWith('E'));
    expect(onE.map((format) => [format.range, format.formula]).sort()).toEqual([
      ['E2:E3,E5:E7', '=E2>1'],
      ['E4', '=E4>1'],
    ]);
    expect(excel.value('Nord', 'C4')).toBe(excel.value('Nord', 'C2'));
  });

  test('a row inserted inside a format’s range grows it; absolute rows below move', async () => {
    const excel = withFormats();
    excel.addOfficerFormat('Nord', 'G8', '=SUM($E$2:$E$7)>0');
    await excel.insertRow('Nord', 3);
    expect(excel.sheet('Nord').formats.map((format) => format.range)).toEqual(['G9', 'D2:D8', 'F2:F8', 'E2:E8']);
    expect(excel.sheet('Nord').formats[0]?.formula).toBe('=SUM($E$2:$E$8)>0');
  });

  test('in cell-edit mode a batch fails, unless Excel.run was told to wait, which it does until the edit ends', async () => {
    const excel = withFormats();
    const host = excel.host();
    excel.cellEditMode = true;
    const read = (context: Context) => {
      const range = context.workbook.worksheets.getItem('Nord').getRange('A1').load('values');
      return context.sync().then(() => range.values);
    };
    await expect(host.run(read)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    let done = false;
    const waiting = host.run(read, { delayForCellEdit: true }).then((values) => {
      done = true;
      return values;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    excel.endCellEdit();
    expect(await waiting).toEqual([['Action']]);
  });

  test('a call above the host’s requirement set throws ApiNotFound when it is made', () => {
    const excel = withFormats();
    excel.apiMinor = 5;
    const context = excel.context() as unknown as Context;
    const sheet = context.workbook.worksheets.getItem('Nord');
    expect(thrownBy(() => sheet.getRange('A1').conditionalFormats)).toMatchObject({ code: 'ApiNotFound' });
    expect(thrownBy(() => sheet.onChanged)).toMatchObject({ code: 'ApiNotFound' });
    expect(thrownBy(() => sheet.getRanges('A1,B2'))).toMatchObject({ code: 'ApiNotFound' });
    expect(thrownBy(() => context.workbook.worksheets.onAdded)).toMatchObject({ code: 'ApiNotFound' });
  });

  test('a null worksheet is office.js’s null object: nothing loaded from it, an action on it fails the batch', async () => {
    const excel = withFormats();
    const context = excel.context() as unknown as Context;
    const missing = context.workbook.worksheets.getItemOrNullObject('Absente');
    expect(thrownBy(() => missing.isNullObject)).toMatchObject({ code: 'PropertyNotLoaded' });
    const formats = missing.getRange().conditionalFormats.load('items/id');
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(formats.items).toBeUndefined();
    missing.getRange('A1').conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('a sheet deleted between two syncs fails the batch that still uses it', async () => {
    const excel = withFormats();
    const context = excel.context() as unknown as Context;
    const sheet = context.workbook.worksheets.getItem('Nord');
    sheet.load('name');
    await context.sync();
    excel.removeSheet('Nord');
    sheet.getRange(rangeA1(0, 0, 1, 1)).load('values');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('a sheet asked for with getItemOrNullObject is looked for when the batch runs: deleted before, it is null', async () => {
    const excel = withFormats();
    const context = excel.context() as unknown as Context;
    const sheet = context.workbook.worksheets.getItemOrNullObject('Nord');
    const used = sheet.getUsedRangeOrNullObject(true).load('rowCount');
    excel.removeSheet('Nord');
    await context.sync();
    expect(sheet.isNullObject).toBe(true);
    expect(used.isNullObject).toBe(true);
  });
});
