import type { DocumentCapabilities } from '../document/convention-document';
import type { WordHost } from './word-host';
import { documentErrorOf } from './word-errors';

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

/**
 * How the adapter runs its batches in Word: a failure told as a DocumentError, the paragraphs' texts
 * as they read now, and writes with change tracking as asked.
 */
export class WordRunner {
  constructor(
    private readonly host: WordHost,
    readonly capabilities: DocumentCapabilities,
  ) {}

  async batch<T>(work: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(work);
    } catch (error) {
      throw documentErrorOf(error);
    }
  }

  /** Loads every paragraph's text as it reads now: without tracked deletions where the host can say. */
  loadTexts(paragraphs: Word.ParagraphCollection): () => { raw: string[]; current: string[] } {
    const items = paragraphs.items;
    const reviewed = this.capabilities.reviewedText ? items.map((paragraph) => paragraph.getReviewedText('Current')) : null;
    return () => {
      const raw = items.map((paragraph) => paragraph.text);
      const current = items.map((paragraph, index) => plainParagraphText(reviewed?.[index]?.value ?? paragraph.text));
      return { raw, current };
    };
  }

  /**
   * Runs a write with change tracking on ('TrackAll'), off, or as the officer has it ('keep'), where
   * the host has it, and gives the officer's mode back after, also when the write fails halfway (in
   * a batch of its own).
   */
  async withTracking<T>(mode: 'Off' | 'TrackAll' | 'keep', work: (context: Word.RequestContext) => Promise<T>): Promise<T> {
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
            context.document.changeTrackingMode = officers;
            await context.sync();
          })
          .catch(() => undefined);
      }
    }
  }
}
