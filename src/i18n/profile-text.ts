import { type Bilingual, type ConventionProfile, formatMoney, french, frenchSpacing, type Lang, percentText, type ProfileJsonError, type ProfileKey, WHOLE } from '../domain';

export { PARAMETER_LABELS } from './parameter-labels';

/** Each parameter of a convention profile as the officer reads it, French first. */
export const PROFILE_LABELS: Readonly<Record<ProfileKey, Bilingual>> = {
  name: { fr: 'Convention', en: 'Convention' },
  year: { fr: 'Année', en: 'Year' },
  stateCapPercent: { fr: 'Part maximale de l’État par action', en: 'State’s maximum share per action' },
  stateCapEqualAllowed: { fr: 'Plafond atteint permis', en: 'Cap may be reached' },
  matchingRatio: { fr: 'Département ≥ part de l’État ×', en: 'Department ≥ State share ×' },
  departmentMinPercent: { fr: 'Département ≥ part du coût', en: 'Department ≥ share of the cost' },
  matchingScope: { fr: 'Engagement du Département vérifié', en: 'Department’s commitment checked' },
  envelope: { fr: 'Enveloppe de l’État', en: 'State envelope' },
  envelopes: { fr: 'Enveloppes par bénéficiaire', en: 'Envelopes per beneficiary' },
  listArticle: { fr: 'Article de la liste des actions', en: 'Article listing the actions' },
  costArticle: { fr: 'Article du coût total', en: 'Article stating the total cost' },
  sentences: { fr: 'Phrases de l’article', en: 'Sentences of the article' },
};

export const profileText = {
  builtIn: { fr: 'Profil intégré', en: 'Built-in profile' },
  notFound: { fr: 'non trouvé dans le texte : à saisir, ou à confirmer — valeur de 2022 : {value}', en: 'not found in the text: to type, or to confirm — 2022 value: {value}' },
  sameConflict: { fr: 'contradiction : suit le choix fait ci-dessus', en: 'contradiction: follows the choice made above' },
  notGiven: { fr: '—', en: '—' },
  conflict: { fr: 'CONTRADICTION : deux phrases donnent des valeurs différentes, aucune n’est appliquée', en: 'CONTRADICTION: two sentences give different values, neither is applied' },
  line: { fr: 'ligne {line}', en: 'line {line}' },
  sentenceAt: { fr: 'ligne {line} : « {sentence} »', en: 'line {line}: “{sentence}”' },
  labelled: { fr: '{label} : {value}', en: '{label}: {value}' },
  heading: { fr: 'Profil lu dans « {file} » : {count} paramètre(s) trouvé(s), {missing} non trouvé(s) (à saisir ou à confirmer, rien n’est supposé), {conflicts} contradiction(s).', en: 'Profile read from “{file}”: {count} parameter(s) found, {missing} not found (to type or confirm, nothing is assumed), {conflicts} contradiction(s).' },
  conflicted: {
    fr: 'la convention « {file} » donne des valeurs contradictoires ({keys}) : aucune n’est appliquée. Lisez-les avec « convention-budget profile {file} », puis donnez le profil voulu avec --profile.',
    en: 'the convention “{file}” gives contradictory values ({keys}): none is applied. Read them with “convention-budget profile {file}”, then give the profile you want with --profile.',
  },
  unresolvedConvention: {
    fr: 'la convention « {file} » ne donne pas {keys}. Rien n’est supposé : donnez-les ({options}--profile PROFIL.json, que « convention-budget profile {file} --json » prépare), ou confirmez les valeurs de 2022 avec --assume {assume}.',
    en: 'the convention “{file}” does not give {keys}. Nothing is assumed: give them ({options}--profile PROFILE.json, which “convention-budget profile {file} --json” prepares), or confirm the 2022 values with --assume {assume}.',
  },
  unresolvedJson: {
    fr: 'le profil « {file} » ne donne pas {keys}. Rien n’est supposé : ajoutez-les au profil ({options}ou dans le fichier), ou confirmez les valeurs de 2022 avec --assume {assume}.',
    en: 'the profile “{file}” does not give {keys}. Nothing is assumed: add them ({options}or in the file), or confirm the 2022 values with --assume {assume}.',
  },
  unresolvedStored: {
    fr: 'le profil enregistré avec le classeur « {file} » ne donne pas {keys}. Rien n’est supposé : donnez-les ({options}--profile ou --convention), ou confirmez les valeurs de 2022 avec --assume {assume}.',
    en: 'the profile kept with the workbook “{file}” does not give {keys}. Nothing is assumed: give them ({options}--profile or --convention), or confirm the 2022 values with --assume {assume}.',
  },
  storedUnreadable: {
    fr: 'le profil de convention enregistré avec le classeur « {file} » est illisible (modifié à la main ?) : donnez le profil avec --profile ou --convention.',
    en: 'the convention profile kept with the workbook “{file}” cannot be read (edited by hand?): give the profile with --profile or --convention.',
  },
  fromWorkbook: { fr: 'Profil : celui enregistré avec le classeur « {file} ».', en: 'Profile: the one kept with the workbook “{file}”.' },
  fromConvention: { fr: 'Profil : lu dans la convention « {file} ».', en: 'Profile: read from the convention “{file}”.' },
  fromJson: { fr: 'Profil : « {file} ».', en: 'Profile: “{file}”.' },
  confirmedValues: { fr: 'Valeurs de 2022 confirmées (--assume) : {keys}.', en: '2022 values confirmed (--assume): {keys}.' },
  envelopeNotChecked: { fr: 'Enveloppe : non donnée, elle n’est pas vérifiée (--envelope MONTANT pour la vérifier).', en: 'Envelope: not given, it is not checked (--envelope AMOUNT to check it).' },
  badProfile: { fr: 'le profil « {file} » n’est pas valable : {reason}.', en: 'the profile “{file}” is not valid: {reason}.' },
  notJson: { fr: 'le profil « {file} » n’est pas du JSON lisible.', en: 'the profile “{file}” is not readable JSON.' },
  notDocx: { fr: '« {file} » n’est pas un document Word (.docx) lisible : enregistrez-le de nouveau au format .docx, ou copiez son texte dans un fichier .txt.', en: '“{file}” is not a readable Word document (.docx): save it again as .docx, or copy its text into a .txt file.' },
  notText: { fr: '« {file} » n’est ni un .txt ni un .docx : donnez le texte de la convention dans l’un de ces formats.', en: '“{file}” is neither a .txt nor a .docx: give the convention’s text in one of these formats.' },
} satisfies Record<string, Bilingual>;

