import fc from 'fast-check';
import { propertyRuns } from '../helpers/mutation';
import { type Budget, type CellValue, centsToEuros, checkWorkbook, clauseOf, comparisonKey, foldSpaces, formatMoney, MAX_CENTS, parseA1, parseAmountText } from '../../src/domain';
import { plainSheet, tableSheet, workbookOf } from '../helpers/workbooks';

/**
 * Properties over random grids with any mix of cell kinds: 10 000 generated cases in all. The core
 * never throws; findings point inside their table; totals are the sum of the rows not left out;
 * the clause lists exactly those rows in order; every French amount reads back to its cents.
 */

const HEADERS = ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département', 'Autres financements', 'Bénéficiaire'];

const amountText = fc.integer({ min: 0, max: 2_000_000_00 }).map((cents) => formatMoney(cents));
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(1e15, 1e308, -0.004, 0.005, 60000.000000001),
  amountText,
  fc.constantFrom(
    '45,139',
    '12 34',
    '45139.50',
    'Total',
    'Sous-total',
    'TOTAL :',
    '3 bis',
    'Action 3',
    'A1',
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://x")',
    '  ',
    'Nord',
    'Pas-de-Calais',
    '500.000 EUR',
    '-5 000 €',
  ),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constantFrom<CellValue>(
    { kind: 'error', code: '#REF!' },
    { kind: 'error', code: '#DIV/0!' },
    { kind: 'error', code: '#N/A' },
    { kind: 'error', code: '#VALUE!' },
    { kind: 'date', iso: '2022-03-01' },
  ),
);

const grid = fc
  .record({
    columns: fc.subarray(HEADERS, { minLength: 2 }).chain((headers) => fc.shuffledSubarray(headers, { minLength: headers.length, maxLength: headers.length })),
    rows: fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 25 }),
    asTable: fc.boolean(),
    top: fc.integer({ min: 0, max: 3 }),
    left: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ columns, rows, asTable, top, left }) => {
    // Costs and State first: most grids are budgets.
    const header = [...new Set(['Coût total', 'Part État', ...columns])];
    const values = [header, ...rows.map((row) => row.slice(0, header.length))];
    return { values, asTable, top, left };
  });

function checked(input: { values: CellValue[][]; asTable: boolean; top: number; left: number }) {
  const sheet = input.asTable ? tableSheet('Feuille « test »', 'Budget', input.values, { top: input.top, left: input.left }) : plainSheet('Feuille « test »', input.values, input.top, input.left);
  return checkWorkbook(workbookOf(sheet), { envelope: 50_000_000 });
}

function inside(cell: string, range: string): boolean {
  const [start = '', end = start] = range.split(':');
  const at = parseA1(cell)!;
  const from = parseA1(start)!;
  const to = parseA1(end)!;
  return at.row >= from.row && at.row <= to.row && at.column >= from.column && at.column <= to.column;
}

function bigSum(budget: Budget, field: 'cost' | 'state' | 'department' | 'other'): bigint {
  return budget.actions.filter((action) => !action.excluded).reduce((sum, action) => sum + BigInt(action[field] ?? 0), 0n);
}

describe('the core on random grids', () => {
  test('never throws, and every finding points at a cell inside its table', () => {
    fc.assert(
      fc.property(grid, (input) => {
        const result = checked(input);
        for (const finding of result.findings) {
          if (finding.cell === null) continue;
          const budget = result.budgets.find((candidate) => candidate.id === finding.budgetId);
          expect(budget).toBeDefined();
          expect(inside(finding.cell, budget!.range)).toBe(true);
        }
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  test('totals are the sum of the rows not left out, to the cent', () => {
    fc.assert(
      fc.property(grid, (input) => {
        for (const budget of checked(input).budgets) {
          if (!budget.totals.exact) continue;
          expect(BigInt(budget.totals.cost)).toBe(bigSum(budget, 'cost'));
          expect(BigInt(budget.totals.state)).toBe(bigSum(budget, 'state'));
          expect(BigInt(budget.totals.department)).toBe(bigSum(budget, 'department'));
          expect(BigInt(budget.totals.other)).toBe(bigSum(budget, 'other'));
          expect(budget.totals.actionCount + budget.totals.excludedRows).toBe(budget.actions.length);
        }
      }),
      { numRuns: propertyRuns(2500) },
    );
  });

  test('the clause lists exactly the rows not left out, in order', () => {
    fc.assert(
      fc.property(grid, (input) => {
        for (const budget of checked(input).budgets) {
          const listed = budget.actions.filter((action) => !action.excluded);
          const { items } = clauseOf(budget, { year: 2022 });
          expect(items).toHaveLength(listed.length);
          items.forEach((item, index) => {
            expect(item.startsWith(`Action ${listed[index]?.action ?? '[n° à compléter]'}`)).toBe(true);
            expect(item.endsWith(formatMoney(listed[index]?.state ?? 0))).toBe(true);
          });
        }
      }),
      { numRuns: propertyRuns(2500) },
    );
  });

  test('every amount printed in French reads back to the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), (cents) => {
        expect(parseAmountText(formatMoney(cents))).toEqual({ negative: false, cents });
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});

/**
 * The core takes short cuts on the common case (plain ASCII keys, titles with nothing to fold, rows
 * whose first letter cannot start "Total"): on any text, they must give what the long way gives.
 */
describe('short cuts give what the long way gives', () => {
  const tricky = fc.string({
    unit: fc.constantFrom('a', 'S', 's', 'T', 'ô', 'Ô', 'o', 'u', 'l', '3', '-', ' ', '  ', '\t', '\n', '\u00a0', '\u202f', '\u2028', '\u0302', 'É', '.', 'total', 'TOTAL', 'Sous-total', 'sous total'),
    maxLength: 8,
  });
  const longComparisonKey = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .trim();

  test('folding spaces', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(foldSpaces(text)).toBe(text.replace(/[ \t\r\n\f\v\u2028\u2029]+/g, ' ').trim());
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  test('comparison keys', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ maxLength: 10 })), (text) => {
        expect(comparisonKey(text)).toBe(longComparisonKey(text));
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  test('a row is a total row exactly when its label reads "Total" or "Sous-total" once folded', () => {
    fc.assert(
      fc.property(tricky, (label) => {
        fc.pre(label.trim() !== '');
        const { budgets } = checkWorkbook(workbookOf(tableSheet('Budget', 'Programme', [HEADERS.slice(0, 6), [label, 1, 'Titre', 1000, 400, 600], [2, 1, 'Autre', 1000, 400, 600]])));
        const isTotal = /^(?:sous[\s-]*)?total\b/.test(longComparisonKey(label).trim());
        expect(budgets[0]?.actions.length).toBe(isTotal ? 1 : 2);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  test('euros in the JSON report read back as the decimal the officer typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_CENTS, max: MAX_CENTS }), (cents) => {
        const decimal = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
        expect(centsToEuros(cents)).toBe(Number(decimal));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
