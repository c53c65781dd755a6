import { readProfile } from '../../src/domain';

/** Lines as a convention opened in Word or copied from a PDF gives them. */
const text = (...lines: string[]) => lines.join('\n');

const HEADING = '4.1 Pour l’année 2023, l’État s’engage à verser au Département du Nord une somme de 70 854 € au titre des actions suivantes :';
const ITEM = '- Fiche 1 (axe 2) : Mieux garantir le droit à la santé des enfants à hauteur de 70 854 €';
/** A title in guillemets of its own, before the closing » of the quote. */
const QUOTED_TITLE = '- Fiche 1 (axe 3) : Développer une plate-forme « Mobilité inclusive » à hauteur de 70 854 €';

/**
 * Article 4.1 quoted in guillemets where the reader takes the text as the convention's own words:
 * an amendment whose cue it does not know (« est rédigé comme suit »), or a convention that quotes
 * its own article. The closing » after the last item's amount is no part of the item's wording.
 */
describe('the items’ wording of an article quoted in guillemets', () => {
  test.each([
    [
      'an amendment’s new wording, » after a space',
      text('AVENANT N° 1 À LA CONVENTION BASSIN MINIER', 'Article 1', 'L’article 4.1 de la convention est rédigé comme suit :', `« ${HEADING}`, `${ITEM} »`, 'Article 2'),
    ],
    [
      'an amendment’s new wording, » glued to « € »',
      text('AVENANT N° 1 À LA CONVENTION BASSIN MINIER', 'Article 1', 'L’article 4.1 de la convention est rédigé comme suit :', `« ${HEADING}`, `${ITEM}»`, 'Article 2'),
    ],
    [
      'an amendment’s new wording, its only item titled in guillemets',
      text('AVENANT N° 1 À LA CONVENTION BASSIN MINIER', 'Article 1', 'L’article 4.1 de la convention est rédigé comme suit :', `« ${HEADING}`, `${QUOTED_TITLE} »`, 'Article 2'),
    ],
    [
      'a convention quoting its own article',
      text('CONVENTION BASSIN MINIER', 'ARTICLE 4 – Contribution financière', `« ${HEADING}`, `${ITEM} »`, '4.2 Les contributions figurant au 4.1 ne peuvent se substituer aux dépenses existantes.'),
    ],
  ])('%s', (_, convention) => {
    const reading = readProfile(convention);
    expect(reading.profile.sentences.listItem).toBe('Fiche {number}[ (axe {axis})] : {title} à hauteur de {amount}');
    // The opening guillemet is the quote's, not the heading's: the clause written from it has none.
    expect(reading.profile.sentences.listHeading).toBe('{article} Pour l’année {year}, l’État s’engage à verser au Département du Nord une somme de {envelope} au titre des actions suivantes :');
  });
});
