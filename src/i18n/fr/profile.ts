import type { ProfileKey } from '../../domain';

/** The French half of profile-text.ts. */
export const PROFILE_LABELS_FR = {
  name: 'Convention',
  year: 'Année',
  stateCapPercent: 'Part maximale de l’État par action',
  stateCapEqualAllowed: 'Plafond atteint permis',
  matchingRatio: 'Département ≥ part de l’État ×',
  departmentMinPercent: 'Département ≥ part du coût',
  matchingScope: 'Engagement du Département vérifié',
  envelope: 'Enveloppe de l’État',
  envelopes: 'Enveloppes par bénéficiaire',
  listArticle: 'Article de la liste des actions',
  costArticle: 'Article du coût total',
  sentences: 'Phrases de l’article',
} satisfies Readonly<Record<ProfileKey, string>>;

export const PROFILE_FR = {
  builtIn: 'Profil intégré',
  notFound: 'non trouvé dans le texte : à saisir, ou à confirmer — valeur de 2022 : {value}',
  sameConflict: 'contradiction : suit le choix fait ci-dessus',
  notGiven: '—',
  conflict: 'CONTRADICTION : deux phrases donnent des valeurs différentes, aucune n’est appliquée',
  line: 'ligne {line}',
  sentenceAt: 'ligne {line} : « {sentence} »',
  labelled: '{label} : {value}',
  heading: 'Profil lu dans « {file} » : {count} paramètre(s) trouvé(s), {missing} non trouvé(s) (à saisir ou à confirmer, rien n’est supposé), {conflicts} contradiction(s).',
  conflicted:
    'la convention « {file} » donne des valeurs contradictoires ({keys}) : aucune n’est appliquée. Lisez-les avec « convention-budget profile {file} », puis donnez le profil voulu avec --profile.',
  unresolvedConvention:
    'la convention « {file} » ne donne pas {keys}. Rien n’est supposé : donnez-les ({options}--profile PROFIL.json, que « convention-budget profile {file} --json » prépare), ou confirmez les valeurs de 2022 avec --assume {assume}.',
  unresolvedJson: 'le profil « {file} » ne donne pas {keys}. Rien n’est supposé : ajoutez-les au profil ({options}ou dans le fichier), ou confirmez les valeurs de 2022 avec --assume {assume}.',
  unresolvedStored:
    'le profil enregistré avec le classeur « {file} » ne donne pas {keys}. Rien n’est supposé : donnez-les ({options}--profile ou --convention), ou confirmez les valeurs de 2022 avec --assume {assume}.',
  storedUnreadable: 'le profil de convention enregistré avec le classeur « {file} » est illisible (modifié à la main ?) : donnez le profil avec --profile ou --convention.',
  fromWorkbook: 'Profil : celui enregistré avec le classeur « {file} ».',
  fromConvention: 'Profil : lu dans la convention « {file} ».',
  fromJson: 'Profil : « {file} ».',
  confirmedValues: 'Valeurs de 2022 confirmées (--assume) : {keys}.',
  envelopeNotChecked: 'Enveloppe : non donnée, elle n’est pas vérifiée (--envelope MONTANT pour la vérifier).',
  badProfile: 'le profil « {file} » n’est pas valable : {reason}.',
  notJson: 'le profil « {file} » n’est pas du JSON lisible.',
  notDocx: '« {file} » n’est pas un document Word (.docx) lisible : enregistrez-le de nouveau au format .docx, ou copiez son texte dans un fichier .txt.',
  notText: '« {file} » n’est ni un .txt ni un .docx : donnez le texte de la convention dans l’un de ces formats.',
};

export const VALUE_FR = {
  none: 'aucun',
  percent: '{value} %',
  capEqualAllowed: 'oui (« au plus »)',
  capBelow: 'non (« inférieure à »)',
  ratioWhole: '1 (au moins équivalent)',
  scopeAction: 'par action et au total',
  scopeTotal: 'au total seulement',
  envelopeOf: '{name} : {amount}',
};

export const REVIEW_FR = {
  pendingHeading: 'À compléter avant d’accepter',
  pendingIntro: 'Ces paramètres ne sont pas dans le texte, ou deux phrases les donnent différemment. Rien n’est supposé : saisissez chacun, ou confirmez la valeur de 2022.',
  readHeading: 'Lus dans le texte',
  notInText: 'Non trouvé dans le texte.',
  confirm: 'Confirmer la valeur de 2022 : {value}',
  confirmed: 'Valeur de 2022 confirmée : {value}',
  typedValue: 'Saisie : {value}',
  noEnvelope: 'Aucune : l’enveloppe n’est pas vérifiée',
  noYear: 'Aucune : l’année se règle budget par budget',
  noneChosen: 'Aucune',
  undo: 'Revenir sur ce choix',
  acceptWaits: 'Accepter attend : {keys}.',
  scopeAction: 'Par action et au total',
  scopeTotal: 'Au total seulement',
  notPercent: '« {text} » n’est pas un pourcentage : écrivez par exemple 50 ou 33,33.',
  notRatio: '« {text} » n’est pas un rapport : écrivez 1 pour « au moins équivalents », 0,5 pour la moitié.',
  notAmount: '« {text} » n’est pas un montant : écrivez par exemple 350 000 ou 350.000 €.',
  notYear: '« {text} » n’est pas une année (AAAA).',
  notArticle: '« {text} » n’est pas un numéro d’article (4.1, 5, III.2).',
  sentencesHint: 'Le libellé de l’en-tête, des actions et du coût : lu dans le texte, ou celui de 2022 si vous le confirmez.',
};
