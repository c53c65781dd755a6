import { BUILT_IN_PROFILE, type ConventionProfile, fillSentence, placeWords, profileEnvelopeFor } from '../../src/domain';

/**
 * A chosen convention's envelope per beneficiary, found from how the sheet names the budget (its
 * heading cell or its sheet) and how the convention names the Department: the same place under
 * « Département du … », « Conseil départemental de … », a sheet name or a number in brackets.
 */

const chosen = (envelopes: Record<string, number>, envelope: number | null = null): ConventionProfile => ({ ...BUILT_IN_PROFILE, origin: 'chosen', envelope, envelopes });
const NORD_AND_PAS_DE_CALAIS = chosen({ 'Département du Nord': 70_000_000, 'Département du Pas-de-Calais': 50_000_000 });

describe('the envelope of a beneficiary, by the name the convention gives it', () => {
  test.each([
    ['the heading cell names the place alone', { beneficiary: 'Nord', label: 'Nord' }, 70_000_000],
    ['the heading cell writes the convention’s own name', { beneficiary: 'Département du Pas-de-Calais', label: 'Département du Pas-de-Calais' }, 50_000_000],
    ['the heading cell writes « Conseil départemental du … »', { beneficiary: 'Conseil départemental du Pas-de-Calais', label: 'Conseil départemental du Pas-de-Calais' }, 50_000_000],
    ['no heading: the sheet « Pas-de-Calais 2023 » names it', { beneficiary: null, label: 'Pas-de-Calais 2023' }, 50_000_000],
    ['no heading: the sheet « Budget » names no place, and no envelope is guessed', { beneficiary: null, label: 'Budget' }, undefined],
  ])('%s', (_, budget, envelope) => {
    expect(profileEnvelopeFor(NORD_AND_PAS_DE_CALAIS, budget)).toBe(envelope);
  });

  test('a convention that adds the number of the Department, « Département du Nord (59) », still gives the Nord its envelope', () => {
    const profile = chosen({ 'Département du Nord (59)': 70_000_000, 'Département du Pas-de-Calais (62)': 50_000_000 });
    expect(profileEnvelopeFor(profile, { beneficiary: 'Nord', label: 'Nord' })).toBe(70_000_000);
    expect(profileEnvelopeFor(profile, { beneficiary: 'Pas-de-Calais', label: 'Pas-de-Calais' })).toBe(50_000_000);
  });

  test('two tables for the Nord (« Nord (BudgetNord) » beside « Nord (BudgetNord2) ») both take the Nord’s envelope', () => {
    const profile = chosen({ 'Département du Nord (59)': 70_000_000 }, 100_000_000);
    expect(profileEnvelopeFor(profile, { beneficiary: 'Nord', label: 'Nord (BudgetNord2)' })).toBe(70_000_000);
  });

  test('the seed’s own profile gives no envelope by beneficiary: the officer types it', () => {
    expect(profileEnvelopeFor(BUILT_IN_PROFILE, { beneficiary: 'Département du Nord', label: 'Département du Nord' })).toBeUndefined();
  });
});

describe('the words that name a place', () => {
  test.each([
    ['Département du Pas-de-Calais', 'pas calais'],
    ['Conseil départemental de la Somme', 'somme'],
    ['Département des Côtes-d’Armor', 'cotes armor'],
    ['Seine-Saint-Denis', 'seine saint denis'],
    ['Département du Nord (59)', 'nord 59'],
  ])('« %s » → « %s »', (name, words) => {
    expect(placeWords(name)).toBe(words);
  });
});

describe('a sentence of the clause filled from its fields', () => {
  test('a bracketed part is written only when every field in it has a value', () => {
    const item = 'Action {number}[ (axe {axis}, fiche {sheet})] : {title}';
    expect(fillSentence(item, { number: '1', axis: '2', sheet: 'F-12', title: 'Réseau de prévention précoce' })).toBe('Action 1 (axe 2, fiche F-12) : Réseau de prévention précoce');
    expect(fillSentence(item, { number: '1', axis: '2', title: 'Réseau de prévention précoce' })).toBe('Action 1 : Réseau de prévention précoce');
  });

  test('a field the sentence names but the clause does not give is written empty', () => {
    expect(fillSentence('Action {number} : {title} pour un montant de {amount}{unit}', { number: '5', title: 'Plate-forme « Mobilité inclusive »', amount: '60 000 €' })).toBe(
      'Action 5 : Plate-forme « Mobilité inclusive » pour un montant de 60 000 €',
    );
  });
});
