import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConventionProfile, parseProfileJson, type ProfileParse, readProfile, resolveProfile, settleProfile } from '../../src/domain';

const corpus = (name: string) => readFileSync(join(__dirname, '../fixtures/conventions/corpus', name), 'utf8');
/** « strictement inférieure à 70 % », the Department at 40 % of the cost, 212 000 €; no article numbers, no sentences. */
const INDRE = corpus('25-strict-minimum-cout-indre-2024.txt');
/** An amendment that gives the year, the envelope and the list article, not the cap nor the matching. */
const SOMME = corpus('14-avenant-somme-2025.txt');

function profileOf(parsed: ProfileParse): ConventionProfile {
  if (!('profile' in parsed)) throw new Error(`error on ${parsed.error.key}`);
  return parsed.profile;
}

describe('resolving a reading: the strictness of the cap the text writes stays', () => {
  test.each<[string, Parameters<typeof resolveProfile>[1], boolean]>([
    ['an article number typed beside it', { typed: { listArticle: '5.1' } }, false],
    ['the sentences confirmed beside it', { confirmed: ['sentences'] }, false],
    ['another cap typed over it', { typed: { stateCapPercent: 60 } }, false],
    ['another cap typed, said « at most »', { typed: { stateCapPercent: 60, stateCapEqualAllowed: true } }, true],
  ])('« strictement inférieure à 70 % » read, %s', (_, decisions, equalAllowed) => {
    expect(profileOf(resolveProfile(readProfile(INDRE), decisions)).stateCap.equalAllowed).toBe(equalAllowed);
  });

  test.each<[string, Parameters<typeof resolveProfile>[1], boolean]>([
    ['a cap typed alone is « at most »', { typed: { stateCapPercent: 80 } }, true],
    ['a cap typed as strict', { typed: { stateCapPercent: 80, stateCapEqualAllowed: false } }, false],
  ])('no cap in the text: %s', (_, decisions, equalAllowed) => {
    expect(profileOf(resolveProfile(readProfile(SOMME), decisions)).stateCap.equalAllowed).toBe(equalAllowed);
  });

  test('a ratio typed where the text gives no matching: the State’s share matched, no minimum of the cost', () => {
    const profile = profileOf(resolveProfile(readProfile(SOMME), { typed: { matchingRatio: 1 } }));
    expect(profile.matching).toMatchObject({ ratio: 10_000, minPercentOfCost: null });
    expect(profile.origins?.matchingRatio).toBe('typed');
  });
});

describe('settling a profile file with what the command line adds', () => {
  /** A file with one envelope per Department, as the Bassin minier conventions give them. */
  const perDepartment = profileOf(
    parseProfileJson({
      name: 'Convention Bassin minier 2024',
      year: 2024,
      stateCapPercent: 50,
      matchingRatio: 1,
      envelopes: { 'Département du Nord': 690000, 'Département du Pas-de-Calais': 500000 },
    }),
  );

  test('--envelope typed: one envelope, those per Department gone', () => {
    const profile = profileOf(settleProfile(perDepartment, { typed: { envelope: 400000 } }));
    expect([profile.envelope, profile.envelopes, profile.origins?.envelope]).toEqual([40_000_000, {}, 'typed']);
  });

  test('envelopes per Department typed: they replace those of the file', () => {
    const profile = profileOf(settleProfile(perDepartment, { typed: { envelopes: { 'Département du Nord': 700000 } } }));
    expect(profile.envelopes).toEqual({ 'Département du Nord': 70_000_000 });
  });

  test('--matching typed: the envelopes per Department stay', () => {
    const profile = profileOf(settleProfile(perDepartment, { typed: { matchingScope: 'total' } }));
    expect(profile.envelopes).toEqual({ 'Département du Nord': 69_000_000, 'Département du Pas-de-Calais': 50_000_000 });
    expect(profile.matching.scope).toBe('total');
  });

  test('a cap typed over a strict one keeps it strict', () => {
    const strict = profileOf(parseProfileJson({ name: 'Convention Indre 2024', stateCapPercent: 70, stateCapEqualAllowed: false, departmentMinPercent: 40 }));
    const profile = profileOf(settleProfile(strict, { typed: { stateCapPercent: 65 } }));
    expect(profile.stateCap).toEqual({ percent: 6_500, equalAllowed: false });
  });

  test('a file with no matching settles its envelope and the matching stays unresolved, not « no commitment »', () => {
    const capOnly = profileOf(parseProfileJson({ name: 'Convention Indre 2024', stateCapPercent: 80 }));
    const settled = settleProfile(capOnly, { typed: { envelope: 212000 } });
    expect('profile' in settled && settled.unresolved).toEqual(['year', 'matchingRatio', 'matchingScope', 'listArticle', 'costArticle', 'sentences']);
  });
});
