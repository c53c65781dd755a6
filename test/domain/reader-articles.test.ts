import { readName } from '../../src/domain/profile/reader-articles';
import { readProfile } from '../../src/domain';

/** Lines as a convention opened in Word or copied from a PDF gives them. */
const text = (...lines: string[]) => lines.join('\n');

describe('the convention’s name, from its title', () => {
  test.each<[string, string, string]>([
    [
      'a title on two capital lines',
      text('PRÉFET DE LA RÉGION HAUTS-DE-FRANCE', '', 'CONVENTION FINANCIÈRE 2023', 'BASSIN MINIER DU NORD', '', 'Entre l’État et le Département du Nord'),
      'Bassin minier',
    ],
    ['a title on the first two lines', text('CONVENTION FINANCIÈRE 2023', 'BASSIN MINIER DU NORD'), 'Bassin minier'],
    [
      'the cover page’s next line in capitals after a blank line is not the title',
      text('CONVENTION BASSIN MINIER', '', 'EXERCICE 2023', '', 'Entre l’État et le Département du Nord'),
      'Bassin minier',
    ],
    [
      'a mixed-case line under the title that holds an acronym is not the title',
      text('CONVENTION BASSIN MINIER', 'Direction départementale de l’emploi, du travail et des solidarités (DDETS)'),
      'Bassin minier',
    ],
    ['a convention number under the title is not its name', text('CONVENTION BASSIN MINIER', 'N°59-2023/12'), 'Bassin minier'],
    ['a year ends the name, the next line too', text('CONVENTION FINANCIÈRE BASSIN MINIER 2023', 'NORD – PAS-DE-CALAIS'), 'Bassin minier'],
    ['four words at most', text('CONVENTION STRATÉGIE NATIONALE PRÉVENTION LUTTE PAUVRETÉ'), 'Stratégie nationale prévention lutte'],
    ['a full stop after the title', text('CONVENTION BASSIN MINIER.'), 'Bassin minier'],
    ['a title in quotes', text('CONVENTION « BASSIN MINIER »'), 'Bassin minier'],
    // A title in mixed case is a sentence, not a title: the Department it is signed with names the convention.
    ['an amendment titled in mixed case', text('AVENANT n° 1 à la convention du 12 mars 2022', 'Entre l’État et le Département du Nord'), 'Nord'],
  ])('%s', (_, convention, name) => {
    expect(readName(convention)?.name).toBe(name);
  });

  test('the title’s line, its offset and its words with single spaces, as the officer sees them beside the name', () => {
    const convention = text('PRÉFET DU NORD', '', '   CONVENTION  BASSIN   MINIER', 'Entre les soussignés');
    expect(readName(convention)).toEqual({ name: 'Bassin minier', sentence: 'CONVENTION BASSIN MINIER', line: 3, offset: convention.indexOf('CONVENTION') });
  });
});

describe('with no name in its title, the Department it is signed with', () => {
  test.each<[string, string]>([
    ['Entre l’État et le Département du Nord, représenté par son président', 'Nord'],
    ['Entre l’État et le Conseil départemental du Finistère, représenté par son président', 'Finistère'],
    ['ENTRE L’ÉTAT ET LE DÉPARTEMENT DU PAS-DE-CALAIS', 'Pas-de-Calais'],
    ['ENTRE L’ÉTAT ET LE DÉPARTEMENT DE MEURTHE-ET-MOSELLE', 'Meurthe-et-Moselle'],
    ['ENTRE L’ÉTAT ET LE DÉPARTEMENT DE LA SEINE-SAINT-DENIS', 'Seine-Saint-Denis'],
    ['Entre l’État et le Département d’Eure-et-Loir', 'Eure-et-Loir'],
    ['ENTRE L’ÉTAT ET LE DÉPARTEMENT D’EURE-ET-LOIR', 'Eure-et-Loir'],
  ])('« %s » → %s', (party, name) => {
    expect(readName(text('CONVENTION D’APPUI À LA LUTTE CONTRE LA PAUVRETÉ', '', party))?.name).toBe(name);
  });

  test('the line that names the Department is shown, with single spaces, at its place in the text', () => {
    const convention = text('CONVENTION D’APPUI À LA LUTTE CONTRE LA PAUVRETÉ', '', 'Entre l’État, représenté par le préfet,', '  et  le Département du Nord,', 'il est convenu ce qui suit.');
    expect(readName(convention)).toEqual({ name: 'Nord', sentence: 'et le Département du Nord,', line: 4, offset: convention.indexOf('Département') });
  });
});

const NB = '\u00a0';

