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
const corpusText = (name: string) => readFileSync(join(conventions, 'corpus', name), 'utf8');

/** Article 4.1's six Nord actions of the 2023 convention (04-bassin-minier-nord-2023.txt), two of them. */
function nordWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook([
    {
      name: 'Nord',
      rows: [
        ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
        [1, 2, 'Mettre en œuvre un réseau de prévention précoce pour l’apprentissage du langage', 240000, 120000, 120000],
        [2, 1, 'Renforcer les clauses sociales d’insertion au service de l’ERBM', 460000, 230000, 230000],
      ],
    },
  ]);
}

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
    expect(
      within(card).getByRole('button', { name: /Aller à la cellule F2\u00a0: Action 1\u00a0: la part du Département \(25\s000\s€\) est inférieure à 30\u00a0% du coût total/ }),
    ).toBeInTheDocument();

    // The clause takes the convention's article (its tab too), sentence, year and envelope.
    await user.click(screen.getByRole('tab', { name: 'Article 5.1' }));
    const preview = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Texte à coller dans la convention' });
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
    // The contradiction settled, what the text does not give still waits for the officer.
    expect(within(review).getByRole('button', { name: 'Accepter' })).toBeDisabled();
    expect(within(review).getByRole('status')).toHaveTextContent(
      'Accepter attend : l’échelle de cet engagement (par action ou au total), l’article de la liste des actions, l’article du coût total, les phrases de l’article.',
    );
    for (const parameter of ['matchingScope', 'listArticle', 'costArticle', 'sentences']) {
      const item = review.querySelector(`[data-parameter="${parameter}"]`) as HTMLElement;
      await user.click(within(item).getByRole('button', { name: /^Confirmer la valeur de 2022/ }));
    }
    await user.click(within(review).getByRole('button', { name: 'Accepter' }));
    expect(await screen.findByText(/Règles appliquées : Convention Bassin minier 2022 : part de l’État ≤ 80 %, Département ≥ État\./)).toBeInTheDocument();
    expect(
      screen.getByText('Valeurs de 2022 confirmées : l’échelle de cet engagement (par action ou au total), l’article de la liste des actions, l’article du coût total, les phrases de l’article.'),
    ).toBeInTheDocument();
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

  test('the issue’s 2023 convention: its own heading, year and envelope in the clause, no 2022 figure on the cards; Modify’s envelope is what is applied', async () => {
    const workbook = nordWorkbook();
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    await screen.findByRole('region', { name: 'Nord' });
    await openReader(user, corpusText('04-bassin-minier-nord-2023.txt'));
    let review = await screen.findByRole('region', { name: 'Paramètres lus\u00a0: vérifiez chacun avant d’accepter' });
    // Everything is in the text: nothing to complete, Accept is open.
    expect(within(review).queryByText('À compléter avant d’accepter')).toBeNull();
    await user.click(within(review).getByRole('button', { name: 'Accepter' }));
    await screen.findByText('Règles appliquées : Convention Bassin minier 2023 : part de l’État ≤ 50 %, Département ≥ État.');

    await user.click(screen.getByRole('tab', { name: 'Article 4.1' }));
    const preview = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Texte à coller dans la convention' });
    expect(preview.value.split('\n')[0]).toBe(
      'Article 4.1\u00a0: Pour l’année 2023, l’État s’engage à verser au Département du Nord une somme de 350\u202f000\u00a0€, pour les actions suivantes\u00a0:',
    );
    await user.click(screen.getByRole('tab', { name: 'Budgets' }));
    const card = await screen.findByRole('region', { name: 'Nord' });
    expect(card.textContent).not.toMatch(/500\s000/);
    expect(within(card).getByText(/^Enveloppe de la convention : 350\s000\s€\.$/)).toBeInTheDocument();

    // Modify → 400 000 → Accept: the heading and the envelope checked follow.
    await openReader(user, corpusText('04-bassin-minier-nord-2023.txt'));
    review = await screen.findByRole('region', { name: 'Paramètres lus\u00a0: vérifiez chacun avant d’accepter' });
    await user.click(within(review).getByRole('button', { name: 'Modifier' }));
    const envelope = within(review).getByRole('textbox', { name: 'Enveloppe de l’État' });
    expect(envelope).toHaveValue('350000');
    await user.clear(envelope);
    await user.type(envelope, '400 000');
    await user.click(within(review).getByRole('button', { name: 'Accepter' }));
    await screen.findByText('Profil enregistré avec le classeur : les budgets sont vérifiés selon « Convention Bassin minier 2023 ».');
    await user.click(await screen.findByRole('tab', { name: 'Article 4.1' }));
    const again = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Texte à coller dans la convention' });
    await waitFor(() => expect(again.value).toContain('400\u202f000'));
    expect(again.value.split('\n')[0]).toBe(
      'Article 4.1\u00a0: Pour l’année 2023, l’État s’engage à verser au Département du Nord une somme de 400\u202f000\u00a0€, pour les actions suivantes\u00a0:',
    );
    expect((await workbook.readSettings()) as { profile: unknown }).toMatchObject({ profile: { envelope: 400000, envelopes: {}, origins: { envelope: 'typed', stateCapPercent: 'read' } } });
  });

  test('what the text does not give is listed first; Accept waits until each is typed or confirmed; the cards say which were confirmed', async () => {
    const workbook = sommeWorkbook();
    const user = userEvent.setup();
    render(<Pane workbook={workbook} environment={french} />);
    await screen.findByRole('region', { name: 'Somme' });
    await openReader(user, corpusText('14-avenant-somme-2025.txt'));
    const review = await screen.findByRole('region', { name: 'Paramètres lus\u00a0: vérifiez chacun avant d’accepter' });
    const items = [...review.querySelectorAll('[data-parameter]')].map((item) => item.getAttribute('data-parameter'));
    // The pending ones come first, before what was read.
    expect(items.slice(0, 5)).toEqual(['stateCapPercent', 'matchingRatio', 'matchingScope', 'costArticle', 'sentences']);
    expect(items).toContain('envelope');
    const accept = within(review).getByRole('button', { name: 'Accepter' });
    expect(accept).toBeDisabled();
    const item = (parameter: string) => review.querySelector(`[data-parameter="${parameter}"]`) as HTMLElement;
    expect(within(item('stateCapPercent')).getByText('Non trouvé dans le texte.')).toBeInTheDocument();

    await user.type(within(item('stateCapPercent')).getByRole('textbox', { name: 'Part maximale de l’État par action' }), '60');
    await user.click(within(item('matchingRatio')).getByRole('button', { name: 'Confirmer la valeur de 2022\u00a0: 1 (au moins équivalent)' }));
    expect(within(item('matchingRatio')).getByText('Valeur de 2022 confirmée : 1 (au moins équivalent)')).toBeInTheDocument();
    await user.click(within(item('matchingScope')).getByRole('radio', { name: 'Au total seulement' }));
    await user.click(within(item('costArticle')).getByRole('button', { name: 'Confirmer la valeur de 2022\u00a0: 3.1' }));
    expect(accept).toBeDisabled();
    await user.click(within(item('sentences')).getByRole('button', { name: /^Confirmer la valeur de 2022/ }));
    expect(accept).toBeEnabled();
    await user.click(accept);

    await screen.findByText('Règles appliquées : Convention Somme 2025 : part de l’État ≤ 60 %, Département ≥ État (valeur de 2022 confirmée).');
    await user.click(screen.getByRole('tab', { name: 'Budgets' }));
    const card = await screen.findByRole('region', { name: 'Somme' });
    expect(within(card).getByText('Convention Somme 2025 : part de l’État ≤ 60 %, Département ≥ État (valeur de 2022 confirmée)')).toBeInTheDocument();
    expect(await workbook.readSettings()).toMatchObject({
      profile: {
        stateCapPercent: 60,
        matchingScope: 'total',
        envelope: 1200000,
        origins: { stateCapPercent: 'typed', matchingRatio: 'confirmed', matchingScope: 'typed', costArticle: 'confirmed', sentences: 'confirmed', envelope: 'read', year: 'read' },
      },
    });
  });

  test('an envelope settled as none is not checked, and the card says so', async () => {
    const user = userEvent.setup();
    render(<Pane workbook={sommeWorkbook()} environment={french} />);
    await screen.findByRole('region', { name: 'Somme' });
    await openReader(user, corpusText('16-cpom-gironde-2023-2025-par-annee.txt'));
    const review = await screen.findByRole('region', { name: 'Paramètres lus\u00a0: vérifiez chacun avant d’accepter' });
    const item = (parameter: string) => review.querySelector(`[data-parameter="${parameter}"]`) as HTMLElement;
    await user.click(within(item('envelope')).getByRole('button', { name: 'Aucune' }));
    expect(within(item('envelope')).getByText('Aucune : l’enveloppe n’est pas vérifiée')).toBeInTheDocument();
    await user.click(within(item('year')).getByRole('button', { name: 'Aucune' }));
    await user.click(within(item('matchingScope')).getByRole('radio', { name: 'Par action et au total' }));
    for (const parameter of ['listArticle', 'costArticle', 'sentences']) await user.click(within(item(parameter)).getByRole('button', { name: /^Confirmer la valeur de 2022/ }));
    await user.click(within(review).getByRole('button', { name: 'Accepter' }));
    await screen.findByText(/Règles appliquées\s: Convention Gironde\s: part de l’État ≤\s50\s%/);
    await user.click(screen.getByRole('tab', { name: 'Budgets' }));
    const card = await screen.findByRole('region', { name: 'Somme' });
    expect(within(card).getByText('La convention n’en donne pas : l’enveloppe n’est pas vérifiée.')).toBeInTheDocument();
    expect(card.textContent).not.toContain('enveloppe de');
  });
});
