import { type ConventionProfile, type Lang, PARAMETERS } from '../domain';
import { confirmedInUse, PARAMETER_LABELS } from '../i18n/parameter-labels';
import { translate } from '../i18n/translate';

/** « Valeurs de 2022 confirmées : l’enveloppe de l’État, … », or null when the officer confirmed none. */
export function confirmedSentence(profile: ConventionProfile, lang: Lang): string | null {
  const confirmed = PARAMETERS.filter((parameter) => profile.origins?.[parameter] === 'confirmed');
  if (confirmed.length === 0) return null;
  return translate(confirmedInUse, lang, { keys: confirmed.map((parameter) => PARAMETER_LABELS[parameter][lang]).join(', ') });
}
