import { HyperFormula } from 'hyperformula';
import {
  type CellValue,
  cellError,
  excelSerial,
  type CheckOptions,
  checkWorkbook,
  type ConventionProfile,
  parseProfileJson,
  type MatchingMode,
  parseA1,
  rangeA1,
  type SheetSnapshot,
} from '../../src/domain';
import { flagPlan, isOurFormula, MAX_FORMULA_LENGTH } from '../../src/excel/flag-formulas';
import { PROFILE_80_30, PROFILE_BUDGET_ROWS } from '../helpers/profile-budget';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { BROKEN_INPUTS } from '../fixtures/broken-inputs';
import { plainSheet, tableSheet, withCell, workbookOf } from '../helpers/workbooks';
import { shownValue } from '../helpers/xlsx';

/**
 * The conditional formats are Excel formulas: HyperFormula, an Excel-compatible engine, evaluates
 * them on the same grid the core checked. The cells they light must be exactly the cells the core
 * flags, in the same colour; and when a cell is edited, the formulas follow without a new check.
 */

type Grid = CellValue[][];

const ERROR_FORMULAS: Record<string, string> = { '#DIV/0!': '=1/0', '#N/A': '=NA()', '#VALUE!': '="a"*1' };

function toEngine(value: CellValue): string | number | boolean | null {
  if (value === null || typeof value !== 'object') return value;
  if (value.kind === 'date') return excelSerial(value.iso);
  const formula = ERROR_FORMULAS[value.code];
  if (!formula) throw new Error(`no formula gives ${value.code}`);
  return formula;
}

class ExcelModel {
  readonly engine: HyperFormula;

  /** `engine`: cells that Excel holds otherwise than the core reads them (a formula returning ""). */
  constructor(grid: Grid, top = 0, left = 0, engine: Readonly<Record<string, string | number>> = {}) {
    const rows: Array<Array<string | number | boolean | null>> = Array.from({ length: top }, () => []);
    for (const row of grid) rows.push([...Array<null>(left).fill(null), ...row.map(toEngine)]);
    this.engine = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
    for (const [address, value] of Object.entries(engine)) {
      const { row, column } = parseA1(address)!;
      this.engine.setCellContents({ sheet: 0, row, col: column }, [[value]]);
    }
  }

  set(address: string, value: CellValue): void {
    const { row, column } = parseA1(address)!;
    this.engine.setCellContents({ sheet: 0, row, col: column }, [[toEngine(value)]]);
  }

  /** Each cell some format lights, with the colour Excel shows (error wins: it is added last). */
  lit(plan: ReturnType<typeof flagPlan>): Map<string, 'error' | 'warning'> {
    const lit = new Map<string, 'error' | 'warning'>();
    for (const flag of plan.flags) {
      // Relative references are relative to the first area's top-left cell, as Excel reads them.
      const origin = parseA1(flag.areas[0]!.split(':')[0]!)!;
      for (const area of flag.areas) {
        const [start = '', end = start] = area.split(':');
        const from = parseA1(start)!;
        const to = parseA1(end)!;
        for (let row = from.row; row <= to.row; row++) {
          for (let column = from.column; column <= to.column; column++) {
            // A format's relative references ($E2) move with the cell; absolute ones ($E$2) do not.
            const formula = flag.formula.replace(/\$([A-Z]{1,3})(\d+)(?![\d$:])/g, (_, letters: string, digits: string) => `$${letters}${Number(digits) + row - origin.row}`);
            const value = this.engine.calculateFormula(formula, 0);
            // Excel lights a cell when the formula is TRUE or a number other than 0; an error lights nothing.
            if (value === true || (typeof value === 'number' && value !== 0)) {
              const cell = rangeA1(row, column, row, column);
              if (lit.get(cell) !== 'error') lit.set(cell, flag.severity);
            }
          }
        }
      }
    }
    return lit;
  }
}

