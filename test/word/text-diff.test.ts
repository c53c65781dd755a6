import { occurrenceIndex, occurrences, wordEdit } from '../../src/word/text-diff';

/** What a tracked change strikes and inserts: whole words, an amount whole, never nothing to find. */
describe('the words a rewrite changes', () => {
  const NBSP = '\u00a0';
  test.each([
    ['an amount', 'pour un montant de 26 000 €', 'pour un montant de 25 000 €', '26 000', '25 000'],
    ['an amount whose group separators change too', '1 700 000 EUR, conformément', `1${NBSP}745${NBSP}883${NBSP}€, conformément`, '1 700 000 EUR', `1${NBSP}745${NBSP}883${NBSP}€`],
    ['a word inside a title', 'la mobilisation des collèges comme outil', 'la mobilisation des internats scolaires comme outil', 'collèges', 'internats scolaires'],
    ['an axis filled in « (axe ) »', 'Action 4 (axe ) : Renforcer', 'Action 4 (axe 1) : Renforcer', 'axe ', 'axe 1'],
    ['an axis added where none was', 'Action 2 : Mieux', 'Action 2 (axe 2) : Mieux', '2 ', '2 (axe 2) '],
    ['a word at the very start', 'Pour 2022, la', 'Pour 2023, la', '2022', '2023'],
    ['text added at the start', 'Action 1', 'Nouvelle Action 1', 'Action', 'Nouvelle Action'],
  ])('%s', (_name, before, after, find, replace) => {
    const edit = wordEdit(before, after);
    expect(edit).toMatchObject({ find, replace });
    // Replacing the words found where they are gives the new text.
    expect(`${before.slice(0, edit!.start)}${edit!.replace}${before.slice(edit!.end)}`).toBe(after);
  });

  test('nothing to change, or nothing to find (an empty paragraph): no edit, the paragraph is written whole', () => {
    expect(wordEdit('même texte', 'même texte')).toBeNull();
    expect(wordEdit('', 'nouveau')).toBeNull();
  });

  test('which occurrence Word’s search must take, counted as Word counts them (no overlaps)', () => {
    expect(occurrences('2 000 € et 2 000 €', '2 000')).toBe(2);
    expect(occurrenceIndex('2 000 € et 2 000 €', '2 000', 11)).toBe(1);
    expect(occurrences('aaaa', 'aa')).toBe(2);
  });
});
