import { type CellValue, checkWorkbook, type CheckResult, recheckRows, type WorkbookSnapshot } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, tableSheet, withCell, workbookOf } from '../helpers/workbooks';

/** An edit checked from the rows it touched gives what a check of the whole workbook gives. */

type Rows = CellValue[][];

function snapshotOf(nord: Rows, pdc: Rows): WorkbookSnapshot {
  return workbookOf(tableSheet('Nord', 'BudgetNord', nord), plainSheet('Pas-de-Calais', [['Pas-de-Calais'], [], ...pdc]));
}

const nordRows = (): Rows => NORD_SHEET.rows.map((row) => [...row]);
const pdcRows = (): Rows => PAS_DE_CALAIS_SHEET.rows.map((row) => [...row]);
/** Pas-de-Calais sits under a heading and a blank row: its header is sheet row 2 (0-based). */
const PDC_TOP = 2;

const options = { envelope: 50_000_000 };
const firstCheck = () => checkWorkbook(snapshotOf(nordRows(), pdcRows()), options);

function recheck(previous: CheckResult, sheet: string, row: number, values: Rows[number]): CheckResult | null {
  return recheckRows(previous, [{ sheet, row, left: 0, values }], options);
}

describe('re-checking one budget from the rows an edit touched', () => {
  test.each([
    ['a State amount over the cap', 'Nord', 2, 4, 90001],
    ['an amount typed as text', 'Nord', 3, 4, '42 181 €'],
    ['an unreadable amount', 'Nord', 4, 5, '50,000'],
    ['a duplicate action number', 'Nord', 5, 0, 2],
    ['a title that makes the row a total row', 'Nord', 6, 2, 'Total'],
    ['a Department amount in a block laid out by hand', 'Pas-de-Calais', 3, 5, 1000],
  ])('%s: the same result as a full check', (_, sheet, row, column, value) => {
    const nord = nordRows();
    const pdc = pdcRows();
    const previous = checkWorkbook(snapshotOf(nord, pdc), options);
    const edited = sheet === 'Nord' ? withCell(nord, row, column, value) : withCell(pdc, row, column, value);
    const sheetRow = sheet === 'Nord' ? row : PDC_TOP + row;
    const again = recheck(previous, sheet, sheetRow, edited[row]!);
    const full = checkWorkbook(sheet === 'Nord' ? snapshotOf(edited, pdc) : snapshotOf(nord, edited), options);
    expect(again).not.toBeNull();
    expect(again!.findings).toEqual(full.findings);
    expect(again!.budgets).toEqual(full.budgets);
  });

  test('labels made unique once are made again alike', () => {
    const snapshot = workbookOf(tableSheet('Nord', 'A', nordRows()), plainSheet('Nord 2', nordRows()));
    const twice = { sheets: [snapshot.sheets[0]!, { ...snapshot.sheets[0]!, name: 'Nord', tables: [{ ...snapshot.sheets[0]!.tables[0]!, name: 'B', top: 20 }] }] };
    const previous = checkWorkbook(twice);
    const again = recheckRows(previous, [{ sheet: 'Nord', row: 2, left: 0, values: withCell(nordRows(), 2, 4, 90001)[2]! }]);
    expect(again?.budgets.map((budget) => budget.label)).toEqual(previous.budgets.map((budget) => budget.label));
  });

  test.each([
    ['a row outside every budget', 'Nord', 40, ['x', 1, 2, 3, 4, 5]],
    ['the header row', 'Nord', 0, ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département']],
    ['a row of a block laid out by hand emptied (two blank rows end a block)', 'Pas-de-Calais', PDC_TOP + 3, [null, null, null, null, null, null, null]],
    ['a row of a block that becomes a header row', 'Pas-de-Calais', PDC_TOP + 3, ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département', null]],
    ['a row of a block that becomes a heading', 'Pas-de-Calais', PDC_TOP + 3, ['Somme', null, null, null, null, null, null]],
    ['a row narrower than its budget', 'Nord', 2, [1, 2, 3]],
  ])('%s: null, the workbook is located again', (_, sheet, row, values) => {
    const previous = firstCheck();
    expect(recheck(previous, sheet, row, values as Rows[number])).toBeNull();
  });
});

describe('which edits are re-checked in place and which send the workbook to be located again', () => {
  /** Checks again after the edit of one row (0-based in the given rows) and checks the edited workbook whole. */
  function bothWays(sheet: 'Nord' | 'Pas-de-Calais', row: number, values: Rows[number], base: { nord?: Rows; pdc?: Rows } = {}) {
    const nord = base.nord ?? nordRows();
    const pdc = base.pdc ?? pdcRows();
    const previous = checkWorkbook(snapshotOf(nord, pdc), options);
    const edited = (rows: Rows) => rows.map((cells, index) => (index === row ? values : cells));
    const sheetRow = sheet === 'Nord' ? row : PDC_TOP + row;
    const again = recheck(previous, sheet, sheetRow, values);
    const full = checkWorkbook(sheet === 'Nord' ? snapshotOf(edited(nord), pdc) : snapshotOf(nord, edited(pdc)), options);
    return { again, full };
  }

  function expectSameAsFullCheck({ again, full }: ReturnType<typeof bothWays>): void {
    expect(again).not.toBeNull();
    expect(again!.findings).toEqual(full.findings);
    expect(again!.budgets).toEqual(full.budgets);
  }

  test('the first action of a table, right under its header, is re-checked in place', () => {
    const result = bothWays('Nord', 1, withCell(nordRows(), 1, 4, 90001)[1]!);
    expectSameAsFullCheck(result);
    expect(result.again!.findings.map((finding) => finding.cell)).toContain('E2');
  });

  test('the first action of a block laid out by hand, right under its header, is re-checked in place', () => {
    const result = bothWays('Pas-de-Calais', 1, withCell(pdcRows(), 1, 5, 1000)[1]!);
    expectSameAsFullCheck(result);
    expect(result.again!.findings.length).toBeGreaterThan(0);
  });

  test('the row just under the last action of a table: null, the table may have grown', () => {
    const previous = firstCheck();
    const below = nordRows().length;
    expect(recheck(previous, 'Nord', below, [7, 1, 'Nouvelle action', 100000, 40000, 60000])).toBeNull();
  });

  test('a row read from another column than the budget starts at: null', () => {
    const previous = firstCheck();
    const row = withCell(nordRows(), 2, 4, 90001)[2]!;
    expect(recheckRows(previous, [{ sheet: 'Nord', row: 2, left: 1, values: row }], options)).toBeNull();
  });

  test('a row of an Excel table emptied is re-checked in place: the table does not move', () => {
    expectSameAsFullCheck(bothWays('Nord', 3, [null, null, null, null, null, null]));
  });

  test('findings of the budgets not edited are kept, each once: a Department share left empty in Pas-de-Calais while Nord is edited', () => {
    const pdc = withCell(pdcRows(), 2, 5, null);
    const nord = withCell(nordRows(), 5, 5, null);
    const { again, full } = bothWays('Nord', 2, withCell(nord, 2, 4, 90001)[2]!, { nord, pdc });
    expectSameAsFullCheck({ again, full });
    const pdcFindings = again!.findings.filter((finding) => finding.sheet === 'Pas-de-Calais');
    expect(pdcFindings.map((finding) => [finding.rule, finding.cell])).toEqual([
      ['under-funding', 'D5'],
      ['matching', 'F5'],
    ]);
  });

  test('a blank row inside a block laid out by hand filled in: null, the block may now join what follows', () => {
    const pdc = [...pdcRows().slice(0, 4), [], ...pdcRows().slice(4)];
    const previous = checkWorkbook(snapshotOf(nordRows(), pdc), options);
    const blank = previous.sources.find((source) => source.sheet === 'Pas-de-Calais')!;
    expect(blank.rows.length).toBe(pdc.length - 1);
    expect(recheck(previous, 'Pas-de-Calais', PDC_TOP + 4, [7, 2, 'Nouvelle action', 50000, 20000, 30000, null])).toBeNull();
  });

  test.each([
    ['a cost typed as a number, State share left empty, numbers typed as text', ['A3', 'Axe 2', 'Prévenir les sorties sèches ASE', 260000, null, 150000, null]],
    ['a cost typed as text, State share left empty, numbers typed as text', ['A3', 'Axe 2', 'Prévenir les sorties sèches ASE', '260 000 €', null, 150000, null]],
    ['the cost and State share cleared', [3, 2, 'Prévenir les sorties sèches ASE', null, null, 150000, null]],
    ['the cost and State share cleared, the Department share typed as text', [3, 2, 'Prévenir les sorties sèches ASE', null, null, '150 000 €', null]],
    ['the cost and State share cleared, the Department share typed “45,139”', [3, 2, 'Prévenir les sorties sèches ASE', null, null, 45.139, null]],
    ['only a title and a Department share left', [null, null, 'Prévenir les sorties sèches ASE', null, null, 150000, null]],
  ])('a row of a block laid out by hand with %s is re-checked in place', (_, values) => {
    const result = bothWays('Pas-de-Calais', 3, values);
    expectSameAsFullCheck(result);
    expect(result.again!.findings.some((finding) => finding.sheet === 'Pas-de-Calais')).toBe(true);
  });

  test('a row of a block laid out by hand left with two texts and no cost nor State amount: null, it may be a header row', () => {
    const previous = firstCheck();
    expect(recheck(previous, 'Pas-de-Calais', PDC_TOP + 3, [3, 'Axe 2', 'Prévenir les sorties sèches ASE', null, null, 150000, null])).toBeNull();
  });
});
