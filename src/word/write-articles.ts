import { type ArticleTag, type ArticleWrite, DocumentError, OUR_TAG_PREFIX, type WriteOptions, type WriteReport } from '../document/convention-document';
import { existing, locate, type Located } from './article-operations';
import { occurrenceIndex, occurrences, wordEdit } from './text-diff';
import { documentErrorOf } from './word-errors';
import type { WordRunner } from './word-runner';

/** Word's search refuses longer strings (SearchStringInvalidOrTooLong). */
const SEARCH_LIMIT = 255;

/** The names shown on our content controls, by tag. */
const CONTROL_TITLES: Readonly<Record<string, string>> = {
  'convention-budget:article-4.1': 'Article 4.1 (Convention Budget)',
  'convention-budget:article-3.1': 'Article 3.1 (Convention Budget)',
};

/**
 * The articles written into the document: each wrapped first in a control of ours (its own batch),
 * then its paragraphs changed, deleted and inserted, from the bottom up, with change tracking as asked.
 */
export async function writeArticles(runner: WordRunner, writes: readonly ArticleWrite[], options: WriteOptions): Promise<WriteReport> {
  const track = options.track && runner.capabilities.trackedChanges;
  const located = locate(writes);
  // First, each article not yet in a control of ours gets one: its own batch, so that a control
  // Word refuses there (one of the officer's crosses it) costs only the control, not the write.
  const spans = await runner.batch(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    const texts = runner.loadTexts(paragraphs);
    const controls = paragraphs.items.map((paragraph) => paragraph.parentContentControlOrNullObject.load('tag'));
    await context.sync();
    const { current } = texts();
    for (const entry of located) {
      if (entry.was !== undefined && current[entry.at] !== entry.was) {
        throw new DocumentError('changed', `paragraph ${entry.at + 1}: "${current[entry.at] ?? ''}" instead of "${entry.was}"`);
      }
    }
    return writes.map((write) => {
      const positions = existing(write);
      const first = Math.min(...positions);
      const last = Math.max(...positions);
      const inControl = positions.every((at) => {
        const control = controls[at] as Word.ContentControl;
        return !control.isNullObject && control.tag === write.tag;
      });
      return { tag: write.tag, first, last, inControl };
    });
  });
  let wrapped = 0;
  let unwrapped = 0;
  for (const span of spans) {
    if (span.inControl || !Number.isFinite(span.first)) continue;
    try {
      await runner.withTracking('Off', async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        const first = paragraphs.items[span.first] as Word.Paragraph;
        const last = paragraphs.items[span.last] as Word.Paragraph;
        const control = first.getRange('Whole').expandTo(last.getRange('Whole')).insertContentControl();
        control.tag = span.tag;
        control.title = CONTROL_TITLES[span.tag] ?? span.tag;
        await context.sync();
      });
      wrapped++;
    } catch (error) {
      const failure = documentErrorOf(error);
      if (failure.code === 'read-only') throw failure;
      unwrapped++;
    }
  }

  const counts = await runner.withTracking(track ? 'TrackAll' : 'Off', async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    const texts = runner.loadTexts(paragraphs);
    // Each article's own control: the one holding its first paragraph (another with the same tag may stand elsewhere).
    const controls = new Map(
      spans.filter((span) => Number.isFinite(span.first)).map((span) => [span.tag, (paragraphs.items[span.first] as Word.Paragraph).parentContentControlOrNullObject.load('tag')] as const),
    );
    await context.sync();
    const { raw, current } = texts();
    for (const entry of located) {
      if (entry.was !== undefined && current[entry.at] !== entry.was) throw new DocumentError('changed', `paragraph ${entry.at + 1}`);
    }
    // Words to find in each changed paragraph, where Word can find them: one search each.
    const searches = located.map((entry) => {
      if (entry.op !== 'change' || entry.was === undefined) return null;
      const edit = wordEdit(entry.was, entry.texts[0] as string);
      // Deleted text still sits in the paragraph (and in its search) when it holds tracked changes,
      // and a field or a line break reads otherwise than it is found: the paragraph is then replaced whole.
      if (edit === null || raw[entry.at] !== entry.was || edit.find.length > SEARCH_LIMIT || edit.find.includes('^') || occurrences(entry.was, edit.find) === 0) return null;
      const found = (paragraphs.items[entry.at] as Word.Paragraph).search(edit.find, { matchCase: true });
      found.load('items');
      return { edit, found, index: occurrenceIndex(entry.was, edit.find, edit.start), expected: occurrences(entry.was, edit.find) };
    });
    await context.sync();
    let changed = 0;
    let inserted = 0;
    let deleted = 0;
    // From the bottom up: a paragraph added or removed moves only those after it.
    for (let position = located.length - 1; position >= 0; position--) {
      const entry = located[position] as Located;
      const paragraph = paragraphs.items[entry.at] as Word.Paragraph;
      if (entry.op === 'change') {
        const search = searches[position];
        const range = search?.found.items.length === search?.expected ? search?.found.items[search?.index ?? -1] : undefined;
        if (search && range) range.insertText(search.edit.replace, 'Replace');
        else paragraph.insertText(entry.texts[0] as string, 'Replace');
        changed++;
      } else if (entry.op === 'delete') {
        paragraph.delete();
        deleted++;
      } else if (entry.op !== 'keep') {
        const control = controls.get(entry.tag);
        let anchor: Word.Paragraph | null = null;
        const texts = entry.op === 'insert-start' ? [...entry.texts].reverse() : entry.texts;
        const inControl = control !== undefined && !control.isNullObject && control.tag === entry.tag;
        for (const text of texts) {
          if (entry.op === 'insert-start') {
            // Before a control's first paragraph, Word puts a new one outside the control.
            anchor = inControl ? control.insertParagraph(text, 'Start') : paragraph.insertParagraph(text, 'Before');
          } else if (entry.lastOfArticle && inControl) {
            // After a control's last paragraph too (office-js#3176): at the control's end, each in turn.
            anchor = control.insertParagraph(text, 'End');
          } else {
            anchor = (anchor ?? paragraph).insertParagraph(text, 'After');
          }
          inserted++;
        }
      }
    }
    await context.sync();
    return { changed, inserted, deleted };
  });
  return { tracked: track, ...counts, wrapped, unwrapped };
}