function expectedFlags(sheet: SheetSnapshot, options: CheckOptions) {
  const result = checkWorkbook(workbookOf(sheet), options);
  const expected = new Map<string, 'error' | 'warning'>();
  for (const finding of result.findings) {
    if (finding.cell === null) continue;
    if (expected.get(finding.cell) !== 'error') expected.set(finding.cell, finding.severity);
  }
  return { result, expected };
}

function agree(
  grid: Grid,
  options: {
    matching?: MatchingMode;
    profile?: ConventionProfile;
    table?: boolean;
    hasTotalsRow?: boolean;
    top?: number;
    left?: number;
    alsoLit?: Record<string, 'error' | 'warning'>;
    rangeAreas?: boolean;
    engine?: Record<string, string | number>;
  } = {},
) {
  const { matching = 'action', profile, table = false, hasTotalsRow = false, top = 0, left = 0, alsoLit = {}, rangeAreas = true, engine = {} } = options;
  const sheet = table ? tableSheet('Nord', 'BudgetNord', grid, { hasTotalsRow, top, left }) : plainSheet('Nord', grid, top, left);
  const { result, expected } = expectedFlags(sheet, { matching, ...(profile === undefined ? {} : { profile }) });
  const model = new ExcelModel(grid, top, left, engine);
  const plan = flagPlan(result, { matching, rangeAreas });
  expect(Object.fromEntries(model.lit(plan))).toEqual({ ...Object.fromEntries(expected), ...alsoLit });
  for (const flag of plan.flags) expect(flag.formula.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
  return { model, plan, result };
}

const rows = (): Grid => NORD_SHEET.rows.map((row) => [...row]);

function profileOf(json: unknown): ConventionProfile {
  const parsed = parseProfileJson(json);
  if (!('profile' in parsed)) throw new Error(JSON.stringify(parsed.error));
  return parsed.profile;
}

describe('conditional formats light exactly the cells the core flags', () => {
  test('the sample budget: nothing', () => {
    const { plan } = agree(rows());
    expect(plan.flags.length).toBeGreaterThan(0);
    expect(plan.flags.every((flag) => isOurFormula(flag.formula))).toBe(true);
  });

  test('DOMAIN.md’s two broken variants', () => {
    agree(withCell(rows(), 2, 4, 90001));
    agree(withCell(rows(), 4, 5, 50000));
  });

  test('per-action matching switched off', () => {
    agree(withCell(rows(), 4, 5, 50000), { matching: 'total' });
  });

  test('boundaries: exactly 50 %, one cent over, one cent short', () => {
    const grid = [rows()[0]!, [1, 1, 'Exactement 50 %', 100000, 50000, 50000], [2, 1, 'Un centime de trop', 100000, 50000.01, 49999.99], [3, 1, 'Un centime de moins', 100000, 40000, 39999.99]];
    agree(grid);
  });

  test('input errors as numbers, booleans, error values, dates and empty cells', () => {
    const grid = [
      rows()[0]!,
      [1, 2, 'Montant négatif', 160000, -45139, 114861],
      [2, 2, 'Booléen', 180000, true, 109146],
      [3, null, 'Erreur de formule', 95000, 42181, cellError('#DIV/0!')],
      [4, 1, 'Date', { kind: 'date' as const, iso: '2022-03-01' }, 54460, 75540],
      [5, 1, null, 120000, null, 60000],
      [null, 2, 'Sans numéro', 1060883, 227366, 833517],
      [7, 2, 'Hors limites', 2e12, 1e12, 1e12],
    ];
    // A date is a number to Excel's formulas (44 621 for 1 March 2022): its row is left out of the
    // column formats that would misread it, and its findings are flagged cell by cell.
    agree(grid);
  });

  test('amounts typed as French text, readable or not, breaking rules or not', () => {
    const grid = [
      rows()[0]!,
      ['Action 1', 'Axe 2', 'Texte lisible', '160 000 €', '45 139 €', '114 861'],
      [2, 2, 'Plafond dépassé en texte', '180 000', '90 001 €', 109146],
      [3, 2, 'Texte illisible', 95000, '42,181', 52819],
      [4, 1, 'Parité en texte', 130000, 54460, '50.000 EUR'],
    ];
    agree(grid);
  });

  test('duplicate numbers, written alike or not', () => {
    const grid = rows();
    grid[3]![0] = 2;
    grid[5]![0] = 'Action 4';
    agree(grid);
  });

  test('total and sub-total rows, right and wrong', () => {
    const [header, a1, a2, a3, a4, a5, a6] = rows();
    agree([header!, a1!, a2!, a3!, ['Sous-total axe 2', null, null, 435000, 158174, 276826], a4!, a5!, a6!, ['TOTAL :', null, null, 1745883, 499999, 1245883]]);
  });

  test('an Excel table with its totals row, away from A1', () => {
    agree([...rows(), ['Total', null, null, 1745883, 500001, 1245883]], { table: true, hasTotalsRow: true, top: 2, left: 1 });
  });

  test('two beneficiaries in one table', () => {
    const header = ['Bénéficiaire', ...NORD_SHEET.rows[0]!];
    const nord = NORD_SHEET.rows.slice(1).map((row, index) => [index === 0 ? 'Nord' : null, ...row]);
    const pdc = PAS_DE_CALAIS_SHEET.rows.slice(1).map((row) => ['Pas-de-Calais', ...row.slice(0, 6)]);
    const grid = [header, ...nord, ...pdc];
    grid[3]![5] = 90001;
    agree(grid, { table: true });
  });
});

describe('under another convention’s profile, the formulas carry its numbers', () => {
  test('80 % cap and Department ≥ 30 % of the cost: the budget that passes the seed’s rules lights F2', () => {
    const grid = PROFILE_BUDGET_ROWS.map((row) => [...row]);
    const { plan } = agree(grid, { profile: profileOf(PROFILE_80_30) });
    expect(plan.flags.some((flag) => flag.rule === 'state-cap' && flag.formula.includes('*5>') && flag.formula.includes('*4'))).toBe(true);
    agree(grid);
  });

  test('boundaries of an 80 % cap, a strict 60 % cap, and matching at half the State’s', () => {
    const grid = [
      [...PROFILE_BUDGET_ROWS[0]!],
      [1, 1, 'Exactement 80 %', 100000, 80000, 30000, 0],
      [2, 1, 'Un centime de trop', 100000, 80000.01, 30000, 0],
      [3, 1, 'Département à 29,99 %', 100000, 20000, 29999.99, 50000.01],
      [4, 1, 'Exactement 60 %', 100000, 60000, 40000, 0],
    ];
    agree(grid, { profile: profileOf(PROFILE_80_30) });
    agree(grid, { profile: profileOf({ stateCapPercent: 60, stateCapEqualAllowed: false, matchingRatio: 0.5 }) });
    agree(grid, { profile: profileOf({ stateCapPercent: 33.33, matchingRatio: 1, departmentMinPercent: 30 }) });
  });
});

describe('what an independent engine found: each case lights exactly the cells the core flags', () => {
  test('a cell holding only a no-break space is empty to the core; Excel’s TRIM keeps it', () => {
    const grid = rows();
    grid[2]![2] = '\u00a0';
    grid[3]![3] = '\u00a0\u00a0';
    grid[4]![1] = '\u202f';
    agree(grid);
  });

  test('an error value in one cell of a row does not hide a missing value beside it', () => {
    const grid = rows();
    grid[2]![5] = cellError('#DIV/0!');
    grid[2]![2] = null;
    grid[3]![1] = null;
    grid[3]![4] = cellError('#N/A');
    agree(grid);
  });

  test('a total below a sub-total that shows #REF! is still checked', () => {
    const [header, a1, a2, a3, a4, a5, a6] = rows();
    agree([header!, a1!, a2!, a3!, ['Sous-total axe 2', null, null, cellError('#N/A'), 158174, 276826], a4!, a5!, a6!, ['Total', null, null, 1745883, 400000, 1245883]]);
  });

  test('the cells of an Excel table’s totals row get their own flags', () => {
    agree([...rows(), ['Total', null, null, cellError('#DIV/0!'), 'n.c.', 1245883]], { table: true, hasTotalsRow: true, top: 3, left: 2 });
  });

  test('action numbers with *, ? and ~, and the text "1" beside the number 1', () => {
    const grid = rows();
    grid[1]![0] = '1*';
    grid[2]![0] = 12;
    grid[3]![0] = '?';
    grid[4]![0] = 'a~b';
    grid[5]![0] = 'ab';
    grid[6]![0] = '12';
    agree(grid);
  });

  test('a title that starts with "Total" followed by a letter beyond a-z is an action', () => {
    const grid = rows();
    grid[3]![2] = 'Totalñ des actions';
    grid[4]![2] = 'Totaux sociaux';
    grid[5]![2] = 'TOTAL';
    agree(grid);
  });

  test('a number with three decimals ("45,139" typed in French) is flagged, and misleads no rule of its row', () => {
    const grid = rows();
    grid[1]![4] = 45.139;
    grid[2]![5] = 109.146;
    grid[3]![3] = 95.5;
    agree(grid);
  });

  test('one format per run of action rows where Excel has no RangeAreas (ExcelApi below 1.9)', () => {
    const [header, a1, a2, a3, a4, a5, a6] = rows();
    const { plan } = agree([header!, a1!, a2!, ['Sous-total', null, null, 435000, 158174, 276826], a3!, a4!, [], a5!, a6!], { rangeAreas: false });
    expect(plan.flags.every((flag) => flag.areas.length === 1)).toBe(true);
    expect(plan.flags.filter((flag) => flag.rule === 'state-cap').map((flag) => flag.areas[0])).toEqual(['E2:E3', 'E5:E6', 'E8:E9']);
  });
});

describe('the six plan bugs an independent engine found on hand-made edge cases (issue 18, item 9)', () => {
  test('a Department cell of spaces only, or a formula returning "", is 0 to the core: the matching flag lights', () => {
    const grid = rows();
    grid[2]![5] = '   ';
    grid[3]![5] = null;
    // Excel holds F4 as a formula whose result is "": the core reads it as an empty cell.
    agree(grid, { engine: { F4: '=""' } });
  });

  test('with a matching clause on the cost, a cost typed as text ("100 000 €") keeps its flag', () => {
    const grid = [[...PROFILE_BUDGET_ROWS[0]!], [1, 1, 'Coût en texte', '100 000 €', 20000, 25000, 55000], [2, 1, 'Coût en nombre', 100000, 20000, 25000, 55000]];
    agree(grid, { profile: profileOf(PROFILE_80_30) });
  });

  test('with both matching clauses, a row whose cost the core refuses (a date, 2 × 10¹² €) lights no matching flag', () => {
    const grid = [
      [...PROFILE_BUDGET_ROWS[0]!],
      [1, 1, 'Coût en date', { kind: 'date' as const, iso: '2022-03-01' }, 5000, 10000, 0],
      [2, 1, 'Coût hors limites', 2e12, 1000, 2000, 0],
      [3, 1, 'Coût lisible', 100000, 20000, 25000, 55000],
    ];
    agree(grid, { profile: profileOf({ stateCapPercent: 80, matchingRatio: 1, departmentMinPercent: 30 }) });
  });

  test('a date in a sub-total above a wrong total counts for Excel’s SUMIF, not for the core', () => {
    const [header, a1, a2, a3, a4, a5, a6] = rows();
    agree([header!, a1!, a2!, a3!, ['Sous-total axe 2', null, null, { kind: 'date' as const, iso: '2022-03-01' }, 158174, 276826], a4!, a5!, a6!, ['Total', null, null, 1745884, 500000, 1245883]]);
  });

  test('an amount computed as =82.3*0.15 (12.344999…) is no "three decimals" for the core, nor for the formula', () => {
    const grid = rows();
    // The State's cell of action 2: no other rule of the core lights E3.
    grid[2]![4] = 82.3 * 0.15;
    grid[3]![4] = 45.139;
    agree(grid);
  });

  test('products past what Excel compares exactly, under an 80 % and a 33,33 % cap, light as the core decides', () => {
    const header = [...PROFILE_BUDGET_ROWS[0]!];
    const eighty = [
      header,
      [1, 1, 'Au plafond', 1e12, 8e11, 2e11, 0],
      [2, 1, 'Un centime de trop', 1e12, 800000000000.01, 2e11, 0],
      [3, 1, 'Un centime de moins', 999999999999.99, 799999999999.99, 2e11, 0],
    ];
    agree(eighty, { profile: profileOf({ stateCapPercent: 80, matchingRatio: 0.25, departmentMinPercent: null }) });
    const third = [header, [1, 1, 'Au plafond', 3e11, 99990000000, 2e11, 0], [2, 1, 'Un centime de trop', 3e11, 99990000000.01, 2e11, 0], [3, 1, 'Petit', 300000, 99990, 200010, 0]];
    agree(third, { profile: profileOf({ stateCapPercent: 33.33, matchingRatio: 0.25, departmentMinPercent: null }) });
  });
});

describe('a total row’s flag does not depend on today’s sums (issue 18, item 3)', () => {
  const wrongTotal = (): Grid => [...rows(), ['Total', null, null, 1745883, 499999, 1245883]];

  test('typing above a wrong total keeps its flag lit, without a new plan; making the sum right clears it', () => {
    const { model, plan } = agree(wrongTotal());
    expect(model.lit(plan).get('E8')).toBe('error');
    model.set('E3', 70000);
    expect(model.lit(plan).get('E8')).toBe('error');
    model.set('E3', 70853);
    expect(model.lit(plan).has('E8')).toBe(false);
    model.set('E8', 499998);
    expect(model.lit(plan).get('E8')).toBe('error');
  });

  test('the plan for a wrong total is the plan for a right one: an edit that fixes or breaks a total writes nothing', () => {
    const keys = (grid: Grid) =>
      flagPlan(checkWorkbook(workbookOf(plainSheet('Nord', grid))), { matching: 'action', rangeAreas: true })
        .flags.map((flag) => flag.key)
        .sort();
    const right = [...rows(), ['Total', null, null, 1745883, 500000, 1245883]];
    expect(keys(wrongTotal())).toEqual(keys(right));
    expect(keys(withCell(wrongTotal(), 2, 4, 70000))).toEqual(keys(right));
  });
});

describe('formulas Excel accepts', () => {
  test.each(BROKEN_INPUTS.filter((input) => !input.name.includes('20 000')).map((input) => [input.name, input] as const))('%s: every formula within 255 characters', (_, input) => {
    const snapshot = {
      sheets: input.sheets.map((sheet) => ({
        ...plainSheet(
          sheet.name,
          sheet.rows.map((row) => row.map(shownValue)),
          0,
          0,
        ),
      })),
    };
    for (const rangeAreas of [true, false]) {
      const plan = flagPlan(checkWorkbook(snapshot), { matching: 'action', rangeAreas });
      for (const flag of plan.flags) expect(flag.formula.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    }
  });

  test('a long title, quotes included, is held by its length and first characters within 255 characters', () => {
    const grid = rows();
    grid[2]![2] = `« ${'Très long intitulé "cité" '.repeat(20)} »`;
    grid[2]![0] = 1;
    const { plan } = agree(grid);
    expect(Math.max(...plan.flags.map((flag) => flag.formula.length))).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
  });
});

describe('flags follow the officer’s typing without a new check', () => {
  test('fixing a cell clears its flag; breaking another lights it, pane closed', () => {
    const { model, plan } = agree(withCell(rows(), 2, 4, 90001));
    model.set('E3', 90000);
    expect(model.lit(plan).has('E3')).toBe(false);
    model.set('F5', 50000);
    expect(model.lit(plan).get('F5')).toBe('error');
    expect(model.lit(plan).get('D5')).toBe('warning');
  });

  test('a flag on an unreadable text amount holds until the cell changes', () => {
    const { model, plan } = agree(withCell(rows(), 3, 4, '42,181'));
    expect(model.lit(plan).get('E4')).toBe('error');
    model.set('E4', 42181);
    expect(model.lit(plan).has('E4')).toBe(false);
  });
});
