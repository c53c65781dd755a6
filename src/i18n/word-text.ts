import type { Bilingual } from '../domain';

/**
 * What the pane says in Word, French first, English second. Apart from the other catalogues so that
 * it loads with Word's screens only: Excel's first load does not carry it.
 */
export const wordText = {
  tabConvention: { fr: 'Convention', en: 'Convention' },
  tabBudget: { fr: 'Budget', en: 'Budget' },
  tabSettings: { fr: 'Réglages', en: 'Settings' },
  tabsLabel: { fr: 'Écrans du volet', en: 'Pane screens' },
  loading: { fr: 'Chargement…', en: 'Loading…' },
  cancel: { fr: 'Annuler', en: 'Cancel' },

  officeMissingTitle: { fr: 'Office n’a pas pu être chargé', en: 'Office could not be loaded' },
  officeMissingBody: {
    fr: 'Ce volet fonctionne dans Word : ouvrez-le depuis l’onglet Accueil, bouton « Budget convention ». Sans Word ou sans accès au réseau de Microsoft, utilisez la ligne de commande (convention-budget compare).',
    en: 'This pane runs inside Word: open it from the Home tab, “Convention budget” button. Without Word, or without access to Microsoft’s network, use the command line (convention-budget compare).',
  },
  officeWaitingTitle: { fr: 'Connexion à Word…', en: 'Connecting to Word…' },
  officeWaitingBody: { fr: 'Le volet s’affiche dès que Word est prêt.', en: 'The pane appears as soon as Word is ready.' },
  officeSlowTitle: { fr: 'Word tarde à répondre', en: 'Word is slow to answer' },
  officeSlowBody: {
    fr: 'Le volet attend toujours Word et s’affichera dès qu’il sera prêt. S’il ne vient pas, fermez le volet et rouvrez-le depuis l’onglet Accueil.',
    en: 'The pane is still waiting for Word and will appear as soon as it is ready. If it does not, close the pane and open it again from the Home tab.',
  },
  notWordTitle: { fr: 'Cette page est faite pour Word', en: 'This page is made for Word' },
  notWordBody: { fr: 'Ouvrez une convention dans Word, puis le volet depuis l’onglet Accueil.', en: 'Open a convention in Word, then the pane from the Home tab.' },
  tooOldTitle: { fr: 'Cette version de Word est trop ancienne', en: 'This version of Word is too old' },
  tooOldBody: {
    fr: 'Pour lire la convention, le volet a besoin de WordApi 1.3 (Word 2019, Microsoft 365 ou Word sur le web). En attendant, utilisez la page autonome (npm run demo) ou la ligne de commande.',
    en: 'To read the convention the pane needs WordApi 1.3 (Word 2019, Microsoft 365 or Word on the web). Meanwhile, use the standalone page (npm run demo) or the command line.',
  },
  errorTitle: { fr: 'Le volet n’a pas pu terminer', en: 'The pane could not finish' },
  'error-changed': {
    fr: 'Le document a changé depuis la comparaison : comparez de nouveau, puis écrivez.',
    en: 'The document has changed since the comparison: compare again, then write.',
  },
  'error-read-only': {
    fr: 'Le document est en lecture seule ou protégé : Word refuse d’y écrire. Passez en mode Modification, puis réessayez.',
    en: 'The document is read-only or protected: Word refuses to write into it. Switch to Editing, then try again.',
  },
  'error-unsupported': { fr: 'Cette version de Word ne permet pas cette opération ({detail}).', en: 'This version of Word does not allow this operation ({detail}).' },
  'error-not-found': {
    fr: 'Placez le curseur dans le corps du document, hors d’un tableau, puis réessayez.',
    en: 'Put the cursor in the body of the document, outside a table, then try again.',
  },
  'error-unavailable': { fr: 'Word est momentanément indisponible : réessayez dans un instant.', en: 'Word is unavailable for a moment: try again shortly.' },
  'error-unknown': { fr: 'Une erreur inattendue est survenue ({detail}).', en: 'An unexpected error occurred ({detail}).' },
  settingsUnreadable: {
    fr: 'Les réglages gardés avec ce document sont illisibles : les réglages par défaut s’appliquent.',
    en: 'The settings kept with this document cannot be read: the defaults apply.',
  },

  conventionHint: {
    fr: 'Le volet lit les règles de la convention (plafond de l’État, contrepartie du Département, enveloppe, année, articles) dans le texte de ce document, tableaux compris. Vous vérifiez chaque valeur avant de l’accepter.',
    en: 'The pane reads the convention’s rules (State cap, Department matching, envelope, year, articles) from this document’s text, tables included. You check each value before accepting it.',
  },
  conventionReadDocument: { fr: 'Lire la convention de ce document', en: 'Read this document’s convention' },
  conventionReadingDocument: { fr: 'Lecture du document…', en: 'Reading the document…' },
  conventionEmptyDocument: { fr: 'Le document est vide : il n’y a rien à lire.', en: 'The document is empty: there is nothing to read.' },
  conventionChosenNote: { fr: 'Profil choisi, gardé avec le document.', en: 'Chosen profile, kept with the document.' },
  conventionSaved: {
    fr: 'Profil enregistré avec le document : le budget est comparé selon « {name} ».',
    en: 'Profile saved with the document: the budget is compared against “{name}”.',
  },

  budgetOpen: { fr: 'Ouvrir le classeur du budget…', en: 'Open the budget’s workbook…' },
  budgetHint: {
    fr: 'Le classeur (.xlsx) est lu ici, dans le volet : il n’est ni envoyé ni modifié.',
    en: 'The workbook (.xlsx) is read here, in the pane: it is neither sent nor changed.',
  },
  budgetReading: { fr: 'Lecture du classeur…', en: 'Reading the workbook…' },
  budgetLast: { fr: 'Dernier budget comparé : {file}{beneficiary}. Ouvrez-le de nouveau pour comparer.', en: 'Last budget compared: {file}{beneficiary}. Open it again to compare.' },
  budgetFile: { fr: 'Classeur : {file}', en: 'Workbook: {file}' },
  budgetNotXlsx: { fr: '« {file} » n’est pas un classeur .xlsx.', en: '“{file}” is not an .xlsx workbook.' },
  budgetUnreadable: { fr: '« {file} » ne peut pas être lu : {reason}.', en: '“{file}” cannot be read: {reason}.' },
  budgetNone: {
    fr: 'Aucun budget n’a été trouvé dans « {file} » : ouvrez-le dans Excel avec le volet pour le vérifier.',
    en: 'No budget was found in “{file}”: open it in Excel with the pane to check it.',
  },
  budgetBeneficiary: { fr: 'Bénéficiaire', en: 'Beneficiary' },
  budgetErrors: {
    fr: 'Ce budget a {count} erreur(s) (plafond, contrepartie, montants illisibles…) : corrigez-les dans le classeur avant d’écrire la convention.',
    en: 'This budget has {count} error(s) (cap, matching, unreadable amounts…): correct them in the workbook before writing the convention.',
  },
  budgetYear: { fr: 'Année de l’article {article}', en: 'Year of article {article}' },
  budgetYearHint: {
    fr: 'Vide : celle du profil choisi, sinon celle que donne le classeur (titre, feuille, nom), sinon celle de la convention.',
    en: 'Empty: the chosen profile’s, else the one the workbook gives (title, sheet, name), else the convention’s.',
  },
  budgetYearInvalid: { fr: 'Une année sur quatre chiffres, par exemple 2023.', en: 'A four-digit year, e.g. 2023.' },
  budgetEnvelope: { fr: 'Enveloppe de l’État', en: 'State envelope' },
  budgetEnvelopeHint: { fr: 'Vide : celle du profil choisi, sinon la somme des parts de l’État du budget.', en: 'Empty: the chosen profile’s, else the sum of the budget’s State amounts.' },

  compareAgain: { fr: 'Comparer de nouveau', en: 'Compare again' },
  comparing: { fr: 'Comparaison…', en: 'Comparing…' },
  compareHeading: { fr: 'La convention et le budget', en: 'The convention and the budget' },
  compareAgree: {
    fr: 'La convention et le budget concordent : l’article {list} et l’article {cost} disent ce que dit le budget.',
    en: 'The convention and the budget agree: article {list} and article {cost} say what the budget says.',
  },
  compareDiffer: { fr: '{count} différence(s) entre la convention et le budget :', en: '{count} difference(s) between the convention and the budget:' },
  compareNotes: { fr: 'Non comparé :', en: 'Not compared:' },
  goToParagraph: { fr: 'Aller au paragraphe', en: 'Go to the paragraph' },
  goToParagraphLabel: { fr: 'Aller au paragraphe : {what}', en: 'Go to the paragraph: {what}' },
  paragraphMoved: { fr: 'Le paragraphe a bougé depuis la comparaison : le volet a sélectionné celui qui porte ce texte.', en: 'The paragraph moved since the comparison: the pane selected the one with that text.' },
  paragraphGone: { fr: 'Ce paragraphe n’est plus dans le document : comparez de nouveau.', en: 'This paragraph is no longer in the document: compare again.' },
  listNotFound: {
    fr: 'L’article {article} (la liste des actions) n’a pas été trouvé dans le document.',
    en: 'Article {article} (the list of actions) was not found in the document.',
  },
  costNotFound: { fr: 'L’article {article} (le coût total) n’a pas été trouvé dans le document.', en: 'Article {article} (the total cost) was not found in the document.' },
  insertAtCursor: { fr: 'Insérer l’article {article} au curseur', en: 'Insert article {article} at the cursor' },
  inserted: {
    fr: 'Article {article} inséré après le paragraphe du curseur, dans un contrôle de contenu « Convention Budget ».',
    en: 'Article {article} inserted after the cursor’s paragraph, in a “Convention Budget” content control.',
  },

  writeHeading: { fr: 'Écrire le budget dans la convention', en: 'Write the budget into the convention' },
  writeHint: {
    fr: 'Remplace la phrase d’en-tête et la liste de l’article {list}, et le montant de l’article {cost}, en modifications suivies : chacun les accepte ou les refuse dans Révision.',
    en: 'Replaces article {list}’s heading sentence and list, and article {cost}’s amount, as tracked changes: each reader accepts or rejects them in Review.',
  },
  write: { fr: 'Écrire les articles dans la convention', en: 'Write the articles into the convention' },
  writing: { fr: 'Écriture…', en: 'Writing…' },
  noTracking: {
    fr: 'Cette version de Word ne permet pas à un complément de suivre ses modifications (WordApi 1.4) : les articles seraient écrits sans marque de révision, et personne ne verrait ce qui a changé.',
    en: 'This version of Word does not let an add-in track its changes (WordApi 1.4): the articles would be written without revision marks, and nobody would see what changed.',
  },
  writeUntracked: { fr: 'Écrire sans suivi des modifications', en: 'Write without tracking changes' },
  written: {
    fr: 'Écrit en modifications suivies : {changed} paragraphe(s) modifié(s), {inserted} ajouté(s), {deleted} supprimé(s). Acceptez-les ou refusez-les dans Révision.',
    en: 'Written as tracked changes: {changed} paragraph(s) changed, {inserted} added, {deleted} removed. Accept or reject them in Review.',
  },
  writtenUntracked: {
    fr: 'Écrit sans suivi des modifications : {changed} paragraphe(s) modifié(s), {inserted} ajouté(s), {deleted} supprimé(s).',
    en: 'Written without tracking: {changed} paragraph(s) changed, {inserted} added, {deleted} removed.',
  },
  writtenUnwrapped: {
    fr: 'Word n’a pas accepté de contrôle de contenu autour de l’article (un contrôle du document le chevauche) : la prochaine mise à jour le retrouvera par son texte.',
    en: 'Word did not accept a content control around the article (one of the document’s controls overlaps it): the next update will find it by its text.',
  },

  amendmentHeading: { fr: 'Convention déjà signée : l’avenant', en: 'Convention already signed: the amendment' },
  amendmentHint: {
    fr: 'Rédige l’article d’avenant « L’article {list} de la convention du … est remplacé par les dispositions suivantes : « … » » dans un nouveau paragraphe au curseur, sans toucher à la convention.',
    en: 'Writes the amendment article « L’article {list} de la convention du … est remplacé par les dispositions suivantes : « … » » in a new paragraph at the cursor, leaving the convention as it is.',
  },
  amendment: { fr: 'Rédiger l’avenant au curseur', en: 'Write the amendment at the cursor' },
  amendmentWritten: {
    fr: 'Avenant inséré au curseur ({count} paragraphe(s)). Vérifiez la date de la convention qu’il cite.',
    en: 'Amendment inserted at the cursor ({count} paragraph(s)). Check the date of the convention it cites.',
  },
  amendmentNoDate: {
    fr: 'La date de signature n’a pas été trouvée (« Fait à …, le … ») : l’avenant porte « [date à compléter] ».',
    en: 'The signature date was not found (“Fait à …, le …”): the amendment says “[date à compléter]”.',
  },

  settingsLanguage: { fr: 'Langue du volet', en: 'Pane language' },
  diagnosticTitle: { fr: 'Diagnostic', en: 'Diagnostic' },
  diagnosticHint: {
    fr: 'Vérifie le volet dans ce Word : il écrit un court article d’essai en tête du document, le modifie en modifications suivies, puis le retire. Le texte du document redevient celui d’avant (Word le compte toutefois comme modifié).',
    en: 'Checks the pane in this Word: it writes a short test article at the top of the document, changes it as tracked changes, then removes it. The document’s text is what it was before (Word still counts it as modified).',
  },
  diagnosticRun: { fr: 'Lancer le diagnostic', en: 'Run the diagnostic' },
  diagnosticRunning: { fr: 'Diagnostic en cours…', en: 'Diagnostic running…' },
  diagnosticCopy: { fr: 'Copier le rapport', en: 'Copy the report' },
  diagnosticCopied: { fr: 'Rapport copié : collez-le dans votre message.', en: 'Report copied: paste it into your message.' },
  copyFailed: { fr: 'La copie a été refusée : le rapport est sélectionné, copiez-le avec Ctrl+C.', en: 'Copying was refused: the report is selected, copy it with Ctrl+C.' },
  diagnosticReport: { fr: 'Rapport du diagnostic', en: 'Diagnostic report' },
  diagnosticReportTitle: { fr: 'Convention Budget (Word) — diagnostic du {when}', en: 'Convention Budget (Word) — diagnostic of {when}' },
  diagnosticAllOk: { fr: 'Toutes les étapes ont réussi.', en: 'Every step passed.' },
  diagnosticSomeFailed: { fr: 'Au moins une étape a échoué : envoyez le rapport.', en: 'At least one step failed: send the report.' },
  diagnosticError: { fr: 'Erreur', en: 'Error' },
  diagnosticStep_host: { fr: 'Word, sa version et ses ensembles d’API', en: 'Word, its version and its API sets' },
  diagnosticStep_read: { fr: 'Lecture du document (paragraphes, tableaux, contrôles)', en: 'Reading the document (paragraphs, tables, controls)' },
  diagnosticStep_scratch: { fr: 'Article d’essai écrit en tête du document', en: 'Test article written at the top of the document' },
  diagnosticStep_write: { fr: 'Écriture : montant changé, action retirée, action ajoutée, dans un contrôle de contenu', en: 'Writing: an amount changed, an action removed, one added, in a content control' },
  diagnosticStep_tracked: { fr: 'Modifications suivies : refuser tout rend l’article d’essai ; suivi rendu tel quel', en: 'Tracked changes: rejecting them all gives the test article back; tracking mode given back' },
  diagnosticStep_update: { fr: 'Mise à jour : le contrôle est retrouvé, seul ce qui diffère change', en: 'Update: the control is found again, only what differs changes' },
  diagnosticStep_guard: { fr: 'Document changé entre-temps : l’écriture est refusée', en: 'Document changed meanwhile: the write is refused' },
  diagnosticStep_select: { fr: 'Aller au paragraphe : il est sélectionné', en: 'Go to the paragraph: it is selected' },
  diagnosticStep_cursor: { fr: 'Insertion au curseur : après l’article, jamais dedans', en: 'Insertion at the cursor: after the article, never inside' },
  diagnosticStep_cleanUp: { fr: 'Article d’essai retiré', en: 'Test article removed' },
  diagnosticStep_unchanged: { fr: 'Document tel qu’avant : mêmes paragraphes, tableaux, contrôles et suivi', en: 'Document as before: same paragraphs, tables, controls and tracking' },
  diagnosticStep_settings: { fr: 'Réglages du document écrits, relus, retirés', en: 'Document settings written, read back, removed' },
} satisfies Record<string, Bilingual>;

export type WordTextKey = keyof typeof wordText;
