import { HyperFormula } from 'hyperformula';
import { type CellValue, cellError, excelSerial, type CheckOptions, checkWorkbook, type MatchingMode, parseA1, rangeA1, type SheetSnapshot } from '../../src/domain';
import { flagPlan, isOurFormula } from '../../src/excel/flag-formulas';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, tableSheet, withCell, workbookOf } from '../helpers/workbooks';

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

  constructor(grid: Grid, top = 0, left = 0) {
    const rows: Array<Array<string | number | boolean | null>> = Array.from({ length: top }, () => []);
    for (const row of grid) rows.push([...Array<null>(left).fill(null), ...row.map(toEngine)]);
    this.engine = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
  }

  set(address: string, value: CellValue): void {
    const { row, column } = parseA1(address)!;
    this.engine.setCellContents({ sheet: 0, row, col: column }, [[toEngine(value)]]);
  }

  /** Each cell some format lights, with the colour Excel shows (error wins: it is added last). */
  lit(plan: ReturnType<typeof flagPlan>): Map<string, 'error' | 'warning'> {
    const lit = new Map<string, 'error' | 'warning'>();
    for (const flag of plan.flags) {
      const [start = '', end = start] = flag.range.split(':');
      const from = parseA1(start)!;
      const to = parseA1(end)!;
      for (let row = from.row; row <= to.row; row++) {
        for (let column = from.column; column <= to.column; column++) {
          // A format's relative references ($E2) move with the cell; absolute ones ($E$2) do not.
          const formula = flag.formula.replace(/\$([A-Z]{1,3})(\d+)/g, (_, letters: string, digits: string) => `$${letters}${Number(digits) + row - from.row}`);
          const value = this.engine.calculateFormula(formula, 0);
          if (value === true) {
            const cell = rangeA1(row, column, row, column);
            if (lit.get(cell) !== 'error') lit.set(cell, flag.severity);
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
  options: { matching?: MatchingMode; table?: boolean; hasTotalsRow?: boolean; top?: number; left?: number; alsoLit?: Record<string, 'error' | 'warning'> } = {},
) {
  const { matching = 'action', table = false, hasTotalsRow = false, top = 0, left = 0, alsoLit = {} } = options;
  const sheet = table ? tableSheet('Nord', 'BudgetNord', grid, { hasTotalsRow, top, left }) : plainSheet('Nord', grid, top, left);
  const { result, expected } = expectedFlags(sheet, { matching });
  const model = new ExcelModel(grid, top, left);
  const plan = flagPlan(result, matching);
  expect(Object.fromEntries(model.lit(plan))).toEqual({ ...Object.fromEntries(expected), ...alsoLit });
  return { model, plan, result };
}

const rows = (): Grid => NORD_SHEET.rows.map((row) => [...row]);

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
    const grid = [
      rows()[0]!,
      [1, 1, 'Exactement 50 %', 100000, 50000, 50000],
      [2, 1, 'Un centime de trop', 100000, 50000.01, 49999.99],
      [3, 1, 'Un centime de moins', 100000, 40000, 39999.99],
    ];
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
    // The one known difference: to Excel's formulas a date is a number (44 621 for 1 March 2022), so
    // the State cell beside a date typed as the cost lights too. Telling a date apart takes
    // CELL("format"), which Excel on the web does not support. The date itself is flagged red.
    agree(grid, { alsoLit: { E5: 'error' } });
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
