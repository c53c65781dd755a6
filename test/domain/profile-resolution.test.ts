import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, clauseOf, conventionTextOfHtml, parseProfileJson, profileToJson, readProfile, resolveProfile, sentencesOf, settleProfile, unresolvedParameters } from '../../src/domain';
import { plainSheet, workbookOf } from '../helpers/workbooks';
import { profileSummary } from '../../src/i18n/convention-sentences';

const corpus = (name: string) => readFileSync(join(__dirname, '../fixtures/conventions/corpus', name), 'utf8');
const NORD_ROWS = [
  ['Action', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département'],
  [1, 2, 'Mettre en œuvre un réseau de prévention précoce', 240000, 120000, 120000],
  [2, 1, 'Renforcer les clauses sociales d’insertion', 460000, 230000, 230000],
];

describe('a resolved profile: every parameter read, typed or confirmed, none taken from 2022 unasked', () => {
  test('a text that gives everything resolves alone, each origin « read »', () => {
    const resolved = resolveProfile(readProfile(corpus('04-bassin-minier-nord-2023.txt')));
    expect('profile' in resolved && resolved.unresolved).toEqual([]);
    expect('profile' in resolved && resolved.profile.origins).toEqual({
      year: 'read',
      stateCapPercent: 'read',
      matchingRatio: 'read',
      matchingScope: 'read',
      envelope: 'read',
      listArticle: 'read',
      costArticle: 'read',
      sentences: 'read',
    });
  });

  test('what the text does not give stays unresolved, with no value any rule may use', () => {
    const resolved = resolveProfile(readProfile(corpus('14-avenant-somme-2025.txt')));
    if (!('profile' in resolved)) throw new Error('error');
    expect(resolved.unresolved).toEqual(['stateCapPercent', 'matchingRatio', 'matchingScope', 'costArticle', 'sentences']);
    expect(unresolvedParameters(resolved.profile, ['stateCapPercent', 'envelope'])).toEqual(['stateCapPercent']);
    // As JSON (settings, the file, check --json): null, never 2022's.
    expect(profileToJson(resolved.profile)).toMatchObject({ stateCapPercent: null, matchingRatio: null, matchingScope: null, costArticle: null, sentences: null, envelope: 1200000, year: 2025 });
  });

  test('a value confirmed is the built-in one, said « valeur de 2022 confirmée »; a value typed replaces the one read', () => {
    const reading = readProfile(corpus('14-avenant-somme-2025.txt'));
    const resolved = resolveProfile(reading, { typed: { stateCapPercent: 60, envelope: 400000 }, confirmed: ['matchingRatio', 'matchingScope', 'costArticle', 'sentences'] });
    if (!('profile' in resolved)) throw new Error('error');
    expect(resolved.unresolved).toEqual([]);
    expect(resolved.profile.origins).toMatchObject({ stateCapPercent: 'typed', matchingRatio: 'confirmed', envelope: 'typed', year: 'read', listArticle: 'read', sentences: 'confirmed' });
    expect(resolved.profile.envelope).toBe(40_000_000);
    expect(profileSummary(resolved.profile, 'fr')).toBe('Convention Somme 2025\u00a0: part de l’État ≤\u00a060\u00a0%, Département ≥ État (valeur de 2022 confirmée)');
    // The sentences confirmed keep those the text gives, and take 2022's for the others.
    expect(resolved.profile.sentences.listHeading).toBe('{article} Au titre de l’exercice {year}, l’État apporte une contribution de {envelope} pour les actions suivantes :');
    expect(resolved.profile.sentences.costSentence).toBe('{article} Le coût total estimé éligible des projets sur la durée de la convention est évalué à {cost}.');
  });

  test('an envelope typed replaces the one per beneficiary read beside it (the issue’s « Modifier → 350 000 → Accepter changes nothing »)', () => {
    const resolved = resolveProfile(readProfile(corpus('04-bassin-minier-nord-2023.txt')), { typed: { envelope: 400000 } });
    if (!('profile' in resolved)) throw new Error('error');
    const [budget] = checkWorkbook(workbookOf(plainSheet('Nord', NORD_ROWS)), { profile: resolved.profile }).budgets;
    expect(clauseOf(budget!, { year: 2023, profile: resolved.profile }).heading).toBe(
      'Article 4.1\u00a0: Pour l’année 2023, l’État s’engage à verser au Département du Nord une somme de 400\u202f000\u00a0€, pour les actions suivantes\u00a0:',
    );
  });

  test('a year or an envelope may be settled as none: resolved, and nothing checked against it', () => {
    const resolved = resolveProfile(readProfile(corpus('16-cpom-gironde-2023-2025-par-annee.txt')), {
      typed: { envelope: null, year: null, matchingScope: 'action' },
      confirmed: ['listArticle', 'costArticle', 'sentences'],
    });
    if (!('profile' in resolved)) throw new Error('error');
    expect(resolved.unresolved).toEqual([]);
    expect(resolved.profile.envelope).toBeNull();
    const result = checkWorkbook(workbookOf(plainSheet('Gironde', NORD_ROWS)), { profile: resolved.profile });
    expect(result.findings.filter((finding) => finding.rule === 'envelope')).toEqual([]);
  });

  test('a JSON profile: what it leaves out is unresolved; --assume and typed values settle it; what it settled stays', () => {
    const parsed = parseProfileJson({ stateCapPercent: 70, matchingRatio: 1 });
    if (!('profile' in parsed)) throw new Error('error');
    expect(parsed.unresolved).toEqual(['year', 'matchingScope', 'envelope', 'listArticle', 'costArticle', 'sentences']);
    const settled = settleProfile(parsed.profile, { typed: { matchingScope: 'total' }, confirmed: ['envelope', 'stateCapPercent'] });
    if (!('profile' in settled)) throw new Error('error');
    expect(settled.unresolved).toEqual(['year', 'listArticle', 'costArticle', 'sentences']);
    expect(settled.profile.stateCap.percent).toBe(7_000);
    expect(settled.profile.origins).toMatchObject({ stateCapPercent: 'typed', matchingScope: 'typed', envelope: 'confirmed' });
    expect(settled.profile.envelope).toBe(50_000_000);
    // The round trip through JSON keeps every origin.
    const again = parseProfileJson(JSON.parse(JSON.stringify(profileToJson(settled.profile))));
    expect('profile' in again && again.profile.origins).toEqual(settled.profile.origins);
  });
});

describe('texts as the reader sees them', () => {
  test('a Word table from mammoth’s HTML: one line per row, cells by tabs; paragraphs and list items one line each, empty ones kept', () => {
    const html = '<p>ARTICLE 2</p><p></p><table><tr><td><p>Taux maximal de participation de l’État</p></td><td><p>60 %</p><p>du coût</p></td></tr></table><ul><li>Action 1 &amp; 2</li></ul>';
    expect(conventionTextOfHtml(html)).toBe('ARTICLE 2\n\nTaux maximal de participation de l’État\t60 % du coût\n- Action 1 & 2');
  });

  test('a table row is a sentence of its own, shown with its cells; its header is kept; an amendment’s replaced wording is marked', () => {
    const text =
      'Il est convenu :\nBénéficiaire\tMontant\nDépartement du Nord\t700 000 €\nAu lieu de : « La participation de l’État ne peut excéder 40 %. »\nLire : « La participation de l’État ne peut excéder 60 %. »';
    const sentences = sentencesOf(text);
    const row = sentences.find((sentence) => sentence.text === 'Département du Nord | 700 000 €');
    expect(row?.header).toEqual(['Bénéficiaire', 'Montant']);
    expect(row?.line).toBe(3);
    expect(sentences.filter((sentence) => /excéder/.test(sentence.text)).map((sentence) => [sentence.voice, sentence.text])).toEqual([
      ['replaced', 'La participation de l’État ne peut excéder 40 %.'],
      ['new', 'La participation de l’État ne peut excéder 60 %.'],
    ]);
  });

  test('articles: « Article 5 – Actions financées » gives its number to the sentences under it; « III.2 … » and « Article 4.1 : … » start with theirs', () => {
    const sentences = sentencesOf(
      'Article 5 – Actions financées\nPour 2024, l’État verse 10 €.\nIII.2 Pour l’exercice 2024, l’État verse 10 €.\nArticle 4.1 : Pour l’année 2023, l’État s’engage à verser au Département une somme de 350 000 €, pour les actions suivantes :',
    );
    expect(sentences.map((sentence) => [sentence.article, sentence.lead])).toEqual([
      ['5', null],
      ['5', null],
      ['III.2', 'number'],
      ['4.1', 'word'],
    ]);
  });
});
