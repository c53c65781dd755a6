import { BUILT_IN_PROFILE, type ConventionProfile, parseProfileJson, type ProfileParse } from '../../src/domain';

function profileOf(parsed: ProfileParse): Extract<ProfileParse, { profile: unknown }> {
  if (!('profile' in parsed)) throw new Error(`error on ${parsed.error.key}`);
  return parsed;
}

const SENTENCES = {
  listHeading: '{article} Au titre de l’exercice {year}, l’État apporte une contribution de {envelope} pour les actions suivantes :',
  listItem: 'Action {number} : {title} pour un montant de {amount}',
  costSentence: '{article} Le coût total des actions est de {cost}.',
};

describe('a profile’s JSON refused, naming what is wrong', () => {
  test.each<[string, unknown, { key: string; kind: string }]>([
    ['not an object: the whole file', 'Convention Somme 2024', { key: '', kind: 'shape' }],
    ['a list instead of a profile', [{ stateCapPercent: 80 }], { key: '', kind: 'shape' }],
    ['an empty heading sentence, by its full key', { sentences: { listHeading: '' } }, { key: 'sentences.listHeading', kind: 'value' }],
    ['a negative envelope for one beneficiary', { envelopes: { 'Département du Nord': -400000 } }, { key: 'envelopes.Département du Nord', kind: 'value' }],
    ['a ratio of a third written 0.33333 (33.333 % of the State)', { matchingRatio: 0.33333 }, { key: 'matchingRatio', kind: 'decimals' }],
    ['a Department minimum of 30.555 %', { departmentMinPercent: 30.555 }, { key: 'departmentMinPercent', kind: 'decimals' }],
    ['a cap of 66.666 %', { stateCapPercent: 66.666 }, { key: 'stateCapPercent', kind: 'decimals' }],
    ['no commitment of the Department at all', { matchingRatio: null, departmentMinPercent: null }, { key: 'matchingRatio', kind: 'no-commitment' }],
  ])('%s', (_, json, error) => {
    expect(parseProfileJson(json)).toEqual({ error });
  });
});

describe('which parameters a profile’s JSON settles', () => {
  test.each<[string, unknown, string[]]>([
    ['the three sentences given', { sentences: SENTENCES }, ['sentences']],
    ['the heading alone', { sentences: { listHeading: SENTENCES.listHeading } }, []],
    ['heading and item, no cost sentence', { sentences: { listHeading: SENTENCES.listHeading, listItem: SENTENCES.listItem } }, []],
    ['item and cost sentence, no heading', { sentences: { listItem: SENTENCES.listItem, costSentence: SENTENCES.costSentence } }, []],
    ['the cost sentence alone', { sentences: { costSentence: SENTENCES.costSentence } }, []],
    ['one envelope per beneficiary, no single one', { envelopes: { 'Département du Nord': 690000, 'Département du Pas-de-Calais': 500000 } }, ['envelope']],
    ['an empty list of envelopes', { envelopes: {} }, []],
    // A year, an envelope or the sentences may be settled as none (or as 2022's); a cap, a matching or an article needs its value.
    ['the sentences confirmed with none given', { origins: { sentences: 'confirmed' } }, ['sentences']],
    ['the year settled as none', { year: null, origins: { year: 'typed' } }, ['year']],
    ['a cap said typed with no value', { origins: { stateCapPercent: 'typed' } }, []],
    ['a list article said read with no number', { origins: { listArticle: 'read' } }, []],
    // An officer fills a value into a file that still says it is unresolved: the value is theirs.
    ['a cap typed into a file that still says unresolved', { stateCapPercent: 80, origins: { stateCapPercent: 'unresolved' } }, ['stateCapPercent']],
  ])('%s', (_, json, settled) => {
    const { unresolved } = profileOf(parseProfileJson(json));
    expect(['year', 'stateCapPercent', 'envelope', 'listArticle', 'sentences'].filter((parameter) => !(unresolved as string[]).includes(parameter))).toEqual(settled);
  });

  test('a cap typed into a file that still says unresolved is the officer’s', () => {
    expect(profileOf(parseProfileJson({ stateCapPercent: 80, origins: { stateCapPercent: 'unresolved' } })).profile.origins?.stateCapPercent).toBe('typed');
  });

  test('one envelope per beneficiary, in cents', () => {
    const { profile } = profileOf(parseProfileJson({ envelopes: { 'Département du Nord': 690000, 'Département du Pas-de-Calais': 500000.5 } }));
    expect(profile.envelopes).toEqual({ 'Département du Nord': 69_000_000, 'Département du Pas-de-Calais': 50_000_050 });
    expect(profile.envelope).toBeNull();
  });

  test('the sentences confirmed keep the parts given and take 2022’s for those left null', () => {
    const { profile } = profileOf(parseProfileJson({ sentences: { listHeading: SENTENCES.listHeading, listItem: null, costSentence: null }, origins: { sentences: 'confirmed' } }));
    expect(profile.sentences).toEqual({ ...BUILT_IN_PROFILE.sentences, listHeading: SENTENCES.listHeading });
  });

  test('an article left out holds no number, never 2022’s', () => {
    const { profile } = profileOf(parseProfileJson({ stateCapPercent: 80, departmentMinPercent: 30 }));
    expect([profile.listArticle, profile.costArticle]).toEqual(['', '']);
  });
});

describe('whether the State may reach its cap', () => {
  // The base a profile is read over: a convention whose State share stays « inférieure à 80 % », strictly.
  const strict: ConventionProfile = { ...BUILT_IN_PROFILE, stateCap: { percent: 8_000, equalAllowed: false } };
  test.each<[string, unknown, boolean]>([
    ['a cap typed alone is a most, reached allowed', { stateCapPercent: 70 }, true],
    ['a cap typed as strict', { stateCapPercent: 70, stateCapEqualAllowed: false }, false],
    ['no cap typed: the base’s strictness stays', { matchingRatio: 1 }, false],
  ])('%s', (_, json, equalAllowed) => {
    expect(profileOf(parseProfileJson(json, strict)).profile.stateCap.equalAllowed).toBe(equalAllowed);
  });
});
