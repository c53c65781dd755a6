import { conventionTextOfHtml } from '../../src/domain';

/**
 * The same convention as HTML written by another tool than mammoth: Word's « Enregistrer sous… Page
 * Web filtrée » and LibreOffice put attributes on every row and paragraph (class, style, align),
 * write <br> in the HTML 4 way, and escape characters as numeric entities (a no-break space as
 * &#160; or &#xA0;, an accent as &#233; or &#xE9;). The officer reads the same lines.
 */

const NBSP = '\u00a0';

describe('a Word convention saved as HTML by Word or LibreOffice, line by line', () => {
  test.each([
    ['a paragraph with a class and a style', '<p class="MsoNormal" style="text-align:justify">4.1 Pour l’année 2023, l’État verse 500 000 €.</p>', '4.1 Pour l’année 2023, l’État verse 500 000 €.'],
    ['a heading with its own id', '<h1 id="_Toc1">ARTICLE 4 – Dispositions financières</h1>', 'ARTICLE 4 – Dispositions financières'],
    ['a list item with a style', '<li style="margin-left:18pt">Action 1 (axe 2)</li>', '- Action 1 (axe 2)'],
    [
      'a table row with a style, its cell of two paragraphs with a class',
      '<table><tr style="height:14pt"><td><p class="MsoNormal">Taux maximal</p></td><td><p class="MsoNormal">50 %</p><p class="MsoNormal">du coût</p></td></tr></table>',
      'Taux maximal\t50 % du coût',
    ],
    ['a line break written <br>', '<p>Le coût total estimé éligible des projets<br>est évalué à 1 745 883 EUR</p>', 'Le coût total estimé éligible des projets est évalué à 1 745 883 EUR'],
    ['a line break written <br/>', '<p>Le coût total estimé éligible des projets<br/>est évalué à 1 745 883 EUR</p>', 'Le coût total estimé éligible des projets est évalué à 1 745 883 EUR'],
    ['a no-break space written &#160;', '<p>l’État verse 500&#160;000&#160;€</p>', `l’État verse 500${NBSP}000${NBSP}€`],
    ['a no-break space written &#xA0;', '<p>l’État verse 500&#xA0;000&#xA0;€</p>', `l’État verse 500${NBSP}000${NBSP}€`],
    ['a no-break space written &#XA0;', '<p>l’État verse 500&#XA0;000&#XA0;€</p>', `l’État verse 500${NBSP}000${NBSP}€`],
    ['an accent written &#233; and &#201;', '<p>l&#8217;&#201;tat verse la contribution pr&#233;vue</p>', 'l’État verse la contribution prévue'],
    ['an accent written &#xE9; and &#xC9;', '<p>l&#x2019;&#xC9;tat verse la contribution pr&#xE9;vue</p>', 'l’État verse la contribution prévue'],
  ])('%s', (_, html, text) => {
    expect(conventionTextOfHtml(html)).toBe(text);
  });
});
