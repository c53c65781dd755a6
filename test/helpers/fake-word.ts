import type { WordHost } from '../../src/word/office-document';

/**
 * A small Word for the Word adapter's tests, modelled on office.js's own scripts
 * (node_modules/@microsoft/office-js/dist/word-win32-16.01.debug.js) and on Word's known behaviour
 * (OfficeDev/office-js issues), so that it refuses what Word refuses:
 *
 * - Proxies and batches: a method call or a property write is queued and runs at `context.sync()`,
 *   in order; a property is readable only once loaded and synced (`PropertyNotLoaded` otherwise), a
 *   `ClientResult`'s value likewise. A failing action rejects the sync, and the actions queued before
 *   it stay done (Word's batches are not transactions). `Word.run` syncs what is left when its batch
 *   returns; a proxy used after its run has ended throws `InvalidRequestContext`.
 * - Requirement sets, checked where office.js checks them, at the call: a member above the host's
 *   WordApi throws `ApiNotFound` (1.3: tables, `tableNestingLevel`, `isListItem`, parent
 *   table cell and content control, `getRange`, `expandTo`, `getFirst`; 1.4: `changeTrackingMode`,
 *   `getReviewedText`).
 * - Items of a loaded collection are addressed by their position when an action runs (office.js's
 *   GetItemAt): a paragraph deleted or inserted earlier in the same batch shifts the ones after it.
 * - Tracked changes: with `changeTrackingMode` other than "Off", a deletion keeps the text as a
 *   deleted run, and a deleted paragraph stays in `body.paragraphs` until accepted; `text` still
 *   gives deleted runs (office-js#1267) and `search` sees them (office-js#5874); only
 *   `getReviewedText("Current")` leaves them out. Deleting one's own tracked insertion removes it.
 * - Content controls: `insertContentControl` on a range that crosses a control's boundary fails with
 *   `GeneralException` (office-js#1169, #6103); `insertParagraph("After")` on a control's last
 *   paragraph, or "Before" on its first, lands outside the control (office-js#3176).
 * - Insert locations are the ones each type documents (a paragraph takes only Before and After,
 *   the body Start and End…): any other is `InvalidArgument`. A search string over 255 characters is
 *   `SearchStringInvalidOrTooLong`; one with Word's escape character "^" is refused here too.
 * - A read-only document (protected, or opened for reading) refuses every write with `AccessDenied`.
 */

export type TrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

interface Run {
  text: string;
  rev: 'ins' | 'del' | null;
}

export interface FakeParagraph {
  readonly id: number;
  runs: Run[];
  list: boolean;
  style: string;
  /** Its table cell, when in a table. */
  cell: { table: number; row: number; cell: number } | null;
  /** Inserted, or deleted (its mark too), as a tracked change. */
  inserted: boolean;
  deleted: boolean;
}

export interface FakeControl {
  readonly id: number;
  tag: string;
  title: string;
  appearance: string;
  /** Its paragraphs' ids, in document order (a block control holds whole paragraphs). */
  paragraphs: number[];
}

export interface ParagraphInit {
  readonly text: string;
  readonly list?: boolean;
  readonly style?: string;
  readonly cell?: { table: number; row: number; cell: number };
}

type Target = { kind: 'paragraphs'; ids: number[] } | { kind: 'text'; id: number; start: number; end: number };

/** Word's errors as office.js gives them: an Error with a code and where it happened. */
export function wordError(code: string, message = code, location?: string): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code, debugInfo: { code, message, errorLocation: location } });
}

const SETS: Readonly<Record<string, number>> = {
  'Body.tables': 3,
  'Body.getRange': 3,
  'Paragraph.tableNestingLevel': 3,
  'Paragraph.isListItem': 3,
  'Paragraph.parentTableCellOrNullObject': 3,
  'Paragraph.parentContentControlOrNullObject': 3,
  'Paragraph.getRange': 3,
  'Range.parentContentControlOrNullObject': 3,
  'Range.expandTo': 3,
  'Range.getRange': 3,
  'ContentControl.getRange': 3,
  'ContentControlCollection.getFirstOrNullObject': 3,
  'ContentControlCollection.getFirst': 3,
  'ParagraphCollection.getFirst': 3,
  'ParagraphCollection.getLast': 3,
  'Table.rowCount': 3,
  'Table.values': 3,
  'TableCell.rowIndex': 3,
  'TableCell.cellIndex': 3,
  'Document.changeTrackingMode': 4,
  'Paragraph.getReviewedText': 4,
  'Body.getReviewedText': 4,
  'ContentControl.getReviewedText': 4,
};

const textOf = (paragraph: FakeParagraph, skip: 'ins' | 'del' | null) =>
  paragraph.runs
    .filter((run) => run.rev !== skip || skip === null)
    .map((run) => run.text)
    .join('');

