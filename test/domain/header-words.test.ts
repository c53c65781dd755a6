import { detectColumns, mappingConflict, normalizeHeader, readHeader } from '../../src/domain';

describe('headers read by their words', () => {
  test.each([
    ['Coût total hors État', { field: 'cost' }],
    ['Financement hors FSE de l’État', { field: 'state' }],
    ['Crédits BOP304', { field: 'state' }],
    ['Coût par bénéficiaire', { unclear: ['beneficiary', 'cost'] }],
    ['Part État par territoire', { unclear: ['beneficiary', 'state'] }],
    ['Département bénéficiaire', { field: 'beneficiary' }],
    ['Dépenses du Département bénéficiaire', { unclear: ['beneficiary', 'cost', 'department'] }],
    ['Intitulé de l’axe', { unclear: ['axis', 'title'] }],
    // "Conseil général" names the Department; either word alone does not.
    ['Budget général', { field: 'cost' }],
    ['Part du conseil de surveillance', null],
  ])('%j reads as %j', (header, reading) => {
    expect(readHeader(header)).toEqual(reading);
  });

  test('a long note above a table is no header, whatever words it holds', () => {
    const note = `Le coût total éligible et la part de l’État sont ceux de la convention signée le 12 mai 2022 ; ${'les montants sont en euros, '.repeat(6)}hors taxes.`;
    expect(note.length).toBeGreaterThan(200);
    expect(readHeader(note)).toBeNull();
  });

  test.each([
    ['Coût total HT (€)', 'cout total'],
    ['Montant prévisionnel TTC en euros', 'montant previsionnel'],
    ['Cœur de projet', 'coeur projet'],
  ])('%j is known as %j', (header, normalized) => {
    expect(normalizeHeader(header)).toBe(normalized);
  });
});

describe('columns mapped by hand', () => {
  test('a first column mapped by hand is read, though its header names nothing', () => {
    const { columns } = detectColumns(['Mesure', 'Axe', 'Intitulé', 'Coût total', 'Part État'], { action: 'Mesure' });
    expect(columns).toEqual({ action: 0, axis: 1, title: 2, cost: 3, state: 4 });
  });

  test('a column mapped by hand is not read again by its header', () => {
    // Titles written under "Action", numbers under "N°": the officer maps the titles.
    const { columns, ambiguous } = detectColumns(['N°', 'Action', 'Coût total', 'Part État'], { title: 'Action' });
    expect(columns).toEqual({ action: 0, title: 1, cost: 2, state: 3 });
    expect(ambiguous).toEqual([]);
  });

  test.each([
    ['nothing mapped', {}, { state: 3 }, [{ column: 4, fields: ['cost', 'state'] }]],
    ['the State mapped', { state: 'Part État' }, { state: 3 }, [{ column: 4, fields: ['cost'] }]],
    ['cost and State mapped', { cost: 'Coût total', state: 'Part État' }, { cost: 2, state: 3 }, []],
  ] as const)('a header naming cost and State at once, with %s, is reported for the fields still open', (_, mapping, columns, unclear) => {
    const detected = detectColumns(['Action', 'Intitulé', 'Coût total', 'Part État', 'Coût État prévisionnel'], mapping);
    expect(detected.columns).toMatchObject(columns);
    expect(detected.unclear).toEqual(unclear);
  });

  test('fields left blank in a mapping are no conflict', () => {
    expect(mappingConflict({ action: '', title: '', cost: 'Coût total' })).toBeNull();
    expect(mappingConflict({ action: ' ', title: '  ', cost: 'Coût total' })).toBeNull();
  });
});
