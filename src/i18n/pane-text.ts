import type { Bilingual } from '../domain';

/** Everything the task pane says, French first, English second. */
export const paneText = {
  tabBudgets: { fr: 'Budgets', en: 'Budgets' },
  tabClause: { fr: 'Article {article}', en: 'Article {article}' },
  tabSettings: { fr: 'Réglages', en: 'Settings' },
  tabsLabel: { fr: 'Écrans du volet', en: 'Pane screens' },

  checkNow: { fr: 'Vérifier', en: 'Check' },
  clearFlags: { fr: 'Effacer les marques', en: 'Clear the marks' },
  flagsCleared: { fr: '{count} marque(s) effacée(s). Les valeurs du classeur n’ont pas changé.', en: '{count} mark(s) cleared. The workbook’s values have not changed.' },
  flagsLeft: {
    fr: '{count} marque(s) de notre volet n’ont pas pu être effacées : fermez et rouvrez le classeur, puis recommencez.',
    en: '{count} mark(s) of ours could not be cleared: close and reopen the workbook, then try again.',
  },
  flagsSheetsFailed: {
    fr: 'Les marques n’ont pas pu être mises à jour sur la feuille {sheets} (feuille protégée, ou règles de mise en forme conditionnelle endommagées) ; les autres feuilles sont à jour et les constats sont tous listés ici.',
    en: 'The marks could not be updated on sheet {sheets} (a protected sheet, or damaged conditional formatting rules); the other sheets are up to date and every finding is listed here.',
  },
  flagsNotShown: {
    fr: '{count} constat(s) de plus ne sont pas marqués dans la feuille (au-delà de 1 000 marques, Excel ralentit) : ils sont tous listés ici.',
    en: '{count} more finding(s) are not marked in the sheet (past 1,000 marks Excel slows down): they are all listed here.',
  },
  checking: { fr: 'Vérification…', en: 'Checking…' },
  checkedAt: { fr: 'Vérifié à {time}', en: 'Checked at {time}' },
  liveOn: { fr: 'Suivi des modifications en direct.', en: 'Following your edits live.' },
  liveOff: {
    fr: 'Cette version d’Excel ne signale pas les modifications : cliquez sur « Vérifier » après vos saisies.',
    en: 'This version of Excel does not report edits: click “Check” after you type.',
  },
  flagsOff: {
    fr: 'Cette version d’Excel ne permet pas de marquer les cellules (ExcelApi 1.6 requis) : les constats restent listés ici.',
    en: 'This version of Excel cannot mark cells (ExcelApi 1.6 needed): the findings are listed here.',
  },

  noBudgetTitle: { fr: 'Aucun tableau de budget dans ce classeur', en: 'No budget table in this workbook' },
  noBudgetBody: {
    fr: 'Le volet lit les tableaux Excel et les plages dont une ligne d’en-tête nomme au moins un coût total et une part de l’État, par exemple « Coût total » et « Part État » ; une feuille peut en contenir plusieurs, l’un sous l’autre.',
    en: 'The pane reads Excel tables and ranges whose header row names at least a total cost and a State share, such as “Total cost” and “State”; a sheet may hold several, one under another.',
  },
  createTable: { fr: 'Créer un tableau de budget', en: 'Create a budget table' },
  newSheetName: { fr: 'Budget convention', en: 'Convention budget' },
  tableCreated: { fr: 'Tableau créé sur la feuille « {sheet} » : saisissez une action par ligne.', en: 'Table created on sheet “{sheet}”: type one action per row.' },
  mapColumns: { fr: 'Associer les colonnes', en: 'Map the columns' },

  statusConform: { fr: 'conforme', en: 'compliant' },
  statusErrorOne: { fr: '{count} erreur', en: '{count} error' },
  statusErrorMany: { fr: '{count} erreurs', en: '{count} errors' },
  statusWarningOne: { fr: '{count} avertissement', en: '{count} warning' },
  statusWarningMany: { fr: '{count} avertissements', en: '{count} warnings' },
  budgetPlace: { fr: 'Feuille « {sheet} », {range}', en: 'Sheet “{sheet}”, {range}' },
  actionCount: { fr: '{count} action(s)', en: '{count} action(s)' },
  totalCost: { fr: 'Coût total', en: 'Total cost' },
  stateShare: { fr: 'Part État', en: 'State share' },
  departmentShare: { fr: 'Part Département', en: 'Department share' },
  otherShare: { fr: 'Autres financements', en: 'Other funding' },
  excludedRows: {
    fr: '{count} ligne(s) exclue(s) des totaux et de l’article {article} : un montant y est illisible ou manquant.',
    en: '{count} row(s) left out of the totals and of article {article}: an amount cannot be read or is missing.',
  },
  hiddenRows: { fr: '{count} ligne(s) masquée(s) ou filtrée(s) sont comptées.', en: '{count} hidden or filtered row(s) are counted.' },
  missingColumns: { fr: 'Colonnes absentes : {columns}.', en: 'Missing columns: {columns}.' },
  envelope: { fr: 'Enveloppe de l’État', en: 'State envelope' },
  envelopeHint: { fr: 'Par exemple 500 000 € ; laissez vide pour ne pas vérifier l’enveloppe.', en: 'For example 500 000 €; leave empty not to check the envelope.' },
  envelopeInvalid: { fr: '« {text} » n’est pas un montant : écrivez par exemple 500 000 ou 500.000 €.', en: '“{text}” is not an amount: write for example 500 000 or 500.000 €.' },
  showActions: { fr: 'Voir les actions ({count})', en: 'Show the actions ({count})' },
  hideActions: { fr: 'Masquer les actions', en: 'Hide the actions' },
  loadingActions: { fr: 'Chargement du tableau…', en: 'Loading the table…' },
  findings: { fr: 'Constats', en: 'Findings' },
  noFinding: { fr: 'Aucune anomalie : le budget respecte les règles de la convention.', en: 'Nothing to correct: the budget obeys the convention’s rules.' },
  goToCell: { fr: 'Aller à la cellule {cell} : {message}', en: 'Go to cell {cell}: {message}' },
  budgetLevel: { fr: 'Budget', en: 'Budget' },
  error: { fr: 'Erreur', en: 'Error' },
  warning: { fr: 'Avertissement', en: 'Warning' },

  columnAction: { fr: 'Action', en: 'Action' },
  columnAxis: { fr: 'Axe', en: 'Axis' },
  columnTitle: { fr: 'Intitulé', en: 'Title' },
  columnCost: { fr: 'Coût total', en: 'Total cost' },
  columnState: { fr: 'État', en: 'State' },
  columnDepartment: { fr: 'Département', en: 'Department' },
  columnStateShare: { fr: '% État', en: 'State %' },
  columnDetails: { fr: 'Détails', en: 'Details' },
  columnRow: { fr: 'Ligne', en: 'Row' },
  actionDetails: { fr: 'Détails de l’action {action}', en: 'Details of action {action}' },
  leftOut: { fr: 'exclue', en: 'left out' },
  actionsGridLabel: { fr: 'Actions du budget {budget}', en: 'Actions of budget {budget}' },
  actionsCapped: { fr: 'Les {shown} premières actions sur {count} ; toutes sont comptées et vérifiées.', en: 'The first {shown} actions of {count}; all are counted and checked.' },

  settingsUnreadable: {
    fr: 'Les réglages enregistrés dans ce classeur sont illisibles : les réglages par défaut s’appliquent.',
    en: 'The settings saved in this workbook cannot be read: the defaults apply.',
  },

  errorTitle: { fr: 'Excel n’a pas pu répondre', en: 'Excel could not answer' },
  'error-busy-editing': {
    fr: 'Une cellule est en cours de saisie : validez-la (Entrée) ou quittez-la (Échap), puis réessayez.',
    en: 'A cell is being edited: confirm it (Enter) or leave it (Esc), then try again.',
  },
  'error-protected': { fr: 'La feuille ou le classeur est protégé : ôtez la protection pour que le volet puisse marquer les cellules.', en: 'The sheet or workbook is protected: unprotect it so that the pane can mark cells.' },
  'error-too-large': { fr: 'Le classeur est trop volumineux pour être lu en une fois.', en: 'The workbook is too large to be read at once.' },
  'error-not-found': { fr: 'La feuille ou la cellule n’existe plus : relancez la vérification.', en: 'The sheet or cell no longer exists: check again.' },
  'error-unsupported': { fr: 'Cette version d’Excel ne permet pas cette opération.', en: 'This version of Excel does not allow this operation.' },
  'error-unavailable': { fr: 'Excel est momentanément indisponible : réessayez dans un instant.', en: 'Excel is unavailable for a moment: try again shortly.' },
  'error-unknown': { fr: 'Une erreur inattendue est survenue ({detail}).', en: 'An unexpected error occurred ({detail}).' },
  retry: { fr: 'Réessayer', en: 'Try again' },
  officeMissingTitle: { fr: 'Office n’a pas pu être chargé', en: 'Office could not be loaded' },
  officeMissingBody: {
    fr: 'Ce volet fonctionne dans Excel : ouvrez-le depuis l’onglet Accueil, bouton « Budget convention ». Sans Excel ou sans accès au réseau de Microsoft, utilisez la page autonome (npm run demo).',
    en: 'This pane runs inside Excel: open it from the Home tab, “Convention budget” button. Without Excel, or without access to Microsoft’s network, use the standalone page (npm run demo).',
  },
  officeWaitingTitle: { fr: 'Connexion à Excel…', en: 'Connecting to Excel…' },
  officeWaitingBody: { fr: 'Le volet s’affiche dès qu’Excel est prêt.', en: 'The pane appears as soon as Excel is ready.' },
  officeSlowTitle: { fr: 'Excel tarde à répondre', en: 'Excel is slow to answer' },
  officeSlowBody: {
    fr: 'Le volet attend toujours Excel et s’affichera dès qu’il sera prêt. S’il ne vient pas, fermez le volet et rouvrez-le depuis l’onglet Accueil.',
    en: 'The pane is still waiting for Excel and will appear as soon as it is ready. If it does not, close the pane and open it again from the Home tab.',
  },
  notExcelTitle: { fr: 'Ce volet est fait pour Excel', en: 'This pane is made for Excel' },
  notExcelBody: {
    fr: 'Il a été ouvert hors d’Excel. Ouvrez un classeur dans Excel, puis le volet depuis l’onglet Accueil.',
    en: 'It was opened outside Excel. Open a workbook in Excel, then the pane from the Home tab.',
  },
  loading: { fr: 'Chargement…', en: 'Loading…' },
} satisfies Record<string, Bilingual>;

export type PaneTextKey = keyof typeof paneText;
