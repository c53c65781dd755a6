import { readName } from '../../src/domain/profile/reader-articles';

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
