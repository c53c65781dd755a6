import { type CellValue, cellError, checkWorkbook, type Finding } from '../../src/domain';
import { findingText } from '../../src/i18n/finding-text';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, tableSheet, withCell, workbookOf } from '../helpers/workbooks';

// The Nord sheet: A Action, B Axe, C Intitulé, D Coût total, E Part État, F Part Département; its
// actions on rows 2 to 7 add up to 1 745 883 € of cost, 500 000 € of State, 1 245 883 € of Department.
const STATE = 4;
const TOTAL: CellValue[] = ['Total', null, null, 1745883, 500000, 1245883];

function check(rows: ReadonlyArray<ReadonlyArray<CellValue>>) {
  return checkWorkbook(workbookOf(plainSheet('Nord', rows)));
}

const findingTextOf = (finding: Finding | undefined, lang: 'fr' | 'en') => (finding === undefined ? undefined : findingText(finding, lang));

const summary = (findings: ReturnType<typeof check>['findings']) => findings.map((finding) => [finding.rule, finding.severity, finding.cell, finding.amounts]);

describe('an error value in a total row', () => {
  test('#REF! in the State total is flagged on its cell, not compared and not left out of anything', () => {
    const result = check([...NORD_SHEET.rows, withCell([TOTAL], 0, STATE, cellError('#REF!'))[0]!]);
    expect(summary(result.findings)).toEqual([['invalid-value', 'error', 'E8', {}]]);
    const [finding] = result.findings;
    expect(finding).toMatchObject({ row: 8, field: 'state', action: null, sheet: 'Nord' });
    expect(findingTextOf(finding, 'en')).toBe('Row 8, column “Part État”: the cell shows the error #REF!. Fix the formula or type the amount.');
    expect(result.budgets[0]?.totals).toMatchObject({ state: 50_000_000, excludedRows: 0, actionCount: 6 });
  });

  test('a negative total is flagged with its amount', () => {
    const result = check([...NORD_SHEET.rows, withCell([TOTAL], 0, STATE, -500000)[0]!]);
    expect(summary(result.findings)).toEqual([['invalid-value', 'error', 'E8', {}]]);
    expect(findingTextOf(result.findings[0], 'en')).toContain('-€500,000');
  });
});

describe('a total that does not add up', () => {
  test('the finding carries what is written and the sum, and the message says the gap', () => {
    const result = check([...NORD_SHEET.rows, withCell([TOTAL], 0, STATE, 500100)[0]!]);
    expect(summary(result.findings)).toEqual([['total-mismatch', 'error', 'E8', { written: 50_010_000, sum: 50_000_000 }]]);
    expect(findingTextOf(result.findings[0], 'en')).toBe('Total row 8, column “Part État”: €500,100 written, while the actions above add up to €500,000. Correct the total (difference: €100).');
  });

  test('a total of 0 € under actions is flagged, 0 is not "empty"', () => {
    const result = check([...NORD_SHEET.rows, withCell([TOTAL], 0, STATE, 0)[0]!]);
    expect(summary(result.findings)).toEqual([['total-mismatch', 'error', 'E8', { written: 0, sum: 50_000_000 }]]);
  });

  test('an empty total cell is not checked', () => {
    expect(check([...NORD_SHEET.rows, withCell([TOTAL], 0, STATE, null)[0]!]).findings).toEqual([]);
  });

  test('a sub-total is compared with the rows since the previous total; its error says that sum', () => {
    const [header, a1, a2, a3, a4, a5, a6] = NORD_SHEET.rows;
    const rows = [header!, a1!, a2!, a3!, ['Sous-total', null, null, 435000, 158174, 276826], a4!, a5!, a6!, ['Sous-total', null, null, 1310883, 341827, 969057]];
    const result = check(rows);
    expect(summary(result.findings)).toEqual([['total-mismatch', 'error', 'E9', { written: 34_182_700, sum: 34_182_600 }]]);
  });

  test('a "Total" after a sub-total is compared with every row above: its error says the grand sum', () => {
    const [header, a1, a2, a3, a4, a5, a6] = NORD_SHEET.rows;
    const rows = [header!, a1!, a2!, a3!, ['Sous-total', null, null, 435000, 158174, 276826], a4!, a5!, a6!, ['Total', null, null, 1745883, 500001, 1245883]];
    const result = check(rows);
    expect(summary(result.findings)).toEqual([['total-mismatch', 'error', 'E9', { written: 50_000_100, sum: 50_000_000 }]]);
  });

  test('the first total of a sheet counts from its first action, whichever reading passes', () => {
    const [header, a1, a2, a3] = NORD_SHEET.rows;
    const rows = [header!, a1!, a2!, a3!, ['Total', null, null, 435000, 158174, 276826]];
    expect(check(rows).findings).toEqual([]);
  });

  test('a sum an unreadable action cell makes unknown is not held against the total', () => {
    const rows = [...withCell(NORD_SHEET.rows, 3, STATE, 'quarante mille'), withCell([TOTAL], 0, STATE, 123)[0]!];
    const result = check(rows);
    expect(result.findings.map((finding) => [finding.rule, finding.cell])).toEqual([['invalid-value', 'E4']]);
  });
});

