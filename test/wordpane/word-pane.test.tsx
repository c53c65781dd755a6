/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openBudgetFile } from '../../src/addin/budget-file';
import { OfficeDocument } from '../../src/word/office-document';
import { WordPane } from '../../src/wordpane/word-pane';
import { FakeWord } from '../helpers/fake-word';
import { SEED_AT, SEED_CONVENTION } from '../helpers/word-conventions';

jest.setTimeout(30_000);

// jsdom has neither TextDecoder nor File.arrayBuffer(); browsers and Word's webviews have both.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
if (typeof File.prototype.arrayBuffer !== 'function') {
  Object.defineProperty(File.prototype, 'arrayBuffer', {
    value(this: File) {
      return new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

const french = { displayLanguage: 'fr-FR', theme: 'light' as const };
const EXAMPLE = join(__dirname, '../../examples/convention-bassin-minier-2022.xlsx');
const PAS_DE_CALAIS = 'Convention Bassin minier 2022 — Département du Pas-de-Calais';
/** Amounts are written with no-break spaces ("45 139 €"): compared here with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function renderPane(word: FakeWord) {
  const document = new OfficeDocument(word.host());
  render(<WordPane convention={document} environment={french} openBudget={openBudgetFile} />);
  return document;
}

async function openWorkbook(path = EXAMPLE, name = 'convention-bassin-minier-2022.xlsx') {
  const input = screen.getByTestId('budget-file');
  fireEvent.change(input, { target: { files: [new File([readFileSync(path)], name)] } });
  return screen.findByText(`Classeur : ${name}`);
}

describe('the pane in Word: the convention checked against its budget', () => {
  test('the Nord budget, which the seed’s convention lists: they agree', async () => {
    renderPane(new FakeWord(SEED_CONVENTION));
    expect(screen.getByRole('tab', { name: 'Budget', selected: true })).toBeInTheDocument();
    await openWorkbook();
    expect(screen.getByRole('combobox', { name: 'Bénéficiaire' })).toHaveValue('Nord');
    expect(await screen.findByText('La convention et le budget concordent : l’article 4.1 et l’article 3.1 disent ce que dit le budget.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Écrire les articles dans la convention' })).toBeNull();
  });

  test('the Pas-de-Calais budget: one line per difference with both values, and « Aller au paragraphe » selects it', async () => {
    const user = userEvent.setup();
    const word = new FakeWord(SEED_CONVENTION);
    renderPane(word);
    await openWorkbook();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bénéficiaire' }), PAS_DE_CALAIS);
    const list = await screen.findByRole('list', { name: 'La convention et le budget' });
    const lines = within(list)
      .getAllByRole('listitem')
      .map((item) => plain(item.textContent ?? ''));
    expect(lines).toContain('Action 1 : 45 139 € dans la convention, 80 000 € dans le budgetAller au paragraphe');
    expect(lines).toContain('Coût total de l’article 3.1 : 1 745 883 € dans la convention, 1 140 000 € dans le budgetAller au paragraphe');
    expect(screen.getByText(/^\d+ différence\(s\) entre la convention et le budget :$/)).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: /^Aller au paragraphe\s:\sAction 1\s:\s45.139.€ dans la convention/ }));
    await waitFor(() => expect(word.selection).toEqual({ kind: 'paragraphs', ids: [word.paragraphs[SEED_AT.action1]!.id] }));
    // Remembered with the document: the next opening proposes the same budget.
    expect(word.settings.get('convention-budget')).toMatchObject({ budget: { file: 'convention-bassin-minier-2022.xlsx', beneficiary: PAS_DE_CALAIS } });
  });

  test('Écrire: the articles rewritten as tracked changes in our controls; accepted, they say what the budget says', async () => {
    const user = userEvent.setup();
    const word = new FakeWord(SEED_CONVENTION);
    renderPane(word);
    await openWorkbook();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bénéficiaire' }), PAS_DE_CALAIS);
    await user.click(await screen.findByRole('button', { name: 'Écrire les articles dans la convention' }));
    expect(await screen.findByText(/^Écrit en modifications suivies : \d+ paragraphe\(s\) modifié\(s\)/)).toBeInTheDocument();
    expect(word.controls.map((control) => control.tag).sort()).toEqual(['convention-budget:article-3.1', 'convention-budget:article-4.1']);
    expect(word.edits.filter((edit) => /insertText|insertParagraph|delete/.test(edit.action)).every((edit) => edit.tracked)).toBe(true);
    expect(word.trackingMode).toBe('Off');
    // Compared again at once: the document now reads as the budget (tracked deletions left out).
    expect(await screen.findByText('La convention et le budget concordent : l’article 4.1 et l’article 3.1 disent ce que dit le budget.')).toBeInTheDocument();
    word.acceptAll();
    const accepted = word.current().map(plain);
    expect(accepted).toContain('- Action 1 (axe 1) : Mobiliser la clause d’insertion au service de l’ERBM pour un montant de 80 000 €');
    expect(accepted).toContain('- Action 6 (axe 2) : Solution logement pour les jeunes majeurs ayant eu un parcours institutionnel ASE pour un montant de 100 000 €');
    expect(accepted.some((line) => line.startsWith('3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à 1 140 000 €'))).toBe(true);
    expect(accepted).toContain(SEED_CONVENTION[SEED_AT.after]!.text);
  });

  test('a Word without tracked changes (WordApi 1.3): said before anything is written, and written only on the officer’s word', async () => {
    const user = userEvent.setup();
    const word = new FakeWord(SEED_CONVENTION);
    word.apiMinor = 3;
    renderPane(word);
    await openWorkbook();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bénéficiaire' }), PAS_DE_CALAIS);
    const before = word.markup();
    await user.click(await screen.findByRole('button', { name: 'Écrire les articles dans la convention' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Cette version de Word ne permet pas à un complément de suivre ses modifications (WordApi 1.4)');
    expect(word.markup()).toEqual(before);
    await user.click(screen.getByRole('button', { name: 'Écrire sans suivi des modifications' }));
    expect(await screen.findByText(/^Écrit sans suivi des modifications/)).toBeInTheDocument();
    expect(word.markup()).not.toEqual(before);
  });

  test('article 4.1 not found: said, and inserted at the cursor in our control on request', async () => {
    const user = userEvent.setup();
    const word = new FakeWord(['CONVENTION FINANCIÈRE 2023', 'ARTICLE 4 – Contribution financière', 'Fait à Lille, le 2 mai 2023']);
    word.cursorAt(1);
    renderPane(word);
    await openWorkbook();
    expect(await screen.findByText('L’article 4.1 (la liste des actions) n’a pas été trouvé dans le document.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Insérer l’article 4.1 au curseur' }));
    expect(await screen.findByText(/^Article 4\.1 inséré après le paragraphe du curseur/)).toBeInTheDocument();
    expect(plain(word.current()[2] ?? '')).toMatch(/^4\.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500 000 €, pour les actions suivantes :$/);
    expect(plain(word.current()[3] ?? '')).toMatch(/^- Action 1 \(axe 2\) : Mettre en œuvre/);
    expect(word.controlsOf(2).map((control) => control.tag)).toEqual(['convention-budget:article-4.1']);
  });

  test('the amendment (avenant): in new paragraphs at the cursor, citing the convention’s date', async () => {
    const user = userEvent.setup();
    const word = new FakeWord(SEED_CONVENTION);
    word.cursorAt(SEED_CONVENTION.length - 1);
    renderPane(word);
    await openWorkbook();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bénéficiaire' }), PAS_DE_CALAIS);
    await user.click(await screen.findByRole('button', { name: 'Rédiger l’avenant au curseur' }));
    expect(await screen.findByText(/^Avenant inséré au curseur \(\d+ paragraphe\(s\)\)/)).toBeInTheDocument();
    const added = word.current().slice(SEED_CONVENTION.length);
    expect(added[0]).toBe('L’article 4.1 de la convention du 3 octobre 2022 est remplacé par les dispositions suivantes\u00a0:');
    expect(added.some((line) => line.startsWith('- Action 1 (axe 1) : Mobiliser la clause d’insertion'))).toBe(true);
    // The convention itself is untouched.
    expect(word.current().slice(0, SEED_CONVENTION.length)).toEqual(SEED_CONVENTION.map((paragraph) => paragraph.text));
  });

  test('a file that is not a workbook is said, in a sentence', async () => {
    renderPane(new FakeWord(SEED_CONVENTION));
    fireEvent.change(screen.getByTestId('budget-file'), { target: { files: [new File(['not a zip'], 'budget.xlsx')] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/^« budget\.xlsx » ne peut pas être lu : /);
  });
});

describe('Convention and Réglages in Word', () => {
  test('the document’s text (its table included) read through the same review as in Excel, accepted, kept in the document', async () => {
    const user = userEvent.setup();
    const word = new FakeWord(SEED_CONVENTION);
    renderPane(word);
    await user.click(screen.getByRole('tab', { name: 'Convention' }));
    await user.click(await screen.findByRole('button', { name: 'Lire la convention de ce document' }));
    const review = await screen.findByRole('region', { name: /^Paramètres lus\s:\svérifiez chacun avant d’accepter$/ });
    const cap = review.querySelector('[data-parameter="stateCapPercent"]') as HTMLElement;
    expect(within(cap).getByText('Part maximale de l’État par action : 50 %')).toBeInTheDocument();
    // What this document does not give (the Department's commitment, where it applies) is settled
    // by the officer first: nothing is assumed.
    expect(within(review).getByRole('button', { name: 'Accepter' })).toBeDisabled();
    const open = () => [...review.querySelectorAll<HTMLElement>('[data-settled="no"]')];
    expect(open().map((item) => item.dataset.parameter)).toEqual(['matchingRatio', 'matchingScope']);
    await user.click(within(open()[0]!).getByRole('button', { name: /^Confirmer la valeur de 2022/ }));
    await user.click(within(open()[0]!).getByRole('radio', { name: 'Par action et au total' }));
    expect(open()).toHaveLength(0);
    await user.click(within(review).getByRole('button', { name: 'Accepter' }));
    expect(await screen.findByText(/^Profil enregistré avec le document : le budget est comparé selon « Convention/)).toBeInTheDocument();
    expect(word.settings.get('convention-budget')).toMatchObject({ version: 1, profile: { stateCapPercent: 50 } });
  });

  test('Réglages › Diagnostic runs the self-test in Word: every step passes, the document as it was', async () => {
    const user = userEvent.setup();
    const word = new FakeWord(SEED_CONVENTION);
    const before = word.markup();
    renderPane(word);
    await user.click(screen.getByRole('tab', { name: 'Réglages' }));
    await user.click(await screen.findByRole('button', { name: 'Lancer le diagnostic' }));
    expect(await screen.findByText('Toutes les étapes ont réussi.', {}, { timeout: 10_000 })).toBeInTheDocument();
    const report = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Rapport du diagnostic' }).value.replace(/[\u00a0\u202f]/g, ' ');
    expect(report).toMatch(/^Convention Budget \(Word\) — diagnostic du /);
    expect(report).toContain('✓ Document tel qu’avant : mêmes paragraphes, tableaux, contrôles et suivi');
    expect(report).not.toContain('✗');
    expect(word.markup()).toEqual(before);
  });
});
