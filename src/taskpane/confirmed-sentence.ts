import { type ConventionProfile, type Lang, PARAMETERS } from '../domain';
import { PARAMETER_LABELS, reviewText } from '../i18n/profile-text';
import { translate } from '../i18n/translate';

/** « Valeurs de 2022 confirmées : l’enveloppe de l’État, … », or null when the officer confirmed none. */
export function confirmedSentence(profile: ConventionProfile, lang: Lang): string | null {
  const confirmed = PARAMETERS.filter((parameter) => profile.origins?.[parameter] === 'confirmed');
  if (confirmed.length === 0) return null;
  return translate(reviewText.confirmedInUse, lang, { keys: confirmed.map((parameter) => PARAMETER_LABELS[parameter][lang]).join(', ') });
}
