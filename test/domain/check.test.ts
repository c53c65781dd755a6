import { type CellValue, cellError, checkWorkbook, countBySeverity, formatMoney, formatShare, readingGaps, sharesOf } from '../../src/domain';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { nordWorkbook, plainSheet, sampleWorkbook, tableSheet, withCell, workbookOf } from '../helpers/workbooks';
import { findingText } from '../../src/i18n/finding-text';

// Columns of the illustrative table: A Action, B Axe, C Intitulé, D Coût total, E Part État, F Part Département.
const STATE = 4;
const DEPARTMENT = 5;
const COST = 3;
const AXIS = 1;
const ACTION = 0;

function checkNord(rows: ReadonlyArray<ReadonlyArray<CellValue>>, options = {}) {
  return checkWorkbook(workbookOf(plainSheet('Nord', rows)), options);
}

describe('DOMAIN.md illustrative budget', () => {
  test('passes every rule, action 5 sitting exactly on both limits', () => {
    const result = checkWorkbook(nordWorkbook(), { envelope: 50_000_000 });
    expect(result.findings).toEqual([]);
    expect(result.budgets).toHaveLength(1);
  });

  test('totals and shares as DOMAIN.md gives them', () => {
    const [budget] = checkWorkbook(nordWorkbook()).budgets;
    expect(budget?.totals).toMatchObject({ cost: 174_588_300, state: 50_000_000, department: 124_588_300, other: 0, actionCount: 6, excludedRows: 0 });
    const shares = sharesOf(budget!.totals);
    expect(formatShare(shares.state)).toBe('28,6\u00a0%');
    expect(formatShare(shares.department)).toBe('71,4\u00a0%');
    expect(formatMoney(budget!.totals.cost)).toBe('1\u202f745\u202f883\u00a0€');
  });

  test('per-action shares; action 5 is exactly 50 %', () => {
    const [budget] = checkWorkbook(nordWorkbook()).budgets;
    const action5 = budget!.actions[4]!;
    expect(action5.action).toBe('5');
    expect(sharesOf(action5)).toEqual({ state: 0.5, department: 0.5, other: 0 });
  });

  test('action 2 at 90 001 € breaks the 50 % cap: the State cell is flagged with the 90 000 € cap', () => {
    const result = checkNord(withCell(NORD_SHEET.rows, 2, STATE, 90001));
    const cap = result.findings.find((finding) => finding.rule === 'state-cap');
    expect(cap).toMatchObject({ severity: 'error', sheet: 'Nord', cell: 'E3', action: '2', amounts: { state: 9_000_100, cost: 18_000_000, cap: 9_000_000 } });
    expect(findingText(cap!, 'fr')).toContain('Ramenez-la à 90\u202f000\u00a0€ au plus');
    expect(findingText(cap!, 'en')).toContain('€90,000 at most');
    // The same edit also over-funds the action: 90 001 + 109 146 > 180 000.
    expect(result.findings.map((finding) => [finding.rule, finding.cell])).toEqual([
      ['over-funding', 'D3'],
      ['state-cap', 'E3'],
    ]);
  });

  test('action 4 with a Department share of 50 000 € breaks per-action matching on the Department cell', () => {
    const result = checkNord(withCell(NORD_SHEET.rows, 4, DEPARTMENT, 50000));
    const matching = result.findings.find((finding) => finding.rule === 'matching');
    expect(matching).toMatchObject({ severity: 'error', cell: 'F5', action: '4', amounts: { department: 5_000_000, state: 5_446_000 } });
    expect(findingText(matching!, 'fr')).toContain('Portez-la à 54\u202f460\u00a0€ au moins');
    const under = result.findings.find((finding) => finding.rule === 'under-funding');
    expect(under).toMatchObject({ severity: 'warning', cell: 'D5' });
    expect(findingText(under!, 'fr')).toContain('25\u202f540\u00a0€ du coût total');
  });

  test('with matching checked on the total only, action 4 passes while the total still must match', () => {
    const result = checkNord(withCell(NORD_SHEET.rows, 4, DEPARTMENT, 50000), { matching: 'total' });
    expect(result.findings.filter((finding) => finding.rule === 'matching')).toEqual([]);
    const starved = checkNord(
      NORD_SHEET.rows.map((row, index) => (index === 0 ? row : withCell([row], 0, DEPARTMENT, 0)[0]!)),
      { matching: 'total' },
    );
    const total = starved.findings.filter((finding) => finding.rule === 'matching');
    expect(total).toHaveLength(1);
    expect(total[0]).toMatchObject({ cell: null, amounts: { department: 0, state: 50_000_000 } });
    expect(findingText(total[0]!, 'fr')).toContain('il manque 500\u202f000\u00a0€');
  });
});