export class FakeWord {
  paragraphs: FakeParagraph[] = [];
  controls: FakeControl[] = [];
  trackingMode: TrackingMode = 'Off';
  /** Every mode the document was set to, in order. */
  readonly modes: TrackingMode[] = [];
  /** The newest WordApi 1.x the host supports: 4 (Word 2021, Microsoft 365) by default. */
  apiMinor = 4;
  readOnly = false;
  selection: Target = { kind: 'text', id: 0, start: 0, end: 0 };
  readonly settings = new Map<string, unknown>();
  settingsSaves = 0;
  syncs = 0;
  /** Actions that changed the document, each with whether it was tracked. */
  readonly edits: Array<{ action: string; tracked: boolean }> = [];
  private nextId = 1;

  constructor(paragraphs: ReadonlyArray<string | ParagraphInit> = []) {
    this.paragraphs = paragraphs.map((init) => this.paragraphOf(typeof init === 'string' ? { text: init } : init));
    const first = this.paragraphs[0];
    if (first !== undefined) this.selection = { kind: 'text', id: first.id, start: 0, end: 0 };
  }

  paragraphOf(init: ParagraphInit): FakeParagraph {
    return {
      id: this.nextId++,
      runs: init.text === '' ? [] : [{ text: init.text, rev: null }],
      list: init.list ?? false,
      style: init.style ?? 'Normal',
      cell: init.cell ?? null,
      inserted: false,
      deleted: false,
    };
  }

  /** Wraps paragraphs from..to (positions) in a control, as the officer or an earlier write left one. */
  addControl(from: number, to: number, tag: string, title = ''): FakeControl {
    const control: FakeControl = { id: this.nextId++, tag, title, appearance: 'BoundingBox', paragraphs: this.paragraphs.slice(from, to + 1).map((paragraph) => paragraph.id) };
    this.controls.push(control);
    return control;
  }

  /** Puts the cursor at the end of the paragraph at this position. */
  cursorAt(position: number): void {
    const paragraph = this.paragraphs[position];
    if (paragraph === undefined) throw new Error(`no paragraph ${position}`);
    const length = textOf(paragraph, null).length;
    this.selection = { kind: 'text', id: paragraph.id, start: length, end: length };
  }

  /** The document as it reads with every change accepted (Word's "Simple Markup" / final view). */
  current(): string[] {
    return this.paragraphs.filter((paragraph) => !paragraph.deleted).map((paragraph) => textOf(paragraph, 'del'));
  }

  /** The document as it read before the tracked changes (what rejecting them all gives). */
  original(): string[] {
    return this.paragraphs.filter((paragraph) => !paragraph.inserted).map((paragraph) => textOf(paragraph, 'ins'));
  }

  /** Each paragraph's runs, for asserting on what is tracked: "~~old~~", "++new++". */
  markup(): string[] {
    return this.paragraphs.map((paragraph) => {
      const body = paragraph.runs.map((run) => (run.rev === 'del' ? `~~${run.text}~~` : run.rev === 'ins' ? `++${run.text}++` : run.text)).join('');
      return paragraph.inserted ? `++¶${body}` : paragraph.deleted ? `~~¶${body}` : body;
    });
  }

  acceptAll(): void {
    this.paragraphs = this.paragraphs.filter((paragraph) => !paragraph.deleted);
    for (const paragraph of this.paragraphs) {
      paragraph.runs = paragraph.runs.filter((run) => run.rev !== 'del').map((run) => ({ text: run.text, rev: null }));
      paragraph.inserted = false;
    }
    this.dropEmptyControls();
  }

  rejectAll(): void {
    this.paragraphs = this.paragraphs.filter((paragraph) => !paragraph.inserted);
    for (const paragraph of this.paragraphs) {
      paragraph.runs = paragraph.runs.filter((run) => run.rev !== 'ins').map((run) => ({ text: run.text, rev: null }));
      paragraph.deleted = false;
    }
    this.dropEmptyControls();
  }

  /** The controls holding a paragraph (position), outermost first. */
  controlsOf(position: number): FakeControl[] {
    const id = this.paragraphs[position]?.id;
    return this.controls.filter((control) => id !== undefined && control.paragraphs.includes(id)).sort((a, b) => b.paragraphs.length - a.paragraphs.length);
  }

  /** The current text of a control's paragraphs, by tag (the first control with it). */
  controlText(tag: string): string[] | undefined {
    const control = this.controls.find((candidate) => candidate.tag === tag);
    if (control === undefined) return undefined;
    return control.paragraphs
      .map((id) => this.byId(id))
      .filter((paragraph) => !paragraph.deleted)
      .map((paragraph) => textOf(paragraph, 'del'));
  }

  host(info: Record<string, string> = { host: 'Word (fake)', platform: 'PC', version: '16.0 (test double)' }): WordHost {
    return {
      run: async <T>(batch: (context: Word.RequestContext) => Promise<T>) => {
        const context = new FakeContext(this);
        try {
          const result = await batch(context as unknown as Word.RequestContext);
          await context.sync();
          return result;
        } finally {
          context.live = false;
        }
      },
      isSetSupported: (name, version) => name === 'WordApi' && Number(version.split('.')[1] ?? 0) <= this.apiMinor && version.startsWith('1.'),
      settings: {
        get: (key: string) => this.settings.get(key) ?? null,
        set: (key: string, value: unknown) => void this.settings.set(key, value),
        remove: (key: string) => void this.settings.delete(key),
        saveAsync: ((callback?: (result: Office.AsyncResult<void>) => void) => {
          this.settingsSaves++;
          callback?.({ status: this.readOnly ? 'failed' : 'succeeded', error: this.readOnly ? { code: 5009, message: 'read-only' } : undefined } as unknown as Office.AsyncResult<void>);
        }) as Office.Settings['saveAsync'],
      },
      info,
    };
  }

