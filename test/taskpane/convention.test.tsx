/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbook } from '../../src/memory/memory-workbook';
import { Pane } from '../../src/taskpane/pane';
import { PROFILE_BUDGET_ROWS } from '../helpers/profile-budget';

jest.setTimeout(30_000);

const french = { displayLanguage: 'fr-FR', theme: 'light' as const };
const conventions = join(__dirname, '../fixtures/conventions');
const text = (name: string) => readFileSync(join(conventions, name), 'utf8');

function sommeWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook([{ name: 'Somme', rows: PROFILE_BUDGET_ROWS }]);
}

async function openReader(user: ReturnType<typeof userEvent.setup>, convention: string) {
  await user.click(screen.getByRole('tab', { name: 'Réglages' }));
  await user.click(await screen.findByRole('button', { name: 'Lire une convention…' }));
  // Pasting a whole convention: one change event, as a paste gives.
  fireEvent.change(await screen.findByLabelText('Texte de la convention (collez-le ici)'), { target: { value: convention } });
  await user.click(screen.getByRole('button', { name: 'Lire le texte' }));
}

describe('Réglages › Convention', () => {
  test('the cards say which convention they were checked against', async () => {
    render(<Pane workbook={sommeWorkbook()} environment={french} />);
    const card = await screen.findByRole('region', { name: 'Somme' });
    expect(within(card).getByText('Convention Bassin minier 2022 : part de l’État ≤ 50 %, Département ≥ État')).toBeInTheDocument();
    expect(within(card).getByText('conforme')).toBeInTheDocument();
  });

  test('a convention read, reviewed value by value with its sentence, accepted: kept with the workbook, flags and messages follow', async () => {
    const workbook = sommeWorkbook();
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    await screen.findByRole('region', { name: 'Somme' });
    await openReader(user, text('convention-somme-2024.txt'));

    const review = await screen.findByRole('region', { name: 'Paramètres lus\u00a0: vérifiez chacun avant d’accepter' });
    const cap = review.querySelector('[data-parameter="stateCapPercent"]') as HTMLElement;
    expect(within(cap).getByText('Part maximale de l’État par action : 80 %')).toBeInTheDocument();
    expect(within(cap).getByText(/^Ligne 25 : « La participation de l’État est versée dans la limite de 80 % du coût de chaque action retenue\. »$/)).toBeInTheDocument();
    const minimum = review.querySelector('[data-parameter="departmentMinPercent"]') as HTMLElement;
    expect(within(minimum).getByText('Département ≥ part du coût : 30 %')).toBeInTheDocument();
    // Nothing applied before Accept.
    expect(workbook.flagAt('Somme', 'F2')).toBeUndefined();

    await user.click(within(review).getByRole('button', { name: 'Accepter' }));
    expect(await screen.findByText('Profil enregistré avec le classeur : les budgets sont vérifiés selon « Convention Somme 2024 ».')).toBeInTheDocument();
    expect(screen.getByText('Règles appliquées : Convention Somme 2024 : part de l’État ≤ 80 %, Département ≥ 30 % du coût.')).toBeInTheDocument();
    await waitFor(() => expect(workbook.flagAt('Somme', 'F2')?.severity).toBe('error'));
    expect(await workbook.readSettings()).toMatchObject({ profile: { name: 'Convention Somme 2024', stateCapPercent: 80, departmentMinPercent: 30, matchingRatio: null } });

    await user.click(screen.getByRole('tab', { name: 'Budgets' }));
    const card = await screen.findByRole('region', { name: 'Somme' });
    expect(within(card).getByText('Convention Somme 2024 : part de l’État ≤ 80 %, Département ≥ 30 % du coût')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /Aller à la cellule F2\u00a0: Action 1\u00a0: la part du Département \(25\s000\s€\) est inférieure à 30\u00a0% du coût total/ })).toBeInTheDocument();

    // The clause takes the convention's article (its tab too), sentence, year and envelope.
    await user.click(screen.getByRole('tab', { name: 'Article 5.1' }));
    const preview = (await screen.findByRole('textbox', { name: 'Texte à coller dans la convention' })) as HTMLTextAreaElement;
    expect(preview.value.split('\n')[0]).toBe('5.1 Au titre de l’exercice 2024, l’État apporte une contribution de 312\u202f500\u00a0€ pour les actions suivantes\u00a0:');
    expect(preview.value).toContain('- Fiche 1 (axe 1)\u00a0: Accompagner les allocataires du RSA vers l’emploi à hauteur de 20\u202f000\u00a0€');
    expect(screen.getByRole('button', { name: 'Copier l’article 5.1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copier l’article 4.2' })).toBeInTheDocument();

    // And back: the built-in profile, the flag gone.
    await user.click(screen.getByRole('tab', { name: 'Réglages' }));
    await user.click(await screen.findByRole('button', { name: 'Revenir au profil intégré' }));
    await waitFor(() => expect(workbook.flagAt('Somme', 'F2')).toBeUndefined());
  });

  test('contradictory caps: both sentences shown, Accept blocked until one is chosen', async () => {
    const workbook = sommeWorkbook();
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    await screen.findByRole('region', { name: 'Somme' });
    await openReader(user, text('convention-contradictoire.txt'));
    const review = await screen.findByRole('region', { name: 'Paramètres lus\u00a0: vérifiez chacun avant d’accepter' });
    const cap = review.querySelector('[data-parameter="stateCapPercent"]') as HTMLElement;
    expect(within(cap).getByText('Deux phrases se contredisent : aucune valeur n’est appliquée. Choisissez-en une.')).toBeInTheDocument();
    expect(within(cap).getByText(/^Ligne 13 : « 4\.3 Les contributions figurant aux 4\.1, interviennent en cofinancement à hauteur de 50 % maximum/)).toBeInTheDocument();
    expect(within(cap).getByText(/^Ligne 18 : « La participation de l’État est fixée dans la limite de 80 %/)).toBeInTheDocument();
    expect(within(review).getByRole('button', { name: 'Accepter' })).toBeDisabled();

    await user.click(within(cap).getByRole('button', { name: 'Retenir 80\u00a0%' }));
    expect(within(review).getByRole('textbox', { name: 'Part maximale de l’État par action' })).toHaveValue('80');
    await user.click(within(review).getByRole('button', { name: 'Accepter' }));
    expect(await screen.findByText(/Règles appliquées : Convention Bassin minier 2022 : part de l’État ≤ 80 %/)).toBeInTheDocument();
  });

  test('Modify: a value typed by hand is validated, a wrong one said in one sentence', async () => {
    const user = userEvent.setup();
    render(<Pane workbook={sommeWorkbook()} environment={french} />);
    await screen.findByRole('region', { name: 'Somme' });
    await openReader(user, text('convention-somme-2024.txt'));
    const review = await screen.findByRole('region', { name: 'Paramètres lus\u00a0: vérifiez chacun avant d’accepter' });
    await user.click(within(review).getByRole('button', { name: 'Modifier' }));
    const cap = within(review).getByRole('textbox', { name: 'Part maximale de l’État par action' });
    await user.clear(cap);
    await user.type(cap, '180');
    await user.click(within(review).getByRole('button', { name: 'Accepter' }));
    expect(await within(review).findByRole('alert')).toHaveTextContent('« stateCapPercent » n’a pas une valeur admise (un pourcentage de 0 à 100)');
    await user.clear(cap);
    await user.type(cap, '66,67');
    await user.click(within(review).getByRole('button', { name: 'Accepter' }));
    expect(await screen.findByText(/Règles appliquées : Convention Somme 2024 : part de l’État ≤ 66,67 %/)).toBeInTheDocument();
  });
});
