import { type ArticleWrite, type ConventionDocument, DocumentError, type DocumentParagraph, SELF_TEST_TAG } from './convention-document';

/**
 * The self-test a person with Word runs from Réglages › Diagnostic: the adapter against the Word it
 * is in, on a scratch article it writes at the top of the document and removes, with the same
 * calls the pane makes (tracked write, update in place, the guard against a document changed
 * meanwhile, selection, insertion at the cursor). It ends by reading the document again: the same
 * paragraphs, tables and controls as before, and the same change-tracking mode.
 */

export type DocumentSelfTestStepId = 'host' | 'read' | 'scratch' | 'write' | 'tracked' | 'update' | 'guard' | 'select' | 'cursor' | 'cleanUp' | 'unchanged' | 'settings';

export interface DocumentSelfTestStep {
  readonly id: DocumentSelfTestStepId;
  readonly ok: boolean;
  readonly ms: number;
  /** What was found, for the report: numbers and names, no sentence (the pane writes those). */
  readonly detail: Readonly<Record<string, string | number>>;
  readonly error?: string;
}

export interface DocumentSelfTestReport {
  readonly startedAt: Date;
  readonly host: Readonly<Record<string, string>>;
  readonly steps: readonly DocumentSelfTestStep[];
  readonly ok: boolean;
}

const MARK = '(diagnostic Convention Budget, retiré à la fin)';
/** The scratch article: a heading, two items, in the convention's wording, each marked as ours. */
export const SCRATCH_PARAGRAPHS: readonly string[] = [
  `9.1 Pour l’année 2099, l’administration contribue financièrement pour un montant de 3\u00a0000\u00a0€, pour les actions suivantes\u00a0: ${MARK}`,
  `- Action 1 (axe 1) : Essai du diagnostic pour un montant de 1\u00a0000\u00a0€ ${MARK}`,
  `- Action 2 (axe 1) : Essai à retirer pour un montant de 2\u00a0000\u00a0€ ${MARK}`,
];
const FIRST_ITEM_AFTER = SCRATCH_PARAGRAPHS[1]!.replace('1\u00a0000', '1\u00a0500');
const NEW_ITEM = `- Action 3 (axe 2) : Essai ajouté pour un montant de 1\u00a0500\u00a0€ ${MARK}`;
const NEW_ITEM_UPDATED = NEW_ITEM.replace('1\u00a0500', '2\u00a0500');
const AT_CURSOR = `Paragraphe inséré au curseur ${MARK}`;
const ALL_TEXTS = [...SCRATCH_PARAGRAPHS, FIRST_ITEM_AFTER, NEW_ITEM, NEW_ITEM_UPDATED, AT_CURSOR];

const shape = (paragraphs: readonly DocumentParagraph[]) => paragraphs.map((paragraph) => JSON.stringify([paragraph.text, paragraph.cell, paragraph.listItem, paragraph.control]));
const nonEmpty = (texts: readonly string[]) => texts.filter((text) => text !== '');
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** The scratch article's positions: where its paragraphs are now, by their text. */
function positions(paragraphs: readonly DocumentParagraph[], texts: readonly string[]): number[] {
  return texts.map((text) => paragraphs.findIndex((paragraph) => paragraph.text === text));
}

