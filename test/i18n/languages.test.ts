import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/domain';
import { checkWorkbook } from '../../src/domain';
import { agreeText, clauseWarningText, comparisonNoteText, differenceText, listNotFoundText, profileSummary } from '../../src/i18n/convention-sentences';
import { CONVENTION_EN } from '../../src/i18n/en/convention';
import { FINDINGS_EN } from '../../src/i18n/en/findings';
import { findingSentence, findingText } from '../../src/i18n/finding-text';
import { CONVENTION_FR } from '../../src/i18n/fr/convention';
import { FINDINGS_FR } from '../../src/i18n/fr/findings';
import { typographyProblems } from '../helpers/french-typography';
import { DIFFERENCE_SAMPLES, FINDING_SAMPLES, NOTE_SAMPLES, PROFILE_SAMPLES, WARNING_SAMPLES } from '../helpers/sentence-samples';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { snapshotOfBook } from '../../src/xlsx/xlsx-snapshot';

/**
 * Every sentence kind in every language: the core gives data, each language writes it. A language
 * missing a sentence does not compile (the tables' types); these tests check what each one writes.
 */
const LANGS: readonly Lang[] = ['fr', 'en'];

/** Every sentence of every kind in one language, labelled with its kind. */
function sentencesIn(lang: Lang): Array<{ kind: string; text: string }> {
  return [
    ...Object.entries(FINDING_SAMPLES).flatMap(([kind, samples]) => samples.map((data) => ({ kind: `finding ${kind}`, text: findingSentence(data, lang) }))),
    ...Object.entries(DIFFERENCE_SAMPLES).flatMap(([kind, samples]) => samples.map((data) => ({ kind: `difference ${kind}`, text: differenceText({ data }, lang) }))),
    ...Object.entries(NOTE_SAMPLES).flatMap(([kind, samples]) => samples.map((note) => ({ kind: `note ${kind}`, text: comparisonNoteText(note, lang) }))),
    ...Object.entries(WARNING_SAMPLES).flatMap(([kind, samples]) => samples.map((warning) => ({ kind: `warning ${kind}`, text: clauseWarningText(warning, lang) }))),
    ...PROFILE_SAMPLES.map((profile) => ({ kind: 'profile summary', text: profileSummary(profile, lang) })),
    { kind: 'list not found', text: listNotFoundText('4.1', lang) },
    { kind: 'agree', text: agreeText('4.1', '3.1', lang) },
  ];
}

describe('every sentence kind, in every language', () => {
  test('both languages have a sentence for each kind of finding, difference, note and warning, and each kind has samples', () => {
    const sorted = (table: object) => Object.keys(table).sort();
    expect(sorted(FINDINGS_FR)).toEqual(sorted(FINDINGS_EN));
    expect(sorted(FINDINGS_FR)).toEqual(sorted(FINDING_SAMPLES));
    for (const part of ['differences', 'notes', 'warnings'] as const) expect(sorted(CONVENTION_FR[part])).toEqual(sorted(CONVENTION_EN[part]));
    expect(sorted(CONVENTION_FR.differences)).toEqual(sorted(DIFFERENCE_SAMPLES));
    expect(sorted(CONVENTION_FR.notes)).toEqual(sorted(NOTE_SAMPLES));
    expect(sorted(CONVENTION_FR.warnings)).toEqual(sorted(WARNING_SAMPLES));
    for (const samples of [...Object.values(FINDING_SAMPLES), ...Object.values(DIFFERENCE_SAMPLES), ...Object.values(NOTE_SAMPLES), ...Object.values(WARNING_SAMPLES)])
      expect(samples.length).toBeGreaterThan(0);
  });

  test.each(LANGS)('in %s, each sentence is written whole: no empty sentence, no undefined, NaN or object put in', (lang) => {
    const sentences = sentencesIn(lang);
    expect(sentences.length).toBeGreaterThan(70);
    const broken = sentences.filter(({ text }) => text.trim() === '' || /undefined|NaN|\[object|null/.test(text));
    expect(broken).toEqual([]);
  });

  test('French sentences keep French typography; English ones get no French spacing nor guillemets', () => {
    expect(sentencesIn('fr').flatMap(({ kind, text }) => typographyProblems(text).map((problem) => `${kind}: ${problem}`))).toEqual([]);
    expect(sentencesIn('en').filter(({ text }) => /[\u00a0\u202f][:;!?]|[«»]/.test(text))).toEqual([]);
  });

  test('the two languages say different things: no English sentence is left in French, amounts written each its way', () => {
    const fr = sentencesIn('fr');
    const en = sentencesIn('en');
    expect(fr.filter(({ text }, index) => text === en[index]?.text)).toEqual([]);
    const cap = FINDING_SAMPLES['state-cap'][0]!;
    expect(findingSentence(cap, 'fr')).toBe(
      'Action 3\u00a0: la part de l’État (90\u202f001\u00a0€) dépasse 50\u00a0% du coût total (180\u202f000\u00a0€). Ramenez-la à 90\u202f000\u00a0€ au plus, ou augmentez le coût total.',
    );
    expect(findingSentence(cap, 'en')).toBe('Action 3: the State share (€90,001) exceeds 50% of the total cost (€180,000). Lower it to €90,000 at most, or raise the total cost.');
    const third = FINDING_SAMPLES['state-cap'][2]!;
    expect(findingSentence(third, 'fr')).toContain('dépasse 33,33\u00a0% du coût total');
    expect(findingSentence(third, 'en')).toContain('exceeds 33.33% of the total cost');
  });

  test('a check’s findings are written from their data, in either language', () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../examples/budget-a-corriger.xlsx')));
    const { findings } = checkWorkbook(snapshotOfBook(readXlsx(bytes, 'budget-a-corriger.xlsx')));
    expect(findings.length).toBeGreaterThan(5);
    for (const lang of LANGS) for (const finding of findings) expect(findingText(finding, lang)).toBe(findingSentence(finding.data, lang));
    // A finding is plain data: it survives a round trip through JSON (a worker, a saved state) with the same sentence.
    const copied = JSON.parse(JSON.stringify(findings)) as typeof findings;
    expect(copied.map((finding) => findingText(finding, 'fr'))).toEqual(findings.map((finding) => findingText(finding, 'fr')));
  });
});
