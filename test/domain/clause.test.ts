import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, clauseOf, type CellValue } from '../../src/domain';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { nordWorkbook, plainSheet, withCell, workbookOf } from '../helpers/workbooks';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The items of article 4.1 as the seed's financial convention prints them, line breaks folded. */
function seedItems(): string[] {
  const seed = readFileSync(join(__dirname, '../fixtures/seed/convention-bassin-minier-2022-deliberation.txt'), 'utf8');
  const start = seed.indexOf('4.1 Pour l’année 2022');
  const end = seed.indexOf('4.2 Les contributions', start);
  expect(start).toBeGreaterThan(0);
  const article = seed.slice(start, end);
  return article
    .split(/\n\s*-\s+(?=Action)/)
    .slice(1)
    .map(fold);
}

function nordBudget(rows: ReadonlyArray<ReadonlyArray<CellValue>> = NORD_SHEET.rows) {
  const [budget] = checkWorkbook(workbookOf(plainSheet('Nord', rows))).budgets;
  if (!budget) throw new Error('no budget');
  return budget;
}

describe('article 4.1', () => {
  test('the six items equal the seed’s article 4.1 word for word', () => {
    const expected = seedItems();
    expect(expected).toHaveLength(6);
    const clause = clauseOf(nordBudget(), { year: 2022, envelope: 50_000_000 });
    expect(clause.items.map(fold)).toEqual(expected);
  });

  test('the whole text: heading, blank line, one "- " line per action, amounts with no-break spaces', () => {
    const { text } = clauseOf(checkWorkbook(nordWorkbook()).budgets[0]!, { year: 2022, envelope: 50_000_000 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500\u202f000\u00a0€, pour les actions suivantes\u00a0:');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('- Action 1 (axe 2)\u00a0: Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage pour un montant de 45\u202f139\u00a0€');
    expect(lines).toHaveLength(8);
  });

  test('without an envelope, the heading gives the sum of the listed State amounts', () => {
    const clause = clauseOf(nordBudget(withCell(NORD_SHEET.rows, 6, 4, 227366.5)), { year: 2023 });
    expect(clause.heading).toContain('Pour l’année 2023');
    expect(clause.heading).toContain('500\u202f000,50\u00a0€');
    expect(clause.items[5]).toMatch(/pour un montant de 227\u202f366,50\u00a0€$/);
  });

  test('a missing axis prints "Action 2 : …", never "(axe )"', () => {
    const clause = clauseOf(nordBudget(withCell(NORD_SHEET.rows, 2, 1, null)), { year: 2022 });
    expect(clause.items[1]).toBe('Action 2\u00a0: Mieux garantir le droit à la santé des enfants pour un montant de 70\u202f854\u00a0€');
    expect(clause.text).not.toContain('(axe )');
  });

  test('a title keeps its own characters and loses a trailing full stop, not an ellipsis', () => {
    let rows = withCell(NORD_SHEET.rows, 5, 2, 'Développer une plate-forme « Mobilité inclusive ».');
    rows = withCell(rows, 3, 2, 'Internats, etc...');
    rows = withCell(rows, 4, 2, 'Clauses   sociales\nd’insertion');
    const clause = clauseOf(nordBudget(rows), { year: 2022 });
    expect(clause.items[4]).toContain(': Développer une plate-forme « Mobilité inclusive » pour un montant');
    expect(clause.items[2]).toContain(': Internats, etc... pour un montant');
    expect(clause.items[3]).toContain(': Clauses sociales d’insertion pour un montant');
  });

  test('rows left out are not listed; the others keep their order and numbers as written', () => {
    let rows = withCell(NORD_SHEET.rows, 2, 4, '#N/A');
    rows = withCell(rows, 3, 0, '3 bis');
    const clause = clauseOf(nordBudget(rows), { year: 2022 });
    expect(clause.items.map((item) => item.split(' (')[0])).toEqual(['Action 1', 'Action 3 bis', 'Action 4', 'Action 5', 'Action 6']);
  });

  test('the HTML is a paragraph and a list, with cell text escaped', () => {
    const rows = withCell(NORD_SHEET.rows, 1, 2, '<img src=x onerror=alert(1)> & « test »');
    const { html } = clauseOf(nordBudget(rows), { year: 2022, envelope: 50_000_000 });
    expect(html.startsWith('<p>4.1 Pour l’année 2022')).toBe(true);
    expect(html).toContain('<li>Action 1 (axe 2)\u00a0: &lt;img src=x onerror=alert(1)&gt; &amp; « test » pour un montant de 45\u202f139\u00a0€</li>');
    expect(html.match(/<li>/g)).toHaveLength(6);
    expect(html).not.toContain('<img');
  });
});

describe('article 3.1', () => {
  test('states the total eligible cost of the beneficiary’s actions', () => {
    expect(clauseOf(nordBudget(), { year: 2022 }).costText).toBe('3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1\u202f745\u202f883\u00a0€.');
  });
});