/** New paragraphs after the cursor's paragraph (never inside an article of ours), in a control when a tag is given. */
export async function insertAtCursor(runner: WordRunner, paragraphs: readonly string[], options: WriteOptions & { readonly tag: ArticleTag | null }): Promise<WriteReport> {
  const track = options.track && runner.capabilities.trackedChanges;
  if (paragraphs.length === 0) return { tracked: track, changed: 0, inserted: 0, deleted: 0, wrapped: 0, unwrapped: 0 };
  return runner.withTracking(track ? 'TrackAll' : 'keep', async (context) => {
    const cursor = context.document.getSelection().paragraphs;
    cursor.load('items/tableNestingLevel');
    await context.sync();
    const here = cursor.items.at(-1);
    if (here === undefined) throw new DocumentError('not-found', 'no cursor');
    if (here.tableNestingLevel > 0) throw new DocumentError('not-found', 'the cursor is in a table');
    const control = here.parentContentControlOrNullObject.load('tag');
    await context.sync();
    // Never inside an article of ours: the next update would take the new paragraphs for part of it.
    const ours = !control.isNullObject && (control.tag ?? '').startsWith(OUR_TAG_PREFIX);
    let last = ours ? control.insertParagraph(paragraphs[0] as string, 'After') : here.insertParagraph(paragraphs[0] as string, 'After');
    const first = last;
    for (const text of paragraphs.slice(1)) last = last.insertParagraph(text, 'After');
    if (options.tag !== null) {
      const wrapper = first.getRange('Whole').expandTo(last.getRange('Whole')).insertContentControl();
      wrapper.tag = options.tag;
      wrapper.title = CONTROL_TITLES[options.tag] ?? options.tag;
    }
    last.getRange('Whole').select('End');
    await context.sync();
    return { tracked: track, changed: 0, inserted: paragraphs.length, deleted: 0, wrapped: options.tag === null ? 0 : 1, unwrapped: 0 };
  });
}
