import { readName } from '../../src/domain/profile/reader-articles';

/** Lines as a convention opened in Word or copied from a PDF gives them. */
const text = (...lines: string[]) => lines.join('\n');

/** A title that names no convention: the Department it is signed with names it, unless a title further down does. */
const UNNAMED = 'CONVENTION D’APPUI À LA LUTTE CONTRE LA PAUVRETÉ ET D’ACCÈS À L’EMPLOI';

describe('the convention’s name, as an officer’s title or a PDF copy writes it', () => {
  test.each<[string, string, string]>([
    // A PDF copy often loses the space after a comma: the words on either side stay two words.
    ['a comma glued to the next word after the year', text('CONVENTION FINANCIÈRE 2023,BASSIN MINIER'), 'Bassin minier'],
    ['a comma glued between two name words', text('CONVENTION BASSIN MINIER,NORD'), 'Bassin minier nord'],
    // « Contrats locaux des solidarités » (Pacte des solidarités, 2024) follow the convention’s own name.
    ['the contracts a title mentions after the name are not the convention', text('CONVENTION BASSIN MINIER – CONTRATS LOCAUX DES SOLIDARITÉS 2024'), 'Bassin minier'],
  ])('%s', (_, convention, name) => {
    expect(readName(convention)?.name).toBe(name);
  });

  test('an article heading in capitals that mentions an amendment is not a title', () => {
    const convention = text(
      UNNAMED,
      '',
      'Entre l’État et le Département du Nord, représenté par son président',
      '',
      'ARTICLE 6 – DURÉE',
      'La présente convention prend effet à la date de sa signature.',
      '',
      'ARTICLE 7 – AVENANT',
      'Toute modification fait l’objet d’un avenant.',
    );
    expect(readName(convention)?.name).toBe('Nord');
  });

  test('a Department’s name in mixed case is kept as the convention writes it', () => {
    expect(readName(text(UNNAMED, '', 'Entre l’État et le Département du Pas-De-Calais, représenté par son président'))?.name).toBe('Pas-De-Calais');
  });
});

describe('the Department a convention without a name in its title is signed with', () => {
  test.each<[string, string]>([
    ['Entre l’État et le Département du Val-d’Oise, représenté par sa présidente', 'Val-d’Oise'],
    ["Entre l'État et le Département de la Côte-d'Or, représenté par son président", "Côte-d'Or"],
    ['ENTRE L’ÉTAT ET LE DÉPARTEMENT DES CÔTES-D’ARMOR', 'Côtes-d’Armor'],
    ['Entre l’État et le Département de La Réunion, représenté par sa présidente', 'La Réunion'],
    // « DE LA » is read as the article before the name, as « de la Réunion » is.
    ['ENTRE L’ÉTAT ET LE DÉPARTEMENT DE LA RÉUNION', 'Réunion'],
    ['Entre l’État et le Département de l’Aisne, représenté par son président', 'Aisne'],
    ['ENTRE L’ÉTAT ET LE DÉPARTEMENT DU PAS-DE-CALAIS', 'Pas-de-Calais'],
  ])('« %s » names it « %s »', (line, name) => {
    expect(readName(text(UNNAMED, '', line))?.name).toBe(name);
  });
});