/** The review screen's own words (Réglages › Convention › Lire une convention). */
export const reviewText = {
  pendingHeading: { fr: 'À compléter avant d’accepter', en: 'To complete before accepting' },
  pendingIntro: {
    fr: 'Ces paramètres ne sont pas dans le texte, ou deux phrases les donnent différemment. Rien n’est supposé : saisissez chacun, ou confirmez la valeur de 2022.',
    en: 'These parameters are not in the text, or two sentences give them differently. Nothing is assumed: type each, or confirm the 2022 value.',
  },
  readHeading: { fr: 'Lus dans le texte', en: 'Read in the text' },
  notInText: { fr: 'Non trouvé dans le texte.', en: 'Not found in the text.' },
  confirm: { fr: 'Confirmer la valeur de 2022 : {value}', en: 'Confirm the 2022 value: {value}' },
  confirmed: { fr: 'Valeur de 2022 confirmée : {value}', en: '2022 value confirmed: {value}' },
  typedValue: { fr: 'Saisie : {value}', en: 'Typed: {value}' },
  noEnvelope: { fr: 'Aucune : l’enveloppe n’est pas vérifiée', en: 'None: the envelope is not checked' },
  noYear: { fr: 'Aucune : l’année se règle budget par budget', en: 'None: the year is set budget by budget' },
  noneChosen: { fr: 'Aucune', en: 'None' },
  undo: { fr: 'Revenir sur ce choix', en: 'Undo this choice' },
  acceptWaits: { fr: 'Accepter attend : {keys}.', en: 'Accept waits for: {keys}.' },
  scopeAction: { fr: 'Par action et au total', en: 'Per action and in total' },
  scopeTotal: { fr: 'Au total seulement', en: 'In total only' },
  notPercent: { fr: '« {text} » n’est pas un pourcentage : écrivez par exemple 50 ou 33,33.', en: '“{text}” is not a percent: write for example 50 or 33.33.' },
  notRatio: { fr: '« {text} » n’est pas un rapport : écrivez 1 pour « au moins équivalents », 0,5 pour la moitié.', en: '“{text}” is not a ratio: write 1 for "at least equal", 0.5 for half.' },
  notAmount: { fr: '« {text} » n’est pas un montant : écrivez par exemple 350 000 ou 350.000 €.', en: '“{text}” is not an amount: write for example 350 000 or 350.000 €.' },
  notYear: { fr: '« {text} » n’est pas une année (AAAA).', en: '“{text}” is not a year (YYYY).' },
  notArticle: { fr: '« {text} » n’est pas un numéro d’article (4.1, 5, III.2).', en: '“{text}” is not an article number (4.1, 5, III.2).' },
  sentencesHint: { fr: 'Le libellé de l’en-tête, des actions et du coût : lu dans le texte, ou celui de 2022 si vous le confirmez.', en: 'The wording of the heading, the items and the cost: read in the text, or 2022’s if you confirm it.' },
} satisfies Record<string, Bilingual>;

