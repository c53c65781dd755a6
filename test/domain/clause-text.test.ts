import { type CellValue, checkWorkbook, type ClauseWarning, clauseItem, clauseOf, clauseYear, escapeHtml, withoutFinalStop } from '../../src/domain';
import { BUILT_IN_PROFILE } from '../../src/domain/profile/profile';
import { clauseWarningText } from '../../src/i18n/convention-sentences';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { plainSheet, withCell, workbookOf } from '../helpers/workbooks';

const warningTextOf = (warning: ClauseWarning | undefined, lang: 'fr' | 'en') => (warning === undefined ? undefined : clauseWarningText(warning, lang));

const NBSP = '\u00a0';
const NNBSP = '\u202f';
// Columns of the Nord sheet: A Action, B Axe, C Intitulé, D Coût total, E Part État, F Part Département.
const ACTION = 0;
const AXIS = 1;
const TITLE = 2;
const COST = 3;
const STATE = 4;

function nordBudget(rows: ReadonlyArray<ReadonlyArray<CellValue>> = NORD_SHEET.rows) {
  const [budget] = checkWorkbook(workbookOf(plainSheet('Nord', rows))).budgets;
  if (!budget) throw new Error('no budget');
  return budget;
}

const HEADING_2022 = `4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500${NNBSP}000${NBSP}€, pour les actions suivantes${NBSP}:`;

describe('article 4.1’s heading, word for word', () => {
  test('the seed’s heading with the 500 000 € envelope, and no warning when the items add up to it', () => {
    const clause = clauseOf(nordBudget(), { year: 2022, envelope: 50_000_000 });
    expect(clause.heading).toBe(HEADING_2022);
    expect(clause.envelope).toBe(50_000_000);
    expect(clause.itemsTotal).toBe(50_000_000);
    expect(clause.warnings).toEqual([]);
    expect(clause.leftOut).toEqual([]);
  });

  test('an envelope the items do not add up to: the heading states it, and the officer is told the gap', () => {
    const clause = clauseOf(nordBudget(), { year: 2023, envelope: 60_000_000 });
    expect(clause.heading).toBe(`4.1 Pour l’année 2023, l’administration contribue financièrement pour un montant de 600${NNBSP}000${NBSP}€, pour les actions suivantes${NBSP}:`);
    expect(clause.envelope).toBe(60_000_000);
    expect(clause.itemsTotal).toBe(50_000_000);
    expect(clause.warnings).toHaveLength(1);
    expect(warningTextOf(clause.warnings[0], 'en')).toBe(
      'The heading states €600,000, but the actions listed add up to €500,000 (difference: €100,000): correct the amounts or the envelope before pasting the article.',
    );
    expect(warningTextOf(clause.warnings[0], 'fr')).toContain(`écart${NBSP}: 100${NNBSP}000${NBSP}€`);
  });

  test('without an envelope given, a chosen profile’s envelope for the beneficiary heads the article; the built-in one’s never does', () => {
    const chosen = { ...BUILT_IN_PROFILE, origin: 'chosen' as const, envelope: null, envelopes: { 'Département du Nord': 60_000_000 } };
    const budget = nordBudget();
    expect(clauseOf({ ...budget, beneficiary: 'Département du Nord' }, { year: 2022, profile: chosen }).envelope).toBe(60_000_000);
    expect(clauseOf({ ...budget, beneficiary: 'Département du Nord' }, { year: 2022 }).envelope).toBe(50_000_000);
    expect(clauseOf({ ...budget, beneficiary: 'Département du Nord' }, { year: 2022, profile: chosen, envelope: 50_000_000 }).envelope).toBe(50_000_000);
  });

  test('a chosen profile’s own articles and sentences', () => {
    const chosen = {
      ...BUILT_IN_PROFILE,
      origin: 'chosen' as const,
      listArticle: '6.2',
      costArticle: '6.1',
      sentences: { listHeading: '{article} En {year}, l’État verse {envelope} :', listItem: 'Action {number} : {title}, {amount}', costSentence: '{article} Coût : {cost} ({year}).' },
    };
    const clause = clauseOf(nordBudget(), { year: 2025, profile: chosen, envelope: 50_000_000 });
    expect(clause.heading).toBe(`6.2 En 2025, l’État verse 500${NNBSP}000${NBSP}€${NBSP}:`);
    expect(clause.items[1]).toBe(`Action 2${NBSP}: Mieux garantir le droit à la santé des enfants, 70${NNBSP}854${NBSP}€`);
    expect(clause.costText).toBe(`6.1 Coût${NBSP}: 1${NNBSP}745${NNBSP}883${NBSP}€ (2025).`);
  });

  test('as-written spacing keeps the profile’s ordinary spaces before the colon', () => {
    const clause = clauseOf(nordBudget(), { year: 2022, envelope: 50_000_000, spacing: 'as-written' });
    expect(clause.heading).toBe(`4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500${NNBSP}000${NBSP}€, pour les actions suivantes :`);
    expect(clause.items[1]).toBe(`Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 70${NNBSP}854${NBSP}€`);
  });

  test('article 3.1 in the officer’s year, its cost HTML a paragraph', () => {
    const clause = clauseOf(nordBudget(), { year: 2022 });
    const cost = `3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1${NNBSP}745${NNBSP}883${NBSP}€.`;
    expect(clause.costText).toBe(cost);
    expect(clause.costHtml).toBe(`<p>${cost}</p>`);
  });
});

