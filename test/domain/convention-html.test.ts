import { conventionTextOfHtml } from '../../src/domain';

/**
 * A Word convention as mammoth's convertToHtml writes it (no attributes on <p>/<tr>, <br />,
 * colspan on merged cells, only &amp; &lt; &gt; escaped, tabs as "\t"), turned into the lines the
 * reader reads. Each row is the HTML of a real wording and the text the officer sees beside a value.
 */

const NBSP = '\u00a0';

describe('a Word convention’s HTML, line by line', () => {
  test.each([
    [
      'a heading styled « Titre 1 » is a line of its own',
      '<h1>ARTICLE 4 – Dispositions financières</h1><p>4.1 Pour l’année 2023, l’État verse 500 000 €.</p>',
      'ARTICLE 4 – Dispositions financières\n4.1 Pour l’année 2023, l’État verse 500 000 €.',
    ],
    ['a sub-heading « Titre 3 » too', '<h3>Article 3.1 – Coût éligible</h3>', 'Article 3.1 – Coût éligible'],
    [
      'a line break (Maj+Entrée) inside a paragraph is a space',
      '<p>Le coût total estimé éligible des projets<br />est évalué à 1 745 883 EUR</p>',
      'Le coût total estimé éligible des projets est évalué à 1 745 883 EUR',
    ],
    ['a paragraph indented by a tab or spaces starts at its first word', '<p>\t4.1 Pour l’année 2022,</p><p>   Action 1 (axe 2)  </p>', '4.1 Pour l’année 2022,\nAction 1 (axe 2)'],
    ['two spaces typed between words are one', '<p>pour un montant de  500 000 €</p>', 'pour un montant de 500 000 €'],
    ['a no-break space stays as Word wrote it', `<p>l’État verse 500${NBSP}000${NBSP}€</p>`, `l’État verse 500${NBSP}000${NBSP}€`],
    [
      'a cell of three paragraphs reads as one line, in order',
      '<table><tr><td><p>Taux maximal</p></td><td><p>50 %</p><p>du coût</p><p>de chaque action</p></td></tr></table>',
      'Taux maximal\t50 % du coût de chaque action',
    ],
    [
      'a cell listing one beneficiary per paragraph names them all',
      '<table><tr><td><p>Bénéficiaires</p></td><td><p>Nord</p><p>Pas-de-Calais</p><p>Somme</p></td></tr></table>',
      'Bénéficiaires\tNord Pas-de-Calais Somme',
    ],
    [
      'a merged cell (colspan) keeps its text, under its header row',
      '<table><tr><th><p>Financeur</p></th><th><p>Part</p></th><th><p>Montant</p></th></tr><tr><td colspan="2"><p>Enveloppe de l’État</p></td><td><p>1 000 000 €</p></td></tr></table>',
      'Financeur\tPart\tMontant\nEnveloppe de l’État\t1 000 000 €',
    ],
    ['a tab typed inside a cell does not split it into two cells', '<table><tr><td><p>Montant :\t500 000 €</p></td><td><p>Nord</p></td></tr></table>', 'Montant : 500 000 €\tNord'],
  ])('%s', (_, html, text) => {
    expect(conventionTextOfHtml(html)).toBe(text);
  });
});
