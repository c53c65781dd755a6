import { detectColumns, readHeader } from '../../src/domain';

describe('a financer’s code glued to its number', () => {
  test.each([
    ['Cofinancement CD59', { field: 'department' }],
    ['Part CG2B', { field: 'department' }],
    ['Crédits BOP304', { field: 'state' }],
    // A management centre (Centre de gestion du Nord) is no Department, though its acronym starts with CD.
    ['Participation CDG59', null],
    ['Subvention CGET2019', null],
    // CD2E, an association of the Hauts-de-France: a 2 then a letter is no Corsican Department.
    ['Cofinancement CD2E', null],
  ])('%s', (header, reading) => {
    expect(readHeader(header)).toEqual(reading);
  });
});

describe('a header mapped by hand, its spaces retyped since', () => {
  // The officer mapped "Montant (HT)" to the total cost; the header now has stray spaces.
  test.each([['Montant (HT  )'], ['Montant  ( HT )'], ['Montant\u00a0(HT)']])('%s is still the cost column', (header) => {
    const detected = detectColumns(['N°', 'Intitulé', header, 'Part État', 'Part Département'], { cost: 'Montant (HT)' });
    expect(detected.columns).toEqual({ action: 0, title: 1, cost: 2, state: 3, department: 4 });
  });
});
