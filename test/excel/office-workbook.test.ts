import { type CellValue, cellError, checkWorkbook, rangeA1 } from '../../src/domain';
import { BYTES_PER_CELL, OfficeWorkbook } from '../../src/excel/office-workbook';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { FakeExcel } from '../helpers/fake-excel';
import { withCell } from '../helpers/workbooks';
import { findingText } from '../../src/i18n/finding-text';

/** The 2022 convention as officers keep it: Nord as an Excel table, Pas-de-Calais as a plain range under a title. */
function conventionWorkbook(nordRows: ReadonlyArray<ReadonlyArray<CellValue>> = NORD_SHEET.rows): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Nord', nordRows, 'B2');
  excel.addTable('Nord', 'BudgetNord', rangeA1(1, 1, nordRows.length, 6));
  excel.addSheet('Pas-de-Calais', [['Convention Bassin minier 2022 — Pas-de-Calais'], [], ...PAS_DE_CALAIS_SHEET.rows]);
  excel.addSheet('Notes', [['Réunion du 3 octobre : arbitrages à confirmer']]);
  return excel;
}

/** A budget table of n generated actions that obey every rule. */
function largeBudget(actions: number): CellValue[][] {
  const rows: CellValue[][] = [['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département']];
  for (let index = 1; index <= actions; index++) rows.push([index, 1 + (index % 2), `Action ${index} du programme`, 100000, 40000, 60000]);
  return rows;
}

function snapshotCells(excel: FakeExcel) {
  return excel.sheets.map((sheet) => [sheet.name, [...sheet.cells.entries()].map(([address, cell]) => [address, cell.value, cell.valueType])]);
}