/** Article 4.1 with one item under it: the heading sentence in the wording under test. */
function listArticle(heading: string, item = '- Action 1 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 70 854 €') {
  return text('CONVENTION BASSIN MINIER', 'ARTICLE 4 – Contribution financière', heading, item, '4.2 Les contributions figurant au 4.1 ne peuvent se substituer aux dépenses existantes.');
}

describe('the article that lists the funded actions, by the words of its heading', () => {
  test.each([
    'de l’action suivante',
    'du projet suivant',
    'des projets suivants',
    'de l’opération suivante',
    'de la fiche suivante',
    'des projets listés ci-dessous',
    'des actions ci-après',
    'des actions retenues suivantes',
  ])('« … au titre %s : »', (words) => {
    const heading = `4.1 Pour l’année 2023, l’État s’engage à verser au Département du Nord une somme de 70 854 € au titre ${words} :`;
    const reading = readProfile(listArticle(heading));
    expect(reading.profile.listArticle).toBe('4.1');
    expect(reading.profile.sentences.listHeading).toBe(`{article} Pour l’année {year}, l’État s’engage à verser au Département du Nord une somme de {envelope} au titre ${words} :`);
    expect(reading.sentenceSources.listHeading?.line).toBe(3);
  });

  test('a heading that names no funder is not the list article', () => {
    const reading = readProfile(listArticle('4.1 Pour l’année 2023, une somme de 70 854 € est consacrée au titre des projets suivants :'));
    expect(reading.status.listArticle).toBe('missing');
  });

  test('the amount typed with a space and a no-break space before « € » is the envelope’s place in the heading and the item', () => {
    const reading = readProfile(
      listArticle(
        `4.1 Pour l’année 2023, l’administration contribue financièrement pour un montant de 70 854 ${NB}€, pour les actions suivantes :`,
        `- Action 1 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 70 854 ${NB}€`,
      ),
    );
    expect(reading.profile.sentences.listHeading).toBe('{article} Pour l’année {year}, l’administration contribue financièrement pour un montant de {envelope}, pour les actions suivantes :');
    expect(reading.profile.sentences.listItem).toBe('Action {number}[ (axe {axis})] : {title} pour un montant de {amount}');
  });

  test('a heading of a multi-year convention: the year of the list becomes {year}, the convention’s period stays as written', () => {
    const reading = readProfile(
      listArticle('4.1 Pour l’année 2024, au titre de la convention 2023-2025, l’administration contribue financièrement pour un montant de 70 854 €, pour les actions suivantes :'),
    );
    expect(reading.profile.sentences.listHeading).toBe(
      '{article} Pour l’année {year}, au titre de la convention 2023-2025, l’administration contribue financièrement pour un montant de {envelope}, pour les actions suivantes :',
    );
  });

  test('items with their amounts in « EUR », as in the seed’s heading', () => {
    const reading = readProfile(
      listArticle(
        '4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :',
        '- Action 1 (axe 2) : Mieux garantir le droit à la santé des enfants à hauteur de 70.854 EUR',
      ),
    );
    expect(reading.profile.sentences.listItem).toBe('Action {number}[ (axe {axis})] : {title} à hauteur de {amount}');
  });

  test('the items’ wording is that of the items under the heading, not of a list of costs above it', () => {
    const reading = readProfile(
      text(
        'CONVENTION BASSIN MINIER',
        '3.2 Le coût de chaque action est le suivant :',
        '- Action 1 (axe 2) : Former les bénévoles pour un montant total de 160 000 €',
        '4.1 Pour l’année 2023, l’État contribue financièrement pour un montant de 80 000 €, pour les actions suivantes :',
        '- Fiche 1 (axe 2) : Former les bénévoles à hauteur de 80 000 €',
      ),
    );
    expect(reading.profile.sentences.listItem).toBe('Fiche {number}[ (axe {axis})] : {title} à hauteur de {amount}');
  });
});

describe('the article that states the total cost', () => {
  test('its year and its amount become fields, its number {article}', () => {
    const reading = readProfile(text('CONVENTION BASSIN MINIER', '3.1 Le coût total estimé éligible des projets pour l’année 2023 est évalué à 1 745 883 EUR, conformément aux annexes 1 et 2.'));
    expect(reading.profile.costArticle).toBe('3.1');
    expect(reading.profile.sentences.costSentence).toBe('{article} Le coût total estimé éligible des projets pour l’année {year} est évalué à {cost}.');
  });

  test('a row of a table of costs is no article’s sentence', () => {
    const reading = readProfile(text('CONVENTION BASSIN MINIER', 'ARTICLE 3 – Coût du projet', 'Poste\tMontant', 'Coût total éligible\t1 745 883 €', 'Contribution de l’État\t500 000 €'));
    expect(reading.status.costArticle).toBe('missing');
  });
});
