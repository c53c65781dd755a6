import { FakeWord } from '../helpers/fake-word';
import { thrownBy } from '../helpers/matchers';

/**
 * The fake Word refuses what office.js and Word refuse: a test that passes against it must not pass
 * only because the fake is lenient. Each case here is one of the behaviours its header names.
 */

const run = <T>(word: FakeWord, batch: (context: Word.RequestContext) => Promise<T>) => word.host().run(batch);

test('a property read before load and sync throws PropertyNotLoaded, as office.js does', async () => {
  const word = new FakeWord(['Un']);
  await run(word, async (context) => {
    const paragraphs = context.document.body.paragraphs;
    expect(thrownBy(() => paragraphs.items)).toMatchObject({ code: 'PropertyNotLoaded' });
    paragraphs.load('items/text');
    expect(thrownBy(() => paragraphs.items)).toMatchObject({ code: 'PropertyNotLoaded' });
    await context.sync();
    const first = paragraphs.items[0] as Word.Paragraph;
    expect(first.text).toBe('Un');
    expect(thrownBy(() => first.style)).toMatchObject({ code: 'PropertyNotLoaded' });
    const reviewed = first.getReviewedText('Current');
    expect(thrownBy(() => reviewed.value)).toMatchObject({ code: 'PropertyNotLoaded' });
  });
});

test('a member above the host’s WordApi throws ApiNotFound at the call (1.3 tables and cells, 1.4 tracking)', async () => {
  const word = new FakeWord(['Un']);
  word.apiMinor = 2;
  await run(word, (context) => {
    expect(thrownBy(() => context.document.body.tables)).toMatchObject({ code: 'ApiNotFound' });
    expect(thrownBy(() => context.document.body.paragraphs.load('items/tableNestingLevel'))).toMatchObject({ code: 'ApiNotFound' });
    expect(thrownBy(() => context.document.load('changeTrackingMode'))).toMatchObject({ code: 'ApiNotFound' });
    return Promise.resolve();
  });
  word.apiMinor = 3;
  await run(word, (context) => {
    expect(thrownBy(() => (context.document.changeTrackingMode = 'TrackAll' as Word.ChangeTrackingMode))).toMatchObject({ code: 'ApiNotFound' });
    return Promise.resolve();
  });
});

test('a proxy used after its Word.run has ended throws InvalidRequestContext', async () => {
  const word = new FakeWord(['Un']);
  const kept = await run(word, async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    return paragraphs.items[0] as Word.Paragraph;
  });
  expect(thrownBy(() => kept.select())).toMatchObject({ code: 'InvalidRequestContext' });
});

test('items of a loaded collection are addressed by position: a deletion earlier in the batch shifts the ones after it', async () => {
  const word = new FakeWord(['A', 'B', 'C', 'D']);
  await run(word, async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items');
    await context.sync();
    paragraphs.items[1]?.delete();
    paragraphs.items[2]?.insertText('x', 'End');
    await context.sync();
  });
  // items[2] was C when loaded, but B's deletion made it D by the time the action ran.
  expect(word.current()).toEqual(['A', 'C', 'Dx']);
});

test('a failing action rejects the sync, and the actions before it stay done', async () => {
  const word = new FakeWord(['A', 'B']);
  await expect(
    run(word, async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items');
      await context.sync();
      paragraphs.items[0]?.insertText('1', 'End');
      context.document.contentControls.getByTag('absent').getFirst().insertParagraph('x', 'After');
      paragraphs.items[1]?.insertText('2', 'End');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
  expect(word.current()).toEqual(['A1', 'B']);
});

test('with tracking on, deleted text stays in `text` and in search; a deleted paragraph stays in the collection', async () => {
  const word = new FakeWord(['pour 26 000 €', 'Supprimé']);
  word.trackingMode = 'TrackAll';
  const seen = await run(word, async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items');
    await context.sync();
    const found = paragraphs.items[0]!.search('26', { matchCase: true }).load('items');
    await context.sync();
    found.items[0]!.insertText('25', 'Replace');
    paragraphs.items[1]!.delete();
    await context.sync();
    const after = context.document.body.paragraphs.load('items/text');
    await context.sync();
    const current = after.items.map((paragraph) => paragraph.getReviewedText('Current'));
    await context.sync();
    return { text: after.items.map((paragraph) => paragraph.text), current: current.map((result) => result.value) };
  });
  expect(seen.text).toEqual(['pour 2625 000 €', 'Supprimé']);
  expect(seen.current).toEqual(['pour 25 000 €', '']);
  expect(word.markup()).toEqual(['pour ~~26~~++25++ 000 €', '~~¶~~Supprimé~~']);
});

test('a control may not cross another’s boundary (GeneralException); a paragraph inserted after a control’s last one lands outside it', async () => {
  const word = new FakeWord(['A', 'B', 'C', 'D']);
  word.addControl(1, 2, 'officer');
  await expect(
    run(word, async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items');
      await context.sync();
      paragraphs.items[0]!.getRange('Whole').expandTo(paragraphs.items[1]!.getRange('Whole')).insertContentControl();
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'GeneralException' });
  await run(word, async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items');
    await context.sync();
    paragraphs.items[2]!.insertParagraph('after C', 'After');
    paragraphs.items[1]!.insertParagraph('before B', 'Before');
    await context.sync();
  });
  expect(word.current()).toEqual(['A', 'before B', 'B', 'C', 'after C', 'D']);
  expect(word.controlText('officer')).toEqual(['B', 'C']);
});

test('insert locations are those each type takes; a search over 255 characters is refused', async () => {
  const word = new FakeWord(['A']);
  await run(word, async (context) => {
    const paragraphs = context.document.body.paragraphs.load('items');
    await context.sync();
    expect(thrownBy(() => paragraphs.items[0]!.insertParagraph('x', 'End' as 'After'))).toMatchObject({ code: 'InvalidArgument' });
    expect(thrownBy(() => context.document.body.insertParagraph('x', 'After' as 'End'))).toMatchObject({ code: 'InvalidArgument' });
    expect(thrownBy(() => paragraphs.items[0]!.search('x'.repeat(256)))).toMatchObject({ code: 'SearchStringInvalidOrTooLong' });
  });
});