  // ——— the model, as actions at sync time change it ———

  byId(id: number): FakeParagraph {
    const paragraph = this.paragraphs.find((candidate) => candidate.id === id);
    if (paragraph === undefined) throw wordError('ItemNotFound', 'The requested resource doesn’t exist.');
    return paragraph;
  }

  positionOf(id: number): number {
    const position = this.paragraphs.findIndex((candidate) => candidate.id === id);
    if (position < 0) throw wordError('ItemNotFound', 'The requested resource doesn’t exist.');
    return position;
  }

  get tracking(): boolean {
    return this.trackingMode !== 'Off';
  }

  write(action: string): void {
    if (this.readOnly) throw wordError('AccessDenied', 'You cannot perform the requested operation.', action);
    this.edits.push({ action, tracked: this.tracking });
  }

  /** The innermost control holding a paragraph. */
  innermost(id: number): FakeControl | undefined {
    return this.controls.filter((control) => control.paragraphs.includes(id)).sort((a, b) => a.paragraphs.length - b.paragraphs.length)[0];
  }

  replaceText(paragraph: FakeParagraph, start: number, end: number, text: string): void {
    // Split the runs at start and end (offsets in the full text, deleted runs included, as Word's ranges are).
    const pieces: Run[] = [];
    let offset = 0;
    for (const run of paragraph.runs) {
      const from = offset;
      const to = offset + run.text.length;
      offset = to;
      const cuts = [from, Math.min(Math.max(start, from), to), Math.min(Math.max(end, from), to), to];
      for (let index = 0; index < 3; index++) {
        const a = cuts[index] as number;
        const b = cuts[index + 1] as number;
        if (b > a) pieces.push({ text: run.text.slice(a - from, b - from), rev: run.rev });
      }
    }
    const before: Run[] = [];
    const inside: Run[] = [];
    const after: Run[] = [];
    offset = 0;
    for (const piece of pieces) {
      (offset < start ? before : offset < end ? inside : after).push(piece);
      offset += piece.text.length;
    }
    const kept = this.tracking ? inside.filter((run) => run.rev !== 'ins').map((run) => ({ text: run.text, rev: 'del' as const })) : [];
    const added: Run[] = text === '' ? [] : [{ text, rev: this.tracking ? 'ins' : null }];
    paragraph.runs = merge([...before, ...kept, ...added, ...after]);
  }

  deleteParagraph(paragraph: FakeParagraph): void {
    if (this.tracking && !paragraph.inserted) {
      paragraph.runs = merge(paragraph.runs.filter((run) => run.rev !== 'ins').map((run) => ({ text: run.text, rev: 'del' as const })));
      paragraph.deleted = true;
      return;
    }
    this.paragraphs = this.paragraphs.filter((candidate) => candidate !== paragraph);
    for (const control of this.controls) control.paragraphs = control.paragraphs.filter((id) => id !== paragraph.id);
    this.dropEmptyControls();
  }

  dropEmptyControls(): void {
    const ids = new Set(this.paragraphs.map((paragraph) => paragraph.id));
    for (const control of this.controls) control.paragraphs = control.paragraphs.filter((id) => ids.has(id));
    this.controls = this.controls.filter((control) => control.paragraphs.length > 0);
  }

  /** A new paragraph at a position, laid out like `like`, in these controls. */
  insertParagraphAt(position: number, text: string, like: FakeParagraph | undefined, controls: readonly FakeControl[]): FakeParagraph {
    const paragraph = this.paragraphOf({ text, list: like?.list ?? false, style: like?.style ?? 'Normal', ...(like?.cell ? { cell: like.cell } : {}) });
    if (this.tracking) {
      paragraph.inserted = true;
      paragraph.runs = paragraph.runs.map((run) => ({ ...run, rev: 'ins' }));
    }
    this.paragraphs.splice(position, 0, paragraph);
    for (const control of controls) {
      // Keep the control's ids in document order.
      control.paragraphs.push(paragraph.id);
      control.paragraphs.sort((a, b) => this.positionOf(a) - this.positionOf(b));
    }
    return paragraph;
  }

  /** Inserting after (or before) a paragraph: inside the controls it is in, but not those it ends (or starts). */
  insertBeside(anchor: FakeParagraph, where: 'Before' | 'After', text: string): FakeParagraph {
    const position = this.positionOf(anchor.id);
    const controls = this.controls.filter((control) => {
      if (!control.paragraphs.includes(anchor.id)) return false;
      const edge = where === 'After' ? control.paragraphs.at(-1) : control.paragraphs[0];
      return edge !== anchor.id;
    });
    return this.insertParagraphAt(where === 'After' ? position + 1 : position, text, anchor, controls);
  }

