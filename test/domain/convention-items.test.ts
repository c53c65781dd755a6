import { BUILT_IN_PROFILE, type ConventionProfile, readConventionArticles } from '../../src/domain';

/**
 * The items of article 4.1 as officers type them in Word, read back: number, axis, title and amount,
 * whatever punctuation sits between the title and its amount and whatever word names the items.
 */

const HEADING = '4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de 500.000 EUR, pour les actions suivantes :';

function itemsOf(paragraphs: string[], profile: ConventionProfile = BUILT_IN_PROFILE) {
  return (readConventionArticles(paragraphs, profile).list?.items ?? []).map((item) => ({ number: item.number, axis: item.axis, title: item.title, cents: item.amount?.cents ?? null }));
}

describe('an item of article 4.1, read back', () => {
  test.each([
    [
      'a dash between the title and « pour un montant de »',
      '- Action 5 (axe 1) : Développer une plate-forme « Mobilité inclusive » – pour un montant de 60 000 €',
      { number: '5', axis: '1', title: 'Développer une plate-forme « Mobilité inclusive »', cents: 6_000_000 },
    ],
    [
      'a semicolon before « pour un montant de »',
      '- Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants ; pour un montant de 70 854 €',
      { number: '2', axis: '2', title: 'Mieux garantir le droit à la santé des enfants', cents: 7_085_400 },
    ],
    [
      'a space typed before the closing bracket of the axis',
      '- Action 4 (axe 1 ) : Renforcer les clauses sociales d’insertion au service de l’ERBM pour un montant de 54 460 €',
      { number: '4', axis: '1', title: 'Renforcer les clauses sociales d’insertion au service de l’ERBM', cents: 5_446_000 },
    ],
  ])('%s', (_, item, read) => {
    expect(itemsOf([HEADING, item])).toEqual([read]);
  });

  test.each([
    ['', 'Dispositif n° {number} : {title} pour un montant de {amount}'],
    // The officer's item sentence may keep the bullet the convention types before each item.
    ['- ', '- Dispositif n° {number} : {title} pour un montant de {amount}'],
    ['• ', '• Dispositif n° {number} : {title} pour un montant de {amount}'],
  ])('a convention whose items are « %sDispositif n° … » (its profile’s item sentence says so) has its items read', (bullet, listItem) => {
    const profile: ConventionProfile = { ...BUILT_IN_PROFILE, origin: 'chosen', sentences: { ...BUILT_IN_PROFILE.sentences, listItem } };
    const paragraphs = [HEADING, `${bullet}Dispositif n° 1 : Réseau de prévention précoce pour un montant de 45 139 €`, `${bullet}Dispositif n° 2 : Santé des enfants pour un montant de 70 854 €`];
    expect(itemsOf(paragraphs, profile)).toEqual([
      { number: '1', axis: null, title: 'Réseau de prévention précoce', cents: 4_513_900 },
      { number: '2', axis: null, title: 'Santé des enfants', cents: 7_085_400 },
    ]);
  });
});
