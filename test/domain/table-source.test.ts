import { type CellValue, checkWorkbook, type SheetSnapshot, type TableSnapshot } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { tableSheet, workbookOf } from '../helpers/workbooks';

type Rows = ReadonlyArray<ReadonlyArray<CellValue>>;

const NORD = NORD_SHEET.rows;

function sheetOf(table: TableSnapshot, cells: Rows = table.values): SheetSnapshot {
  return { name: 'Budgets', tables: [table], cells: [{ top: table.top, left: table.left, values: cells }] };
}

describe('an Excel table', () => {
  test('amounts typed just below and just right of a table, outside it, are reported as outside every budget', () => {
    const cells = [...NORD.map((row, index) => [...row, index === 0 ? 'Versé en 2021' : 10000]), ['Total', null, null, 1745883, 500000, 1245883, 60000]];
    const result = checkWorkbook(workbookOf(sheetOf({ name: 'Nord', top: 0, left: 0, values: NORD }, cells)));
    expect(result.budgets.map((budget) => budget.range)).toEqual(['A1:F7']);
    expect(result.uncovered).toEqual([{ sheet: 'Budgets', range: 'D2:G8', cells: 10 }]);
  });

  test('shown without its header row, it is shown to the officer to map by hand, a budget when its body holds amounts', () => {
    const body = [...NORD.slice(1), [null, null, 'Axe 2 : prévention et protection de l’enfance', null, null, null]];
    const contacts = [
      ['Mme Martin', 'DDETS du Nord', 'chargée de mission'],
      ['M. Leroy', 'Conseil départemental', 'référent insertion'],
    ];
    const result = checkWorkbook(
      workbookOf({
        name: 'Budgets',
        tables: [
          { name: 'Nord', top: 0, left: 0, values: body, headerRows: 0 },
          { name: 'Contacts', top: 0, left: 8, values: contacts, headerRows: 0 },
        ],
        cells: [{ top: 0, left: 0, values: body }],
      }),
    );
    expect(result.budgets).toEqual([]);
    expect(result.unread.map(({ key, range, headers, noHeader, missing, budgetLike }) => ({ key, range, headers, noHeader, missing, budgetLike }))).toEqual([
      { key: 'Nord', range: 'A1:F7', headers: [], noHeader: true, missing: ['cost', 'state'], budgetLike: true },
      { key: 'Contacts', range: 'I1:K2', headers: [], noHeader: true, missing: ['cost', 'state'], budgetLike: false },
    ]);
  });

  test('a row read from a file without its trailing empty cells is as wide as the header', () => {
    const rows = NORD.map((row, index) => (index === 5 ? row.slice(0, 5) : row));
    const result = checkWorkbook(workbookOf(tableSheet('Nord', 'Nord', rows)));
    expect(result.sources[0]?.rows.map((row) => row.length)).toEqual([6, 6, 6, 6, 6, 6]);
    expect(result.budgets[0]?.totals).toMatchObject({ actionCount: 6, department: 118_588_300 });
  });

  test('whose last row is shorter than the header, it still reads every column', () => {
    const rows = NORD.map((row, index) => (index === 6 ? row.slice(0, 5) : row));
    const [budget] = checkWorkbook(workbookOf(tableSheet('Nord', 'Nord', rows))).budgets;
    expect(budget?.headers.department).toBe('Part Département');
    expect(budget?.range).toBe('A1:F7');
  });
});