describe('boundaries, in cents', () => {
  const oneAction = (cost: CellValue, state: CellValue, department: CellValue) => [
    ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
    [1, 1, 'Action test', cost, state, department],
  ];

  test('exactly 50 % and equal matching pass', () => {
    expect(checkNord(oneAction(100000, 50000, 50000)).findings).toEqual([]);
  });

  test('one cent over the cap fails, and the cap is rounded down to the cent', () => {
    const over = checkNord(oneAction(100000, 50000.01, 49999.99));
    // With one action, the total breaks matching too (budget-level, listed last).
    expect(over.findings.map((finding) => [finding.rule, finding.cell])).toEqual([
      ['state-cap', 'E2'],
      ['matching', 'F2'],
      ['matching', null],
    ]);
    const odd = checkNord(oneAction(0.03, 0.02, 0.01));
    expect(odd.findings.find((finding) => finding.rule === 'state-cap')?.amounts.cap).toBe(1);
  });

  test('one cent short of matching fails', () => {
    const result = checkNord(oneAction(100000, 40000, 39999.99));
    expect(result.findings.map((finding) => [finding.rule, finding.cell])).toEqual([
      ['under-funding', 'D2'],
      ['matching', 'F2'],
      ['matching', null],
    ]);
  });

  test('a formula result with float noise is rounded before any comparison', () => {
    expect(checkNord(oneAction(120000, 60000.000000001, 59999.999999999)).findings).toEqual([]);
  });
});

