import {
  type AmountProblem,
  BUILT_IN_PROFILE,
  type ClauseWarning,
  type ComparisonNote,
  type ConventionProfile,
  type DifferenceData,
  type Field,
  type FindingDataOf,
  type FindingKind,
  type Parameter,
  type ParameterOrigin,
  PARAMETERS,
  WHOLE,
} from '../../src/domain';

/**
 * Realistic data for every kind of sentence, reaching each branch of its wording: every finding
 * kind, every difference, note and warning of the convention, and profiles for the summary. Typed
 * by kind, so that a new kind does not compile until it has its samples.
 */

const place = { action: '3', row: 4 };
const noNumber = { action: null, row: 9 };
const problems: AmountProblem[] = ['unreadable-text', 'three-decimals', 'error-value', 'negative', 'boolean', 'date', 'too-large'];
const fields: Field[] = ['action', 'axis', 'title', 'cost', 'state', 'department', 'other', 'beneficiary'];
const shownFor = (problem: AmountProblem) => (problem === 'date' ? '2022-03-01' : problem === 'boolean' ? 'VRAI' : problem === 'error-value' ? '#REF!' : problem === 'negative' ? '-42 181' : '42,181');

export const FINDING_SAMPLES: { readonly [K in FindingKind]: ReadonlyArray<FindingDataOf<K>> } = {
  'state-cap': [
    { kind: 'state-cap', place, state: 9_000_100, cost: 18_000_000, cap: 9_000_000, percent: 5_000, equalAllowed: true },
    { kind: 'state-cap', place: noNumber, state: 10_800_000, cost: 18_000_000, cap: 10_799_999, percent: 6_000, equalAllowed: false },
    { kind: 'state-cap', place, state: 6_000_000, cost: 18_000_000, cap: 5_999_400, percent: 3_333, equalAllowed: true },
  ],
  'matching-by-ratio': [
    { kind: 'matching-by-ratio', place, department: 5_000_000, state: 5_446_000, required: 5_446_000, ratio: WHOLE },
    { kind: 'matching-by-ratio', place: noNumber, department: 1_000_000, state: 5_446_000, required: 2_723_000, ratio: 5_000 },
  ],
  'matching-by-cost': [{ kind: 'matching-by-cost', place, department: 1_000_000, cost: 13_000_000, required: 3_900_000, percent: 3_000 }],
  'total-matching-by-ratio': [0, 1, 2].flatMap((excludedRows) => [
    { kind: 'total-matching-by-ratio' as const, department: 100_000_000, state: 120_000_000, missing: 20_000_000, ratio: WHOLE, excludedRows },
    { kind: 'total-matching-by-ratio' as const, department: 10_000_000, state: 120_000_000, missing: 50_000_000, ratio: 5_000, excludedRows },
  ]),
  'total-matching-by-cost': [0, 1, 2].map((excludedRows) => ({
    kind: 'total-matching-by-cost' as const,
    department: 10_000_000,
    cost: 300_000_000,
    missing: 80_000_000,
    percent: 3_000,
    excludedRows,
  })),
  'envelope-exceeded': [0, 1, 3].map((excludedRows) => ({ kind: 'envelope-exceeded' as const, state: 52_000_000, envelope: 50_000_000, over: 2_000_000, excludedRows })),
  'envelope-left': [0, 1, 3].map((excludedRows) => ({ kind: 'envelope-left' as const, state: 47_696_600, envelope: 50_000_000, left: 2_303_400, excludedRows })),
  'over-funding': [{ kind: 'over-funding', place, funding: 19_914_700, cost: 18_000_000, over: 1_914_700 }],
  'under-funding': [{ kind: 'under-funding', place: noNumber, cost: 13_000_000, unfunded: 2_554_000 }],
  'total-mismatch': [{ kind: 'total-mismatch', row: 8, header: 'Part Département', written: 124_588_300, sum: 122_034_300, gap: 2_554_000 }],
  'total-mismatch-by-text': [
    { kind: 'total-mismatch-by-text', row: 8, header: 'Part État', written: 50_000_000, sum: 45_781_900, gap: 4_218_100, textCells: ['E4'] },
    { kind: 'total-mismatch-by-text', row: 8, header: 'Part État', written: 50_000_000, sum: 40_000_000, gap: 10_000_000, textCells: ['E4', 'E6'] },
  ],
  'text-amount': [
    { kind: 'text-amount', place, header: 'Part État', shown: '42 181 €', cents: 4_218_100 },
    { kind: 'text-amount', place: noNumber, header: 'Part État', shown: '42 181,50 €', cents: 4_218_150 },
  ],
  'invalid-value': problems.flatMap((problem) =>
    [true, false].map((leftOut) => ({
      kind: 'invalid-value' as const,
      place: leftOut ? place : { action: null, row: 12 },
      header: 'Part État',
      problem,
      shown: shownFor(problem),
      cents: problem === 'negative' ? -4_218_100 : problem === 'three-decimals' ? 4_218_100 : null,
      leftOut,
      article: leftOut ? '5.1' : '',
    })),
  ),
  'missing-value': fields.flatMap((field) => [true, false].map((leftOut) => ({ kind: 'missing-value' as const, place, field, header: 'Colonne', leftOut, article: leftOut ? '4.1' : '' }))),
  'duplicate-action': [
    { kind: 'duplicate-action', place, firstRow: 2, article: '4.1' },
    { kind: 'duplicate-action', place, firstRow: 2, article: '' },
  ],
  'inexact-totals': [{ kind: 'inexact-totals' }],
  'missing-axis': [
    { kind: 'missing-axis', place, article: '4.1' },
    { kind: 'missing-axis', place: noNumber, article: '6.2' },
  ],
};