  wrap(ids: number[]): FakeControl {
    // A control may hold another whole, or sit whole inside one; it may not cross one's boundary.
    for (const control of this.controls) {
      const shared = control.paragraphs.filter((id) => ids.includes(id)).length;
      if (shared > 0 && shared < control.paragraphs.length && shared < ids.length) throw wordError('GeneralException', 'GeneralException', 'Range.insertContentControl');
    }
    const control: FakeControl = { id: this.nextId++, tag: '', title: '', appearance: 'BoundingBox', paragraphs: [...ids] };
    this.controls.push(control);
    return control;
  }
}

function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last !== undefined && last.rev === run.rev) last.text += run.text;
    else if (run.text !== '') out.push({ ...run });
  }
  return out;
}

// ——— proxies ———

type Action = () => (() => void) | void;

class FakeContext {
  live = true;
  private queue: Action[] = [];
  readonly document: DocumentProxy;

  constructor(readonly word: FakeWord) {
    this.document = new DocumentProxy(this);
  }

  assertLive(): void {
    if (!this.live) throw wordError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
  }

  enqueue(action: Action): void {
    this.assertLive();
    this.queue.push(action);
  }

  requires(member: string): void {
    const minor = SETS[member] ?? 1;
    if (minor > this.word.apiMinor) {
      throw wordError('ApiNotFound', `The method or property ${member} is part of the WordApi 1.${minor} requirement set, which is not available in your version of Word.`, member);
    }
  }

  /** The batch runs at once; what fails in it rejects the promise, as office.js's sync does. */
  sync(): Promise<void> {
    return new Promise((resolve) => {
      this.assertLive();
      const work = this.queue;
      // office.js sends nothing for a sync with no action queued (ClientRequest.hasActions): no round trip.
      if (work.length > 0) this.word.syncs++;
      this.queue = [];
      const results: Array<() => void> = [];
      for (const action of work) {
        const result = action();
        if (typeof result === 'function') results.push(result);
      }
      // Loaded values arrive with the response: readable only once the whole batch is done.
      for (const apply of results) apply();
      resolve();
    });
  }
}