describe('an item whose cells are missing', () => {
  test('a missing title is a visible placeholder, never an empty text', () => {
    const clause = clauseOf(nordBudget(withCell(NORD_SHEET.rows, 2, TITLE, null)), { year: 2022 });
    expect(clause.items[1]).toBe(`Action 2 (axe 2)${NBSP}: [intitulé à compléter] pour un montant de 70${NNBSP}854${NBSP}€`);
  });

  test('a missing action number is a visible placeholder too', () => {
    const clause = clauseOf(nordBudget(withCell(NORD_SHEET.rows, 2, ACTION, null)), { year: 2022 });
    expect(clause.items[1]).toBe(`Action [n° à compléter] (axe 2)${NBSP}: Mieux garantir le droit à la santé des enfants pour un montant de 70${NNBSP}854${NBSP}€`);
  });

  test('a State amount of 0 € is listed at 0 €', () => {
    const clause = clauseOf(nordBudget(withCell(NORD_SHEET.rows, 2, STATE, 0)), { year: 2022 });
    expect(clause.items[1]).toBe(`Action 2 (axe 2)${NBSP}: Mieux garantir le droit à la santé des enfants pour un montant de 0${NBSP}€`);
    expect(clause.itemsTotal).toBe(50_000_000 - 7_085_400);
  });

  test('a row whose State amount is unreadable is left out, with the cell and why, and the heading falls to the listed sum', () => {
    let rows = withCell(NORD_SHEET.rows, 2, STATE, '#N/A');
    rows = withCell(rows, 3, COST, null);
    const clause = clauseOf(nordBudget(rows), { year: 2022 });
    expect(clause.items).toHaveLength(4);
    expect(clause.leftOut).toEqual([
      { row: 3, action: '2', cells: [{ cell: 'E3', field: 'state', problem: 'unreadable-text' }] },
      { row: 4, action: '3', cells: [{ cell: 'D4', field: 'cost', problem: 'missing' }] },
    ]);
    expect(clause.itemsTotal).toBe(50_000_000 - 7_085_400 - 4_218_100);
    expect(clause.envelope).toBe(clause.itemsTotal);
    expect(clause.warnings.map((warning) => clauseWarningText(warning, 'en'))).toEqual([
      'Action 2 (row 3) is not in the list: the State share (E3) cannot be read. Correct the cell for it to be listed.',
      'Action 3 (row 4) is not in the list: the total cost (D4) is empty. Correct the cell for it to be listed.',
    ]);
  });

  test('a row left out while an envelope is given: both the row and the heading’s gap are said', () => {
    const clause = clauseOf(nordBudget(withCell(NORD_SHEET.rows, 2, STATE, null)), { year: 2022, envelope: 50_000_000 });
    expect(clause.warnings).toHaveLength(2);
    expect(warningTextOf(clause.warnings[1], 'en')).toContain('(difference: €70,854)');
  });

  test('no row listed: the text is the heading alone, the HTML an empty list', () => {
    const rows = NORD_SHEET.rows.map((row, index) => (index === 0 ? row : withCell([row], 0, STATE, null)[0]!));
    const clause = clauseOf(nordBudget(rows), { year: 2022 });
    expect(clause.items).toEqual([]);
    expect(clause.text).toBe(`4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 0${NBSP}€, pour les actions suivantes${NBSP}:\n`);
    expect(clause.html).toBe(`<p>4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 0${NBSP}€, pour les actions suivantes${NBSP}:</p><ul></ul>`);
    expect(clause.leftOut).toHaveLength(6);
  });
});

