import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readingToJson, readProfile } from '../../src/domain';

/**
 * `convention-budget profile --json` on real conventions: each value beside the sentence it was read
 * from and its place, null where the text says nothing, and only the clause sentences the text gives.
 */

const corpus = (name: string) => readFileSync(join(__dirname, '../fixtures/conventions/corpus', name), 'utf8');
const CAP_2020 = 'Les contributions figurant au 4.1 interviennent en cofinancement à hauteur de 50 % maximum de chacune des actions rattachées.';
const HEADING_2020 = '4.1 Pour l’année 2020, l’administration contribue financièrement pour un montant de 612 450 EUR, pour les actions suivantes :';

describe('the reading of a convention as JSON', () => {
  const cantal = readingToJson(readProfile(corpus('02-avenant-cantal-2020.txt')));

  test('the Cantal amendment of 2020: the new cap (« Lire : … 50 % ») with its sentence and line, the 4.1 heading with its year and envelope', () => {
    expect(cantal.profile).toMatchObject({ year: 2020, stateCapPercent: 50, envelope: 612450, listArticle: '4.1' });
    expect(cantal.sources).toMatchObject({ stateCapPercent: CAP_2020, year: HEADING_2020, envelope: HEADING_2020, listArticle: HEADING_2020 });
    expect(cantal.places.stateCapPercent).toEqual({ line: 32, offset: 1418 });
    expect(cantal.places.year).toEqual({ line: 21, offset: 848 });
  });

  test('what the amendment does not say (the Department’s matching, article 3.1) is null, value, sentence and place, never the 2022 default', () => {
    expect(cantal.missing).toEqual(['matchingRatio', 'departmentMinPercent', 'matchingScope', 'costArticle']);
    expect(cantal.profile).toMatchObject({ matchingRatio: null, matchingScope: null, costArticle: null });
    expect(cantal.sources).toMatchObject({ matchingRatio: null, costArticle: null });
    expect(cantal.places).toMatchObject({ matchingRatio: null, costArticle: null });
  });

  test('the clause’s sentences: the heading and the item it gives, no cost sentence (the amendment has no article 3.1)', () => {
    expect(cantal.profile.sentences).toEqual({
      listHeading: '{article} Pour l’année {year}, l’administration contribue financièrement pour un montant de {envelope}, pour les actions suivantes :',
      listItem: 'Action {number}[ (axe {axis})] : {title} pour un montant de {amount}',
      costSentence: null,
    });
  });

  test('the Mayenne contract, which lists no actions in an article: no sentences, no articles', () => {
    const mayenne = readingToJson(readProfile(corpus('07-cls-mayenne-2024.txt')));
    expect(mayenne.profile).toMatchObject({ stateCapPercent: 50, matchingRatio: 1, envelope: 1200000, listArticle: null, costArticle: null, sentences: null });
    expect(mayenne.sources.sentences).toBeNull();
  });

  test('a text that names no Department still has a name to show, though the name is missing', () => {
    const reading = readingToJson(readProfile('La participation de l’État ne peut excéder 60 % du coût de chaque action.'));
    expect(reading.missing).toContain('name');
    expect(reading.profile.name).toBe('Convention');
    expect(reading.profile.stateCapPercent).toBe(60);
  });
});