describe('input errors', () => {
  test('French text amounts are read like numbers, each with a warning that Excel does not count it', () => {
    const rows = [
      ['N°', 'Axe stratégique', 'Libellé', 'Coût total (€)', 'Crédits État', 'Financement Département'],
      ['Action 1', 'Axe 2', 'Réseau de prévention', '160 000 €', '45 139,50 €', '114 860,50'],
      ['2', '2', 'Santé des enfants', '180.000', '70 854 EUR', '109\u00a0146'],
    ];
    const result = checkNord(rows);
    expect(result.findings.map((finding) => [finding.rule, finding.severity, finding.cell])).toEqual(['D2', 'E2', 'F2', 'D3', 'E3', 'F3'].map((cell) => ['text-amount', 'warning', cell]));
    expect(findingText(result.findings[1]!, 'fr')).toBe(
      'Action 1, colonne «\u202fCrédits État\u202f»\u00a0: «\u202f45 139,50 €\u202f» est saisi comme du texte. Nous le lisons 45\u202f139,50\u00a0€, mais Excel ne le compte ni dans ses sommes ni dans vos formules\u00a0: convertissez-le en nombre (saisissez 45139,50 et appliquez un format monétaire).',
    );
    const [budget] = result.budgets;
    expect(budget?.actions.map((action) => [action.action, action.axis, action.state])).toEqual([
      ['1', '2', 4_513_950],
      ['2', '2', 7_085_400],
    ]);
    expect(budget?.totals.state).toBe(11_599_350);
  });

  test('an unreadable amount or an error value is flagged and its row left out of the totals', () => {
    let rows = withCell(NORD_SHEET.rows, 2, STATE, '70,854');
    rows = withCell(rows, 3, DEPARTMENT, cellError('#REF!'));
    const result = checkNord(rows);
    const invalid = result.findings.filter((finding) => finding.rule === 'invalid-value');
    expect(invalid.map((finding) => finding.cell)).toEqual(['E3', 'F4']);
    expect(findingText(invalid[0]!, 'fr')).toBe(
      'Action 2, colonne «\u202fPart État\u202f»\u00a0: «\u202f70,854\u202f» n’est pas un montant lisible. Écrivez-le en chiffres, par exemple 45 139 ou 45 139,50 € (espaces entre les milliers, virgule avant les centimes). L’action est exclue des totaux et de l’article 4.1 tant que la cellule n’est pas corrigée.',
    );
    expect(findingText(invalid[1]!, 'fr')).toContain('affiche l’erreur #REF!');
    const [budget] = result.budgets;
    expect(budget?.totals).toMatchObject({ actionCount: 4, excludedRows: 2, cost: 174_588_300 - 18_000_000 - 9_500_000 });
    // The State cap is still checked on the #REF! row, whose cost and State are readable.
    expect(result.findings.some((finding) => finding.rule === 'state-cap')).toBe(false);
  });

  test('an empty State or cost cell is a missing value that leaves the row out; an empty Department counts as 0', () => {
    let rows = withCell(NORD_SHEET.rows, 1, STATE, null);
    rows = withCell(rows, 2, COST, '  ');
    rows = withCell(rows, 3, DEPARTMENT, null);
    const result = checkNord(rows);
    const missing = result.findings.filter((finding) => finding.rule === 'missing-value');
    expect(missing.map((finding) => finding.cell)).toEqual(['E2', 'D3']);
    expect(result.budgets[0]?.totals.excludedRows).toBe(2);
    // Row 4 (action 3) is kept with a Department of 0, and so breaks matching.
    expect(result.findings.find((finding) => finding.rule === 'matching' && finding.cell === 'F4')).toBeDefined();
  });

  test('booleans, dates and negative amounts are invalid values', () => {
    let rows = withCell(NORD_SHEET.rows, 1, STATE, true);
    rows = withCell(rows, 2, STATE, { kind: 'date', iso: '2022-03-01' });
    rows = withCell(rows, 3, STATE, -42181);
    const messages = checkNord(rows)
      .findings.filter((finding) => finding.rule === 'invalid-value')
      .map((finding) => findingText(finding, 'fr'));
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('contient VRAI');
    expect(messages[1]).toContain('une date (01/03/2022)');
    expect(messages[2]).toContain('négatif (-42\u202f181\u00a0€)');
  });

  test('an action number used twice is flagged on the second one only', () => {
    const rows = withCell(NORD_SHEET.rows, 4, ACTION, '2');
    const duplicates = checkNord(rows).findings.filter((finding) => finding.rule === 'duplicate-action');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ cell: 'A5', action: '2', severity: 'error' });
    expect(findingText(duplicates[0]!, 'fr')).toContain('déjà utilisé ligne 3');
  });

  test('"3 bis" and "3 BIS" are the same number; "3" and "3 bis" are not', () => {
    let rows = withCell(NORD_SHEET.rows, 4, ACTION, '3 bis');
    rows = withCell(rows, 5, ACTION, 'Action 3 BIS');
    const duplicates = checkNord(rows).findings.filter((finding) => finding.rule === 'duplicate-action');
    expect(duplicates.map((finding) => finding.cell)).toEqual(['A6']);
  });

  test('a missing axis is a warning, and a table without an axis column has none', () => {
    const warnings = checkNord(withCell(NORD_SHEET.rows, 2, AXIS, null)).findings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rule: 'missing-axis', severity: 'warning', cell: 'B3' });
    const noAxis = NORD_SHEET.rows.map((row) => row.filter((_, column) => column !== AXIS));
    expect(checkNord(noAxis).findings).toEqual([]);
  });

  test('a missing action number or title is flagged but keeps the row in the totals', () => {
    let rows = withCell(NORD_SHEET.rows, 1, ACTION, null);
    rows = withCell(rows, 2, 2, '');
    const result = checkNord(rows);
    expect(result.findings.map((finding) => [finding.rule, finding.cell])).toEqual([
      ['missing-value', 'A2'],
      ['missing-value', 'C3'],
    ]);
    expect(findingText(result.findings[0]!, 'fr')).toContain('Ligne 2');
    expect(result.budgets[0]?.totals.excludedRows).toBe(0);
  });
});

