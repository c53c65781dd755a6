import { type CellValue, checkWorkbook } from '../../src/domain';
import { plainSheet, workbookOf } from '../helpers/workbooks';

const HEADER = ['N°', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département', 'Autres financements'];

function overFunding(row: ReadonlyArray<CellValue>) {
  const result = checkWorkbook(workbookOf(plainSheet('Nord', [HEADER, row])));
  return result.findings.filter((finding) => finding.rule === 'over-funding').map((finding) => ({ cell: finding.cell, amounts: finding.amounts }));
}

describe('an action funded beyond its cost, other financing counted', () => {
  test('State 50 000 € + Department 50 000 € + other 20 000 € on a cost of 110 000 €: over-funded by 10 000 €, flagged on the cost', () => {
    expect(overFunding(['1', '1', 'Réseau de prévention précoce', 110000, 50000, 50000, 20000])).toEqual([{ cell: 'D2', amounts: { funding: 12_000_000, cost: 11_000_000 } }]);
  });

  test('the same shares with other financing of 10 000 €: funded exactly, nothing to flag', () => {
    expect(overFunding(['1', '1', 'Réseau de prévention précoce', 110000, 50000, 50000, 10000])).toEqual([]);
  });
});
