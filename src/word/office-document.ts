import {
  type ArticleTag,
  type ArticleWrite,
  type ConventionDocument,
  type DocumentCapabilities,
  type DocumentDiagnostics,
  DocumentError,
  type DocumentParagraph,
  OUR_TAG_PREFIX,
  type SelectOutcome,
  type WriteOptions,
  type WriteReport,
} from '../document/convention-document';
import { occurrenceIndex, occurrences, wordEdit } from './text-diff';
import { documentErrorOf } from './word-errors';

/** What the adapter needs of office.js in Word: `Word.run`, the requirement sets and the document's settings. */
export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: 'WordApi', version: string): boolean;
  /** The document's settings (Office.context.document.settings), where they are available. */
  readonly settings: Pick<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync'> | null;
  /** Host, platform and version, for the self-test's report. */
  readonly info?: Readonly<Record<string, string>>;
}

/** The same key as the workbook's: one add-in, one place in each document's settings. */
export const SETTINGS_KEY = 'convention-budget';

/** Word's search refuses longer strings (SearchStringInvalidOrTooLong). */
const SEARCH_LIMIT = 255;

/** The names shown on our content controls, by tag. */
const CONTROL_TITLES: Readonly<Record<string, string>> = {
  'convention-budget:article-4.1': 'Article 4.1 (Convention Budget)',
  'convention-budget:article-3.1': 'Article 3.1 (Convention Budget)',
};

/**
 * A paragraph's text as the reader takes it: Word gives a manual line break as U+000B and a
 * non-breaking hyphen as U+001E; an optional hyphen (U+001F) and other control characters (field
 * and note marks) are not text.
 */
export function plainParagraphText(raw: string): string {
  /* eslint-disable no-control-regex -- Word's control characters are what this takes out */
  return raw
    .replace(/\u001e/g, '-')
    .replace(/[\u000b\r\n]/g, ' ')
    .replace(/[\u0000-\u0008\u000c\u000e-\u001f]/g, '');
  /* eslint-enable no-control-regex */
}

interface Located {
  /** Position in body.paragraphs, as read. */
  readonly at: number;
  readonly op: 'keep' | 'change' | 'delete' | 'insert-after' | 'insert-start';
  readonly texts: readonly string[];
  readonly was?: string;
  readonly tag: ArticleTag;
  /** The paragraph is its article's last: an insertion after it goes inside the article's control, at its end. */
  readonly lastOfArticle: boolean;
}

/**
 * The convention open in Word, through office.js. Every write runs as one batch between turning
 * change tracking on and setting it back to what the officer had (and back again, in a batch of
 * its own, if the write fails halfway: Word's batches are not transactions).
 */
export class OfficeDocument implements ConventionDocument {
  readonly capabilities: DocumentCapabilities;

  constructor(private readonly host: WordHost) {
    const v14 = host.isSetSupported('WordApi', '1.4');
    this.capabilities = { trackedChanges: v14, reviewedText: v14 };
  }