describe('amount columns of words', () => {
  const header = ['Action', 'Intitulé', 'Coût total', 'Part État', 'Part Département'];
  const titles = ['Mieux garantir le droit à la santé des enfants', 'Renforcer les clauses sociales d’insertion', 'Développer la mobilisation des internats'];

  function unreadOf(header: readonly string[], columns: (index: number) => CellValue[]) {
    // Action numbers written "Action 1": no cell of these drafts holds an amount unless said.
    const rows = [header, ...titles.map((title, index) => [`Action ${index + 1}`, title, ...columns(index)])];
    const result = checkWorkbook(workbookOf(tableSheet('Budgets', 'Brouillon', rows)));
    expect(result.budgets).toEqual([]);
    return result.unread.map(({ missing, budgetLike, textColumns }) => ({ missing, budgetLike, fields: textColumns.map((column) => column.field) }));
  }

  test('a total-cost column of words ("à chiffrer") makes the table no budget: the officer is told which column', () => {
    expect(unreadOf(header, (index) => [['à chiffrer', 'en attente du devis', 'à chiffrer'][index] ?? null, 40000, 40000])).toEqual([{ missing: [], budgetLike: true, fields: ['cost'] }]);
  });

  test('so does a State column of words, with no cost column at all', () => {
    expect(unreadOf(['Action', 'Intitulé', 'Part État', 'Part Département'], () => ['Aides ne relevant pas d’une aide d’État', 40000])).toEqual([
      { missing: ['cost'], budgetLike: true, fields: ['state'] },
    ]);
  });

  test('a Department column of words in a table with neither cost nor State is no budget column of words', () => {
    expect(unreadOf(['Action', 'Intitulé', 'Part Département'], () => ['à confirmer par la commission permanente'])).toEqual([{ missing: ['cost', 'state'], budgetLike: true, fields: [] }]);
  });

  test('a cost column of words is budget-like even with no amount anywhere', () => {
    expect(unreadOf(['Action', 'Intitulé', 'Coût total'], () => ['à chiffrer'])).toEqual([{ missing: ['state'], budgetLike: true, fields: ['cost'] }]);
  });

  test('one word among amounts is an unreadable amount of a budget that is read', () => {
    const rows = [header, [1, 'Mieux garantir le droit à la santé des enfants', 180000, 'à définir', 109146], [2, 'Renforcer les clauses sociales d’insertion', 130000, 54460, 75540]];
    const result = checkWorkbook(workbookOf(tableSheet('Budgets', 'Nord', rows)));
    expect(result.budgets.map((budget) => budget.totals.actionCount)).toEqual([1]);
    expect(result.findings.map((finding) => [finding.rule, finding.cell])).toContainEqual(['invalid-value', 'D2']);
  });

  test('a column of words the officer mapped by hand is read as they said: its words are unreadable amounts', () => {
    const rows = [header, ...titles.map((title, index) => [index + 1, title, 100000, 'à définir', 50000])];
    const result = checkWorkbook(workbookOf(tableSheet('Budgets', 'Nord', rows)), { mappings: { Nord: { state: 'Part État' } } });
    expect(result.unread).toEqual([]);
    expect(result.findings.filter((finding) => finding.rule === 'invalid-value').map((finding) => finding.cell)).toEqual(['D2', 'D3', 'D4']);
  });
});

describe('a header row left unread is budget-like', () => {
  test.each([
    ['names an amount, though no amount is typed yet', ['Action', 'Intitulé', 'Part Département']],
    ['names a cost twice', ['Action', 'Intitulé', 'Coût total', 'Coût éligible']],
    ['has one column for both the State and the Department', ['Action', 'Intitulé', 'Part État et Département']],
  ])('when it %s', (_what, header) => {
    const rows = [header, ['Action 1', 'Mieux garantir le droit à la santé des enfants'], ['Action 2', 'Renforcer les clauses sociales d’insertion']];
    const result = checkWorkbook(workbookOf(tableSheet('Budgets', 'Brouillon', rows)));
    expect(result.unread.map((source) => source.budgetLike)).toEqual([true]);
  });

  test.each([
    ['a list of contacts', ['Nom', 'Service', 'Fonction'], ['Mme Martin', 'DDETS du Nord', 'chargée de mission']],
    ['a list of actions, titled twice', ['Action', 'Intitulé', 'Description'], ['Action 1', 'Santé des enfants', 'Mieux garantir le droit à la santé des enfants']],
  ])('not when it names no amount and holds none: %s', (_what, header, row) => {
    expect(checkWorkbook(workbookOf(tableSheet('Budgets', 'Liste', [header, row]))).unread.map((source) => source.budgetLike)).toEqual([false]);
  });

  test('when its body holds amounts, even written as text', () => {
    const rows = [
      ['Organisme', 'Objet', 'Versé'],
      ['Association Lien', 'Permanences', '12 500 €'],
      ['Mission locale', 'Accompagnement', 'à verser'],
    ];
    expect(checkWorkbook(workbookOf(tableSheet('Budgets', 'Subventions', rows))).unread.map((source) => source.budgetLike)).toEqual([true]);
  });
});
