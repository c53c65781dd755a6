import { ARTICLE_TAGS, type ArticleWrite, DocumentError } from '../../src/document/convention-document';
import { documentText } from '../../src/document/document-text';
import { OfficeDocument, plainParagraphText } from '../../src/word/office-document';
import { FakeWord } from '../helpers/fake-word';
import { SEED_AT, SEED_CONVENTION } from '../helpers/word-conventions';

const NBSP = '\u00a0';
const seed = () => new FakeWord(SEED_CONVENTION);
const text = (word: FakeWord, at: number) => word.current()[at] as string;

/** Article 4.1 of the seed with action 2's amount changed, the rest kept: as the pane builds a write. */
function amountWrite(word: FakeWord, amount: string): ArticleWrite {
  const at = SEED_AT.action2;
  const was = text(word, at);
  return {
    tag: ARTICLE_TAGS.list,
    changes: [
      ...Array.from({ length: at - SEED_AT.heading }, (_, index) => ({ kind: 'keep' as const, at: SEED_AT.heading + index, was: text(word, SEED_AT.heading + index) })),
      { kind: 'change', at, was, text: was.replace('70 854 €', amount) },
      ...Array.from({ length: SEED_AT.action6 - at }, (_, index) => ({ kind: 'keep' as const, at: at + 1 + index, was: text(word, at + 1 + index) })),
    ],
  };
}