describe('reading the workbook', () => {
  test('an Excel table and a header-row range become the core’s input', async () => {
    const excel = conventionWorkbook();
    const snapshot = await new OfficeWorkbook(excel.host()).read();
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(['Nord', 'Pas-de-Calais', 'Notes']);
    const [nord, pdc] = snapshot.sheets;
    expect(nord?.tables).toHaveLength(1);
    expect(nord?.tables[0]).toMatchObject({ name: 'BudgetNord', top: 1, left: 1, hasTotalsRow: false });
    expect(nord?.tables[0]?.values[2]).toEqual([2, 2, 'Mieux garantir le droit à la santé des enfants', 180000, 70854, 109146]);
    expect(nord?.cells).toHaveLength(1);
    expect(pdc?.cells?.[0]?.values[2]).toEqual(PAS_DE_CALAIS_SHEET.rows[0]);

    const result = checkWorkbook(snapshot, { envelope: 50_000_000 });
    expect(result.budgets.map((budget) => [budget.label, budget.range, budget.totals.state])).toEqual([
      ['Nord', 'B2:G8', 50_000_000],
      ['Convention Bassin minier 2022 — Pas-de-Calais', 'A3:G9', 50_000_000],
    ]);
    expect(result.findings).toEqual([]);
  });

  test('error values, dates, text amounts and hidden rows reach the core as such', async () => {
    let rows = withCell(NORD_SHEET.rows, 1, 4, cellError('#REF!'));
    rows = withCell(rows, 2, 4, { kind: 'date', iso: '2022-03-01' });
    rows = withCell(rows, 3, 4, '42 181 €');
    const excel = conventionWorkbook(rows);
    excel.sheet('Nord').hiddenRows.add(5);
    const result = checkWorkbook(await new OfficeWorkbook(excel.host()).read());
    expect(result.findings.map((finding) => [finding.rule, finding.cell])).toEqual([
      ['invalid-value', 'F3'],
      ['invalid-value', 'F4'],
      ['text-amount', 'F5'],
    ]);
    expect(findingText(result.findings[1]!, 'fr')).toContain('une date (01/03/2022)');
    expect(result.budgets[0]?.totals).toMatchObject({ excludedRows: 2, hiddenRows: 1, state: 50_000_000 - 4_513_900 - 7_085_400 });
  });

  test('several budgets on one sheet, a table and blocks under headings, are all read through Office.js', async () => {
    const excel = new FakeExcel();
    const overCap = PAS_DE_CALAIS_SHEET.rows.map((row, index) => (index === 3 ? [...row.slice(0, 4), 140000, 140000, null] : row));
    excel.addSheet('Convention', [['Nord'], ...NORD_SHEET.rows, [], ['Pas-de-Calais'], ...overCap, [], [], [null, null, 'Reliquat', 12000, 6000]]);
    excel.addSheet('Suivi', [...NORD_SHEET.rows, [], [], ['Pas-de-Calais'], ...PAS_DE_CALAIS_SHEET.rows]);
    excel.addTable('Suivi', 'BudgetSuivi', rangeA1(0, 0, 6, 5));
    const result = checkWorkbook(await new OfficeWorkbook(excel.host()).read());
    expect(result.budgets.map((budget) => [budget.sheet, budget.table, budget.beneficiary, budget.range])).toEqual([
      ['Convention', null, 'Nord', 'A2:F8'],
      ['Convention', null, 'Pas-de-Calais', 'A11:G17'],
      ['Suivi', 'BudgetSuivi', null, 'A1:F7'],
      ['Suivi', null, 'Pas-de-Calais', 'A11:G17'],
    ]);
    expect(result.findings.filter((finding) => finding.severity === 'error').map((finding) => [finding.rule, `${finding.sheet}!${finding.cell}`])).toEqual([
      ['over-funding', 'Convention!D14'],
      ['state-cap', 'Convention!E14'],
    ]);
    expect(result.uncovered).toEqual([{ sheet: 'Convention', range: 'D20:E20', cells: 2 }]);
  });

  test('a used range far larger than what it holds (a stray cell in XFD1) is said, not read cell by cell', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Nord', NORD_SHEET.rows);
    excel.addTable('Nord', 'BudgetNord', rangeA1(0, 0, 6, 5));
    excel.sheet('Nord').cells.set('XFD200', { value: 'x', valueType: 'String', numberFormat: 'General' });
    const result = checkWorkbook(await new OfficeWorkbook(excel.host()).read());
    expect(result.budgets.map((budget) => budget.range)).toEqual(['A1:F7']);
    expect(result.unreadAreas).toEqual([{ sheet: 'Nord', range: 'A1:XFD200', reason: 'too-large' }]);
  });

  test('the number of syncs is the same for 10 and 10 000 rows: three', async () => {
    const counts = [];
    for (const actions of [10, 10_000]) {
      const excel = new FakeExcel();
      excel.addSheet('Budget', largeBudget(actions));
      excel.addTable('Budget', 'Programme', rangeA1(0, 0, actions, 5));
      excel.addSheet('Autre', largeBudget(actions));
      const snapshot = await new OfficeWorkbook(excel.host()).read();
      expect(checkWorkbook(snapshot).budgets.map((budget) => budget.actions.length)).toEqual([actions, actions]);
      counts.push(excel.syncs);
    }
    expect(counts).toEqual([3, 3]);
  });

  test('on Excel on the web, every response stays under 5 MB with margin, long titles included', async () => {
    const excel = new FakeExcel();
    excel.onTheWeb = true;
    excel.payloadLimitBytes = 5 * 1024 * 1024;
    const title = 'Accompagnement renforcé des jeunes sortants de l’aide sociale à l’enfance vers le logement autonome et l’emploi durable';
    const rows = largeBudget(40_000).map((row, index) => (index === 0 ? row : [row[0]!, row[1]!, `${title} (${index})`, ...row.slice(3)]));
    excel.addSheet('Budget', rows);
    const snapshot = await new OfficeWorkbook(excel.host()).read();
    expect(checkWorkbook(snapshot).budgets[0]?.actions).toHaveLength(40_000);
    expect(excel.largestResponseBytes).toBeLessThan(3.5 * 1024 * 1024);
  });

  test('what a budget cell weighs in a response: measured, and within what the slices assume', () => {
    const cells = largeBudget(1000).flat().length;
    const excel = new FakeExcel();
    excel.addSheet('Budget', largeBudget(1000));
    const context = excel.context() as unknown as Excel.RequestContext;
    context.workbook.worksheets
      .getItem('Budget')
      .getRange(rangeA1(0, 0, 1000, 5))
      .load('values,valueTypes,numberFormat');
    const bytes = (excel as unknown as { pendingBytes: number }).pendingBytes;
    expect(bytes / cells).toBeGreaterThan(15);
    expect(bytes / cells).toBeLessThan(BYTES_PER_CELL);
  });

  test.each(['RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit', 'GeneralException'])('a sync refused with %s is retried in halves', async (code) => {
    const excel = new FakeExcel();
    excel.addSheet('Budget', largeBudget(2000));
    excel.payloadLimitCells = 5000;
    excel.payloadErrorCode = code;
    const snapshot = await new OfficeWorkbook(excel.host()).read();
    expect(checkWorkbook(snapshot).budgets[0]?.actions).toHaveLength(2000);
  });

  test('a range whose values come back null is read as empty, not as a crash', async () => {
    const excel = conventionWorkbook();
    excel.nullValues = true;
    const snapshot = await new OfficeWorkbook(excel.host()).read();
    expect(checkWorkbook(snapshot).budgets).toEqual([]);
  });

  test('chunked or not, the values read are the same', async () => {
    const excel = conventionWorkbook();
    const whole = await new OfficeWorkbook(excel.host()).read();
    const chunked = new FakeExcel();
    Object.assign(chunked, { sheets: excel.sheets, tables: excel.tables });
    const snapshot = await new OfficeWorkbook(chunked.host(), 20).read();
    expect(snapshot).toEqual(whole);
    expect(chunked.syncs).toBeGreaterThan(3);
  });
});

