import { type CellValue, checkWorkbook, countBySeverity, type Finding, findingOf, formatShare, sharesOf, sortFindings } from '../../src/domain';
import { BUILT_IN_PROFILE } from '../../src/domain/profile/profile';
import { findingText } from '../../src/i18n/finding-text';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, withCell, workbookOf } from '../helpers/workbooks';

// The Nord sheet: A Action, B Axe, C Intitulé, D Coût total, E Part État, F Part Département (rows 2 to 7).
const COST = 3;
const STATE = 4;
const DEPARTMENT = 5;

function check(rows: ReadonlyArray<ReadonlyArray<CellValue>>, options = {}) {
  return checkWorkbook(workbookOf(plainSheet('Nord', rows)), options);
}

const findingTextOf = (finding: Finding | undefined, lang: 'fr' | 'en') => (finding === undefined ? undefined : findingText(finding, lang));

const summary = (findings: readonly Finding[]) => findings.map((finding) => [finding.rule, finding.severity, finding.cell, finding.amounts]);

describe('the amounts each finding carries (the JSON report and the pane show them)', () => {
  test('State over the cap: the State, the cost and the highest State amount allowed', () => {
    // Action 5: 120 000 € of cost, 60 000 € of State, exactly 50 %; one cent more breaks the cap (and funds one cent too many).
    const result = check(withCell(withCell(NORD_SHEET.rows, 5, STATE, 60000.01), 5, DEPARTMENT, 60000.01));
    expect(summary(result.findings)).toEqual([
      ['over-funding', 'error', 'D6', { funding: 12_000_002, cost: 12_000_000 }],
      ['state-cap', 'error', 'E6', { state: 6_000_001, cost: 12_000_000, cap: 6_000_000 }],
    ]);
  });

  test('a cap where equal is not allowed: the cap is one cent under the percent', () => {
    const profile = { ...BUILT_IN_PROFILE, stateCap: { percent: 5_000, equalAllowed: false } };
    const result = check(NORD_SHEET.rows, { profile });
    expect(summary(result.findings)).toEqual([['state-cap', 'error', 'E6', { state: 6_000_000, cost: 12_000_000, cap: 5_999_999 }]]);
    expect(findingTextOf(result.findings[0], 'en')).toContain('€59,999.99');
  });

  test('Department under the State on its action: the Department, the State and what is owed', () => {
    const result = check(withCell(withCell(NORD_SHEET.rows, 5, DEPARTMENT, 59999.99), 5, COST, 119999.99));
    expect(summary(result.findings)).toEqual([
      ['state-cap', 'error', 'E6', { state: 6_000_000, cost: 11_999_999, cap: 5_999_999 }],
      ['matching', 'error', 'F6', { department: 5_999_999, state: 6_000_000, required: 6_000_000 }],
    ]);
  });

  test('Department equal to the State passes: matching is "at least"', () => {
    expect(check(NORD_SHEET.rows).findings).toEqual([]);
  });

  test('a Department share with no State amount: owed nothing by the ratio, no finding', () => {
    const result = check(withCell(NORD_SHEET.rows, 2, STATE, null));
    expect(result.findings.map((finding) => finding.rule)).toEqual(['missing-value']);
    expect(result.findings[0]).toMatchObject({ cell: 'E3', amounts: {} });
  });

  test('funding over the cost: the funding and the cost, an error; under it, a warning', () => {
    const over = check(withCell(NORD_SHEET.rows, 1, DEPARTMENT, 114862));
    expect(summary(over.findings)).toEqual([['over-funding', 'error', 'D2', { funding: 16_000_100, cost: 16_000_000 }]]);
    const under = check(withCell(withCell(NORD_SHEET.rows, 1, COST, 160000.01), 1, DEPARTMENT, 114861));
    expect(summary(under.findings)).toEqual([['under-funding', 'warning', 'D2', { funding: 16_000_000, cost: 16_000_001 }]]);
  });

  test('funding is not checked while a financing cell cannot be read', () => {
    const result = check(withCell(NORD_SHEET.rows, 1, DEPARTMENT, 'beaucoup'));
    expect(result.findings.map((finding) => [finding.rule, finding.cell])).toEqual([['invalid-value', 'F2']]);
  });

  test('an unreadable amount carries no amount; a negative one its cents; three decimals the amount meant', () => {
    let rows = withCell(NORD_SHEET.rows, 1, STATE, 'quarante');
    rows = withCell(rows, 2, STATE, -70854);
    rows = withCell(rows, 3, STATE, 42.181);
    const result = check(rows);
    const invalid = result.findings.filter((finding) => finding.rule === 'invalid-value');
    expect(invalid.map((finding) => [finding.cell, finding.amounts])).toEqual([
      ['E2', {}],
      ['E3', { state: -7_085_400 }],
      ['E4', { suggested: 4_218_100 }],
    ]);
  });

  test('an amount typed as text is read, with a warning carrying its cents', () => {
    const result = check(withCell(NORD_SHEET.rows, 3, STATE, '42 181,50 €'));
    expect(summary(result.findings.filter((finding) => finding.rule === 'text-amount'))).toEqual([['text-amount', 'warning', 'E4', { state: 4_218_150 }]]);
    expect(
      findingTextOf(
        result.findings.find((finding) => finding.rule === 'text-amount'),
        'en',
      ),
    ).toContain('(type 42181.50 and apply a currency format)');
  });

  test('the envelope: the State total and the envelope, over an error, under a warning', () => {
    expect(summary(check(NORD_SHEET.rows, { envelope: 49_999_999 }).findings)).toEqual([['envelope', 'error', null, { state: 50_000_000, envelope: 49_999_999 }]]);
    expect(summary(check(NORD_SHEET.rows, { envelope: 50_000_001 }).findings)).toEqual([['envelope', 'warning', null, { state: 50_000_000, envelope: 50_000_001 }]]);
    expect(check(NORD_SHEET.rows, { envelope: 50_000_000 }).findings).toEqual([]);
  });

  test('matching in total: the Department total, the State total and what is owed', () => {
    const rows = NORD_SHEET.rows.map((row, index) => (index === 0 ? row : withCell([row], 0, DEPARTMENT, index === 1 ? 499999.99 : 0)[0]!));
    const result = check(rows, { matching: 'total' });
    expect(summary(result.findings.filter((finding) => finding.rule === 'matching'))).toEqual([['matching', 'error', null, { department: 49_999_999, state: 50_000_000, required: 50_000_000 }]]);
  });

  test('a Department owed a share of the cost: the larger of the two clauses is required', () => {
    const profile = { ...BUILT_IN_PROFILE, matching: { ...BUILT_IN_PROFILE.matching, minPercentOfCost: 7_500 } };
    // Action 4: 130 000 € of cost, 54 460 € of State, 75 540 € of Department: 75 % of the cost is 97 500 €.
    const result = check(NORD_SHEET.rows, { profile });
    const action4 = result.findings.find((finding) => finding.rule === 'matching' && finding.cell === 'F5');
    expect(action4?.amounts).toEqual({ department: 7_554_000, state: 5_446_000, required: 9_750_000 });
  });

  test('error and warning counts', () => {
    const result = check(withCell(withCell(NORD_SHEET.rows, 1, 1, null), 2, STATE, 'x'));
    expect(countBySeverity(result.findings)).toEqual({ errors: 1, warnings: 1 });
    expect(countBySeverity([])).toEqual({ errors: 0, warnings: 0 });
  });
});