describe('reading the convention open in Word', () => {
  test('every paragraph, in order, with its table cell, list and control; tables read as tab-separated rows', async () => {
    const word = seed();
    word.paragraphs[SEED_AT.action1]!.list = true;
    word.addControl(SEED_AT.heading, SEED_AT.action6, 'convention-budget:article-4.1');
    const paragraphs = await new OfficeDocument(word.host()).read();
    expect(paragraphs).toHaveLength(SEED_CONVENTION.length);
    expect(paragraphs[SEED_AT.heading]).toEqual({ text: SEED_CONVENTION[SEED_AT.heading]!.text, cell: null, listItem: false, control: 'convention-budget:article-4.1' });
    expect(paragraphs[SEED_AT.action1]?.listItem).toBe(true);
    expect(paragraphs[SEED_AT.cost]?.control).toBeNull();
    expect(paragraphs[25]?.cell).toEqual({ row: 0, cell: 1 });
    const { text: whole, lineOf } = documentText(paragraphs);
    expect(whole.split('\n')).toContain('Taux maximal de participation de l’État\t50 % du coût de chaque action');
    expect(whole.split('\n')).toContain('Contribution de l’État pour 2022\t500 000 €');
    expect(lineOf[25]).toBe(lineOf[24]);
    // Two syncs, whatever the length: one for the paragraphs, one for their cells, controls and reviewed text.
    expect(word.syncs).toBe(2);
  });

  test('tracked deletions are left out with WordApi 1.4 (Word’s `text` keeps them: office-js#1267)', async () => {
    const word = seed();
    await new OfficeDocument(word.host()).writeArticles([amountWrite(word, '80 000 €')], { track: true });
    const raw = word.paragraphs[SEED_AT.action2]!.runs.map((run) => run.text).join('');
    expect(raw).toContain('70 85480 000');
    const read = await new OfficeDocument(word.host()).read();
    expect(read[SEED_AT.action2]?.text).toMatch(/pour un montant de 80 000 €$/);
  });

  test('a manual line break reads as a space, a non-breaking hyphen as a hyphen, field marks not at all', () => {
    expect(plainParagraphText('Action 1\u000bsuite\u001eplus\u0013 PAGE \u00141\u0015')).toBe('Action 1 suite-plus PAGE 1');
  });

  test('a Word below WordApi 1.3 cannot be read: the fake refuses the 1.3 members as office.js does', async () => {
    const word = seed();
    word.apiMinor = 2;
    await expect(new OfficeDocument(word.host()).read()).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('writing the articles as tracked changes', () => {
  test('only the words that differ change, tracked; accepting gives the new text, rejecting the old; tracking goes back off', async () => {
    const word = seed();
    const before = word.current();
    const report = await new OfficeDocument(word.host()).writeArticles([amountWrite(word, `80${NBSP}000${NBSP}€`)], { track: true });
    expect(report).toMatchObject({ tracked: true, changed: 1, inserted: 0, deleted: 0, wrapped: 1, unwrapped: 0 });
    // The seed writes plain spaces, the budget no-break spaces: the space before € differs too.
    expect(word.markup()[SEED_AT.action2]).toBe(`- Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de ~~70 854 ~~++80${NBSP}000${NBSP}++€`);
    expect(word.edits.filter((edit) => edit.action.endsWith('insertText')).every((edit) => edit.tracked)).toBe(true);
    expect(word.trackingMode).toBe('Off');
    expect(word.modes).toEqual(['TrackAll', 'Off']);
    expect(word.original()).toEqual(before);
    word.acceptAll();
    expect(text(word, SEED_AT.action2)).toMatch(/pour un montant de 80\u00a0000\u00a0€$/);
  });

  test('the article goes into a control tagged convention-budget:article-4.1 once; the next update finds it and writes only inside', async () => {
    const word = seed();
    const document = new OfficeDocument(word.host());
    await document.writeArticles([amountWrite(word, '80 000 €')], { track: true });
    expect(word.controls).toHaveLength(1);
    expect(word.controls[0]).toMatchObject({ tag: 'convention-budget:article-4.1', title: 'Article 4.1 (Convention Budget)' });
    expect(word.controlText('convention-budget:article-4.1')?.[0]).toBe(SEED_CONVENTION[SEED_AT.heading]!.text);
    expect(word.controlText('convention-budget:article-4.1')?.at(-1)).toBe(SEED_CONVENTION[SEED_AT.action6]!.text);
    word.acceptAll();
    const again = await document.writeArticles([amountWrite(word, '90 000 €')], { track: true });
    expect(again.wrapped).toBe(0);
    expect(word.controls).toHaveLength(1);
    expect(word.current()[SEED_AT.after]).toBe(SEED_CONVENTION[SEED_AT.after]!.text);
  });

  test('items added at the end stay inside the article’s control (Word puts a paragraph inserted after a control’s last one outside it)', async () => {
    const word = seed();
    word.addControl(SEED_AT.heading, SEED_AT.action6, 'convention-budget:article-4.1');
    const last = text(word, SEED_AT.action6);
    const report = await new OfficeDocument(word.host()).writeArticles(
      [
        {
          tag: ARTICLE_TAGS.list,
          changes: [
            { kind: 'keep', at: SEED_AT.heading, was: text(word, SEED_AT.heading) },
            { kind: 'keep', at: SEED_AT.action6, was: last },
            { kind: 'insert', text: '' },
            { kind: 'insert', text: '- Action 7 (axe 1) : Nouvelle action pour un montant de 10 000 €' },
          ],
        },
      ],
      { track: true },
    );
    expect(report.inserted).toBe(2);
    const inside = word.controlText('convention-budget:article-4.1') ?? [];
    expect(inside.slice(-3)).toEqual([last, '', '- Action 7 (axe 1) : Nouvelle action pour un montant de 10 000 €']);
    expect(word.current()[SEED_AT.after + 2]).toBe(SEED_CONVENTION[SEED_AT.after]!.text);
    expect(word.markup()[SEED_AT.action6 + 2]).toBe('++¶++- Action 7 (axe 1) : Nouvelle action pour un montant de 10 000 €++');
  });

  test('another control with our tag elsewhere (an article inserted at the cursor before): new items go into the article’s own control', async () => {
    const word = seed();
    word.addControl(1, 1, 'convention-budget:article-4.1');
    const own = word.addControl(SEED_AT.heading, SEED_AT.action6, 'convention-budget:article-4.1');
    await new OfficeDocument(word.host()).writeArticles(
      [
        {
          tag: ARTICLE_TAGS.list,
          changes: [
            { kind: 'keep', at: SEED_AT.heading, was: text(word, SEED_AT.heading) },
            { kind: 'keep', at: SEED_AT.action6, was: text(word, SEED_AT.action6) },
            { kind: 'insert', text: '- Action 7 (axe 1) : Nouvelle pour un montant de 1 000 €' },
          ],
        },
      ],
      { track: true },
    );
    expect(
      word
        .byId(own.paragraphs.at(-1)!)
        .runs.map((run) => run.text)
        .join(''),
    ).toBe('- Action 7 (axe 1) : Nouvelle pour un montant de 1 000 €');
    expect(word.controls[0]?.paragraphs).toHaveLength(1);
  });

  test('an item removed is a tracked deletion; one added between others takes their layout; positions below move (written bottom up)', async () => {
    const word = seed();
    word.paragraphs[SEED_AT.action1]!.list = true;
    word.paragraphs[SEED_AT.action2]!.list = true;
    const report = await new OfficeDocument(word.host()).writeArticles(
      [
        {
          tag: ARTICLE_TAGS.list,
          changes: [
            { kind: 'keep', at: SEED_AT.heading, was: text(word, SEED_AT.heading) },
            { kind: 'keep', at: SEED_AT.action1, was: text(word, SEED_AT.action1) },
            { kind: 'insert', text: '- Action 1 bis (axe 2) : Ajoutée pour un montant de 1 000 €' },
            { kind: 'delete', at: SEED_AT.action2, was: text(word, SEED_AT.action2) },
            { kind: 'delete', at: SEED_AT.action2 + 1, was: '' },
            { kind: 'change', at: SEED_AT.action6, was: text(word, SEED_AT.action6), text: text(word, SEED_AT.action6).replace('(axe 2)', '(axe 1)') },
          ],
        },
      ],
      { track: true },
    );
    expect(report).toMatchObject({ changed: 1, inserted: 1, deleted: 2 });
    const added = word.paragraphs[SEED_AT.action1 + 1]!;
    expect(added.list).toBe(true);
    expect(word.markup()[SEED_AT.action2 + 1]).toMatch(/^~~¶~~- Action 2/);
    expect(word.markup().at(SEED_AT.action6 + 1)).toMatch(/^- Action 6 \(axe ~~2~~\+\+1\+\+\)/);
    word.acceptAll();
    expect(
      word
        .current()
        .filter((line) => line.startsWith('- Action'))
        .map((line) => line.slice(0, 14)),
    ).toEqual(['- Action 1 (ax', '- Action 1 bis', '- Action 3 (ax', '- Action 4 (ax', '- Action 5 (ax', '- Action 6 (ax']);
  });

  test('a paragraph that no longer says what was read is refused, and nothing is written', async () => {
    const word = seed();
    const write = amountWrite(word, '80 000 €');
    word.paragraphs[SEED_AT.action4]!.runs = [{ text: 'Typed meanwhile by the officer', rev: null }];
    const before = word.markup();
    await expect(new OfficeDocument(word.host()).writeArticles([write], { track: true })).rejects.toMatchObject({ code: 'changed' });
    expect(word.markup()).toEqual(before);
    expect(word.controls).toHaveLength(0);
    expect(word.trackingMode).toBe('Off');
  });

  test('the officer’s own tracking mode is kept as it is, and given back when a write fails halfway', async () => {
    const mine = seed();
    mine.trackingMode = 'TrackMineOnly';
    await new OfficeDocument(mine.host()).writeArticles([amountWrite(mine, '80 000 €')], { track: true });
    expect(mine.trackingMode).toBe('TrackMineOnly');
    expect(mine.edits.filter((edit) => edit.action.endsWith('insertText')).every((edit) => edit.tracked)).toBe(true);

    const failing = seed();
    const write = amountWrite(failing, '80 000 €');
    // A paragraph that vanishes between the check and the write's last batch: Word fails that action.
    const original = failing.replaceText.bind(failing);
    failing.replaceText = () => {
      failing.replaceText = original;
      throw Object.assign(new Error('GeneralException'), { code: 'GeneralException' });
    };
    await expect(new OfficeDocument(failing.host()).writeArticles([write], { track: true })).rejects.toBeInstanceOf(DocumentError);
    expect(failing.trackingMode).toBe('Off');
  });

  test('a control of the officer’s that crosses the article: Word refuses our control there, and the article is written without it', async () => {
    const word = seed();
    word.addControl(SEED_AT.action4, SEED_AT.after, 'officer');
    const report = await new OfficeDocument(word.host()).writeArticles([amountWrite(word, '80 000 €')], { track: true });
    expect(report).toMatchObject({ wrapped: 0, unwrapped: 1, changed: 1 });
    expect(word.controls.map((control) => control.tag)).toEqual(['officer']);
  });

  test('without WordApi 1.4 the write is not tracked, and no 1.4 member is touched', async () => {
    const word = seed();
    word.apiMinor = 3;
    const document = new OfficeDocument(word.host());
    expect(document.capabilities).toEqual({ trackedChanges: false, reviewedText: false });
    const report = await document.writeArticles([amountWrite(word, '80 000 €')], { track: true });
    expect(report.tracked).toBe(false);
    expect(word.markup()[SEED_AT.action2]).toMatch(/pour un montant de 80 000 €$/);
    expect(word.modes).toEqual([]);
  });

  test('a read-only document refuses the write with AccessDenied: said as read-only', async () => {
    const word = seed();
    word.readOnly = true;
    await expect(new OfficeDocument(word.host()).writeArticles([amountWrite(word, '80 000 €')], { track: true })).rejects.toMatchObject({ code: 'read-only' });
  });
});

describe('inserting at the cursor, selecting, settings', () => {
  test('new paragraphs after the cursor’s paragraph, in a control when tagged; never inside one of our articles', async () => {
    const word = seed();
    word.cursorAt(2);
    const document = new OfficeDocument(word.host());
    await document.insertAtCursor(['Article 3.1 à écrire'], { track: true, tag: ARTICLE_TAGS.cost });
    expect(word.current()[3]).toBe('Article 3.1 à écrire');
    expect(word.controlsOf(3).map((control) => control.tag)).toEqual(['convention-budget:article-3.1']);
    expect(word.markup()[3]).toBe('++¶++Article 3.1 à écrire++');

    word.addControl(SEED_AT.heading + 1, SEED_AT.action6 + 1, 'convention-budget:article-4.1');
    word.cursorAt(SEED_AT.action2 + 1);
    await document.insertAtCursor(['L’article 4.1 de la convention est remplacé…', '« 4.1 … »'], { track: false, tag: null });
    expect(word.current().slice(SEED_AT.action6 + 2, SEED_AT.action6 + 4)).toEqual(['L’article 4.1 de la convention est remplacé…', '« 4.1 … »']);
    expect(word.controlsOf(SEED_AT.action6 + 2)).toEqual([]);
  });

  test('the cursor in a table: refused, said', async () => {
    const word = seed();
    word.cursorAt(25);
    await expect(new OfficeDocument(word.host()).insertAtCursor(['x'], { track: true, tag: null })).rejects.toMatchObject({ code: 'not-found' });
  });

  test('Aller au paragraphe selects it; the officer typed since: its nearest paragraph with that text; gone: said', async () => {
    const word = seed();
    const document = new OfficeDocument(word.host());
    const target = text(word, SEED_AT.action4);
    await expect(document.selectParagraph(SEED_AT.action4, target)).resolves.toBe('selected');
    expect(word.selection).toEqual({ kind: 'paragraphs', ids: [word.paragraphs[SEED_AT.action4]!.id] });
    word.paragraphs.splice(1, 0, word.paragraphOf({ text: 'Un paragraphe ajouté' }));
    await expect(document.selectParagraph(SEED_AT.action4, target)).resolves.toBe('moved');
    expect(word.selection).toEqual({ kind: 'paragraphs', ids: [word.paragraphs[SEED_AT.action4 + 1]!.id] });
    await expect(document.selectParagraph(SEED_AT.action4, 'Nulle part')).resolves.toBe('gone');
  });

  test('settings kept in the document, saved only when they change', async () => {
    const word = seed();
    const document = new OfficeDocument(word.host());
    await document.writeSettings({ version: 1, lang: 'fr' });
    await document.writeSettings({ version: 1, lang: 'fr' });
    expect(word.settingsSaves).toBe(1);
    await expect(document.readSettings()).resolves.toEqual({ version: 1, lang: 'fr' });
  });
});
