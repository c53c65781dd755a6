import { type CellValue, checkWorkbook, type CheckResult, rangeA1 } from '../../src/domain';
import { flagPlan, keyOfFormula } from '../../src/excel/flag-formulas';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { type CheckState, LiveChecker } from '../../src/workbook/live-check';
import { FakeExcel } from '../helpers/fake-excel';
import { withCell } from '../helpers/workbooks';

/**
 * What officers do to a flagged workbook in Excel (paste, insert, type while a check runs, work
 * with co-authors, add and delete sheets), played on the test double, which fails where Excel does.
 */

jest.setTimeout(30_000);

/** Nord at A1 as an Excel table, Pas-de-Calais as a plain range, and a sheet of notes. */
function workbook(nordRows: ReadonlyArray<ReadonlyArray<CellValue>> = NORD_SHEET.rows): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Nord', nordRows);
  excel.addTable('Nord', 'BudgetNord', rangeA1(0, 0, nordRows.length - 1, 5));
  excel.addSheet('Pas-de-Calais', PAS_DE_CALAIS_SHEET.rows);
  excel.addSheet('Notes', [['Réunion du 3 octobre : arbitrages à confirmer']]);
  return excel;
}

/** Every flag the plan has is on the sheet once, over exactly its areas, and no other format of ours is. */
function expectFlagsAsPlanned(excel: FakeExcel, result: CheckResult, sheet: string): void {
  const plan = flagPlan(result, { matching: 'action', rangeAreas: excel.apiMinor >= 9 }).flags.filter((flag) => flag.sheet === sheet);
  const found = excel
    .oursOn(sheet)
    .map((format) => `${keyOfFormula(format.formula)} ${format.range}`)
    .sort();
  expect(found).toEqual(plan.map((flag) => `${flag.key} ${flag.areas.join(',')}`).sort());
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A pane following the officer: a live checker over the adapter, its states kept. */
async function pane(excel: FakeExcel, session = 'A', timing: { burstMs?: number; busyRetryMs?: number; remoteFlagMs?: number } = {}) {
  const adapter = new OfficeWorkbook(excel.host(session));
  const states: CheckState[] = [];
  const checker = new LiveChecker(
    adapter,
    () => ({}),
    (state) => states.push(state),
    { burstMs: 5, busyRetryMs: 20, remoteFlagMs: 60, ...timing },
  );
  await checker.start();
  const last = () => states.at(-1);
  /** Waits until the newest state is a finished check (done), at most two seconds. */
  const settled = async () => {
    const until = Date.now() + 2000;
    await pause(15);
    while (Date.now() < until && last()?.status !== 'done') await pause(5);
    await pause(5);
    return last();
  };
  return { adapter, checker, states, last, settled };
}

function resultOf(state: CheckState | undefined): CheckResult {
  if (state?.status !== 'done') throw new Error(`not done: ${state?.status}`);
  return state.result;
}

describe('1. a flag kept is checked against where it applies', () => {
  test('a row pasted inside a budget: Excel splits our rules around it and copies them onto it; every cell stays flagged once', async () => {
    const excel = workbook(withCell(NORD_SHEET.rows, 2, 4, 90001));
    const { settled, checker } = await pane(excel);
    // The officer copies action 2's row (row 3, over the cap) onto action 4's (row 5).
    await excel.pasteRow('Nord', 2, 4);
    const result = resultOf(await settled());
    expect(result.findings.filter((finding) => finding.rule === 'state-cap').map((finding) => finding.cell)).toEqual(['E3', 'E5']);
    expectFlagsAsPlanned(excel, result, 'Nord');
    await checker.stop();
  });

  test('a copied row inserted inside a budget: the rules are whole again, none doubled', async () => {
    const excel = workbook(withCell(NORD_SHEET.rows, 2, 4, 90001));
    const { settled, checker } = await pane(excel);
    await excel.insertCopiedRow('Nord', 2, 4);
    const result = resultOf(await settled());
    expect(result.budgets[0]?.actions).toHaveLength(7);
    expectFlagsAsPlanned(excel, result, 'Nord');
    await checker.stop();
  });

  test('without RangeAreas (ExcelApi 1.8), a rule split in two is read as changed too', async () => {
    const excel = workbook(withCell(NORD_SHEET.rows, 2, 4, 90001));
    excel.apiMinor = 8;
    const adapter = new OfficeWorkbook(excel.host());
    await adapter.showFlags(checkWorkbook(await adapter.read()), 'action');
    await excel.pasteRow('Nord', 2, 4);
    const result = checkWorkbook(await adapter.read());
    await adapter.showFlags(result, 'action');
    expectFlagsAsPlanned(excel, result, 'Nord');
  });
});

describe('2. cell-edit mode', () => {
  test('every batch asks Excel to wait for a cell being edited', async () => {
    const excel = workbook();
    const adapter = new OfficeWorkbook(excel.host());
    await adapter.showFlags(checkWorkbook(await adapter.read()), 'action');
    await adapter.clearFlags({ command: true });
    expect(excel.runs.length).toBeGreaterThan(2);
    expect(excel.runs.every((options) => options?.delayForCellEdit === true)).toBe(true);
  });

  test('a check that starts while the officer types waits for the edit to end, then shows and flags', async () => {
    const excel = workbook();
    const { settled, last, checker } = await pane(excel);
    excel.cellEditMode = true;
    await excel.edit('Nord', 'E3', 90001);
    await pause(60);
    expect(last()?.status).not.toBe('failed');
    excel.endCellEdit();
    const result = resultOf(await settled());
    expect(result.findings.map((finding) => finding.cell)).toContain('E3');
    await checker.stop();
  });

  test('where Excel cannot wait (no delayForCellEdit), the pane says Excel is busy typing and checks again once the edit ends', async () => {
    const excel = workbook();
    excel.delayForCellEditSupported = false;
    const { settled, last, checker } = await pane(excel);
    excel.cellEditMode = true;
    await excel.edit('Nord', 'E3', 90001);
    await pause(60);
    expect(last()?.status).toBe('busy');
    // The officer presses Esc or Enter elsewhere: no change event for that, the pane tries again on its own.
    excel.endCellEdit();
    const result = resultOf(await settled());
    expect(result.findings.map((finding) => finding.cell)).toContain('E3');
    await checker.stop();
  });

  test('cell-edit mode is never reported as sheets that could not be marked', async () => {
    const excel = workbook(withCell(NORD_SHEET.rows, 2, 4, 90001));
    excel.delayForCellEditSupported = false;
    const adapter = new OfficeWorkbook(excel.host());
    const result = checkWorkbook(await adapter.read());
    excel.cellEditMode = true;
    await expect(adapter.showFlags(result, 'action')).rejects.toMatchObject({ code: 'busy-editing' });
    await expect(adapter.clearFlags()).rejects.toMatchObject({ code: 'busy-editing' });
  });
});

describe('3. an amount typed above a wrong total writes nothing', () => {
  test('the total’s flag does not depend on today’s sums: typing above it writes no format', async () => {
    const wrongTotal = [...NORD_SHEET.rows, ['Total', null, null, 1745883, 499999, 1245883]];
    const excel = workbook(wrongTotal);
    excel.tables[0]!.range = 'A1:F8';
    const { settled, checker } = await pane(excel);
    expect(resultOf(await settled()).findings.map((finding) => `${finding.rule}@${finding.cell}`)).toContain('total-mismatch@E8');
    const writes = excel.formatWrites;
    await excel.edit('Nord', 'E3', 70000);
    const result = resultOf(await settled());
    expect(result.findings.map((finding) => `${finding.rule}@${finding.cell}`)).toContain('total-mismatch@E8');
    expect(excel.formatWrites - writes).toBe(0);
    await excel.edit('Nord', 'E3', 70855);
    await settled();
    expect(excel.formatWrites - writes).toBe(0);
    await checker.stop();
  });
});

describe('5. one broken rule of the officer’s blocks nothing it need not', () => {
  test('a sheet with no budget and none of our flags is not read: its broken rules stop nothing and are not reported', async () => {
    const excel = workbook(withCell(NORD_SHEET.rows, 2, 4, 90001));
    excel.failingSheets.add('Notes');
    const adapter = new OfficeWorkbook(excel.host());
    const report = await adapter.showFlags(checkWorkbook(await adapter.read()), 'action');
    expect(report.failedSheets).toEqual([]);
    expect(excel.oursOn('Nord').length).toBeGreaterThan(5);
  });

  test('our flags left on a sheet whose budget was emptied are still found and removed, in a later session too', async () => {
    const excel = workbook(withCell(NORD_SHEET.rows, 2, 4, 90001));
    const first = new OfficeWorkbook(excel.host());
    await first.showFlags(checkWorkbook(await first.read()), 'action');
    expect(excel.oursOn('Pas-de-Calais').length).toBeGreaterThan(0);
    // The officer clears the Pas-de-Calais budget (Delete on its cells): the formats stay.
    excel.sheet('Pas-de-Calais').cells.clear();
    excel.sheet('Pas-de-Calais').cells.set('A1', { value: 'vide', valueType: 'String', numberFormat: 'General' });
    const reopened = new OfficeWorkbook(excel.host());
    const report = await reopened.showFlags(checkWorkbook(await reopened.read()), 'action');
    expect(report.failedSheets).toEqual([]);
    expect(excel.oursOn('Pas-de-Calais')).toEqual([]);
  });
});

describe('6. co-authors', () => {
  test('a co-author without the pane types an amount as text: our pane flags it once the co-author’s pane has had its chance', async () => {
    const excel = workbook();
    const { settled, checker } = await pane(excel, 'A');
    const writes = excel.formatWrites;
    await excel.edit('Nord', 'E4', '42 181 €', 'Unknown', 'Local', 'B');
    const result = resultOf(await settled());
    expect(result.findings.map((finding) => `${finding.rule}@${finding.cell}`)).toContain('text-amount@E4');
    await pause(150);
    expect(excel.formatWrites - writes).toBe(1);
    expectFlagsAsPlanned(excel, result, 'Nord');
    await checker.stop();
  });

  test('a co-author with the pane open: their pane flags their edit, ours writes nothing more', async () => {
    const excel = workbook();
    const ours = await pane(excel, 'A');
    const theirs = await pane(excel, 'B');
    const writes = excel.formatWrites;
    await excel.edit('Nord', 'E4', '42 181 €', 'Unknown', 'Local', 'B');
    await theirs.settled();
    await ours.settled();
    await pause(150);
    expect(excel.formatWrites - writes).toBe(1);
    await ours.checker.stop();
    await theirs.checker.stop();
  });
});

describe('7. sheets added and deleted', () => {
  test('on ExcelApi 1.7, a sheet added after the pane opened is followed too', async () => {
    const excel = workbook();
    excel.apiMinor = 7;
    const edits: unknown[] = [];
    const adapter = new OfficeWorkbook(excel.host());
    const unsubscribe = await adapter.onChange((change) => edits.push(change));
    await excel.addSheetByOfficer('Budget 2024', NORD_SHEET.rows);
    const before = edits.length;
    await excel.edit('Budget 2024', 'E3', 90001);
    expect(edits.length).toBe(before + 1);
    await unsubscribe();
    expect(excel.handlerCount()).toBe(0);
  });

  test('a sheet deleted between the read and the flags is skipped, not reported as failed', async () => {
    const excel = workbook(withCell(NORD_SHEET.rows, 2, 4, 90001));
    const adapter = new OfficeWorkbook(excel.host());
    const result = checkWorkbook(await adapter.read());
    excel.atSync(1, () => excel.removeSheet('Pas-de-Calais'));
    const report = await adapter.showFlags(result, 'action');
    expect(report.failedSheets).toEqual([]);
    expect(excel.oursOn('Nord').length).toBeGreaterThan(5);
  });

  test('a sheet deleted between two syncs of a read is skipped', async () => {
    const excel = workbook();
    const adapter = new OfficeWorkbook(excel.host());
    excel.atSync(2, () => excel.removeSheet('Pas-de-Calais'));
    const result = checkWorkbook(await adapter.read());
    expect(result.budgets.map((budget) => budget.sheet)).toEqual(['Nord']);
  });
});

describe('8. an edit costs what it changes', () => {
  /** A 10 000-row budget table with a wrong total at its foot. */
  function largeWorkbook(): FakeExcel {
    const rows: CellValue[][] = [['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département']];
    for (let index = 1; index <= 10_000; index++) rows.push([index, 1 + (index % 2), `Action ${index} du programme`, 100000, 40000, 60000]);
    rows.push(['Total', null, null, 1_000_000_000, 400_000_001, 600_000_000]);
    const excel = new FakeExcel();
    excel.addSheet('Programme', rows);
    excel.addTable('Programme', 'Programme', rangeA1(0, 0, rows.length - 1, 5));
    excel.addSheet('Autre', NORD_SHEET.rows);
    return excel;
  }

  test('a one-cell edit in a 10 000-row budget reads its row and header, in at most three syncs, and writes nothing', async () => {
    const excel = largeWorkbook();
    const { settled, checker } = await pane(excel);
    await settled();
    const rowBytes = excel.responseBytes('Programme', 'A5001:F5001');
    const headerBytes = excel.responseBytes('Programme', 'A1:F1');
    const before = { bytes: excel.valueBytes, syncs: excel.syncs, writes: excel.formatWrites, sheetReads: excel.wholeSheetFormatReads };
    await excel.edit('Programme', 'E5001', 45000);
    const result = resultOf(await settled());
    expect(result.findings.filter((finding) => finding.rule === 'total-mismatch').map((finding) => finding.cell)).toEqual(['E10002']);
    expect(result.budgets[0]?.totals.state).toBe(40_000_000_000 + 500_000);
    expect(excel.valueBytes - before.bytes).toBeLessThanOrEqual(2 * (rowBytes + headerBytes));
    expect(excel.syncs - before.syncs).toBeLessThanOrEqual(3);
    expect(excel.formatWrites - before.writes).toBe(0);
    // Our formats are looked at on the edited row, not read for the whole sheet.
    expect(excel.wholeSheetFormatReads - before.sheetReads).toBe(0);
    await checker.stop();
  });

  test('Excel on the web asks to slow down: the read is tried again after a pause, and succeeds', async () => {
    const excel = workbook();
    excel.onTheWeb = true;
    excel.failNextSyncs.push('ActivityLimitReached', 'ServiceNotAvailable');
    const adapter = new OfficeWorkbook(excel.host(), undefined, { retryDelaysMs: [1, 1, 1] });
    const result = checkWorkbook(await adapter.read());
    expect(result.budgets).toHaveLength(2);
  });
});
