import { type DocumentCapabilities, type DocumentDiagnostics, SELF_TEST_TAG } from '../document/convention-document';
import { saved, type WordHost } from './word-host';
import { plainParagraphText } from './word-runner';

type Batch = <T>(work: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** The requirement sets the report lists: WordApi 1.1 to 1.9. */
const API_VERSIONS = Array.from({ length: 9 }, (_, index) => `1.${index + 1}`);
const SETTINGS_PROBE = 'convention-budget:self-test';

/**
 * What the self-test does in Word: a scratch article at the top of the document, in its own
 * control, removed at the end with change tracking off so that no trace of it stays (not even a
 * tracked deletion); and a settings key written, read back and removed.
 */
export function wordDiagnostics(host: WordHost, batch: Batch, capabilities: DocumentCapabilities): DocumentDiagnostics {
  /** Runs with tracking off, and gives the officer's mode back after. */
  const untracked = async <T>(work: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    if (!capabilities.trackedChanges) return batch(work);
    let before: string | null = null;
    try {
      return await batch(async (context) => {
        context.document.load('changeTrackingMode');
        await context.sync();
        before = context.document.changeTrackingMode;
        if (before !== 'Off') context.document.changeTrackingMode = 'Off';
        const result = await work(context);
        if (before !== 'Off') context.document.changeTrackingMode = before as Word.ChangeTrackingMode;
        await context.sync();
        before = null;
        return result;
      });
    } finally {
      if (before !== null && before !== 'Off') {
        const mode = before;
        await host
          .run(async (context) => {
            context.document.changeTrackingMode = mode;
            await context.sync();
          })
          .catch(() => undefined);
      }
    }
  };
  const scratchControls = (context: Word.RequestContext) => context.document.contentControls.getByTag(SELF_TEST_TAG);

  return {
    hostInfo() {
      const supported = API_VERSIONS.filter((version) => host.isSetSupported('WordApi', version));
      return Promise.resolve({ ...host.info, WordApi: supported.length === 0 ? '—' : `${supported[0]} … ${supported.at(-1)}` });
    },

    trackingMode: () =>
      capabilities.trackedChanges
        ? batch(async (context) => {
            context.document.load('changeTrackingMode');
            await context.sync();
            return context.document.changeTrackingMode;
          })
        : Promise.resolve(null),

    insertScratch: (paragraphs) =>
      untracked(async (context) => {
        let last = context.document.body.insertParagraph(paragraphs[0] ?? '', 'Start');
        for (const text of paragraphs.slice(1)) last = last.insertParagraph(text, 'After');
        await context.sync();
      }),

    readScratch: () =>
      batch(async (context) => {
        const controls = scratchControls(context);
        controls.load('items');
        await context.sync();
        const lists = controls.items.map((control) => control.paragraphs.load('items/text'));
        await context.sync();
        const items = lists.flatMap((list) => list.items);
        const current = capabilities.reviewedText ? items.map((paragraph) => paragraph.getReviewedText('Current')) : null;
        const original = capabilities.reviewedText ? items.map((paragraph) => paragraph.getReviewedText('Original')) : null;
        await context.sync();
        return {
          current: items.map((paragraph, index) => plainParagraphText(current?.[index]?.value ?? paragraph.text)),
          original: original === null ? null : original.map((result) => plainParagraphText(result.value)),
        };
      }),

    removeScratch: (texts) =>
      untracked(async (context) => {
        const controls = scratchControls(context);
        controls.load('items');
        await context.sync();
        // Inner controls first: deleting an outer one takes the inner ones with it.
        for (const control of [...controls.items].reverse()) control.delete(false);
        await context.sync();
        // Scratch paragraphs left at the top outside any control (a write that failed before wrapping them).
        const body = context.document.body.paragraphs;
        body.load('items/text');
        await context.sync();
        let count = 0;
        while (count < body.items.length && texts.includes(plainParagraphText((body.items[count] as Word.Paragraph).text))) count++;
        for (let index = count - 1; index >= 0; index--) body.items[index]?.delete();
        await context.sync();
      }),

    async settingsRoundTrip() {
      const store = host.settings;
      if (store === null) return false;
      const probe = `${Date.now()}`;
      store.set(SETTINGS_PROBE, probe);
      try {
        await saved(store);
        return store.get(SETTINGS_PROBE) === probe;
      } finally {
        // Taken away even when the save was refused: the in-memory settings hold it already.
        store.remove(SETTINGS_PROBE);
        await saved(store).catch(() => undefined);
      }
    },
  };
}
