import { BUILT_IN_PROFILE, profileToJson, SEED_SENTENCES } from '../../src/domain';

describe('a profile as JSON', () => {
  test('the 2022 Bassin minier convention: its numbers, its articles and its three sentences, and no origins since nothing was read or typed', () => {
    expect(profileToJson(BUILT_IN_PROFILE)).toEqual({
      name: 'Convention Bassin minier 2022',
      year: 2022,
      stateCapPercent: 50,
      stateCapEqualAllowed: true,
      matchingRatio: 1,
      departmentMinPercent: null,
      matchingScope: 'action',
      envelope: 500000,
      envelopes: { 'Département du Pas-de-Calais': 500000, 'Département du Nord': 500000 },
      listArticle: '4.1',
      costArticle: '3.1',
      sentences: SEED_SENTENCES,
    });
  });
});
