import {
  type ArticleTag,
  type ArticleWrite,
  type ConventionDocument,
  type DocumentCapabilities,
  type DocumentDiagnostics,
  type DocumentParagraph,
  type SelectOutcome,
  type WriteOptions,
  type WriteReport,
} from '../document/convention-document';
import { insertAtCursor, writeArticles } from './write-articles';
import { saved, SETTINGS_KEY, type WordHost } from './word-host';
import { WordRunner } from './word-runner';

export { SETTINGS_KEY, type WordHost } from './word-host';
export { plainParagraphText } from './word-runner';

/**
 * The convention open in Word, through office.js. Every write runs as one batch between turning
 * change tracking on and setting it back to what the officer had (and back again, in a batch of
 * its own, if the write fails halfway: Word's batches are not transactions).
 */
export class OfficeDocument implements ConventionDocument {
  readonly capabilities: DocumentCapabilities;
  private readonly runner: WordRunner;

  constructor(private readonly host: WordHost) {
    const v14 = host.isSetSupported('WordApi', '1.4');
    this.capabilities = { trackedChanges: v14, reviewedText: v14 };
    this.runner = new WordRunner(host, this.capabilities);
  }

  private batch<T>(work: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    return this.runner.batch(work);
  }

  private loadTexts(paragraphs: Word.ParagraphCollection): () => { raw: string[]; current: string[] } {
    return this.runner.loadTexts(paragraphs);
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

  writeArticles(writes: readonly ArticleWrite[], options: WriteOptions): Promise<WriteReport> {
    return writeArticles(this.runner, writes, options);
  }

  insertAtCursor(paragraphs: readonly string[], options: WriteOptions & { readonly tag: ArticleTag | null }): Promise<WriteReport> {
    return insertAtCursor(this.runner, paragraphs, options);
  }

  readSettings(): Promise<unknown> {
    return Promise.resolve(this.host.settings?.get(SETTINGS_KEY) ?? null);
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
