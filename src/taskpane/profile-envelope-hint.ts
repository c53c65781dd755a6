import { type Budget, type Cents, type ConventionProfile, formatMoney, type Lang, profileEnvelopeFor } from '../domain';
import { profileCardText } from '../i18n/profile-card-text';
import { translate } from '../i18n/translate';

/**
 * Under a card's envelope field, once a convention is chosen: the envelope its profile gives this
 * budget (checked unless the officer types another), or that it gives none and none is checked.
 * Undefined with the built-in profile or an envelope typed for the budget: the field's own hint.
 */
export function profileEnvelopeHint(profile: ConventionProfile, budget: Pick<Budget, 'beneficiary' | 'label'>, typed: Cents | undefined, lang: Lang): string | undefined {
  if (profile.origin === 'built-in' || typed !== undefined) return undefined;
  const envelope = profileEnvelopeFor(profile, budget);
  return envelope === undefined || envelope === null ? translate(profileCardText.envelopeNone, lang) : translate(profileCardText.envelopeFromConvention, lang, { amount: formatMoney(envelope, lang) });
}
