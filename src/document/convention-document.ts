/**
 * The one interface between the pane's Word screens and a convention document, whatever holds it
 * (Word through Office.js; a test double). The pane knows nothing else of Word. Paragraphs are
 * named by their position in the document, as read: every write names the text it expects there
 * and is refused when the document no longer says it (the officer typed in between).
 */

/** The content controls our articles are written in: a later update finds them and replaces only them. */
export const ARTICLE_TAGS = {
  list: 'convention-budget:article-4.1',
  cost: 'convention-budget:article-3.1',
} as const;
/** The self-test's scratch article (Réglages › Diagnostic), removed when it ends. */
export const SELF_TEST_TAG = 'convention-budget:self-test';
export type ArticleTag = (typeof ARTICLE_TAGS)[keyof typeof ARTICLE_TAGS] | typeof SELF_TEST_TAG;

/** Our tags start with this: a control of the officer's is never ours. */
export const OUR_TAG_PREFIX = 'convention-budget:';

export interface DocumentParagraph {
  /** The paragraph's text as the document reads now (tracked deletions left out where the host can say). */
  readonly text: string;
  /** In a table: its row and cell (0-based) in the innermost table; null outside tables. */
  readonly cell: { readonly row: number; readonly cell: number } | null;
  /** A paragraph of a Word list (its bullet or number is not part of the text). */
  readonly listItem: boolean;
  /** The tag of the innermost content control holding it ('' for a control without a tag), null outside any. */
  readonly control: string | null;
}

/** What the host can do (an older Word lacks tracked changes). */
export interface DocumentCapabilities {
  /** Changes can be written as tracked changes (WordApi 1.4's `changeTrackingMode`). */
  readonly trackedChanges: boolean;
  /** The text is read without tracked deletions (WordApi 1.4's `getReviewedText`); without it, deleted text is read too. */
  readonly reviewedText: boolean;
}

/** One paragraph of an article, top to bottom, as it must read after the write. */
export type ParagraphChange =
  /** A paragraph that stays as it is. */
  | { readonly kind: 'keep'; readonly at: number; readonly was: string }
  /** A paragraph whose text becomes `text` (only the words that differ are replaced). */
  | { readonly kind: 'change'; readonly at: number; readonly was: string; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly was: string }
  /** A new paragraph, after the one before it in the list (before the first otherwise). */
  | { readonly kind: 'insert'; readonly text: string };

/** An article to rewrite where it stands, inside the content control tagged `tag` (created when missing). */
export interface ArticleWrite {
  readonly tag: ArticleTag;
  readonly changes: readonly ParagraphChange[];
}

export interface WriteOptions {
  /** Write as tracked changes (the officer may have been told the host cannot, and chosen to write anyway). */
  readonly track: boolean;
}

export interface WriteReport {
  /** The changes were tracked; the officer's tracking mode is back to what it was. */
  readonly tracked: boolean;
  readonly changed: number;
  readonly inserted: number;
  readonly deleted: number;
  /** Articles put in a content control of ours by this write (they were not in one yet). */
  readonly wrapped: number;
  /** Articles left without a control: Word refused one there (a control of the officer's crosses them). */
  readonly unwrapped: number;
}

export type SelectOutcome = 'selected' | 'moved' | 'gone';

/**
 * The convention open in Word. Reads return plain data; writes are one Word batch each, and leave
 * the officer's change-tracking mode as they found it.
 */
export interface ConventionDocument {
  readonly capabilities: DocumentCapabilities;
  /** Every paragraph of the document's body, in order (table cells' paragraphs included). */
  read(): Promise<readonly DocumentParagraph[]>;
  /**
   * Selects the paragraph read at `index` with this text and brings it into view; where the text
   * has moved since (the officer typed), selects its nearest paragraph with the same text.
   */
  selectParagraph(index: number, text: string): Promise<SelectOutcome>;
  /** Rewrites articles where they stand; refused (DocumentError 'changed') when a paragraph no longer reads as expected. */
  writeArticles(writes: readonly ArticleWrite[], options: WriteOptions): Promise<WriteReport>;
  /**
   * New paragraphs after the paragraph holding the cursor (after our article's control when the
   * cursor is in one), in a control tagged `tag` when given.
   */
  insertAtCursor(paragraphs: readonly string[], options: WriteOptions & { readonly tag: ArticleTag | null }): Promise<WriteReport>;
  /** The settings kept with the document, as stored (parse them before use). */
  readSettings(): Promise<unknown>;
  /** Keeps settings with the document; settings equal to those kept are not written again. */
  writeSettings(settings: unknown): Promise<void>;
  /** What the self-test needs of the host; loaded when first asked. */
  diagnostics?(): Promise<DocumentDiagnostics>;
}

/**
 * What the self-test (Réglages › Diagnostic) drives in Word: a scratch article of its own at the
 * top of the document, in a control tagged `convention-budget:self-test`, removed at the end.
 */
export interface DocumentDiagnostics {
  /** Host, platform, version and the WordApi requirement sets supported, as the report prints them. */
  hostInfo(): Promise<Readonly<Record<string, string>>>;
  /** The officer's change-tracking mode ('Off', 'TrackAll', 'TrackMineOnly'), or null where the host cannot say. */
  trackingMode(): Promise<string | null>;
  /** Inserts the scratch paragraphs at the start of the document, in the self-test's control, without tracking. */
  insertScratch(paragraphs: readonly string[]): Promise<void>;
  /** The self-test's controls' paragraphs: their current text, and their text before tracked changes (null where the host cannot say). */
  readScratch(): Promise<{ readonly current: readonly string[]; readonly original: readonly string[] | null }>;
  /**
   * Removes the self-test's controls and their paragraphs, tracked changes included, without
   * tracking the removal; then any of these texts left at the top of the document outside them.
   */
  removeScratch(texts: readonly string[]): Promise<void>;
  /** Writes a settings key of the self-test's, reads it back and removes it: whether the value came back. */
  settingsRoundTrip(): Promise<boolean>;
}

export type DocumentErrorCode = 'changed' | 'read-only' | 'unsupported' | 'not-found' | 'unavailable' | 'unknown';

/** A failure of the document, with a code the pane can turn into a sentence. */
export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DocumentError';
  }
}