describe('flags', () => {
  const broken = withCell(NORD_SHEET.rows, 2, 4, 90001);

  /** A workbook read, checked and flagged once, as the pane does at start. */
  async function flagged(excel: FakeExcel) {
    const workbook = new OfficeWorkbook(excel.host());
    const report = await workbook.showFlags(checkWorkbook(await workbook.read()), 'action');
    return { workbook, report };
  }

  /** Reads and checks again, and flags the result, counting what is written. */
  async function again(workbook: OfficeWorkbook, excel: FakeExcel) {
    const writes = excel.formatWrites;
    const report = await workbook.showFlags(checkWorkbook(await workbook.read()), 'action');
    return { report, writes: excel.formatWrites - writes };
  }

  test('applied as conditional formats of ours, beside the officer’s own, which stay', async () => {
    const excel = conventionWorkbook(broken);
    const officer = excel.addOfficerFormat('Nord', 'G3:G8', '=G3>100000');
    const { report } = await flagged(excel);
    const formats = excel.sheet('Nord').formats;
    expect(formats).toContainEqual(officer);
    const ours = excel.oursOn('Nord');
    expect(ours.length).toBeGreaterThan(5);
    expect(report).toEqual({ added: ours.length + excel.oursOn('Pas-de-Calais').length, deleted: 0, notShown: 0, failedSheets: [] });
    expect(ours.find((format) => format.formula?.includes(':state-cap:'))).toMatchObject({ range: 'F3:F8', fill: '#FFC7CE', font: '#9C0006' });
  });

  test('an edit that changes no flag writes nothing; one that adds a flag writes one format', async () => {
    const excel = conventionWorkbook(broken);
    const { workbook } = await flagged(excel);
    expect((await again(workbook, excel)).writes).toBe(0);
    // Typing a number changes no column format: the cap's own formula lights and clears the cell.
    await excel.edit('Nord', 'F4', 90000);
    expect((await again(workbook, excel)).writes).toBe(0);
    await excel.edit('Nord', 'F4', 70854);
    expect((await again(workbook, excel)).writes).toBe(0);
    // An amount typed as text is a finding the formulas cannot see: one format of its own.
    await excel.edit('Nord', 'F5', '42 181 €');
    expect(await again(workbook, excel)).toMatchObject({ writes: 1, report: { added: 1, deleted: 0 } });
    // Set right, its format goes, and nothing else moves.
    await excel.edit('Nord', 'F5', 42181);
    expect(await again(workbook, excel)).toMatchObject({ writes: 1, report: { added: 0, deleted: 1 } });
    // Text in the Department column (read by the core, #VALUE! to the formulas): one format too.
    await excel.edit('Nord', 'G5', '52 819 €');
    expect(await again(workbook, excel)).toMatchObject({ writes: 1, report: { added: 1, deleted: 0 } });
  });

  test('a new action row below the budget re-plans the column formats to cover it', async () => {
    const excel = conventionWorkbook();
    const { workbook } = await flagged(excel);
    await excel.edit('Nord', 'B9', 7);
    await excel.edit('Nord', 'D9', 'Action ajoutée');
    excel.tables[0]!.range = 'B2:G9';
    const { report } = await again(workbook, excel);
    expect(report.added).toBeGreaterThan(0);
    expect(report.added).toBe(report.deleted);
    expect(excel.oursOn('Nord').find((format) => format.formula?.includes(':state-cap:'))?.range).toBe('F3:F9');
  });

  test('formats are deleted by id, never by a position that shifts under an earlier delete', async () => {
    const excel = conventionWorkbook(broken);
    const officer = excel.addOfficerFormat('Nord', 'G3:G8', '=G3>100000');
    await flagged(excel);
    // Interleave the officer's formats with ours, as rules added over time are.
    excel.addOfficerFormat('Nord', 'C3:C8', '=LEN(C3)>90');
    const report = await new OfficeWorkbook(excel.host()).clearFlags();
    expect(report.left).toBe(0);
    expect(report.removed).toBeGreaterThan(5);
    expect(excel.oursOn('Nord')).toEqual([]);
    expect(excel.sheet('Nord').formats).toContainEqual(officer);
  });

  test('the fake is the one that catches ascending deletes by position', async () => {
    // What the adapter once did: load without ids, delete in ascending order, in one batch.
    const excel = conventionWorkbook(broken);
    await flagged(excel);
    const context = excel.context() as unknown as Excel.RequestContext;
    const formats = context.workbook.worksheets.getItem('Nord').getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    await context.sync();
    for (const format of formats.items) format.delete();
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(excel.oursOn('Nord').length).toBeGreaterThan(0);
  });

  test('"Effacer les marques" removes ours and only ours, even from a freshly opened workbook, and reads back that none is left', async () => {
    const excel = conventionWorkbook(broken);
    const officer = excel.addOfficerFormat('Nord', 'G3:G8', '=G3>100000');
    excel.sheet('Nord').fills.set('D3', '#FFFF00');
    excel.sheet('Nord').notes.set('F3', 'À confirmer avec la DDETS');
    await flagged(excel);
    const before = snapshotCells(excel);

    // A new session (the workbook saved and reopened): nothing kept in memory.
    const report = await new OfficeWorkbook(excel.host()).clearFlags();
    expect(report).toMatchObject({ left: 0, failedSheets: [] });
    expect(report.removed).toBeGreaterThan(5);
    expect(excel.sheet('Nord').formats).toEqual([officer]);
    expect(excel.sheet('Nord').fills.get('D3')).toBe('#FFFF00');
    expect(excel.sheet('Nord').notes.get('F3')).toBe('À confirmer avec la DDETS');
    expect(snapshotCells(excel)).toEqual(before);
  });

  test('one sheet whose formats Excel cannot read does not stop the others; it is named', async () => {
    const excel = conventionWorkbook(broken);
    excel.failingSheets.add('Pas-de-Calais');
    const { report } = await flagged(excel);
    expect(report.failedSheets).toEqual([{ sheet: 'Pas-de-Calais', code: 'unknown' }]);
    expect(excel.oursOn('Nord').length).toBeGreaterThan(5);
    const cleared = await new OfficeWorkbook(excel.host()).clearFlags();
    expect(cleared.failedSheets).toEqual([{ sheet: 'Pas-de-Calais', code: 'unknown' }]);
    expect(excel.oursOn('Nord')).toEqual([]);
  });

  test('apply and clear cost the same syncs for 10 and 10 000 rows; a second apply, one', async () => {
    const counts = [];
    for (const actions of [10, 10_000]) {
      const excel = new FakeExcel();
      excel.addSheet('Budget', withCell(largeBudget(actions), 2, 4, 90000));
      excel.addTable('Budget', 'Programme', rangeA1(0, 0, actions, 5));
      const workbook = new OfficeWorkbook(excel.host());
      const result = checkWorkbook(await workbook.read());
      excel.syncs = 0;
      await workbook.showFlags(result, 'action');
      const apply = excel.syncs;
      excel.syncs = 0;
      await workbook.showFlags(result, 'action');
      const unchanged = excel.syncs;
      excel.syncs = 0;
      await workbook.clearFlags();
      counts.push([apply, unchanged, excel.syncs]);
    }
    // A second apply reads our formats and where each applies (a paste may have split one), by position
    // with the list itself (ExcelApi 1.14's getItemOrNullObject): one sync, no write.
    expect(counts).toEqual([
      [2, 1, 4],
      [2, 1, 4],
    ]);
  });

  test('a command the officer clicks is one undo step where ExcelApi 1.20 allows it, and still runs where Excel refuses to group it', async () => {
    const excel = conventionWorkbook(broken);
    excel.apiMinor = 20;
    const workbook = new OfficeWorkbook(excel.host());
    const result = checkWorkbook(await workbook.read());
    await workbook.showFlags(result, 'action', { command: true });
    expect(excel.runs.at(-1)).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    await workbook.showFlags(result, 'action');
    expect(excel.runs.at(-1)).toEqual({ delayForCellEdit: true });
    excel.undoNotSupported = true;
    const report = await workbook.clearFlags({ command: true });
    expect(report.removed).toBeGreaterThan(5);
    excel.apiMinor = 14;
    const older = new OfficeWorkbook(excel.host());
    const runs = excel.runs.length;
    await older.clearFlags({ command: true });
    expect(excel.runs.slice(runs).every((options) => options?.mergeUndoGroup === undefined)).toBe(true);
  });

  test('no value or formula is ever written', async () => {
    const excel = conventionWorkbook(broken);
    const before = snapshotCells(excel);
    const workbook = new OfficeWorkbook(excel.host());
    const result = checkWorkbook(await workbook.read());
    await workbook.showFlags(result, 'action');
    await workbook.selectCell('Nord', 'F4');
    await workbook.clearFlags();
    expect(excel.forbiddenWrites).toEqual([]);
    expect(snapshotCells(excel)).toEqual(before);
  });

  test('an Excel without conditional formats (ExcelApi below 1.6) checks without flagging', async () => {
    const excel = conventionWorkbook(broken);
    excel.apiMinor = 5;
    const workbook = new OfficeWorkbook(excel.host());
    expect(workbook.capabilities).toEqual({ flags: false, liveChanges: false, editBurstMs: 300 });
    await workbook.showFlags(checkWorkbook(await workbook.read()), 'action');
    expect(excel.sheet('Nord').formats).toEqual([]);
  });

  test('without RangeAreas (ExcelApi below 1.9) one format per run of action rows, each within 255 characters', async () => {
    const excel = new FakeExcel();
    excel.apiMinor = 8;
    excel.addSheet('Nord', [...NORD_SHEET.rows.slice(0, 4), ['Sous-total', null, null, 435000, 158174, 276826], ...NORD_SHEET.rows.slice(4)]);
    await flagged(excel);
    const caps = excel.oursOn('Nord').filter((format) => format.formula?.includes(':state-cap:'));
    expect(caps.map((format) => format.range).sort()).toEqual(['E2:E4', 'E6:E8']);
    expect(excel.oursOn('Nord').every((format) => (format.formula ?? '').length <= 255)).toBe(true);
  });
});

