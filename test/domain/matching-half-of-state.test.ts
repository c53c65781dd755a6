import { type CellValue, checkWorkbook, parseProfileJson } from '../../src/domain';
import { findingText } from '../../src/i18n/finding-text';
import manche from '../fixtures/conventions/corpus/11-cls-manche-2024-autres-fonds.json';
import { plainSheet, workbookOf } from '../helpers/workbooks';

// The Manche 2024 convention: the Department's share « au moins égal à la moitié de celui de l’État », on each action.
const parsed = parseProfileJson(manche.profile);
if ('error' in parsed) throw new Error('the Manche 2024 profile no longer parses');
const MANCHE = parsed.profile;

const HEADER = ['N°', 'Axe', 'Intitulé', 'Coût total', 'Part État', 'Part Département', 'Autres financements'];

function matchingFindings(...rows: Array<ReadonlyArray<CellValue>>) {
  const result = checkWorkbook(workbookOf(plainSheet('Manche', [HEADER, ...rows])), { profile: MANCHE });
  return result.findings.filter((finding) => finding.rule === 'matching');
}

describe('a convention asking the Department for half the State’s share (Manche 2024)', () => {
  test('State 40 000 € and Department 20 000 € on a cost of 80 000 €: exactly half, nothing to flag', () => {
    expect(matchingFindings(['1', '1', 'Insertion des jeunes sortant de l’ASE', 80000, 40000, 20000, 20000])).toEqual([]);
  });

  test('a Department share of 19 999,99 € is one cent short of half the State’s: flagged, asking for 20 000 €', () => {
    const [finding, total] = matchingFindings(['1', '1', 'Insertion des jeunes sortant de l’ASE', 80000, 40000, 19999.99, 20000.01]);
    // The beneficiary's total, this one action, falls short by the same cent.
    expect(total).toMatchObject({ cell: null, amounts: { department: 1_999_999, required: 2_000_000 } });
    expect(finding).toMatchObject({ cell: 'F2', amounts: { department: 1_999_999, state: 4_000_000, required: 2_000_000 } });
    expect(findingText(finding!, 'fr')).toContain('Portez-la à 20\u202f000\u00a0€ au moins');
  });

  test('half of a State share of 40 000,01 € is rounded up to the cent: 20 000,01 € is owed, 20 000 € falls short', () => {
    expect(matchingFindings(['1', '1', 'Insertion des jeunes sortant de l’ASE', 80000, 40000.01, 20000.01, 19999.98])).toEqual([]);
    const [finding] = matchingFindings(['1', '1', 'Insertion des jeunes sortant de l’ASE', 80000, 40000.01, 20000, 19999.99]);
    expect(finding).toMatchObject({ cell: 'F2', amounts: { required: 2_000_001 } });
  });
});
