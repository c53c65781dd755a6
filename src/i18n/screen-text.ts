import type { Bilingual } from '../domain';

/**
 * What the pane's secondary screens say (Article 4.1, Réglages, the diagnostic), French first,
 * English second. Apart from pane-text.ts so that it loads with those screens, not with the pane's
 * first paint.
 */
export const screenText = {
  clauseBudget: { fr: 'Bénéficiaire', en: 'Beneficiary' },
  clauseYear: { fr: 'Année', en: 'Year' },
  clauseYearFromTitle: { fr: 'Lue dans le titre « {text} ».', en: 'Read in the title “{text}”.' },
  clauseYearFromSheet: { fr: 'Lue dans le nom de la feuille « {text} ».', en: 'Read in the sheet name “{text}”.' },
  clauseYearFromTable: { fr: 'Lue dans le nom du tableau « {text} ».', en: 'Read in the table name “{text}”.' },
  clauseYearFromFile: { fr: 'Lue dans le nom du fichier « {text} ».', en: 'Read in the file name “{text}”.' },
  clauseYearToday: { fr: 'Le classeur ne nomme aucune année : année en cours.', en: 'The workbook names no year: this year.' },
  clauseYearInvalid: { fr: 'Indiquez une année sur quatre chiffres, par exemple 2022.', en: 'Give a four-digit year, for example 2022.' },
  clauseEnvelopeHint: { fr: 'Montant de l’en-tête de l’article ; vide : la somme des parts de l’État listées.', en: 'The amount in the article’s heading; empty: the sum of the State amounts listed.' },
  clausePreview: { fr: 'Texte à coller dans la convention', en: 'Text to paste into the convention' },
  copy41: { fr: 'Copier l’article 4.1', en: 'Copy article 4.1' },
  copy31: { fr: 'Copier l’article 3.1', en: 'Copy article 3.1' },
  copied: { fr: 'Copié : collez dans Word (Ctrl+V), la liste garde sa mise en forme.', en: 'Copied: paste into Word (Ctrl+V); the list keeps its layout.' },
  copyFailed: {
    fr: 'La copie automatique n’a pas fonctionné : le texte est sélectionné, appuyez sur Ctrl+C.',
    en: 'Automatic copy did not work: the text is selected, press Ctrl+C.',
  },
  clauseHasErrors: {
    fr: 'Ce budget a encore {count} erreur(s) : l’article reflète le tableau tel qu’il est.',
    en: 'This budget still has {count} error(s): the article reflects the table as it is.',
  },
  clauseIncomplete: { fr: 'L’article n’est pas complet', en: 'The article is not complete' },
  clauseNoBudget: { fr: 'Aucun budget à rédiger : créez ou associez d’abord un tableau de budget.', en: 'No budget to write up: create or map a budget table first.' },

  settingsLanguage: { fr: 'Langue du volet', en: 'Pane language' },
  settingsMatching: { fr: 'Parité Département / État vérifiée action par action', en: 'Department / State matching checked on each action' },
  settingsMatchingHint: {
    fr: 'Désactivez-la quand la convention n’engage le Département que sur le total ; le total est toujours vérifié.',
    en: 'Turn it off when the convention binds the Department on the total only; the total is always checked.',
  },
  settingsMapping: { fr: 'Colonnes associées à la main', en: 'Columns mapped by hand' },
  settingsMappingHint: {
    fr: 'Pour un tableau dont les en-têtes ne sont pas reconnus, ou mal : choisissez la colonne de chaque rubrique. Le choix est gardé avec le classeur.',
    en: 'For a table whose headers are not recognised, or wrongly: choose the column of each field. The choice is kept with the workbook.',
  },
  settingsTable: { fr: 'Tableau', en: 'Table' },
  noColumn: { fr: '— aucune —', en: '— none —' },
  saveMapping: { fr: 'Enregistrer l’association', en: 'Save the mapping' },
  resetMapping: { fr: 'Revenir à la détection', en: 'Back to detection' },
  mappingSaved: { fr: 'Association enregistrée avec le classeur.', en: 'Mapping saved with the workbook.' },
  mappingConflict: {
    fr: 'La colonne « {header} » est choisie pour plusieurs rubriques ({fields}) : une colonne ne peut en servir qu’une. Rien n’est enregistré.',
    en: 'Column “{header}” is chosen for several fields ({fields}): a column can serve only one. Nothing is saved.',
  },
  noTableToMap: { fr: 'Aucun tableau dans ce classeur.', en: 'No table in this workbook.' },
  diagnosticTitle: { fr: 'Diagnostic', en: 'Diagnostics' },
  diagnosticHint: {
    fr: 'Vérifie le volet dans cet Excel sur une feuille d’essai qu’il crée puis supprime : lecture, marques, saisie, effacement. Les marques du classeur sont effacées puis remises. Copiez le rapport pour l’envoyer à l’équipe.',
    en: 'Checks the pane in this Excel on a scratch sheet it creates and then deletes: reading, marks, typing, clearing. The workbook’s marks are cleared and then put back. Copy the report to send it to the team.',
  },
  diagnosticRun: { fr: 'Lancer le diagnostic', en: 'Run the diagnostics' },
  diagnosticRunning: { fr: 'Diagnostic en cours…', en: 'Running…' },
  diagnosticCopy: { fr: 'Copier le rapport', en: 'Copy the report' },
  diagnosticCopied: { fr: 'Rapport copié : collez-le dans votre message.', en: 'Report copied: paste it into your message.' },
  diagnosticReport: { fr: 'Rapport du diagnostic', en: 'Diagnostics report' },
  diagnosticReportTitle: { fr: 'Convention Budget — diagnostic du {when}', en: 'Convention Budget — diagnostics of {when}' },
  diagnosticAllOk: { fr: 'Toutes les étapes ont réussi.', en: 'Every step passed.' },
  diagnosticSomeFailed: { fr: 'Au moins une étape a échoué : envoyez le rapport à l’équipe.', en: 'At least one step failed: send the report to the team.' },
  diagnosticError: { fr: 'Erreur', en: 'Error' },
  diagnosticStep_host: { fr: 'Hôte et versions lus', en: 'Host and versions read' },
  diagnosticStep_scratch: { fr: 'Feuille d’essai créée', en: 'Scratch sheet created' },
  diagnosticStep_read: { fr: 'Lecture : les constats attendus sont trouvés', en: 'Reading: the expected findings are found' },
  diagnosticStep_flag: { fr: 'Marquage des cellules', en: 'Cells marked' },
  diagnosticStep_readBack: { fr: 'Relecture : les marques présentes sont celles prévues', en: 'Read back: the marks there are those planned' },
  diagnosticStep_editNoFlag: { fr: 'Saisie qui ne change aucune marque : rien n’est écrit', en: 'An edit that changes no mark: nothing written' },
  diagnosticStep_editOneFlag: { fr: 'Saisie qui ajoute une marque : une seule écrite', en: 'An edit that adds a mark: one written' },
  diagnosticStep_longestFormula: { fr: 'Excel accepte notre formule la plus longue', en: 'Excel accepts our longest formula' },
  diagnosticStep_clear: { fr: 'Effacement : les nôtres partent, celle de l’agent reste', en: 'Clearing: ours go, the officer’s stays' },
  diagnosticStep_cleanUp: { fr: 'Feuille d’essai supprimée', en: 'Scratch sheet deleted' },

} satisfies Record<string, Bilingual>;

export type ScreenTextKey = keyof typeof screenText;
