import { type Bilingual, type ConventionProfile, formatMoney, french, frenchSpacing, type Lang, percentText, type ProfileJsonError, type ProfileKey, WHOLE } from '../domain';
import { catalogue } from './catalogue';
import { PROFILE_EN, PROFILE_LABELS_EN, REVIEW_EN, VALUE_EN } from './en/profile';
import { PROFILE_FR, PROFILE_LABELS_FR, REVIEW_FR, VALUE_FR } from './fr/profile';
import { GRAMMAR } from './grammar';
import { translate } from './translate';

export { PARAMETER_LABELS } from './parameter-labels';

/** Each parameter of a convention profile as the officer reads it, French first. */
export const PROFILE_LABELS: Readonly<Record<ProfileKey, Bilingual>> = catalogue({ fr: PROFILE_LABELS_FR, en: PROFILE_LABELS_EN });

export const profileText = catalogue({ fr: PROFILE_FR, en: PROFILE_EN });

/** The review screen's own words (Réglages › Convention › Lire une convention). */
export const reviewText = catalogue({ fr: REVIEW_FR, en: REVIEW_EN });

/** The words of a parameter's value: a percent, none, the cap's and the scope's choices. */
export const profileValueText = catalogue({ fr: VALUE_FR, en: VALUE_EN });

/** A parameter's value as the officer reads it: "50 %", "500 000 €", "par action". */
export function shownValue(key: ProfileKey, profile: ConventionProfile, lang: Lang): string {
  const say = (entry: Bilingual, params?: Readonly<Record<string, string | number>>) => translate(entry, lang, params);
  const percent = (hundredths: number) => say(profileValueText.percent, { value: percentText(hundredths, lang) });
  const none = say(profileValueText.none);
  switch (key) {
    case 'name':
      return profile.name;
    case 'year':
      return profile.year === null ? none : String(profile.year);
    case 'stateCapPercent':
      return percent(profile.stateCap.percent);
    case 'stateCapEqualAllowed':
      return say(profile.stateCap.equalAllowed ? profileValueText.capEqualAllowed : profileValueText.capBelow);
    case 'matchingRatio': {
      const ratio = profile.matching.ratio;
      if (ratio === null) return none;
      return ratio === WHOLE ? say(profileValueText.ratioWhole) : percent(ratio);
    }
    case 'departmentMinPercent':
      return profile.matching.minPercentOfCost === null ? none : percent(profile.matching.minPercentOfCost);
    case 'matchingScope':
      return say(profile.matching.scope === 'action' ? profileValueText.scopeAction : profileValueText.scopeTotal);
    case 'envelope':
      return profile.envelope === null ? none : formatMoney(profile.envelope, lang);
    case 'envelopes': {
      const entries = Object.entries(profile.envelopes);
      return entries.length === 0 ? none : entries.map(([name, cents]) => say(profileValueText.envelopeOf, { name, amount: formatMoney(cents, lang) })).join(GRAMMAR[lang].semicolon);
    }
    case 'listArticle':
      return profile.listArticle;
    case 'costArticle':
      return profile.costArticle;
    // French in either language, as the clause writes them.
    case 'sentences':
      return [profile.sentences.listHeading, profile.sentences.listItem, profile.sentences.costSentence].map(frenchSpacing).join(' / ');
  }
}

/** A profile's JSON error as one sentence naming its key. */
export function profileJsonErrorSentence(error: ProfileJsonError): Bilingual {
  const { key } = error;
  switch (error.kind) {
    case 'shape':
      return { fr: 'le profil doit être un objet JSON ({"stateCapPercent": 50, …})', en: 'the profile must be a JSON object ({"stateCapPercent": 50, …})' };
    case 'decimals':
      return { fr: french`« ${key} » : deux décimales au plus`, en: `"${key}": two decimals at most` };
    case 'no-commitment':
      return {
        fr: french`« matchingRatio » et « departmentMinPercent » ne peuvent être tous deux vides : le Département doit un engagement`,
        en: '"matchingRatio" and "departmentMinPercent" cannot both be null: the Department owes a commitment',
      };
    case 'value': {
      const accepted = acceptedValue(key);
      return { fr: french`« ${key} » n’a pas une valeur admise (${accepted.fr})`, en: `"${key}" does not have an accepted value (${accepted.en})` };
    }
  }
}

function acceptedValue(key: string): Bilingual {
  if (key === 'year') return { fr: 'une année, de 1900 à 2100', en: 'a year, 1900 to 2100' };
  if (key.endsWith('Percent')) return { fr: 'un pourcentage de 0 à 100', en: 'a percent from 0 to 100' };
  if (key === 'matchingRatio') return { fr: french`un rapport à la part de l’État, 1 pour « au moins équivalents »`, en: 'a ratio to the State share, 1 for "at least equal"' };
  if (key.startsWith('envelope')) return { fr: 'un montant en euros, positif', en: 'an amount in euros, not negative' };
  if (key.endsWith('Article')) return { fr: 'un numéro d’article tel que 4.1', en: 'an article number such as 4.1' };
  if (key === 'matchingScope') return { fr: french`« action » ou « total »`, en: '"action" or "total"' };
  return { fr: 'voir le README', en: 'see the README' };
}
