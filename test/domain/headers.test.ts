import { detectColumns, fieldOfHeader, isBudgetHeader, mappingConflict, normalizeHeader, readHeader } from '../../src/domain';

describe('header detection', () => {
  test.each([
    ['Action', 'action'],
    ['N°', 'action'],
    ['N° action', 'action'],
    ['Numéro', 'action'],
    ['#', 'action'],
    ['Axe stratégique', 'axis'],
    ['Intitulé', 'title'],
    ['Action (intitulé)', 'title'],
    ['Libellé', 'title'],
    ['Coût total (€)', 'cost'],
    ['COUT TOTAL ELIGIBLE', 'cost'],
    ['Montant total en €', 'cost'],
    ['Total cost (EUR)', 'cost'],
    ['Budget total TTC', 'cost'],
    ['Part État', 'state'],
    ['Part de l’État (€)', 'state'],
    ["Contribution de l'Etat", 'state'],
    ['crédits état', 'state'],
    ['State share', 'state'],
    ['CD', 'department'],
    ['Part Département', 'department'],
    ['Financement du Département (en euros)', 'department'],
    ['Autres financeurs', 'other'],
    ['Other funding', 'other'],
    ['Bénéficiaire', 'beneficiary'],
    ['Collectivité', 'beneficiary'],
  ])('%j names the %s column', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  test.each([
    ['Financement CD', 'department'],
    ['Part du Conseil départemental', 'department'],
    ['Cofinancement CD 59', 'department'],
    ['Cofinancement CD59', 'department'],
    // Corsica's two Departments are numbered 2A and 2B, not by digits alone.
    ['Part CD2A', 'department'],
    ['Cofinancement CG2B', 'department'],
    ['Part CD 2B', 'department'],
    ['Participation du conseil général', 'department'],
    ['Subvention État', 'state'],
    ['Participation État (BOP 304)', 'state'],
    ['Crédits FNLP', 'state'],
    ['Part DDETS', 'state'],
    ['Dépenses éligibles', 'cost'],
    ['Coût prévisionnel', 'cost'],
    ['Montant éligible', 'cost'],
    ['Libellé de l’action', 'title'],
    ['Nom du projet', 'title'],
    ['N° fiche', 'action'],
    ['N° projet', 'action'],
    ['Code action', 'action'],
    ['Autres financements (hors État)', 'other'],
    ['Département bénéficiaire', 'beneficiary'],
  ])('read by its words: %j names the %s column', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  test.each([
    ['Coût État', ['cost', 'state']],
    ['Part État / Département', ['state', 'department']],
    ['N° et intitulé', ['action', 'title']],
  ])('%j could be two fields: unclear, never guessed', (header, fields) => {
    expect(readHeader(header)).toEqual({ unclear: fields });
  });

  test.each(['Observations', 'Total', 'Coût total (k€)', 'Date', '', '% État', 'Taux de participation État', 'Part État (%)', 'Montant'])('%j names no column', (header) => {
    expect(fieldOfHeader(header)).toBeNull();
  });

  test('a column chosen for two fields in a mapping is a conflict', () => {
    expect(mappingConflict({ cost: 'Montant', state: 'montant', department: 'Aide CD' })).toEqual({ header: 'Montant', fields: ['cost', 'state'] });
    expect(mappingConflict({ cost: 'Montant', state: 'Aide État', other: null })).toBeNull();
  });

  test('normalization ignores case, accents, punctuation and unit suffixes', () => {
    expect(normalizeHeader('  Coût   Total — (€) ')).toBe('cout total');
    expect(normalizeHeader('PART ÉTAT')).toBe('part etat');
  });

  test('a budget table needs a total-cost and a State column', () => {
    expect(isBudgetHeader(detectColumns(['Action', 'Intitulé', 'Coût total']).columns)).toBe(false);
    expect(isBudgetHeader(detectColumns(['Coût total', 'État']).columns)).toBe(true);
  });

  test('two columns with the same meaning: neither is read, both are named for the mapping', () => {
    const { columns, ambiguous } = detectColumns(['Action', 'Coût total', 'Part État', 'État']);
    expect(columns.state).toBeUndefined();
    expect(ambiguous).toEqual([{ field: 'state', columns: [2, 3] }]);
  });

  test('a mapping by hand overrides detection, and null removes a wrong guess', () => {
    const headers = ['Réf.', 'Projet', 'Montant', 'Aide État', 'Autres'];
    expect(isBudgetHeader(detectColumns(headers).columns)).toBe(false);
    const { columns } = detectColumns(headers, { action: 'Réf.', title: 'Projet', cost: 'Montant', state: 'Aide État', other: null });
    expect(columns).toEqual({ action: 0, title: 1, cost: 2, state: 3 });
  });

  test('a mapped header renamed since falls back to detection', () => {
    const { columns } = detectColumns(['Action', 'Coût total', 'Part État'], { state: 'Aide État' });
    expect(columns.state).toBe(2);
  });
});