describe('shares of a zero or missing cost', () => {
  test('a cost of 0 €: no share, shown "—", not a division by zero', () => {
    expect(sharesOf({ cost: 0, state: 0, department: 0, other: 0 })).toEqual({ state: null, department: null, other: null });
    expect(formatShare(sharesOf({ cost: 0, state: 100, department: 0, other: null }).state)).toBe('—');
  });

  test('no cost, or no amount: no share of it', () => {
    expect(sharesOf({ cost: null, state: 100, department: 100, other: null })).toEqual({ state: null, department: null, other: null });
    expect(sharesOf({ cost: 1_000, state: 250, department: null, other: 0 })).toEqual({ state: 0.25, department: null, other: 0 });
  });

  test('a zero State amount is a share of 0 %, not none', () => {
    expect(formatShare(sharesOf({ cost: 1_000, state: 0, department: 1_000, other: null }).state)).toBe('0,0\u00a0%');
    expect(formatShare(1 / 3, 'en')).toBe('33.3%');
  });

  test('an action with a cost of 0 € and a State amount breaks the cap', () => {
    const result = check(withCell(withCell(withCell(NORD_SHEET.rows, 1, COST, 0), 1, STATE, 1), 1, DEPARTMENT, 1));
    expect(summary(result.findings.filter((finding) => finding.rule === 'state-cap'))).toEqual([['state-cap', 'error', 'E2', { state: 100, cost: 0, cap: 0 }]]);
  });
});

