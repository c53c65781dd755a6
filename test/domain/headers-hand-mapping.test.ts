import { detectColumns } from '../../src/domain';

describe('a field mapped by hand to a header of no word', () => {
  test.each([
    ['a blank header before it', ['N°', 'Intitulé', 'Coût total', 'Part État', null, '€']],
    ['a long note before it', ['N°', 'Intitulé', 'Coût total', 'Part État', 'Remarque : '.padEnd(240, 'x'), '€']],
  ])('goes to the « € » column, not to %s', (_, headers) => {
    expect(detectColumns(headers, { department: '€' }).columns.department).toBe(5);
  });
});