  private async batch<T>(work: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(work);
    } catch (error) {
      throw documentErrorOf(error);
    }
  }

  /** Loads every paragraph's text as it reads now: without tracked deletions where the host can say. */
  private loadTexts(paragraphs: Word.ParagraphCollection): () => { raw: string[]; current: string[] } {
    const items = paragraphs.items;
    const reviewed = this.capabilities.reviewedText ? items.map((paragraph) => paragraph.getReviewedText('Current')) : null;
    return () => {
      const raw = items.map((paragraph) => paragraph.text);
      const current = items.map((paragraph, index) => plainParagraphText(reviewed?.[index]?.value ?? paragraph.text));
      return { raw, current };
    };
  }

  read(): Promise<readonly DocumentParagraph[]> {
    return this.batch(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text,items/tableNestingLevel,items/isListItem');
      await context.sync();
      const items = paragraphs.items;
      const texts = this.loadTexts(paragraphs);
      const cells = items.map((paragraph) => (paragraph.tableNestingLevel > 0 ? paragraph.parentTableCellOrNullObject.load('rowIndex,cellIndex') : null));
      const controls = items.map((paragraph) => paragraph.parentContentControlOrNullObject.load('tag'));
      await context.sync();
      const { current } = texts();
      return items.map((paragraph, index): DocumentParagraph => {
        const cell = cells[index];
        const control = controls[index] as Word.ContentControl;
        return {
          text: current[index] as string,
          cell: cell === null || cell === undefined || cell.isNullObject ? null : { row: cell.rowIndex, cell: cell.cellIndex },
          listItem: paragraph.isListItem,
          control: control.isNullObject ? null : (control.tag ?? ''),
        };
      });
    });
  }

  selectParagraph(index: number, text: string): Promise<SelectOutcome> {
    return this.batch(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const texts = this.loadTexts(paragraphs);
      await context.sync();
      const { current } = texts();
      let found = current[index] === text ? index : -1;
      // The officer typed since the check: the nearest paragraph that still says it.
      if (found < 0) {
        for (let distance = 1; distance < current.length && found < 0; distance++) {
          if (current[index - distance] === text) found = index - distance;
          else if (current[index + distance] === text) found = index + distance;
        }
      }
      if (found < 0) return 'gone';
      paragraphs.items[found]?.select();
      await context.sync();
      return found === index ? 'selected' : 'moved';
    });
  }

  async writeArticles(writes: readonly ArticleWrite[], options: WriteOptions): Promise<WriteReport> {
    const track = options.track && this.capabilities.trackedChanges;
    const located = locate(writes);
    // First, each article not yet in a control of ours gets one: its own batch, so that a control
    // Word refuses there (one of the officer's crosses it) costs only the control, not the write.
    const spans = await this.batch(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const texts = this.loadTexts(paragraphs);
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
        await this.withTracking('Off', async (context) => {
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

    const counts = await this.withTracking(track ? 'TrackAll' : 'Off', async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const texts = this.loadTexts(paragraphs);
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

  async insertAtCursor(paragraphs: readonly string[], options: WriteOptions & { readonly tag: ArticleTag | null }): Promise<WriteReport> {
    const track = options.track && this.capabilities.trackedChanges;
    if (paragraphs.length === 0) return { tracked: track, changed: 0, inserted: 0, deleted: 0, wrapped: 0, unwrapped: 0 };
    return this.withTracking(track ? 'TrackAll' : 'keep', async (context) => {
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

  /**
   * Runs a write with change tracking on ('TrackAll'), off, or as the officer has it ('keep'), where
   * the host has it, and gives the officer's mode back after, also when the write fails halfway (in
   * a batch of its own).
   */
  private async withTracking<T>(mode: 'Off' | 'TrackAll' | 'keep', work: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    if (!this.capabilities.trackedChanges || mode === 'keep') return this.batch(work);
    let before: string | null = null;
    try {
      return await this.batch(async (context) => {
        const document = context.document;
        document.load('changeTrackingMode');
        await context.sync();
        before = document.changeTrackingMode;
        // The officer's own tracking (all, or theirs only) already tracks our writes.
        const wanted = mode === 'TrackAll' && before !== 'Off' ? before : mode;
        if (wanted !== before) document.changeTrackingMode = wanted as Word.ChangeTrackingMode;
        const result = await work(context);
        if (wanted !== before) document.changeTrackingMode = before as Word.ChangeTrackingMode;
        await context.sync();
        before = null;
        return result;
      });
    } finally {
      if (before !== null) {
        const officers = before;
        await this.host
          .run(async (context) => {
            context.document.changeTrackingMode = officers as Word.ChangeTrackingMode;
            await context.sync();
          })
          .catch(() => undefined);
      }
    }
  }

  async readSettings(): Promise<unknown> {
    return this.host.settings?.get(SETTINGS_KEY) ?? null;
  }

  writeSettings(settings: unknown): Promise<void> {
    const store = this.host.settings;
    if (!store) return Promise.resolve();
    if (JSON.stringify(store.get(SETTINGS_KEY) ?? null) === JSON.stringify(settings)) return Promise.resolve();
    store.set(SETTINGS_KEY, settings);
    return saved(store);
  }

  async diagnostics(): Promise<DocumentDiagnostics> {
    const { wordDiagnostics } = await import(/* webpackChunkName: "word-diagnostics" */ './word-diagnostics');
    return wordDiagnostics(this.host, (work) => this.batch(work), this.capabilities);
  }
}

/** Settings saved with the document; a refusal (a read-only document) is a DocumentError. */
export function saved(store: Pick<Office.Settings, 'saveAsync'>): Promise<void> {
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      // Office.AsyncResultStatus.Failed is "failed"; the enum object is not there when office.js is not.
      if (String(result.status) === 'failed') reject(new DocumentError('read-only', result.error?.message ?? 'settings not saved'));
      else resolve();
    });
  });
}

function existing(write: ArticleWrite): number[] {
  return write.changes.flatMap((change) => (change.kind === 'insert' ? [] : [change.at]));
}

/**
 * The writes as operations on positions, in document order: changes and deletions where they are,
 * and runs of new paragraphs after the paragraph before them (or at the article's start).
 */
function locate(writes: readonly ArticleWrite[]): Located[] {
  const out: Located[] = [];
  for (const write of writes) {
    const positions = existing(write);
    const last = Math.max(...positions);
    let anchor: number | null = null;
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      if (anchor === null) {
        const first = Math.min(...positions);
        out.push({ at: first, op: 'insert-start', texts: pending, tag: write.tag, lastOfArticle: false });
      } else out.push({ at: anchor, op: 'insert-after', texts: pending, tag: write.tag, lastOfArticle: anchor === last });
      pending = [];
    };
    for (const change of write.changes) {
      if (change.kind === 'insert') {
        pending.push(change.text);
        continue;
      }
      flush();
      anchor = change.at;
      if (change.kind === 'change') out.push({ at: change.at, op: 'change', texts: [change.text], was: change.was, tag: write.tag, lastOfArticle: change.at === last });
      else if (change.kind === 'delete') out.push({ at: change.at, op: 'delete', texts: [], was: change.was, tag: write.tag, lastOfArticle: change.at === last });
      else out.push({ at: change.at, op: 'keep', texts: [], was: change.was, tag: write.tag, lastOfArticle: change.at === last });
    }
    flush();
  }
  // Document order; at one position, what goes after a paragraph comes after the paragraph's own change.
  const rank = { 'insert-start': 0, keep: 1, change: 1, delete: 1, 'insert-after': 2 } as const;
  return out.sort((a, b) => a.at - b.at || rank[a.op] - rank[b.op]);
}