describe('findings in reading order', () => {
  const owner = { id: 'b', sheet: 'Nord', table: null, beneficiary: null };
  const at = (cell: string | null, row: number | null, name: string) =>
    findingOf(owner, 'missing-axis', 'warning', cell === null || row === null ? null : { cell, row, field: 'axis', action: name }, {}, { kind: 'inexact-totals' });

  test('by row, then column (AA after Z), budget-level last, one cell’s findings in the order found', () => {
    const found = [at(null, null, 'budget'), at('AA2', 2, 'AA2'), at('A3', 3, 'A3'), at('Z2', 2, 'Z2'), at('B2', 2, 'B2 first'), at('B2', 2, 'B2 second'), at('A10', 10, 'A10')];
    expect(sortFindings(found).map((finding) => finding.action ?? 'budget')).toEqual(['B2 first', 'B2 second', 'Z2', 'AA2', 'A3', 'A10', 'budget']);
  });

  test('a finding keeps the data its sentence is written from, and the place it was given', () => {
    const data = { kind: 'envelope-exceeded', state: 60_000_000, envelope: 50_000_000, over: 10_000_000, excludedRows: 0 } as const;
    const finding = findingOf(owner, 'envelope', 'error', null, { state: 60_000_000 }, data);
    expect(finding.data).toBe(data);
    expect(findingText(finding, 'en')).toContain('€100,000');
    expect(finding).toMatchObject({ rule: 'envelope', severity: 'error', cell: null, row: null, field: null, action: null, sheet: 'Nord', table: null, budgetId: 'b' });
    expect(finding.related).toBeUndefined();
  });

  test('a duplicate action number points at its first use', () => {
    const result = check(withCell(NORD_SHEET.rows, 3, 0, 2));
    expect(result.findings.map((finding) => [finding.rule, finding.cell, finding.related])).toEqual([['duplicate-action', 'A4', 'A3']]);
  });
});

