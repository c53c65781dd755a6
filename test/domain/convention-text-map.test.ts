import { flatText, replaceInOriginal } from '../../src/domain';

const NB = '\u00a0';
const NNB = '\u202f';

describe('a paragraph made flat for the patterns: single spaces, straight apostrophes, trimmed', () => {
  test.each<[string, string, string]>([
    ['spaces before the number, as Word indents it', `  ${NB}Article 4.1 : Pour l’année 2023`, "Article 4.1 : Pour l'année 2023"],
    ['a tab after the number', '4.1\tPour l’année 2023', "4.1 Pour l'année 2023"],
    ['no-break spaces in the amount and before the colon', `110${NNB}000${NB}€${NB}:`, '110 000 € :'],
    ['the typographic apostrophe', 'l’État', "l'État"],
    ['the opening quote used as an apostrophe', 'l‘État', "l'État"],
    ['the modifier letter apostrophe of a PDF', 'lʼÉtat', "l'État"],
    ['the backquote of a typewriter', 'l`État', "l'État"],
  ])('%s', (_, text, flat) => {
    expect(flatText(text).flat).toBe(flat);
  });

  test('each flat character points back to its own, and the end to just past the last one kept', () => {
    // « 110 000 € » indented, with the no-break spaces Word puts, and trailing spaces that stay the paragraph's.
    const text = flatText(`  110${NNB}000${NB}€  `);
    expect(text.flat).toBe('110 000 €');
    expect(text.origin).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  test('a text of spaces only is empty', () => {
    expect(flatText(`${NB} \t`)).toEqual({ flat: '', origin: [0], original: `${NB} \t` });
  });
});

describe('what we write changes only the words that differ', () => {
  const heading = `4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500.000${NB}EUR, pour les actions suivantes${NB}:`;

  test('the year and the amount replaced, given in any order, the officer’s apostrophes and no-break spaces kept', () => {
    const text = flatText(heading);
    const year = text.flat.indexOf('2022');
    const amount = text.flat.indexOf('500.000');
    const edits = [
      { from: amount, to: amount + '500.000 EUR'.length, text: `110${NNB}000${NB}€` },
      { from: year, to: year + 4, text: '2023' },
    ];
    expect(replaceInOriginal(text, edits)).toBe(`4.1 Pour l’année 2023, l’administration contribue financièrement pour un montant de 110${NNB}000${NB}€, pour les actions suivantes${NB}:`);
  });

  test('two edits side by side both apply', () => {
    const text = flatText(heading);
    const amount = text.flat.indexOf('500.000');
    const euro = amount + '500.000'.length;
    expect(
      replaceInOriginal(text, [
        { from: amount, to: euro, text: `110${NNB}000` },
        { from: euro, to: euro + ' EUR'.length, text: `${NB}€` },
      ]),
    ).toContain(`montant de 110${NNB}000${NB}€, pour`);
  });

  test('an edit overlapping the one before it is dropped, never writing its words twice', () => {
    const text = flatText(heading);
    const amount = text.flat.indexOf('500.000');
    expect(
      replaceInOriginal(text, [
        { from: amount, to: amount + '500.000 EUR'.length, text: '110 000 €' },
        { from: amount + 4, to: amount + '500.000 EUR'.length, text: '000 €' },
      ]),
    ).toContain('montant de 110 000 €, pour');
  });

  test('a word inserted after two no-break spaces goes after them, the spaces written once', () => {
    const text = flatText(`Action 1 :${NB}${NB}Mettre en œuvre un réseau de prévention précoce pour un montant de 45 139 €`);
    const title = text.flat.indexOf('Mettre');
    expect(replaceInOriginal(text, [{ from: title, to: title, text: '(axe 2) ' }])).toBe(`Action 1 :${NB}${NB}(axe 2) Mettre en œuvre un réseau de prévention précoce pour un montant de 45 139 €`);
  });

  test('a word added at the end goes before the trailing spaces', () => {
    const text = flatText('Pour un montant de 45 139 €  ');
    expect(replaceInOriginal(text, [{ from: text.flat.length, to: text.flat.length, text: ' HT' }])).toBe('Pour un montant de 45 139 € HT  ');
  });
});
