import { french, frenchSpacing } from '../../src/domain';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('frenchSpacing', () => {
  test('a no-break space before « : » and « % », a narrow one before « ; ! ? » and inside « »', () => {
    expect(frenchSpacing('Action 2 : la part dépasse 50 % ; vouliez-vous écrire 45 ? Oui !')).toBe(`Action 2${NBSP}: la part dépasse 50${NBSP}%${NNBSP}; vouliez-vous écrire 45${NNBSP}? Oui${NNBSP}!`);
    expect(frenchSpacing('colonne « Part État »')).toBe(`colonne «${NNBSP}Part État${NNBSP}»`);
  });

  test('a mark typed against its word gets its space; a run of spaces becomes one', () => {
    expect(frenchSpacing('Erreur: voir «Total»; fin?')).toBe(`Erreur${NBSP}: voir «${NNBSP}Total${NNBSP}»${NNBSP}; fin${NNBSP}?`);
    expect(frenchSpacing('Constats   :\n')).toBe(`Constats${NBSP}:\n`);
    expect(frenchSpacing('(droits de lecture ?)')).toBe(`(droits de lecture${NNBSP}?)`);
  });

  test('a comparison keeps its number: « ≤ 50 % »', () => {
    expect(frenchSpacing('part de l’État ≤ 50 %')).toBe(`part de l’État ≤${NBSP}50${NBSP}%`);
    expect(frenchSpacing('Département ≥ État')).toBe('Département ≥ État');
  });

  test('what is not prose keeps its characters: references, formulas, times, addresses, JSON, a glued percent', () => {
    for (const text of [
      'Feuille1!A1',
      '=SOMME(D2:D7)',
      '=SI(A1>0;1;0)',
      'Nord!B14:F20',
      '10:30',
      'http://localhost:8080/?lang=fr',
      '{"stateCapPercent": 50, …}',
      '=E2*50%',
      '#REF!',
      'l’erreur #DIV/0! ou #NOM?',
      'A1:B2 et C3',
    ]) {
      expect(frenchSpacing(text)).toBe(text);
    }
  });

  test('an error value quoted or in brackets does not keep the colon that follows glued', () => {
    expect(frenchSpacing('Coût total (#N/A): la formule ne trouve pas la ligne')).toBe(`Coût total (#N/A)${NBSP}: la formule ne trouve pas la ligne`);
    expect(frenchSpacing('La cellule affiche « #N/A »: corrigez la formule')).toBe(`La cellule affiche «${NNBSP}#N/A${NNBSP}»${NBSP}: corrigez la formule`);
  });

  test('idempotent, and already spaced text is left as it is (either no-break space is French)', () => {
    const once = frenchSpacing('Action 2 : « Mobilité » ; 50 % ?');
    expect(frenchSpacing(once)).toBe(once);
    expect(frenchSpacing(`Action 2${NNBSP}: 50${NNBSP}%`)).toBe(`Action 2${NNBSP}: 50${NNBSP}%`);
  });

  test('french`…` spaces our words and leaves the values put in as they are', () => {
    const header = 'Part : État « 2024 »';
    const shown = '42 ; 181 !';
    expect(french`Action 3, colonne « ${header} » : « ${shown} » n’est pas lisible ; ${'x'}!`).toBe(
      `Action 3, colonne «${NNBSP}Part : État « 2024 »${NNBSP}»${NBSP}: «${NNBSP}42 ; 181 !${NNBSP}» n’est pas lisible${NNBSP}; x${NNBSP}!`,
    );
    // A value against the mark counts as a word: the space goes in; a reference's "!" between two values does not.
    expect(french`${'Nord'}: ${'B3'}`).toBe(`Nord${NBSP}: B3`);
    expect(french`${'Feuille1'}!${'A1'}`).toBe('Feuille1!A1');
  });
});
