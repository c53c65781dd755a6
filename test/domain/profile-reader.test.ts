import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_PROFILE, readProfile } from '../../src/domain';

const text = (...lines: string[]) => lines.join('\n');
/** French typography in what the officer is shown: a no-break space before « % » and « € », a narrow one between thousands. */
const NB = '\u00a0';
const NNB = '\u202f';

/** Two sentences of one convention that disagree: both shown, as the officer reads them and as the profile's JSON would hold them. */
describe('a contradiction shows each value as written and as the profile’s JSON holds it', () => {
  test.each<[string, string[], string, Array<{ shown: string; json: unknown }>]>([
    [
      'the State’s cap',
      [
        '4.3 Les contributions de l’État interviennent en cofinancement à hauteur de 50 % maximum de chacune des actions rattachées.',
        'La participation de l’État est fixée dans la limite de 80 % du coût de chaque action.',
      ],
      'stateCapPercent',
      [
        { shown: `50${NB}%`, json: 50 },
        { shown: `80${NB}%`, json: 80 },
      ],
    ],
    [
      'the Department’s matching, as a share of the State’s',
      [
        'Les Départements s’engagent à consacrer aux actions des financements au moins équivalents dans leurs montants à ceux qui leur sont accordés par l’État.',
        'Le Département s’engage à apporter des financements au moins égaux à 50 % des crédits alloués par l’État.',
      ],
      'matchingRatio',
      [
        { shown: '1 (au moins équivalent)', json: 1 },
        { shown: `50${NB}% de la part de l’État`, json: 0.5 },
      ],
    ],
    [
      'the Department’s minimum, as a share of the cost',
      ['Le Département s’engage à financer au moins 30 % du coût de chaque action.', 'La participation du Département est au moins égale à 40 % du coût de chaque action.'],
      'departmentMinPercent',
      [
        { shown: `30${NB}% du coût`, json: 30 },
        { shown: `40${NB}% du coût`, json: 40 },
      ],
    ],
    [
      'the envelope',
      ['Au titre de l’année 2023, le soutien financier de l’État s’élève à 500 000 €.', 'Le montant de la subvention de l’État est fixé à 450 000 €.'],
      'envelope',
      [
        { shown: `500${NNB}000${NB}€`, json: 500000 },
        { shown: `450${NNB}000${NB}€`, json: 450000 },
      ],
    ],
  ])('%s', (_, sentences, key, candidates) => {
    const convention = text('CONVENTION BASSIN MINIER', ...sentences);
    const reading = readProfile(convention);
    expect(reading.conflicts).toEqual([
      { key, candidates: candidates.map((candidate, at) => ({ ...candidate, sentence: sentences[at], line: at + 2, offset: convention.indexOf(sentences[at] as string) })) },
    ]);
    expect(reading.status[key as keyof typeof reading.status]).toBe('conflict');
  });

  test('one Department given two amounts: each amount once, with the first sentence that gives it', () => {
    const sentences = [
      'La contribution de l’État est répartie entre le Département du Nord (500 000 €) et le Département du Pas-de-Calais (500 000 €).',
      'La subvention de l’État est versée au Département du Nord (450 000 €).',
      'La subvention de l’État est versée au Département du Nord (500 000 €).',
    ];
    const convention = text('CONVENTION BASSIN MINIER', ...sentences);
    const reading = readProfile(convention);
    expect(reading.conflicts).toEqual([
      {
        key: 'envelopes',
        candidates: [
          { shown: `Département du Nord${NB}: 500${NNB}000${NB}€`, json: { 'Département du Nord': 500000 }, sentence: sentences[0], line: 2, offset: convention.indexOf(sentences[0] as string) },
          { shown: `Département du Nord${NB}: 450${NNB}000${NB}€`, json: { 'Département du Nord': 450000 }, sentence: sentences[1], line: 3, offset: convention.indexOf(sentences[1] as string) },
        ],
      },
    ]);
    expect(reading.status.envelopes).toBe('conflict');
  });
});