function notLoaded(name: string): Error {
  return wordError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function loadNames(argument: unknown): string[] {
  if (argument === undefined) return [];
  if (typeof argument === 'string')
    return argument
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
  if (Array.isArray(argument)) return argument.map(String);
  if (typeof argument === 'object' && argument !== null && 'select' in argument) return loadNames(argument.select);
  return Object.keys(argument as object);
}

abstract class ClientObject<T> {
  private readonly loadedValues = new Map<string, unknown>();
  private nullLoaded: boolean | undefined;

  constructor(
    protected readonly context: FakeContext,
    protected readonly target: () => T | null,
    private readonly typeName: string,
  ) {}

  protected get word(): FakeWord {
    return this.context.word;
  }

  /** Resolves the object when an action runs: a null object fails the action. */
  protected resolve(): T {
    const found = this.target();
    if (found === null) throw wordError('ItemNotFound', 'The requested resource doesn’t exist.', this.typeName);
    return found;
  }

  /** The scalar properties a load reads, by name. */
  protected abstract read(target: T, name: string): unknown;

  protected property(name: string): unknown {
    this.context.assertLive();
    this.context.requires(`${this.typeName}.${name}`);
    if (this.nullLoaded === true) return undefined;
    if (!this.loadedValues.has(name)) throw notLoaded(name);
    return this.loadedValues.get(name);
  }

  get isNullObject(): boolean {
    this.context.assertLive();
    if (this.nullLoaded === undefined) throw notLoaded('isNullObject');
    return this.nullLoaded;
  }

  load(argument?: unknown): this {
    const names = loadNames(argument);
    for (const name of names) this.context.requires(`${this.typeName}.${name}`);
    this.context.enqueue(() => this.capture(names));
    return this;
  }

  /** Reads the properties now (the action runs), to be readable once the sync returns. */
  capture(names: readonly string[]): () => void {
    const found = this.target();
    if (found === null) return () => void (this.nullLoaded = true);
    const snapshot = names.map((name) => [name, this.read(found, name)] as const);
    return () => {
      this.nullLoaded = false;
      for (const [name, value] of snapshot) this.loadedValues.set(name, value);
    };
  }

  protected set(name: string, apply: (target: T) => void): void {
    this.context.requires(`${this.typeName}.${name}`);
    this.context.enqueue(() => {
      apply(this.resolve());
    });
  }

  protected call(member: string, apply: (target: T) => void): void {
    this.context.requires(`${this.typeName}.${member}`);
    this.context.enqueue(() => {
      apply(this.resolve());
    });
  }

  protected requires(member: string): void {
    this.context.requires(`${this.typeName}.${member}`);
  }
}

class ClientResult<V> {
  private settled = false;
  private result: V | undefined;

  constructor(context: FakeContext, compute: () => V) {
    context.enqueue(() => {
      const value = compute();
      return () => {
        this.settled = true;
        this.result = value;
      };
    });
  }

  get value(): V {
    if (!this.settled) throw notLoaded('value');
    return this.result as V;
  }
}

class CollectionProxy<T, P> extends ClientObject<T[]> {
  private loadedItems: P[] | undefined;

  constructor(
    context: FakeContext,
    target: () => T[] | null,
    typeName: string,
    private readonly itemType: string,
    private readonly itemOf: (resolve: () => T | null) => P & { capture(names: readonly string[]): () => void },
  ) {
    super(context, target, typeName);
  }

  protected read(): unknown {
    return undefined;
  }

  get items(): P[] {
    this.context.assertLive();
    if (this.loadedItems === undefined) throw notLoaded('items');
    return this.loadedItems;
  }

  override load(argument?: unknown): this {
    const names = loadNames(argument)
      .map((name) => name.replace(/^items\//, ''))
      .filter((name) => name !== 'items');
    for (const name of names) this.context.requires(`${this.itemType}.${name}`);
    this.context.enqueue(() => {
      const count = this.resolve().length;
      // Each item is addressed by its position in the collection when a later action runs (GetItemAt).
      const items = Array.from({ length: count }, (_, index) => this.itemOf(() => (this.target() ?? [])[index] ?? null));
      const applied = items.map((item) => item.capture(names));
      return () => {
        for (const apply of applied) apply();
        this.loadedItems = items;
      };
    });
    return this;
  }

  protected first(member: string, orNull: boolean): P {
    this.requires(member);
    return this.itemOf(() => {
      const found = this.resolve()[0] ?? null;
      if (found === null && !orNull) throw wordError('ItemNotFound', 'The requested resource doesn’t exist.', `${this.constructor.name}.${member}`);
      return found;
    });
  }
}

class DocumentProxy extends ClientObject<FakeWord> {
  constructor(context: FakeContext) {
    super(context, () => context.word, 'Document');
  }

  protected read(target: FakeWord, name: string): unknown {
    if (name === 'changeTrackingMode') return target.trackingMode;
    throw new Error(`Document.${name}: not modelled`);
  }

  get body(): BodyProxy {
    return new BodyProxy(this.context);
  }

  get contentControls(): ControlCollectionProxy {
    // Document order; of two controls starting together, the outer one first.
    const start = (control: FakeControl) => this.word.positionOf(control.paragraphs[0] as number);
    return new ControlCollectionProxy(this.context, () => this.word.controls.slice().sort((a, b) => start(a) - start(b) || b.paragraphs.length - a.paragraphs.length));
  }

  get changeTrackingMode(): string {
    return this.property('changeTrackingMode') as string;
  }

  set changeTrackingMode(mode: string) {
    this.set('changeTrackingMode', (word) => {
      if (mode !== 'Off' && mode !== 'TrackAll' && mode !== 'TrackMineOnly') throw wordError('InvalidArgument', `The argument '${mode}' doesn't work for this situation.`);
      if (word.readOnly) throw wordError('AccessDenied', 'You cannot perform the requested operation.');
      word.trackingMode = mode;
      word.modes.push(mode);
    });
  }

  getSelection(): RangeProxy {
    this.context.assertLive();
    return new RangeProxy(this.context, () => this.word.selection);
  }
}

class BodyProxy extends ClientObject<FakeWord> {
  constructor(context: FakeContext) {
    super(context, () => context.word, 'Body');
  }

  protected read(target: FakeWord, name: string): unknown {
    if (name === 'text') return target.paragraphs.map((paragraph) => textOf(paragraph, null)).join('\r');
    throw new Error(`Body.${name}: not modelled`);
  }

  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.context, () => this.word.paragraphs.map((paragraph) => paragraph.id));
  }

  get contentControls(): ControlCollectionProxy {
    return new DocumentProxy(this.context).contentControls;
  }

  get tables(): TableCollectionProxy {
    this.requires('tables');
    return new TableCollectionProxy(this.context);
  }

  insertParagraph(text: string, location: string): ParagraphProxy {
    if (location !== 'Start' && location !== 'End') throw wordError('InvalidArgument', `Body.insertParagraph: ${location}`);
    let created: number | null = null;
    this.call('insertParagraph', (word) => {
      word.write('Body.insertParagraph');
      const position = location === 'Start' ? 0 : word.paragraphs.length;
      const like = word.paragraphs[location === 'Start' ? 0 : word.paragraphs.length - 1];
      created = word.insertParagraphAt(position, text, like?.cell ? undefined : like, []).id;
    });
    return new ParagraphProxy(this.context, () => (created === null ? null : this.word.byId(created)));
  }
}

class ParagraphCollectionProxy extends CollectionProxy<FakeParagraph, ParagraphProxy> {
  constructor(context: FakeContext, ids: () => number[] | null) {
    super(
      context,
      () => ids()?.map((id) => context.word.byId(id)) ?? null,
      'ParagraphCollection',
      'Paragraph',
      (resolve) => new ParagraphProxy(context, resolve),
    );
  }

  getFirst(): ParagraphProxy {
    return this.first('getFirst', false);
  }

  getLast(): ParagraphProxy {
    this.requires('getLast');
    return new ParagraphProxy(this.context, () => {
      const found = this.resolve().at(-1);
      if (found === undefined) throw wordError('ItemNotFound', 'The requested resource doesn’t exist.');
      return found;
    });
  }
}

class ParagraphProxy extends ClientObject<FakeParagraph> {
  constructor(context: FakeContext, target: () => FakeParagraph | null) {
    super(context, target, 'Paragraph');
  }

  protected read(paragraph: FakeParagraph, name: string): unknown {
    switch (name) {
      case 'text':
        return textOf(paragraph, null);
      case 'style':
        return paragraph.style;
      case 'tableNestingLevel':
        return paragraph.cell === null ? 0 : 1;
      case 'isListItem':
        return paragraph.list;
      default:
        throw new Error(`Paragraph.${name}: not modelled`);
    }
  }

  get text(): string {
    return this.property('text') as string;
  }

  get style(): string {
    return this.property('style') as string;
  }

  get tableNestingLevel(): number {
    return this.property('tableNestingLevel') as number;
  }

  get isListItem(): boolean {
    return this.property('isListItem') as boolean;
  }

  get parentContentControlOrNullObject(): ControlProxy {
    this.requires('parentContentControlOrNullObject');
    return new ControlProxy(this.context, () => {
      const paragraph = this.resolve();
      return this.word.innermost(paragraph.id) ?? null;
    });
  }

  get parentTableCellOrNullObject(): TableCellProxy {
    this.requires('parentTableCellOrNullObject');
    return new TableCellProxy(this.context, () => this.resolve().cell);
  }

  getReviewedText(version: 'Original' | 'Current' = 'Current'): ClientResult<string> {
    this.requires('getReviewedText');
    return new ClientResult(this.context, () => {
      const paragraph = this.resolve();
      if (version === 'Current') return paragraph.deleted ? '' : textOf(paragraph, 'del');
      return paragraph.inserted ? '' : textOf(paragraph, 'ins');
    });
  }

  getRange(location: string = 'Whole'): RangeProxy {
    this.requires('getRange');
    if (location !== 'Whole' && location !== 'Content') throw new Error(`Paragraph.getRange(${location}): not modelled`);
    return new RangeProxy(this.context, () => ({ kind: 'paragraphs', ids: [this.resolve().id] }));
  }

  insertText(text: string, location: string): RangeProxy {
    if (!['Replace', 'Start', 'End'].includes(location)) throw wordError('InvalidArgument', `Paragraph.insertText: ${location}`);
    let created: Target | null = null;
    this.call('insertText', (paragraph) => {
      this.word.write('Paragraph.insertText');
      const length = textOf(paragraph, null).length;
      const [start, end] = location === 'Replace' ? [0, length] : location === 'Start' ? [0, 0] : [length, length];
      this.word.replaceText(paragraph, start, end, text);
      created = { kind: 'text', id: paragraph.id, start, end: start + text.length };
    });
    return new RangeProxy(this.context, () => created);
  }

  insertParagraph(text: string, location: string): ParagraphProxy {
    if (location !== 'Before' && location !== 'After') throw wordError('InvalidArgument', `Paragraph.insertParagraph: ${location}`);
    let created: number | null = null;
    this.call('insertParagraph', (paragraph) => {
      this.word.write('Paragraph.insertParagraph');
      created = this.word.insertBeside(paragraph, location, text).id;
    });
    return new ParagraphProxy(this.context, () => (created === null ? null : this.word.byId(created)));
  }

  delete(): void {
    this.call('delete', (paragraph) => {
      this.word.write('Paragraph.delete');
      this.word.deleteParagraph(paragraph);
    });
  }

  select(mode?: string): void {
    this.call('select', (paragraph) => {
      this.word.selection =
        mode === 'End' ? { kind: 'text', id: paragraph.id, start: textOf(paragraph, null).length, end: textOf(paragraph, null).length } : { kind: 'paragraphs', ids: [paragraph.id] };
    });
  }

  search(text: string, options?: { matchCase?: boolean }): RangeCollectionProxy {
    this.requires('search');
    if (text.length > 255) throw wordError('SearchStringInvalidOrTooLong', 'The search string is invalid or too long.');
    if (text.includes('^')) throw wordError('InvalidArgument', 'Word’s escape character ^ in a search string: not modelled.');
    return new RangeCollectionProxy(this.context, () => {
      const paragraph = this.resolve();
      const full = textOf(paragraph, null);
      const haystack = options?.matchCase === true ? full : full.toLowerCase();
      const needle = options?.matchCase === true ? text : text.toLowerCase();
      const found: Target[] = [];
      for (let at = haystack.indexOf(needle); needle !== '' && at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
        found.push({ kind: 'text', id: paragraph.id, start: at, end: at + needle.length });
      }
      return found;
    });
  }
}

class RangeCollectionProxy extends CollectionProxy<Target, RangeProxy> {
  constructor(context: FakeContext, targets: () => Target[] | null) {
    super(context, targets, 'RangeCollection', 'Range', (resolve) => new RangeProxy(context, resolve));
  }
}

class RangeProxy extends ClientObject<Target> {
  constructor(context: FakeContext, target: () => Target | null) {
    super(context, target, 'Range');
  }

  protected read(range: Target, name: string): unknown {
    if (name === 'text') {
      if (range.kind === 'text') return textOf(this.word.byId(range.id), null).slice(range.start, range.end);
      return range.ids.map((id) => textOf(this.word.byId(id), null)).join('\r');
    }
    if (name === 'isEmpty') return range.kind === 'text' && range.start === range.end;
    throw new Error(`Range.${name}: not modelled`);
  }

  get text(): string {
    return this.property('text') as string;
  }

  private paragraphIds(range: Target): number[] {
    return range.kind === 'text' ? [range.id] : range.ids;
  }

  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.context, () => {
      const range = this.target();
      return range === null ? null : this.paragraphIds(range);
    });
  }

  get parentContentControlOrNullObject(): ControlProxy {
    this.requires('parentContentControlOrNullObject');
    return new ControlProxy(this.context, () => this.word.innermost(this.paragraphIds(this.resolve())[0] as number) ?? null);
  }

  expandTo(other: RangeProxy): RangeProxy {
    this.requires('expandTo');
    return new RangeProxy(this.context, () => {
      const ids = [...this.paragraphIds(this.resolve()), ...this.paragraphIds(other.resolveTarget())];
      const positions = ids.map((id) => this.word.positionOf(id));
      const from = Math.min(...positions);
      const to = Math.max(...positions);
      return { kind: 'paragraphs', ids: this.word.paragraphs.slice(from, to + 1).map((paragraph) => paragraph.id) };
    });
  }

  resolveTarget(): Target {
    return this.resolve();
  }

  insertContentControl(): ControlProxy {
    let created: number | null = null;
    this.call('insertContentControl', (range) => {
      this.word.write('Range.insertContentControl');
      if (range.kind === 'text') throw new Error('an inline content control: not modelled');
      created = this.word.wrap(range.ids).id;
    });
    return new ControlProxy(this.context, () => (created === null ? null : (this.word.controls.find((control) => control.id === created) ?? null)));
  }

  insertText(text: string, location: string): RangeProxy {
    if (!['Replace', 'Start', 'End', 'Before', 'After'].includes(location)) throw wordError('InvalidArgument', `Range.insertText: ${location}`);
    let created: Target | null = null;
    this.call('insertText', (range) => {
      this.word.write('Range.insertText');
      if (range.kind !== 'text') throw new Error('insertText on a range of whole paragraphs: not modelled');
      const paragraph = this.word.byId(range.id);
      const [start, end] = location === 'Replace' ? [range.start, range.end] : location === 'Start' || location === 'Before' ? [range.start, range.start] : [range.end, range.end];
      this.word.replaceText(paragraph, start, end, text);
      // A tracked replacement keeps the old text as a deleted run before the new one.
      const shift = this.word.tracking && location === 'Replace' ? end - start : 0;
      created = { kind: 'text', id: range.id, start: start + shift, end: start + shift + text.length };
    });
    return new RangeProxy(this.context, () => created);
  }

  insertParagraph(text: string, location: string): ParagraphProxy {
    if (location !== 'Before' && location !== 'After') throw wordError('InvalidArgument', `Range.insertParagraph: ${location}`);
    let created: number | null = null;
    this.call('insertParagraph', (range) => {
      this.word.write('Range.insertParagraph');
      const ids = this.paragraphIds(range);
      const anchor = this.word.byId((location === 'After' ? ids.at(-1) : ids[0]) as number);
      created = this.word.insertBeside(anchor, location, text).id;
    });
    return new ParagraphProxy(this.context, () => (created === null ? null : this.word.byId(created)));
  }

  select(): void {
    this.call('select', (range) => {
      this.word.selection = range;
    });
  }
}