describe('amounts typed as text, which Excel’s SUM skips', () => {
  test('a total that is the sum without the text cell says so, and names the cell to convert', () => {
    const rows = [...withCell(NORD_SHEET.rows, 3, STATE, '42 181 €'), withCell([TOTAL], 0, STATE, 457819)[0]!];
    const result = check(rows);
    expect(summary(result.findings)).toEqual([
      ['text-amount', 'warning', 'E4', { state: 4_218_100 }],
      ['total-mismatch', 'error', 'E8', { written: 45_781_900, sum: 50_000_000 }],
    ]);
    expect(findingTextOf(result.findings[1], 'en')).toBe(
      'Total row 8, column “Part État”: €457,819 written, while the actions above add up to €500,000. The difference (€42,181) is the amount typed as text in E4, which the SUM formula skips: convert that cell to number and the total will follow.',
    );
  });

  test('two text cells: both named', () => {
    let rows = withCell(NORD_SHEET.rows, 3, STATE, '42 181 €');
    rows = withCell(rows, 4, STATE, '54 460');
    const result = check([...rows, withCell([TOTAL], 0, STATE, 500000 - 42181 - 54460)[0]!]);
    const mismatch = result.findings.find((finding) => finding.rule === 'total-mismatch');
    expect(mismatch?.amounts).toEqual({ written: 40_335_900, sum: 50_000_000 });
    expect(findingTextOf(mismatch, 'en')).toContain('amounts typed as text in E4, E5, which the SUM formula skips: convert those cells to numbers');
  });

  test('a total that counts the text amounts is right', () => {
    const rows = [...withCell(NORD_SHEET.rows, 3, STATE, '42 181 €'), TOTAL];
    expect(check(rows).findings.map((finding) => finding.rule)).toEqual(['text-amount']);
  });

  test('a total wrong by more than the text cells: the plain mismatch, with the full sum', () => {
    const rows = [...withCell(NORD_SHEET.rows, 3, STATE, '42 181 €'), withCell([TOTAL], 0, STATE, 400000)[0]!];
    const mismatch = check(rows).findings.find((finding) => finding.rule === 'total-mismatch');
    expect(mismatch?.amounts).toEqual({ written: 40_000_000, sum: 50_000_000 });
    expect(findingTextOf(mismatch, 'en')).not.toContain('typed as text');
  });
});

describe('total rows of a table shared by beneficiaries', () => {
  const header = ['Bénéficiaire', ...NORD_SHEET.rows[0]!];
  const nord = NORD_SHEET.rows.slice(1).map((row) => ['Nord', ...row]);
  const pdc = PAS_DE_CALAIS_SHEET.rows.slice(1).map((row) => ['Pas-de-Calais', ...row.slice(0, 6)]);

  test('"Total Nord" is the sum of Nord’s rows and is reported in Nord’s budget', () => {
    const rows = [header, ...nord, ...pdc, ['Nord', 'Total', null, null, 1745883, 500001, 1245883]];
    const result = checkWorkbook(workbookOf(tableSheet('Budget', 'Convention', rows)));
    const mismatch = result.findings.filter((finding) => finding.rule === 'total-mismatch');
    expect(mismatch.map((finding) => [finding.cell, finding.beneficiary, finding.amounts])).toEqual([['F14', 'Nord', { written: 50_000_100, sum: 50_000_000 }]]);
  });

  test('a right "Total Nord" after the other beneficiary’s rows passes', () => {
    const rows = [header, ...nord, ...pdc, ['Nord', 'Total', null, null, 1745883, 500000, 1245883]];
    const result = checkWorkbook(workbookOf(tableSheet('Budget', 'Convention', rows)));
    expect(result.findings.filter((finding) => finding.rule === 'total-mismatch')).toEqual([]);
  });

  test('a total row of the second beneficiary is reported in its own budget', () => {
    const rows = [header, ...nord, [null, 'Total', null, null, 1745883, 500000, 1245883], ...pdc, [null, 'Total', null, null, 1140000, 500001, 610000]];
    const result = checkWorkbook(workbookOf(tableSheet('Budget', 'Convention', rows)));
    const mismatch = result.findings.filter((finding) => finding.rule === 'total-mismatch');
    // A "Total" is every row above it: the message's sum is both beneficiaries'.
    expect(mismatch.map((finding) => [finding.cell, finding.beneficiary, finding.budgetId === result.budgets[1]?.id, finding.amounts])).toEqual([
      ['F15', 'Pas-de-Calais', true, { written: 50_000_100, sum: 100_000_000 }],
    ]);
  });
});

describe('a sub-total is not compared with the actions written under it', () => {
  test('a first sub-total holding the grand total of every action is flagged with the sum of the actions above it', () => {
    const [header, a1, a2, a3, a4, a5, a6] = NORD_SHEET.rows;
    const rows = [header!, a1!, a2!, a3!, ['Sous-total', null, null, 435000, 500000, 276826], a4!, a5!, a6!];
    const result = check(rows);
    expect(summary(result.findings)).toEqual([['total-mismatch', 'error', 'E5', { written: 50_000_000, sum: 15_817_400 }]]);
  });
});