describe('the sentence shown beside a value that several sentences give alike', () => {
  test('the first that gives it', () => {
    const reading = readProfile(text('CONVENTION BASSIN MINIER', 'La présente convention porte sur l’année 2023.', 'Les actions sont conduites au titre de l’exercice 2023.'));
    expect(reading.profile.year).toBe(2023);
    expect(reading.sources.year?.line).toBe(2);
  });

  test('the list article’s heading over a later sentence', () => {
    const reading = readProfile(
      text(
        'CONVENTION BASSIN MINIER',
        '4.1 Pour l’année 2023, l’administration contribue financièrement pour un montant de 70 854 €, pour les actions suivantes :',
        '- Action 1 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 70 854 €',
        'Le bilan des actions conduites au titre de l’exercice 2023 est transmis au préfet.',
      ),
    );
    expect(reading.sources.year?.line).toBe(2);
    expect(reading.sources.envelope?.line).toBe(2);
  });
});

describe('what the text does not give', () => {
  test('a text that gives nothing: a draft of the built-in values, every parameter missing, named « Convention »', () => {
    const reading = readProfile('Compte rendu de la réunion du comité de pilotage.');
    expect(reading.profile).toEqual({ ...BUILT_IN_PROFILE, name: 'Convention', origin: 'chosen' });
    expect(Object.values(reading.status).every((status) => status === 'missing')).toBe(true);
    expect(reading.sentenceSources).toEqual({});
  });

  test('a text with a year and no title is named after its year', () => {
    const reading = readProfile('Pour l’année 2023, le comité de pilotage se réunit deux fois.');
    expect(reading.profile.name).toBe('Convention 2023');
  });

  test('a list article with no cost article: the cost sentence stays the built-in one, with no source', () => {
    const reading = readProfile(
      text(
        'CONVENTION BASSIN MINIER',
        '4.1 Pour l’année 2023, l’administration contribue financièrement pour un montant de 70 854 €, pour les actions suivantes :',
        '- Action 1 (axe 2) : Mieux garantir le droit à la santé des enfants à hauteur de 70 854 €',
      ),
    );
    expect(reading.profile.sentences).toEqual({
      listHeading: '{article} Pour l’année {year}, l’administration contribue financièrement pour un montant de {envelope}, pour les actions suivantes :',
      listItem: 'Action {number}[ (axe {axis})] : {title} à hauteur de {amount}',
      costSentence: BUILT_IN_PROFILE.sentences.costSentence,
    });
    expect(Object.keys(reading.sentenceSources)).toEqual(['listHeading', 'listItem']);
    expect(reading.status.costArticle).toBe('missing');
  });
});

describe('the envelope and the envelopes per Department', () => {
  const SPLIT = 'La contribution de l’État est répartie entre le Département du Nord (500 000 €) et le Département du Pas-de-Calais (500 000 €).';

  test('a total envelope and an equal share per Department: the total stays the envelope', () => {
    const reading = readProfile(text('CONVENTION BASSIN MINIER', 'Au titre de l’année 2022, le soutien financier de l’État s’élève à 1 000 000 €.', SPLIT));
    expect(reading.profile.envelope).toBe(100_000_000);
    expect(reading.profile.envelopes).toEqual({ 'Département du Nord': 50_000_000, 'Département du Pas-de-Calais': 50_000_000 });
    expect(reading.sources.envelope?.line).toBe(2);
  });

  test('the envelope read, the share of one Department contradicted: only the shares are in conflict', () => {
    const reading = readProfile(
      text(
        'CONVENTION BASSIN MINIER',
        'Au titre de l’année 2022, le soutien financier de l’État s’élève à 1 000 000 €.',
        SPLIT,
        'La subvention de l’État est versée au Département du Nord (450 000 €).',
      ),
    );
    expect(reading.status.envelope).toBe('read');
    expect(reading.status.envelopes).toBe('conflict');
  });

  test('the envelope contradicted, the shares read: only the envelope is in conflict', () => {
    const reading = readProfile(
      text('CONVENTION BASSIN MINIER', 'Au titre de l’année 2022, le soutien financier de l’État s’élève à 1 000 000 €.', 'Le montant de la subvention de l’État est fixé à 900 000 €.', SPLIT),
    );
    expect(reading.status.envelope).toBe('conflict');
    expect(reading.status.envelopes).toBe('read');
  });
});