type Samples<Data extends { readonly kind: string }> = { readonly [K in Data['kind']]: ReadonlyArray<Extract<Data, { readonly kind: K }>> };

export const DIFFERENCE_SAMPLES: Samples<DifferenceData> = {
  amount: [
    { kind: 'amount', number: '6', convention: 2_600_000, budget: 2_500_000 },
    { kind: 'amount', number: '6', convention: null, budget: 2_500_050 },
  ],
  title: [
    { kind: 'title', number: '2', convention: 'Santé des enfants', budget: 'Mieux garantir la santé' },
    { kind: 'title', number: '2', convention: 'Santé', budget: null },
  ],
  axis: [
    { kind: 'axis', number: '2', convention: '', budget: '2' },
    { kind: 'axis', number: '2', convention: null, budget: '1' },
    { kind: 'axis', number: '2', convention: '1', budget: null },
  ],
  'missing-in-convention': [
    { kind: 'missing-in-convention', number: '7', row: 10, article: '4.1', state: 1_000_000 },
    { kind: 'missing-in-convention', number: null, row: 9, article: '4.1', state: null },
  ],
  'missing-in-budget': [
    { kind: 'missing-in-budget', number: '7', article: '4.1', amount: 1_000_000 },
    { kind: 'missing-in-budget', number: '8', article: '4.1', amount: null },
  ],
  envelope: [
    { kind: 'envelope', article: '4.1', convention: 50_000_000, budget: 47_000_000 },
    { kind: 'envelope', article: '4.1', convention: null, budget: 47_000_000 },
  ],
  year: [
    { kind: 'year', article: '4.1', convention: 2022, budget: 2023 },
    { kind: 'year', article: '4.1', convention: null, budget: 2023 },
  ],
  cost: [{ kind: 'cost', article: '3.1', convention: 174_588_300, budget: 170_000_000 }],
  'cost-not-found': [{ kind: 'cost-not-found', article: '3.1', budget: 174_588_300 }],
};

export const NOTE_SAMPLES: Samples<ComparisonNote> = {
  'year-not-compared': [
    { kind: 'year-not-compared', article: '4.1', convention: null },
    { kind: 'year-not-compared', article: '4.1', convention: 2022 },
  ],
  'no-items': [{ kind: 'no-items', article: '4.1' }],
  'amount-not-compared': [
    { kind: 'amount-not-compared', number: '3', row: 6 },
    { kind: 'amount-not-compared', number: null, row: 9 },
  ],
};

export const WARNING_SAMPLES: Samples<ClauseWarning> = {
  'left-out': [
    {
      kind: 'left-out',
      row: 4,
      action: '3',
      cells: [
        { cell: 'E4', field: 'state', problem: 'unreadable-text' },
        { cell: null, field: 'cost', problem: 'missing' },
      ],
    },
    { kind: 'left-out', row: 9, action: null, cells: [{ cell: 'D9', field: 'cost', problem: 'missing' }] },
  ],
  'heading-differs': [{ kind: 'heading-differs', envelope: 50_000_000, items: 45_781_900, gap: 4_218_100 }],
};

/** Profiles that reach each branch of the summary: one-for-one matching, a share of the State and of the cost, values confirmed. */
export const PROFILE_SAMPLES: readonly ConventionProfile[] = [
  BUILT_IN_PROFILE,
  { ...BUILT_IN_PROFILE, name: 'Convention Somme 2024', stateCap: { percent: 6_000, equalAllowed: false }, matching: { ratio: 5_000, minPercentOfCost: 3_000, scope: 'total' } },
  { ...BUILT_IN_PROFILE, name: 'Convention Aisne 2025', matching: { ratio: null, minPercentOfCost: 3_333, scope: 'action' } },
  {
    ...BUILT_IN_PROFILE,
    name: 'Convention Somme 2025',
    origins: { ...(Object.fromEntries(PARAMETERS.map((parameter) => [parameter, 'read'])) as Record<Parameter, ParameterOrigin>), stateCapPercent: 'confirmed', matchingRatio: 'confirmed' },
  },
];