describe('which matching clause the officer is told they break', () => {
  const profileOwing = (minPercentOfCost: number) => ({ ...BUILT_IN_PROFILE, matching: { ...BUILT_IN_PROFILE.matching, minPercentOfCost } });
  const matchingOf = (findings: readonly Finding[], cell: string | null) => findings.find((finding) => finding.rule === 'matching' && finding.cell === cell);

  test('a Department under the State on its action is told to reach the State’s share', () => {
    const result = check(withCell(NORD_SHEET.rows, 4, DEPARTMENT, 50000));
    expect(findingTextOf(matchingOf(result.findings, 'F5'), 'fr')).toBe(
      'Action 4\u00a0: la part du Département (50\u202f000\u00a0€) est inférieure à celle de l’État (54\u202f460\u00a0€). Portez-la à 54\u202f460\u00a0€ au moins, ou réduisez la part de l’État.',
    );
  });

  test('a Department owed 75 % of the cost, more than the State’s share, is told the share of the cost', () => {
    const result = check(NORD_SHEET.rows, { profile: profileOwing(7_500) });
    expect(findingTextOf(matchingOf(result.findings, 'F5'), 'fr')).toBe(
      'Action 4\u00a0: la part du Département (75\u202f540\u00a0€) est inférieure à 75\u00a0% du coût total (130\u202f000\u00a0€). Portez-la à 97\u202f500\u00a0€ au moins.',
    );
  });

  test('a Department owed only 20 % of the cost still owes the State’s larger share', () => {
    // Action 4: 20 % of 130 000 € is 26 000 €, under the State's 54 460 €; 50 000 € of Department breaks the ratio.
    const result = check(withCell(NORD_SHEET.rows, 4, DEPARTMENT, 50000), { profile: profileOwing(2_000) });
    const action4 = matchingOf(result.findings, 'F5');
    expect(action4?.amounts).toEqual({ department: 5_000_000, state: 5_446_000, required: 5_446_000 });
    expect(findingTextOf(action4, 'fr')).toContain('est inférieure à celle de l’État (54\u202f460\u00a0€). Portez-la à 54\u202f460\u00a0€ au moins');
  });

  test('matching in total under the State: the message gives the one cent missing', () => {
    const rows = NORD_SHEET.rows.map((row, index) => (index === 0 ? row : withCell([row], 0, DEPARTMENT, index === 1 ? 499999.99 : 0)[0]!));
    const result = check(rows, { matching: 'total' });
    expect(findingTextOf(matchingOf(result.findings, null), 'fr')).toBe(
      'Le Département apporte 499\u202f999,99\u00a0€ au total, moins que l’État (500\u202f000\u00a0€)\u00a0: il manque 0,01\u00a0€ de part départementale pour respecter l’engagement d’un financement au moins équivalent.',
    );
  });

  test('matching in total under 75 % of the cost: the message gives the share of the cost and what is missing', () => {
    const result = check(NORD_SHEET.rows, { profile: profileOwing(7_500), matching: 'total' });
    expect(result.findings.map((finding) => [finding.rule, finding.cell, findingTextOf(finding, 'fr')])).toEqual([
      [
        'matching',
        null,
        'Le Département apporte 1\u202f245\u202f883\u00a0€ au total, moins que 75\u00a0% du coût total (1\u202f745\u202f883\u00a0€)\u00a0: il manque 63\u202f529,25\u00a0€ de part départementale.',
      ],
    ]);
  });
});

describe('totals too large to add up exactly', () => {
  test('are said once as an invalid value, and not compared with the matching the Department owes', () => {
    // A cell holds at most 10^12 €: 100 actions of 10^12 € add up past 2^53 cents.
    const actions = Array.from({ length: 100 }, (_, index) => [index + 1, 1, `Programme ${index + 1}`, 1_000_000_000_000, 400_000_000_000, 300_000_000_000]);
    const rows = [NORD_SHEET.rows[0]!, ...actions];
    const result = check(rows);
    expect(result.budgets[0]?.totals.exact).toBe(false);
    expect(result.findings.filter((finding) => finding.cell === null).map((finding) => finding.rule)).toEqual(['invalid-value']);
  });
});

describe('funding over the cost, as the officer reads it', () => {
  test('the message says by how much the funding exceeds the cost, and what to reduce', () => {
    const result = check(withCell(NORD_SHEET.rows, 1, DEPARTMENT, 124861));
    expect(result.findings.map((finding) => [finding.rule, finding.cell, findingTextOf(finding, 'fr')])).toEqual([
      [
        'over-funding',
        'D2',
        'Action 1\u00a0: les financements (170\u202f000\u00a0€) dépassent le coût total (160\u202f000\u00a0€) de 10\u202f000\u00a0€. Réduisez un financement de 10\u202f000\u00a0€ ou corrigez le coût total.',
      ],
    ]);
  });
});