// A deliberation that annexes two conventions, each with its own wording of articles 3.1, 4.1 and 4.3.
test('two list articles and two cost articles worded differently: one contradiction on the sentences, all four shown', () => {
  const reading = readProfile(
    text(
      'CONVENTION BASSIN MINIER',
      '3.1 Le coût total estimé éligible des projets est évalué à 1 745 883 EUR.',
      '4.1 Pour l’année 2023, l’administration contribue financièrement pour un montant de 500 000 €, pour les actions suivantes :',
      '4.3 Les contributions de l’État interviennent en cofinancement à hauteur de 50 % maximum de chacune des actions rattachées.',
      'ANNEXE 2',
      '3.1 Le coût total des actions retenues est de 1 745 883 €.',
      '4.1 Pour l’année 2023, l’État verse une subvention de 500 000 € au titre des actions suivantes :',
      '4.3 La participation de l’État est fixée dans la limite de 80 % du coût de chaque action.',
    ),
  );
  expect(reading.conflicts.map((conflict) => conflict.key)).toEqual(['stateCapPercent', 'sentences']);
  expect(reading.conflicts[0]?.candidates.map((candidate) => candidate.line)).toEqual([4, 8]);
  expect(reading.conflicts[1]?.candidates.map((candidate) => candidate.line)).toEqual([3, 7, 2, 6]);
  expect(reading.status.sentences).toBe('conflict');
});

/** A 2024-2026 convention read for its 2024 tranche: « Pour 2024, l’État s’engage à verser … 980 000 euros », then the indicative amounts of 2025 and 2026 in a table. */
const FINISTERE = readFileSync(join(__dirname, '../fixtures/conventions/corpus/17-finistere-2024-2026-tranche-2024.txt'), 'utf8');
const withSentence = (sentence: string) => FINISTERE.replace('Elle est exécutée par tranches annuelles.', `Elle est exécutée par tranches annuelles. ${sentence}`);

describe('the envelope of a multi-year convention', () => {
  test('the amount for the text’s year stands, the other years’ are no contradiction', () => {
    const reading = readProfile(FINISTERE);
    expect(reading.profile.envelope).toBe(98_000_000);
    expect(reading.status.envelope).toBe('read');
  });

  test('an envelope with no year that differs from the year’s amount is a contradiction', () => {
    const reading = readProfile(withSentence('Le soutien financier de l’État s’élève à 950 000 €.'));
    expect(reading.conflicts.map((conflict) => [conflict.key, conflict.candidates.map((candidate) => candidate.json)])).toEqual([['envelope', [950000, 980000]]]);
  });

  test('with the year itself in contradiction, no year’s amount is taken', () => {
    const reading = readProfile(withSentence('Les crédits non consommés au titre de l’année 2023 sont reportés.'));
    expect(reading.status.year).toBe('conflict');
    expect(reading.status.envelope).toBe('missing');
  });
});

test('« au vu de » in an article is no recital: its cap is read', () => {
  const reading = readProfile(text('CONVENTION BASSIN MINIER', 'Au vu du bilan de l’année écoulée, la participation de l’État ne peut excéder 80 % du coût total de chaque action.'));
  expect(reading.profile.stateCap).toEqual({ percent: 8000, equalAllowed: true });
  expect(reading.status.stateCapPercent).toBe('read');
});