class ControlCollectionProxy extends CollectionProxy<FakeControl, ControlProxy> {
  constructor(context: FakeContext, controls: () => FakeControl[] | null) {
    super(context, controls, 'ContentControlCollection', 'ContentControl', (resolve) => new ControlProxy(context, resolve));
  }

  getByTag(tag: string): ControlCollectionProxy {
    this.requires('getByTag');
    return new ControlCollectionProxy(this.context, () => this.resolve().filter((control) => control.tag === tag));
  }

  getFirstOrNullObject(): ControlProxy {
    return this.first('getFirstOrNullObject', true);
  }

  getFirst(): ControlProxy {
    return this.first('getFirst', false);
  }
}

class ControlProxy extends ClientObject<FakeControl> {
  constructor(context: FakeContext, target: () => FakeControl | null) {
    super(context, target, 'ContentControl');
  }

  protected read(control: FakeControl, name: string): unknown {
    switch (name) {
      case 'tag':
        return control.tag;
      case 'title':
        return control.title;
      case 'appearance':
        return control.appearance;
      case 'id':
        return control.id;
      case 'text':
        return control.paragraphs.map((id) => textOf(this.word.byId(id), null)).join('\r');
      default:
        throw new Error(`ContentControl.${name}: not modelled`);
    }
  }

