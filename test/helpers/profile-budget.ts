import type { CellValue } from '../../src/domain';

/**
 * A budget that obeys the seed's convention (State ≤ 50 %, Department ≥ State) and breaks a convention
 * of 80 % cap and Department ≥ 30 % of the cost: action 1's Department share is 25 % of its cost.
 */
export const PROFILE_BUDGET_ROWS: ReadonlyArray<ReadonlyArray<CellValue>> = [
  ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département', 'Autres financements'],
  [1, 1, 'Accompagner les allocataires du RSA vers l’emploi', 100000, 20000, 25000, 55000],
  [2, 2, 'Prévenir les sorties sèches de l’aide sociale à l’enfance', 80000, 40000, 40000, 0],
];

/** The 80 % / 30 % convention as `--profile` takes it. */
export const PROFILE_80_30 = {
  name: 'Convention Somme 2024',
  year: 2024,
  stateCapPercent: 80,
  matchingRatio: null,
  departmentMinPercent: 30,
  matchingScope: 'action',
  envelope: null,
  envelopes: {},
  listArticle: '5.1',
  costArticle: '4.2',
};