describe('following the officer', () => {
  test('selecting a finding’s cell activates its sheet and selects it', async () => {
    const excel = conventionWorkbook();
    await new OfficeWorkbook(excel.host()).selectCell('Pas-de-Calais', 'E5');
    expect(excel.selected).toEqual({ sheet: 'Pas-de-Calais', address: 'E5' });
  });

  test.each([
    ['workbook-wide events (ExcelApi 1.9)', 14],
    ['one handler per sheet (ExcelApi 1.7)', 7],
  ])('edits are reported, the add-in’s own are not: %s', async (_, minor) => {
    const excel = conventionWorkbook();
    excel.apiMinor = minor;
    const edits: boolean[] = [];
    const unsubscribe = await new OfficeWorkbook(excel.host()).onChange((change) => edits.push(change.remote));
    await excel.edit('Nord', 'F4', 90001);
    // Excel names the add-in's own writes from ExcelApi 1.14 (triggerSource); before, it cannot.
    if (minor >= 14) await excel.edit('Nord', 'F5', 1, 'ThisLocalAddin');
    expect(edits).toEqual([false]);
    // A co-author's edit is reported as such.
    await excel.edit('Nord', 'F6', 2, 'Unknown', 'Remote');
    expect(edits).toEqual([false, true]);
    edits.pop();
    await unsubscribe();
    expect(excel.handlerCount()).toBe(0);
    await excel.edit('Nord', 'F4', 70854);
    expect(edits).toHaveLength(1);
  });

  test('settings are kept with the workbook, and saved only when they changed (a save clears Excel’s undo)', async () => {
    const excel = conventionWorkbook();
    const workbook = new OfficeWorkbook(excel.host());
    expect(await workbook.readSettings()).toBeNull();
    await workbook.writeSettings({ version: 1, matching: 'total' });
    expect(await new OfficeWorkbook(excel.host()).readSettings()).toEqual({ version: 1, matching: 'total' });
    await workbook.writeSettings({ version: 1, matching: 'total' });
    expect(excel.settingsSaves).toBe(1);
    await workbook.writeSettings({ version: 1, matching: 'action' });
    expect(excel.settingsSaves).toBe(2);
  });

  test('"Créer un tableau de budget" adds a sheet with an empty table, touching no other sheet', async () => {
    const excel = conventionWorkbook();
    excel.addSheet('Budget');
    const before = snapshotCells(excel);
    const headers = ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département', 'Autres financements'];
    const created = await new OfficeWorkbook(excel.host()).createBudgetTable('Budget', headers);
    expect(created).toEqual({ sheet: 'Budget 2', range: 'A1:G2' });
    expect(snapshotCells(excel).slice(0, before.length)).toEqual(before);
    expect(headers.map((_, column) => excel.value('Budget 2', rangeA1(0, column, 0, column)))).toEqual(headers);
    expect(excel.tables.at(-1)).toMatchObject({ sheet: 'Budget 2', range: 'A1:G2' });
    expect(excel.selected).toEqual({ sheet: 'Budget 2', address: 'A2' });
  });
});
