import { readProfile } from '../../src/domain';

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