/** A parameter's value as the officer reads it: "50 %", "500 000 €", "par action". */
export function shownValue(key: ProfileKey, profile: ConventionProfile, lang: Lang): string {
  const percent = (hundredths: number) => (lang === 'fr' ? french`${percentText(hundredths)} %` : `${percentText(hundredths, 'en')}%`);
  const none = lang === 'fr' ? 'aucun' : 'none';
  switch (key) {
    case 'name': return profile.name;
    case 'year': return profile.year === null ? none : String(profile.year);
    case 'stateCapPercent': return percent(profile.stateCap.percent);
    case 'stateCapEqualAllowed': return profile.stateCap.equalAllowed ? (lang === 'fr' ? french`oui (« au plus »)` : 'yes ("at most")') : (lang === 'fr' ? french`non (« inférieure à »)` : 'no ("below")');
    case 'matchingRatio': {
      const ratio = profile.matching.ratio;
      if (ratio === null) return none;
      return ratio === WHOLE ? (lang === 'fr' ? '1 (au moins équivalent)' : '1 (at least equal)') : percent(ratio);
    }
    case 'departmentMinPercent': return profile.matching.minPercentOfCost === null ? none : percent(profile.matching.minPercentOfCost);
    case 'matchingScope': return profile.matching.scope === 'action' ? (lang === 'fr' ? 'par action et au total' : 'per action and in total') : (lang === 'fr' ? 'au total seulement' : 'in total only');
    case 'envelope': return profile.envelope === null ? none : formatMoney(profile.envelope, lang);
    case 'envelopes': {
      const entries = Object.entries(profile.envelopes);
      return entries.length === 0 ? none : entries.map(([name, cents]) => (lang === 'fr' ? french`${name} : ${formatMoney(cents, lang)}` : `${name}: ${formatMoney(cents, lang)}`)).join(lang === 'fr' ? frenchSpacing(' ; ') : '; ');
    }
    case 'listArticle': return profile.listArticle;
    case 'costArticle': return profile.costArticle;
    // French in either language, as the clause writes them.
    case 'sentences': return [profile.sentences.listHeading, profile.sentences.listItem, profile.sentences.costSentence].map(frenchSpacing).join(' / ');
  }
}

/** A profile's JSON error as one sentence naming its key. */
export function profileJsonErrorSentence(error: ProfileJsonError): Bilingual {
  const { key } = error;
  switch (error.kind) {
    case 'shape': return { fr: 'le profil doit être un objet JSON ({"stateCapPercent": 50, …})', en: 'the profile must be a JSON object ({"stateCapPercent": 50, …})' };
    case 'decimals': return { fr: french`« ${key} » : deux décimales au plus`, en: `"${key}": two decimals at most` };
    case 'no-commitment': return { fr: french`« matchingRatio » et « departmentMinPercent » ne peuvent être tous deux vides : le Département doit un engagement`, en: '"matchingRatio" and "departmentMinPercent" cannot both be null: the Department owes a commitment' };
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