export async function runDocumentSelfTest(convention: ConventionDocument, clock: () => number = () => performance.now()): Promise<DocumentSelfTestReport> {
  if (convention.diagnostics === undefined) throw new Error('this document cannot run the self-test');
  const diagnostics = await convention.diagnostics();
  const steps: DocumentSelfTestStep[] = [];
  const startedAt = new Date();
  let host: Readonly<Record<string, string>> = {};
  const track = convention.capabilities.trackedChanges;

  const step = async (id: DocumentSelfTestStepId, work: () => Promise<{ ok: boolean; detail?: Readonly<Record<string, string | number | undefined>> }>): Promise<boolean> => {
    const start = clock();
    try {
      const { ok, detail = {} } = await work();
      const shown = Object.fromEntries(Object.entries(detail).filter((entry): entry is [string, string | number] => entry[1] !== undefined));
      steps.push({ id, ok, ms: Math.round(clock() - start), detail: shown });
      return ok;
    } catch (error) {
      steps.push({ id, ok: false, ms: Math.round(clock() - start), detail: {}, error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };

  let before: readonly DocumentParagraph[] = [];
  let modeBefore: string | null = null;
  await step('host', async () => {
    host = await diagnostics.hostInfo();
    modeBefore = await diagnostics.trackingMode();
    return { ok: true, detail: { trackedChanges: track ? 'oui' : 'non', mode: modeBefore ?? '—' } };
  });
  const read = await step('read', async () => {
    before = await convention.read();
    const again = await convention.read();
    return {
      ok: same(shape(before), shape(again)),
      detail: { paragraphs: before.length, tables: before.filter((paragraph) => paragraph.cell !== null).length, controls: before.filter((paragraph) => paragraph.control !== null).length },
    };
  });
  if (!read) return { startedAt, host, steps, ok: false };

  const created = await step('scratch', async () => {
    await diagnostics.insertScratch(SCRATCH_PARAGRAPHS);
    const found = positions(await convention.read(), SCRATCH_PARAGRAPHS);
    return {
      ok: same(
        found.map(String),
        SCRATCH_PARAGRAPHS.map((_, index) => String(index)),
      ),
      detail: { at: found.join(' ') },
    };
  });
  if (created) {
    await step('write', async () => {
      const [heading, first, second] = positions(await convention.read(), SCRATCH_PARAGRAPHS) as [number, number, number];
      const write: ArticleWrite = {
        tag: SELF_TEST_TAG,
        changes: [
          { kind: 'keep', at: heading, was: SCRATCH_PARAGRAPHS[0]! },
          { kind: 'change', at: first, was: SCRATCH_PARAGRAPHS[1]!, text: FIRST_ITEM_AFTER },
          { kind: 'delete', at: second, was: SCRATCH_PARAGRAPHS[2]! },
          { kind: 'insert', text: NEW_ITEM },
        ],
      };
      const report = await convention.writeArticles([write], { track });
      const scratch = await diagnostics.readScratch();
      const expected = [SCRATCH_PARAGRAPHS[0]!, FIRST_ITEM_AFTER, NEW_ITEM];
      return {
        ok: report.wrapped === 1 && report.changed === 1 && report.deleted === 1 && report.inserted === 1 && same(nonEmpty(scratch.current), expected),
        detail: { wrapped: report.wrapped, changed: report.changed, deleted: report.deleted, inserted: report.inserted, tracked: report.tracked ? 'oui' : 'non' },
      };
    });
    await step('tracked', async () => {
      const scratch = await diagnostics.readScratch();
      const mode = await diagnostics.trackingMode();
      if (!track) return { ok: mode === modeBefore, detail: { trackedChanges: 'non' } };
      // Rejecting every change would give the scratch article back: the write was tracked.
      const original = nonEmpty(scratch.original ?? []);
      return { ok: same(original, SCRATCH_PARAGRAPHS) && mode === modeBefore, detail: { original: original.length, mode: mode ?? '—' } };
    });
    await step('update', async () => {
      const paragraphs = await convention.read();
      const [heading, first, added] = positions(paragraphs, [SCRATCH_PARAGRAPHS[0]!, FIRST_ITEM_AFTER, NEW_ITEM]) as [number, number, number];
      const report = await convention.writeArticles(
        [
          {
            tag: SELF_TEST_TAG,
            changes: [
              { kind: 'keep', at: heading, was: SCRATCH_PARAGRAPHS[0]! },
              { kind: 'keep', at: first, was: FIRST_ITEM_AFTER },
              { kind: 'change', at: added, was: NEW_ITEM, text: NEW_ITEM_UPDATED },
            ],
          },
        ],
        { track },
      );
      const scratch = await diagnostics.readScratch();
      return { ok: report.wrapped === 0 && report.changed === 1 && nonEmpty(scratch.current).includes(NEW_ITEM_UPDATED), detail: { wrapped: report.wrapped, changed: report.changed } };
    });
    await step('guard', async () => {
      const paragraphs = await convention.read();
      const at = positions(paragraphs, [FIRST_ITEM_AFTER])[0] as number;
      try {
        await convention.writeArticles([{ tag: SELF_TEST_TAG, changes: [{ kind: 'change', at, was: SCRATCH_PARAGRAPHS[1]!, text: NEW_ITEM }] }], { track });
        return { ok: false, detail: { refused: 'non' } };
      } catch (error) {
        const refused = error instanceof DocumentError && error.code === 'changed';
        const scratch = await diagnostics.readScratch();
        return { ok: refused && nonEmpty(scratch.current).includes(FIRST_ITEM_AFTER), detail: { refused: refused ? 'oui' : 'non' } };
      }
    });
    await step('select', async () => {
      const paragraphs = await convention.read();
      const at = positions(paragraphs, [FIRST_ITEM_AFTER])[0] as number;
      const outcome = await convention.selectParagraph(at, FIRST_ITEM_AFTER);
      return { ok: outcome === 'selected', detail: { outcome } };
    });
    await step('cursor', async () => {
      // The cursor is in the scratch article: the new paragraph must go after its control, not in it.
      await convention.insertAtCursor([AT_CURSOR], { track, tag: SELF_TEST_TAG });
      const paragraphs = await convention.read();
      const at = positions(paragraphs, [AT_CURSOR])[0] as number;
      const lastOfArticle = positions(paragraphs, [NEW_ITEM_UPDATED])[0] as number;
      return { ok: at > lastOfArticle && paragraphs[at]?.control === SELF_TEST_TAG, detail: { at } };
    });
  }
  await step('cleanUp', async () => {
    await diagnostics.removeScratch(ALL_TEXTS);
    const left = (await convention.read()).filter((paragraph) => paragraph.control === SELF_TEST_TAG || ALL_TEXTS.includes(paragraph.text));
    return { ok: left.length === 0, detail: { left: left.length } };
  });
  await step('unchanged', async () => {
    const after = await convention.read();
    const mode = await diagnostics.trackingMode();
    const a = shape(before);
    const b = shape(after);
    const differing = Math.max(a.length, b.length) - a.filter((value, index) => value === b[index]).length;
    return { ok: same(a, b) && mode === modeBefore, detail: { paragraphs: `${before.length} → ${after.length}`, differing, mode: `${modeBefore ?? '—'} → ${mode ?? '—'}` } };
  });
  await step('settings', async () => ({ ok: await diagnostics.settingsRoundTrip() }));
  return { startedAt, host, steps, ok: steps.every((entry) => entry.ok) };
}
