import { articleTag, BUILT_IN_PROFILE, checkConvention, type ConventionProfile } from '../../src/domain';
import { listNotFoundText } from '../../src/i18n/convention-sentences';
import { sheetBudget } from '../helpers/sheet-budget';

/** A convention checked against the Nord's budget with the profile the officer chose, not the seed's. */

const SOMME_2024: ConventionProfile = {
  ...BUILT_IN_PROFILE,
  name: 'Convention Somme 2024',
  year: 2024,
  stateCap: { percent: 6_000, equalAllowed: true },
  listArticle: '5.1',
  costArticle: '5.2',
  origin: 'chosen',
};

describe('checking a convention with the chosen profile', () => {
  const draft = ['CONVENTION ENTRE L’ÉTAT ET LE DÉPARTEMENT DE LA SOMME', 'ARTICLE 5 – Dispositions financières', 'Les actions financées seront arrêtées par avenant.'];

  test('a draft with no list yet: the officer is told that article 5.1, the profile’s, is not found, not article 4.1', () => {
    const check = checkConvention(draft, sheetBudget(), { year: 2024, profile: SOMME_2024 });
    expect(check.articles.list).toBeNull();
    expect([check.articles.listArticle, check.articles.costArticle]).toEqual(['5.1', '5.2']);
    expect(listNotFoundText(check.articles.listArticle, 'fr')).toContain('5.1');
  });

  test('the check keeps the chosen profile (its 60 % cap, its name) beside the articles the text gives', () => {
    const check = checkConvention(draft, sheetBudget(), { year: 2024, profile: SOMME_2024 });
    expect(check.profile.name).toBe('Convention Somme 2024');
    expect(check.profile.stateCap.percent).toBe(6_000);
  });

  test('the content control that holds a written article is tagged with its number', () => {
    expect(articleTag('4.1')).toBe('convention-budget:article-4.1');
    expect(articleTag('III.2')).toBe('convention-budget:article-III.2');
  });
});
