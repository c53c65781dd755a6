/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, getDefaultNormalizer, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbook } from '../../src/memory/memory-workbook';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { selectClassNames } from '@fluentui/react-components';
import { Pane, SELECT_CLASS_NAMES } from '../../src/taskpane/pane';
import { WorkbookError } from '../../src/workbook/budget-workbook';

// Each test drives the pane as an officer would, event by event: jsdom needs more than Jest's 5 s.
jest.setTimeout(30_000);

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const french = { displayLanguage: 'fr-FR', theme: 'light' as const };
/** Testing Library folds every white space, no-break ones included; the amounts' spaces are checked as they are. */
const exactly = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };

function sampleWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook([
    { name: NORD_SHEET.name, rows: NORD_SHEET.rows },
    { name: PAS_DE_CALAIS_SHEET.name, rows: PAS_DE_CALAIS_SHEET.rows },
  ]);
}

function card(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('the budgets screen', () => {
  test('one card per beneficiary, with totals and shares in French and its status', async () => {
    render(<Pane workbook={sampleWorkbook()} environment={french} />);
    const nord = await screen.findByRole('region', { name: 'Nord' });
    expect(within(nord).getByText(`1${NNBSP}745${NNBSP}883${NBSP}€`, exactly)).toBeInTheDocument();
    expect(within(nord).getByText(`500${NNBSP}000${NBSP}€ · 28,6${NBSP}%`, exactly)).toBeInTheDocument();
    expect(within(nord).getByText(`1${NNBSP}245${NNBSP}883${NBSP}€ · 71,4${NBSP}%`, exactly)).toBeInTheDocument();
    expect(within(nord).getByText('conforme')).toBeInTheDocument();
    expect(within(card('Pas-de-Calais')).getByText('conforme')).toBeInTheDocument();
  });

  test('an edit is checked again: the cell is flagged, the message names the cap, and a click selects the cell', async () => {
    const workbook = sampleWorkbook();
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    await screen.findByRole('region', { name: 'Nord' });

    act(() => workbook.setCell('Nord', 'E3', 90001));
    const finding = await within(card('Nord')).findByRole('button', { name: /Aller à la cellule E3\u00a0: Action 2\u00a0: la part de l’État/ });
    expect(finding.textContent).toContain(`Ramenez-la à 90${NNBSP}000${NBSP}€ au plus`);
    expect(within(card('Nord')).getByText('2 erreurs')).toBeInTheDocument();
    expect(workbook.flagAt('Nord', 'E3')?.severity).toBe('error');

    await user.click(finding);
    expect(workbook.selection).toEqual({ sheet: 'Nord', cell: 'E3' });

    // Keyboard only: the over-funding finding on D3, reached with Tab, opened with Enter.
    const overFunding = within(card('Nord')).getByRole('button', { name: /Aller à la cellule D3/ });
    overFunding.focus();
    await user.keyboard('{Enter}');
    expect(workbook.selection).toEqual({ sheet: 'Nord', cell: 'D3' });

    act(() => workbook.setCell('Nord', 'E3', 70854));
    await within(card('Nord')).findByText('conforme');
    expect(workbook.flagAt('Nord', 'E3')).toBeUndefined();
  });

  test('the envelope typed as officers write it is kept with the workbook and checked', async () => {
    const workbook = sampleWorkbook();
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    const nord = await screen.findByRole('region', { name: 'Nord' });
    const envelope = within(nord).getByRole('textbox', { name: 'Enveloppe de l’État' });

    await user.type(envelope, '45,139{Enter}');
    expect(within(nord).getByText(/« 45,139 » n’est pas un montant/)).toBeInTheDocument();

    await user.clear(envelope);
    await user.type(envelope, '480.000 €{Enter}');
    expect(await within(nord).findByText(/soit 20\u202f000\u00a0€ de plus que l’enveloppe de 480\u202f000\u00a0€/, exactly, { timeout: 3000 })).toBeInTheDocument();
    expect(await workbook.readSettings()).toEqual({ version: 1, budgets: { 'sheet:Nord': { envelope: 48_000_000 } } });
  });

  test('the actions open as a table of number, title, State and share; the rest of a row on demand', async () => {
    const user = userEvent.setup();
    render(<Pane workbook={sampleWorkbook()} environment={french} />);
    const nord = await screen.findByRole('region', { name: 'Nord' });
    await user.click(within(nord).getByRole('button', { name: 'Voir les actions (6)' }));
    const table = await within(nord).findByRole('table', { name: 'Actions du budget Nord' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(7);
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Action', 'Intitulé', 'État', '% État', 'Détails']);
    expect(rows[5]?.textContent).toBe(`5Développer une plate-forme « Mobilité inclusive »60${NNBSP}000${NBSP}€50,0${NBSP}%`);
    const details = within(rows[5]!).getByRole('button', { name: 'Détails de l’action 5' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    await user.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    const opened = within(table).getAllByRole('row')[6]!;
    expect(opened.textContent).toBe(`Axe1Coût total120${NNBSP}000${NBSP}€Département60${NNBSP}000${NBSP}€ · 50,0${NBSP}%Ligne6`);
  });
});

describe('the clause screen', () => {
  test('year and envelope give the article 4.1 text; a copy that fails leaves the text selected', async () => {
    const user = userEvent.setup();
    render(<Pane workbook={sampleWorkbook()} environment={french} />);
    await screen.findByRole('region', { name: 'Nord' });
    await user.click(screen.getByRole('tab', { name: 'Article 4.1' }));

    const year = await screen.findByRole('textbox', { name: 'Année' });
    await user.clear(year);
    await user.type(year, '2022');
    const envelope = screen.getByRole('textbox', { name: 'Enveloppe de l’État' });
    await user.type(envelope, '500 000{Enter}');

    const preview = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Texte à coller dans la convention' });
    await waitFor(() => expect(preview.value).toContain('pour un montant de 500\u202f000\u00a0€, pour les actions suivantes\u00a0:'));
    const lines = preview.value.split('\n');
    expect(lines[0]).toBe('4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500\u202f000\u00a0€, pour les actions suivantes\u00a0:');
    expect(lines[3]).toBe('- Action 2 (axe 2)\u00a0: Mieux garantir le droit à la santé des enfants pour un montant de 70\u202f854\u00a0€');
    expect(lines.at(-1)).toBe('3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1\u202f745\u202f883\u00a0€.');

    // jsdom, like Excel on the web with navigator.clipboard blocked, has no working copy command.
    document.execCommand = () => false;
    await user.click(screen.getByRole('button', { name: 'Copier l’article 4.1' }));
    expect(screen.getByText(/La copie automatique n’a pas fonctionné/)).toBeInTheDocument();
    expect(document.activeElement).toBe(preview);
    expect(preview.selectionEnd - preview.selectionStart).toBe(preview.value.length);
  });

  test('an action left out and a heading that is not the sum of the items are said above the text', async () => {
    const rows = NORD_SHEET.rows.map((row, index) => (index === 3 ? [...row.slice(0, 4), '42,181', row[5]!] : row));
    const workbook = new MemoryWorkbook([{ name: 'Nord', rows }]);
    await workbook.writeSettings({ version: 1, budgets: { 'sheet:Nord': { envelope: 50_000_000, year: 2022 } } });
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    await screen.findByRole('region', { name: 'Nord' });
    await user.click(screen.getByRole('tab', { name: 'Article 4.1' }));
    expect(await screen.findByText('L’article n’est pas complet')).toBeInTheDocument();
    expect(screen.getByText('Action 3 (ligne 4) n’est pas dans la liste : la part de l’État (E4) est illisible. Corrigez la cellule pour qu’elle y figure.')).toBeInTheDocument();
    expect(
      screen.getByText(
        `L’en-tête annonce 500${NNBSP}000${NBSP}€, mais les actions listées totalisent 457${NNBSP}819${NBSP}€ (écart\u00a0: 42${NNBSP}181${NBSP}€)\u00a0: corrigez les montants ou l’enveloppe avant de coller l’article.`,
        exactly,
      ),
    ).toBeInTheDocument();
    const preview = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Texte à coller dans la convention' });
    expect(preview.value).not.toContain('Action 3 ');
  });

  test('the other beneficiary can be chosen', async () => {
    const user = userEvent.setup();
    render(<Pane workbook={sampleWorkbook()} environment={french} />);
    await screen.findByRole('region', { name: 'Nord' });
    await user.click(screen.getByRole('tab', { name: 'Article 4.1' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Bénéficiaire' }), 'Pas-de-Calais');
    const preview = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Texte à coller dans la convention' });
    expect(preview.value).toContain('- Action 1 (axe 1)\u00a0: Mobiliser la clause d’insertion au service de l’ERBM pour un montant de 80\u202f000\u00a0€');
  });

  test('the beneficiary list carries the class names by which the pane holds every list to its width', async () => {
    // The pane names Fluent's Select classes as text (the Select's stylesheet stays out of the first
    // load): were Fluent to rename them, lists would push the pane wider again at 320 px.
    const user = userEvent.setup();
    render(<Pane workbook={sampleWorkbook()} environment={french} />);
    await screen.findByRole('region', { name: 'Nord' });
    await user.click(screen.getByRole('tab', { name: 'Article 4.1' }));
    const list = await screen.findByRole('combobox', { name: 'Bénéficiaire' });
    expect(list).toHaveClass(SELECT_CLASS_NAMES.select);
    expect(list.closest(`.${SELECT_CLASS_NAMES.root}`)).not.toBeNull();
    expect(SELECT_CLASS_NAMES).toEqual({ root: selectClassNames.root, select: selectClassNames.select });
  });
});

describe('keyboard', () => {
  test('the screens are tabs: arrow keys move between them, Home and End to the ends', async () => {
    const user = userEvent.setup();
    render(<Pane workbook={sampleWorkbook()} environment={french} />);
    await screen.findByRole('region', { name: 'Nord' });
    const budgets = screen.getByRole('tab', { name: 'Budgets' });
    expect(budgets).toHaveAttribute('aria-selected', 'true');
    budgets.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Article 4.1' })).toHaveFocus();
    expect(await screen.findByRole('tabpanel', { name: 'Article 4.1' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Réglages' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Budgets' })).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(screen.getByRole('tab', { name: 'Budgets' })).not.toHaveFocus();
  });
});

describe('language', () => {
  test('English by default outside French Office; French chosen in the settings changes the pane and the messages', async () => {
    const workbook = sampleWorkbook();
    workbook.setCell('Nord', 'F5', 50000);
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={{ displayLanguage: 'en-US', theme: 'dark' }} />);
    const nord = await screen.findByRole('region', { name: 'Nord' });
    expect(within(nord).getByRole('button', { name: /Go to cell F5: Action 4: the Department share \(€50,000\) is below the State share \(€54,460\)/ })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: 'Français' }));
    expect(await screen.findByRole('tab', { name: 'Réglages' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Budgets' }));
    expect(await within(card('Nord')).findByRole('button', { name: /Aller à la cellule F5\u00a0: Action 4\u00a0: la part du Département/ })).toBeInTheDocument();
    expect(await workbook.readSettings()).toMatchObject({ lang: 'fr' });
  });

  test('per-action matching can be switched off', async () => {
    const workbook = sampleWorkbook();
    workbook.setCell('Nord', 'F5', 50000);
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    await within(await screen.findByRole('region', { name: 'Nord' })).findByRole('button', { name: /Aller à la cellule F5/ });
    await user.click(screen.getByRole('tab', { name: 'Réglages' }));
    await user.click(await screen.findByRole('switch', { name: 'Parité Département / État vérifiée action par action' }));
    await user.click(screen.getByRole('tab', { name: 'Budgets' }));
    await waitFor(() => expect(within(card('Nord')).queryByRole('button', { name: /Aller à la cellule F5/ })).toBeNull());
    expect(within(card('Nord')).getByText('1 avertissement')).toBeInTheDocument();
  });
});

describe('workbooks without a readable budget', () => {
  test('an empty workbook says so and offers to create a budget table', async () => {
    const workbook = new MemoryWorkbook([{ name: 'Feuil1' }]);
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    expect(await screen.findByText('Aucun tableau de budget dans ce classeur')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Créer un tableau de budget' }));
    expect(await screen.findByText('Tableau créé sur la feuille « Budget convention » : saisissez une action par ligne.')).toBeInTheDocument();
    expect(workbook.sheet('Budget convention')?.cells.get('E1')).toBe('Part État');
    expect(workbook.sheet('Feuil1')?.cells.size).toBe(0);
  });

  test('a table whose headers are not read can be mapped by hand, and the mapping is kept', async () => {
    const workbook = new MemoryWorkbook([
      {
        name: 'Suivi',
        rows: [
          ['Réf.', 'Projet', 'Montant', 'Aide État', 'Aide CD'],
          ['P1', 'Projet pilote', 1000, 500, 500],
        ],
        tables: [{ name: 'Tableau1', range: 'A1:E2', hasTotalsRow: false }],
      },
    ]);
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    await screen.findByText(/Le tableau Tableau1 \(feuille « Suivi », A1:E2\) n’est pas lu : aucune colonne n’y est le coût total\. Associez les colonnes dans Réglages\./);
    await user.click(screen.getByRole('button', { name: 'Associer les colonnes' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Numéro d’action' }), 'Réf.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Intitulé' }), 'Projet');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Coût total' }), 'Montant');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Part État' }), 'Aide État');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Part Département' }), 'Aide CD');
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’association' }));
    await user.click(screen.getByRole('tab', { name: 'Budgets' }));
    const suivi = await screen.findByRole('region', { name: 'Suivi' });
    expect(within(suivi).getByText('conforme')).toBeInTheDocument();
    expect(await workbook.readSettings()).toMatchObject({ mappings: { Tableau1: { action: 'Réf.', state: 'Aide État', axis: null } } });
  });

  test('one column mapped to two fields is refused, and nothing is saved', async () => {
    const workbook = new MemoryWorkbook([
      {
        name: 'Suivi',
        rows: [
          ['Réf.', 'Projet', 'Montant', 'Aide État', 'Aide CD'],
          ['P1', 'Projet pilote', 1000, 500, 500],
        ],
        tables: [{ name: 'Tableau1', range: 'A1:E2', hasTotalsRow: false }],
      },
    ]);
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    await user.click(await screen.findByRole('button', { name: 'Associer les colonnes' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Coût total' }), 'Montant');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Part État' }), 'Montant');
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’association' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'La colonne « Montant » est choisie pour plusieurs rubriques (Coût total / Part État) : une colonne ne peut en servir qu’une. Rien n’est enregistré.',
    );
    expect(await workbook.readSettings()).toBeNull();
  });

  test('amounts outside every budget are said on the budgets screen', async () => {
    const workbook = new MemoryWorkbook([{ name: 'Nord', rows: [...NORD_SHEET.rows, [], [], [7, 1, 'Action ajoutée', 50000, 20000, 30000]] }]);
    render(<Pane workbook={workbook} environment={french} />);
    expect(await screen.findByText(/^Feuille « Nord », cellules A10:F10 : des montants hors de tout budget lu\./)).toBeInTheDocument();
  });

  test('a failure of the workbook reaches the officer as a sentence', async () => {
    const workbook = sampleWorkbook();
    workbook.read = () => Promise.reject(new WorkbookError('protected', 'AccessDenied'));
    render(<Pane workbook={workbook} environment={french} />);
    expect(await screen.findByText('La feuille ou le classeur est protégé : ôtez la protection pour que le volet puisse marquer les cellules.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  test('Excel busy with a cell being edited is no failure: the pane says so, and checks once the edit ends', async () => {
    const workbook = sampleWorkbook();
    const read = workbook.read.bind(workbook);
    let editing = true;
    workbook.read = async () => {
      if (editing) throw new WorkbookError('busy-editing', 'InvalidOperationInCellEditMode');
      return read();
    };
    render(<Pane workbook={workbook} environment={french} />);
    expect(await screen.findByText('Excel est en cours de saisie : vérification dès que vous validez ou quittez la cellule.')).toBeInTheDocument();
    expect(screen.queryByText('Excel n’a pas pu répondre')).toBeNull();
    editing = false;
    expect(await screen.findByRole('region', { name: 'Nord' }, { timeout: 3000 })).toBeInTheDocument();
  });
});