describe('the HTML for the clipboard', () => {
  test('each item is a list item with nothing between them, Word’s line break turned space otherwise', () => {
    const { html, items } = clauseOf(nordBudget(), { year: 2022, envelope: 50_000_000 });
    expect(html).toBe(`<p>${HEADING_2022}</p><ul><li>${items.join('</li><li>')}</li></ul>`);
  });

  test('apostrophes and quotes typed by the officer are escaped, the typographic ones kept', () => {
    const rows = withCell(NORD_SHEET.rows, 1, TITLE, `L'accueil "parents" d’abord <b> & co`);
    const { html } = clauseOf(nordBudget(rows), { year: 2022, envelope: 50_000_000 });
    expect(html).toContain(`<li>Action 1 (axe 2)${NBSP}: L&#39;accueil &quot;parents&quot; d’abord &lt;b&gt; &amp; co pour un montant de 45${NNBSP}139${NBSP}€</li>`);
  });

  test.each([
    ["O'Neil & fils", 'O&#39;Neil &amp; fils'],
    ['<script>', '&lt;script&gt;'],
    ['"a"', '&quot;a&quot;'],
    ['sans rien', 'sans rien'],
    ['l’apostrophe typographique', 'l’apostrophe typographique'],
    ['&amp;', '&amp;amp;'],
  ])('%j is written %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('an item’s title', () => {
  test.each([
    ['Soutien à la parentalité.', 'Soutien à la parentalité'],
    ['Soutien à la parentalité .', 'Soutien à la parentalité'],
    ['Internats, etc...', 'Internats, etc...'],
    ['Internats, etc…', 'Internats, etc…'],
    ['Soutien à la parentalité', 'Soutien à la parentalité'],
    ['Soutien à la parentalité  ', 'Soutien à la parentalité  '],
    ['v2.0', 'v2.0'],
  ])('%j is written %j', (title, written) => {
    expect(withoutFinalStop(title)).toBe(written);
  });

  test('a title with a trailing stop, through the item', () => {
    const [action] = nordBudget(withCell(NORD_SHEET.rows, 1, TITLE, 'Animer le réseau.')).actions;
    expect(clauseItem(action!)).toBe(`Action 1 (axe 2)${NBSP}: Animer le réseau pour un montant de 45${NNBSP}139${NBSP}€`);
  });

  test('an item on a row without an axis or a State amount', () => {
    let rows = withCell(NORD_SHEET.rows, 1, AXIS, null);
    rows = withCell(rows, 1, STATE, null);
    const [action] = nordBudget(rows).actions;
    expect(clauseItem(action!, BUILT_IN_PROFILE, 'as-written')).toBe(
      'Action 1 : Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage pour un montant de 0\u00a0€',
    );
  });
});

describe('article 4.1’s year', () => {
  const today = new Date(2026, 5, 1);
  const custom = { ...BUILT_IN_PROFILE, origin: 'chosen' as const, year: 2024 };

  test('the officer’s year first', () => {
    expect(clauseYear(2021, custom, { yearFound: { year: 2023 } } as never, today)).toBe(2021);
  });

  test('then a chosen profile’s year', () => {
    expect(clauseYear(undefined, custom, { yearFound: { year: 2023 } } as never, today)).toBe(2024);
  });

  test('the built-in profile’s year is never taken: the workbook’s year, else this year', () => {
    expect(clauseYear(undefined, BUILT_IN_PROFILE, { yearFound: { year: 2023 } } as never, today)).toBe(2023);
    expect(clauseYear(undefined, BUILT_IN_PROFILE, { yearFound: null }, today)).toBe(2026);
  });

  test('a chosen profile without a year: the workbook’s year', () => {
    expect(clauseYear(undefined, { ...custom, year: null }, { yearFound: { year: 2023 } } as never, today)).toBe(2023);
  });
});