  get tag(): string {
    return this.property('tag') as string;
  }

  set tag(value: string) {
    this.set('tag', (control) => {
      this.word.write('ContentControl.tag');
      control.tag = value;
    });
  }

  get title(): string {
    return this.property('title') as string;
  }

  set title(value: string) {
    this.set('title', (control) => {
      this.word.write('ContentControl.title');
      control.title = value;
    });
  }

  get text(): string {
    return this.property('text') as string;
  }

  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.context, () => {
      const control = this.target();
      return control === null ? null : control.paragraphs;
    });
  }

  getRange(location: string = 'Whole'): RangeProxy {
    this.requires('getRange');
    if (location !== 'Whole' && location !== 'Content') throw new Error(`ContentControl.getRange(${location}): not modelled`);
    return new RangeProxy(this.context, () => ({ kind: 'paragraphs', ids: [...this.resolve().paragraphs] }));
  }

  getReviewedText(version: 'Original' | 'Current' = 'Current'): ClientResult<string> {
    this.requires('getReviewedText');
    return new ClientResult(this.context, () => {
      const control = this.resolve();
      const paragraphs = control.paragraphs.map((id) => this.word.byId(id));
      return version === 'Current'
        ? paragraphs
            .filter((paragraph) => !paragraph.deleted)
            .map((paragraph) => textOf(paragraph, 'del'))
            .join('\r')
        : paragraphs
            .filter((paragraph) => !paragraph.inserted)
            .map((paragraph) => textOf(paragraph, 'ins'))
            .join('\r');
    });
  }

  insertParagraph(text: string, location: string): ParagraphProxy {
    if (!['Start', 'End', 'Before', 'After'].includes(location)) throw wordError('InvalidArgument', `ContentControl.insertParagraph: ${location}`);
    let created: number | null = null;
    this.call('insertParagraph', (control) => {
      this.word.write('ContentControl.insertParagraph');
      const first = this.word.positionOf(control.paragraphs[0] as number);
      const last = this.word.positionOf(control.paragraphs.at(-1) as number);
      const outer = this.word.controls.filter((candidate) => candidate !== control && control.paragraphs.every((id) => candidate.paragraphs.includes(id)));
      const inside = location === 'Start' || location === 'End';
      const position = location === 'Start' || location === 'Before' ? first : last + 1;
      const like = this.word.paragraphs[location === 'Start' || location === 'Before' ? first : last];
      created = this.word.insertParagraphAt(position, text, like, inside ? [control, ...outer] : outer).id;
    });
    return new ParagraphProxy(this.context, () => (created === null ? null : this.word.byId(created)));
  }

  delete(keepContent: boolean): void {
    this.call('delete', (control) => {
      this.word.write('ContentControl.delete');
      this.word.controls = this.word.controls.filter((candidate) => candidate !== control);
      if (!keepContent) for (const id of control.paragraphs) this.word.deleteParagraph(this.word.byId(id));
    });
  }

  select(): void {
    this.call('select', (control) => {
      this.word.selection = { kind: 'paragraphs', ids: [...control.paragraphs] };
    });
  }
}