describe('total rows', () => {
  const withTotal = (total: CellValue[]) => [...NORD_SHEET.rows, total];

  test('a correct "Total" row is no action and raises nothing', () => {
    const result = checkNord(withTotal(['Total', null, null, 1745883, 500000, 1245883]));
    expect(result.findings).toEqual([]);
    expect(result.budgets[0]?.actions).toHaveLength(6);
    expect(result.budgets[0]?.totals.state).toBe(50_000_000);
  });

  test('a wrong total is flagged cell by cell with the right sum', () => {
    const result = checkNord(withTotal([null, null, 'TOTAL', 1745883, 490000, 1245883]));
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'total-mismatch', cell: 'E8', amounts: { written: 49_000_000, sum: 50_000_000 } });
    expect(findingText(result.findings[0]!, 'fr')).toContain('les actions au-dessus totalisent 500\u202f000\u00a0€');
  });

  test('sub-totals sum the rows since the previous total, the grand total all of them', () => {
    const [header, a1, a2, a3, a4, a5, a6] = NORD_SHEET.rows;
    const rows = [
      header!,
      a1!,
      a2!,
      a3!,
      ['Sous-total axe 2', null, null, 435000, 158174, 276826],
      a4!,
      a5!,
      a6!,
      ['Sous-total', null, null, 1310883, 341826, 969057],
      ['Total général', null, null, 1745883, 500000, 1245883],
    ];
    expect(checkNord(rows).findings).toEqual([]);
  });

  test('the totals row of an Excel table is checked even without a "Total" label', () => {
    const rows = [...NORD_SHEET.rows, [null, null, null, 1745883, 500001, 1245883]];
    const result = checkWorkbook(workbookOf(tableSheet('Nord', 'BudgetNord', rows, { hasTotalsRow: true })));
    expect(result.findings.map((finding) => [finding.rule, finding.cell])).toEqual([['total-mismatch', 'E8']]);
  });
});

describe('several beneficiaries', () => {
  test('a beneficiary column splits one table into one budget per beneficiary, merged cells included', () => {
    const header = ['Bénéficiaire', ...NORD_SHEET.rows[0]!];
    const nord = NORD_SHEET.rows.slice(1).map((row, index) => [index === 0 ? 'Département du Nord' : null, ...row]);
    const pdc = PAS_DE_CALAIS_SHEET.rows.slice(1).map((row) => ['Département du Pas-de-Calais', ...row.slice(0, 6)]);
    const result = checkWorkbook(workbookOf(tableSheet('Budget', 'Convention2022', [header, ...nord, ...pdc])), { envelope: 50_000_000 });
    expect(result.budgets.map((budget) => [budget.beneficiary, budget.actions.length, budget.totals.state])).toEqual([
      ['Département du Nord', 6, 50_000_000],
      ['Département du Pas-de-Calais', 6, 50_000_000],
    ]);
    // Action numbers 1 to 6 appear for both: no duplicate, since duplicates are per beneficiary.
    // Action 6 of Pas-de-Calais has 30 000 € of other funding, left out here: it is under-funded.
    expect(result.findings.map((finding) => [finding.rule, finding.beneficiary, finding.cell])).toEqual([['under-funding', 'Département du Pas-de-Calais', 'E13']]);
  });

  test('each table of a workbook is a budget of its own, sheet by sheet', () => {
    const result = checkWorkbook(sampleWorkbook(), { envelope: 50_000_000 });
    expect(result.budgets.map((budget) => [budget.sheet, budget.table, budget.beneficiary])).toEqual([
      ['Nord', null, null],
      ['Pas-de-Calais', null, null],
    ]);
    expect(result.findings).toEqual([]);
  });
});

