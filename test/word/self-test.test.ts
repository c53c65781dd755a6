import { runDocumentSelfTest } from '../../src/document/self-test';
import { OfficeDocument } from '../../src/word/office-document';
import { FakeWord, type TrackingMode } from '../helpers/fake-word';
import { SEED_AT, SEED_CONVENTION } from '../helpers/word-conventions';

function convention(apiMinor: number, mode: TrackingMode = 'Off'): FakeWord {
  const word = new FakeWord(SEED_CONVENTION);
  word.apiMinor = apiMinor;
  word.trackingMode = mode;
  word.addControl(SEED_AT.heading, SEED_AT.action6, 'convention-budget:article-4.1');
  word.cursorAt(SEED_AT.action4);
  return word;
}

const snapshot = (word: FakeWord) => ({
  markup: word.markup(),
  controls: word.controls.map((control) => [control.tag, ...control.paragraphs]),
  settings: [...word.settings.entries()],
  mode: word.trackingMode,
});

describe('the self-test in Word (Réglages › Diagnostic)', () => {
  test.each([
    ['WordApi 1.4, tracking off', 4, 'Off'],
    ['WordApi 1.4, the officer tracking all', 4, 'TrackAll'],
    ['WordApi 1.4, the officer tracking only theirs', 4, 'TrackMineOnly'],
    ['WordApi 1.3 (no tracked changes)', 3, 'Off'],
  ] as const)('%s: every step passes and the document is left as it was', async (_name, apiMinor, mode) => {
    const word = convention(apiMinor, mode);
    const before = snapshot(word);
    const report = await runDocumentSelfTest(new OfficeDocument(word.host()));
    expect(report.steps.filter((step) => !step.ok)).toEqual([]);
    expect(report.steps.map((step) => step.id)).toEqual(['host', 'read', 'scratch', 'write', 'tracked', 'update', 'guard', 'select', 'cursor', 'cleanUp', 'unchanged', 'settings']);
    expect(report.host.WordApi).toBe(`1.1 … 1.${apiMinor}`);
    expect(snapshot(word)).toEqual(before);
  });

  test('the steps prove something: a Word that does not track the write fails “tracked”', async () => {
    const word = convention(4);
    // A host that says it tracks but writes plain text.
    Object.defineProperty(word, 'tracking', { get: () => false });
    const report = await runDocumentSelfTest(new OfficeDocument(word.host()));
    expect(report.steps.find((step) => step.id === 'tracked')?.ok).toBe(false);
    expect(report.ok).toBe(false);
  });

  test('a read-only document: the write steps fail and say why, the document is untouched', async () => {
    const word = convention(4);
    word.readOnly = true;
    const before = snapshot(word);
    const report = await runDocumentSelfTest(new OfficeDocument(word.host()));
    expect(report.ok).toBe(false);
    expect(report.steps.find((step) => step.id === 'scratch')?.error).toMatch(/AccessDenied/);
    expect(snapshot(word)).toEqual(before);
  });
});
