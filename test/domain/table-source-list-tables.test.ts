import { checkWorkbook } from '../../src/domain';
import { tableSheet, workbookOf } from '../helpers/workbooks';

describe('an Excel table that names no amount', () => {
  test('with years for headers (Excel keeps them as text) and no amount below is a list, not a budget left unread', () => {
    const result = checkWorkbook(
      workbookOf(
        tableSheet('Partenaires', 'Partenaires', [
          ['Partenaire', 'Commune', '2024', '2025'],
          ['Association La Sauvegarde du Nord', 'Lille', 'oui', 'oui'],
          ['Centre social Lazare Garreau', 'Lille', 'non', 'oui'],
        ]),
      ),
    );
    expect(result.budgets).toEqual([]);
    expect(result.unread.map(({ key, budgetLike }) => ({ key, budgetLike }))).toEqual([{ key: 'Partenaires', budgetLike: false }]);
  });
});