describe('the State envelope', () => {
  test('over the envelope is an error, under it a warning with what is left to allocate', () => {
    const over = checkWorkbook(nordWorkbook(), { envelope: 49_000_000 }).findings;
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ rule: 'envelope', severity: 'error', cell: null });
    expect(findingText(over[0]!, 'fr')).toContain('10\u202f000\u00a0€ de plus que l’enveloppe');
    const under = checkWorkbook(nordWorkbook(), { envelope: 51_000_000 }).findings;
    expect(under[0]).toMatchObject({ rule: 'envelope', severity: 'warning' });
    expect(findingText(under[0]!, 'fr')).toContain('il reste 10\u202f000\u00a0€ à répartir');
    expect(countBySeverity(under)).toEqual({ errors: 0, warnings: 1 });
  });

  test('an envelope per beneficiary overrides the common one', () => {
    const result = checkWorkbook(sampleWorkbook(), { envelope: 50_000_000, envelopes: { 'sheet:Nord': 60_000_000 } });
    expect(result.findings.map((finding) => [finding.rule, finding.sheet])).toEqual([['envelope', 'Nord']]);
  });
});

describe('locating budgets', () => {
  test('the header row is found below a heading, which names the beneficiary, and the budget ends at two blank rows', () => {
    const rows = [['Convention Bassin minier 2022 — Nord'], [], ...NORD_SHEET.rows, [], [], ['Notes', 'à revoir en commission']];
    const result = checkWorkbook(workbookOf(plainSheet('Nord', rows, 0, 1)));
    const [budget] = result.budgets;
    expect(budget?.range).toBe('B3:G9');
    expect(budget?.beneficiary).toBe('Convention Bassin minier 2022 — Nord');
    expect(budget?.actions.map((action) => action.row)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(result.findings).toEqual([]);
    expect(result.uncovered).toEqual([]);
  });

  test('one blank row does not end a budget: a row below it is read, and flagged if it is no action', () => {
    const rows = [...NORD_SHEET.rows, [], ['Notes', null, 'à revoir en commission']];
    const result = checkWorkbook(workbookOf(plainSheet('Nord', rows)));
    expect(result.budgets[0]?.range).toBe('A1:F9');
    expect(result.findings.filter((finding) => finding.row === 9).map((finding) => [finding.rule, finding.cell])).toEqual([
      ['missing-axis', 'B9'],
      ['missing-value', 'D9'],
      ['missing-value', 'E9'],
    ]);
  });

  test('a header row is found anywhere on the sheet', () => {
    const rows = [...Array.from({ length: 40 }, () => []), ...NORD_SHEET.rows];
    expect(checkWorkbook(workbookOf(plainSheet('Nord', rows))).budgets[0]?.range).toBe('A41:F47');
  });

  test('two header rows, the upper one merged over the financers, are read together', () => {
    const rows = [['Action', 'Axe', 'Intitulé', 'Coût total', 'Financements', null], [null, null, null, null, 'État', 'Département'], ...NORD_SHEET.rows.slice(1)];
    const result = checkWorkbook(workbookOf(plainSheet('Nord', rows)));
    expect(result.budgets[0]?.totals.state).toBe(50_000_000);
    expect(result.findings).toEqual([]);
  });

  test('a table whose headers are not a budget is offered for a mapping by hand, and read once mapped', () => {
    const rows = [
      ['Réf.', 'Projet', 'Montant', 'Aide État', 'Aide CD'],
      ['1', 'Projet pilote', 1000, 500, 500],
    ];
    const sheet = tableSheet('Suivi', 'Tableau1', rows);
    const unread = checkWorkbook(workbookOf(sheet));
    expect(unread.budgets).toEqual([]);
    expect(unread.unread).toEqual([expect.objectContaining({ key: 'Tableau1', headers: ['Réf.', 'Projet', 'Montant', 'Aide État', 'Aide CD'], missing: ['cost'] })]);
    const mapped = checkWorkbook(workbookOf(sheet), {
      mappings: { Tableau1: { action: 'Réf.', title: 'Projet', cost: 'Montant', state: 'Aide État', department: 'Aide CD' } },
    });
    expect(mapped.budgets[0]?.totals).toMatchObject({ cost: 100_000, state: 50_000, department: 50_000 });
    expect(mapped.findings).toEqual([]);
  });
});

describe('totals with rows left out', () => {
  test('the envelope message says its total leaves out the unreadable rows', () => {
    const rows = withCell(NORD_SHEET.rows, 3, STATE, '42,181');
    const [envelope] = checkNord(rows, { envelope: 50_000_000 }).findings.filter((finding) => finding.rule === 'envelope');
    expect(findingText(envelope!, 'fr')).toBe(
      'Les parts de l’État totalisent 457\u202f819\u00a0€ (hors 1 ligne exclue, dont un montant est illisible)\u00a0: il reste 42\u202f181\u00a0€ à répartir sur l’enveloppe de 500\u202f000\u00a0€.',
    );
  });
});

describe('missing values: what the officer is told, and only for the columns the budget has', () => {
  test('an empty cost or State share says the action is left out; an empty number or title says article 4.1 needs it', () => {
    let rows = withCell(NORD_SHEET.rows, 1, COST, null);
    rows = withCell(rows, 2, STATE, null);
    rows = withCell(rows, 3, ACTION, null);
    rows = withCell(rows, 4, 2, null);
    const result = checkNord(rows);
    expect(result.findings.map((finding) => [finding.rule, finding.cell, findingText(finding, 'fr')])).toEqual([
      [
        'missing-value',
        'D2',
        'Action 1, colonne «\u202fCoût total\u202f»\u00a0: le coût total est vide. Saisissez-le. L’action est exclue des totaux et de l’article 4.1 tant que la cellule n’est pas corrigée.',
      ],
      [
        'missing-value',
        'E3',
        'Action 2, colonne «\u202fPart État\u202f»\u00a0: la part de l’État est vide. Saisissez-la. L’action est exclue des totaux et de l’article 4.1 tant que la cellule n’est pas corrigée.',
      ],
      ['missing-value', 'A4', 'Ligne 4, colonne «\u202fAction\u202f»\u00a0: le numéro d’action est vide. Saisissez-le. L’article 4.1 en a besoin.'],
      ['missing-value', 'C5', 'Action 4, colonne «\u202fIntitulé\u202f»\u00a0: l’intitulé est vide. Saisissez-le. L’article 4.1 en a besoin.'],
    ]);
  });

  test('a budget without an action number column is read, and no number is said to be missing', () => {
    const result = checkNord(NORD_SHEET.rows.map((row) => row.slice(1)));
    expect(result.budgets).toHaveLength(1);
    expect(result.budgets[0]?.totals).toMatchObject({ actionCount: 6, excludedRows: 0 });
    expect(result.findings).toEqual([]);
  });

  test('a budget without a title column is read, and no title is said to be missing', () => {
    const result = checkNord(NORD_SHEET.rows.map((row) => row.filter((_, column) => column !== 2)));
    expect(result.budgets).toHaveLength(1);
    expect(result.budgets[0]?.totals).toMatchObject({ actionCount: 6, excludedRows: 0 });
    expect(result.findings).toEqual([]);
  });
});

describe('reading gaps: what the check could not read, which the command line exits non-zero on', () => {
  test('a budget-like table left unread, amounts outside every budget and a part of a sheet too large each count once; a list of contacts does not', () => {
    const suivi = tableSheet('Suivi', 'Tableau1', [
      ['Réf.', 'Projet', 'Montant', 'Aide État', 'Aide CD'],
      ['1', 'Projet pilote', 1000, 500, 500],
    ]);
    const contacts = tableSheet('Contacts', 'Contacts', [
      ['Nom', 'Service', 'Téléphone'],
      ['Mme Durand', 'DGAS', '03 20 00 00 00'],
    ]);
    const nord = plainSheet('Nord', [...NORD_SHEET.rows, [], [], [], ['Report 2021', null, null, 12000, 5000, 7000]]);
    const annexes = { ...plainSheet('Annexes', [['Annexe']]), unread: [{ range: 'A1:XFD1048576', reason: 'too-large' as const }] };
    const result = checkWorkbook(workbookOf(suivi, contacts, nord, annexes));
    expect(result.unread.map((source) => [source.key, source.budgetLike])).toEqual([
      ['Tableau1', true],
      ['Contacts', false],
    ]);
    expect(result.uncovered).toEqual([{ sheet: 'Nord', range: 'D11:F11', cells: 3 }]);
    expect(readingGaps(result)).toBe(3);
  });

  test('a workbook read whole has no reading gap', () => {
    expect(readingGaps(checkWorkbook(nordWorkbook()))).toBe(0);
  });
});