class TableCellProxy extends ClientObject<{ table: number; row: number; cell: number }> {
  constructor(context: FakeContext, target: () => { table: number; row: number; cell: number } | null) {
    super(context, target, 'TableCell');
  }

  protected read(cell: { row: number; cell: number }, name: string): unknown {
    if (name === 'rowIndex') return cell.row;
    if (name === 'cellIndex') return cell.cell;
    throw new Error(`TableCell.${name}: not modelled`);
  }

  get rowIndex(): number {
    return this.property('rowIndex') as number;
  }

  get cellIndex(): number {
    return this.property('cellIndex') as number;
  }
}

interface FakeTable {
  readonly table: number;
  readonly rows: string[][];
}

class TableCollectionProxy extends CollectionProxy<FakeTable, TableProxy> {
  constructor(context: FakeContext) {
    super(
      context,
      () => {
        const tables = new Map<number, string[][]>();
        for (const paragraph of context.word.paragraphs) {
          if (paragraph.cell === null) continue;
          const rows = tables.get(paragraph.cell.table) ?? [];
          const row = (rows[paragraph.cell.row] ??= []);
          row[paragraph.cell.cell] = [row[paragraph.cell.cell], textOf(paragraph, null)].filter((part) => part !== undefined).join('\r');
          tables.set(paragraph.cell.table, rows);
        }
        return [...tables.entries()].map(([table, rows]) => ({ table, rows }));
      },
      'TableCollection',
      'Table',
      (resolve) => new TableProxy(context, resolve),
    );
  }
}

class TableProxy extends ClientObject<FakeTable> {
  constructor(context: FakeContext, target: () => FakeTable | null) {
    super(context, target, 'Table');
  }

  protected read(table: FakeTable, name: string): unknown {
    if (name === 'rowCount') return table.rows.length;
    if (name === 'values') return table.rows.map((row) => [...row]);
    throw new Error(`Table.${name}: not modelled`);
  }

  get rowCount(): number {
    return this.property('rowCount') as number;
  }

  get values(): string[][] {
    return this.property('values') as string[][];
  }
}
