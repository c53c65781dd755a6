import { amountsIn } from '../../src/domain';

/** Amounts as conventions write them, figures pasted from Excel included. */
describe('an amount written in a convention', () => {
  test.each([
    ['45 139 €', 4_513_900],
    ['45 139,50 €', 4_513_950],
    ['45 139,5 € (a figure pasted from an Excel cell in the Standard format)', 4_513_950],
    ['500.000 EUR', 50_000_000],
    ['227 366 euros', 22_736_600],
  ])('« %s »', (text, cents) => {
    expect(amountsIn(`pour un montant de ${text}`).map((amount) => amount.cents)).toEqual([cents]);
  });
});
