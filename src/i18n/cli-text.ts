import type { Bilingual } from '../domain';

/** What the command line says on stderr, French first, English second: never our internals. */
export const cliText = {
  noSuchFile: { fr: '« {file} » : fichier introuvable.', en: '“{file}”: no such file.' },
  isFolder: { fr: '« {file} » est un dossier, pas un classeur.', en: '“{file}” is a folder, not a workbook.' },
  cannotOpen: { fr: '« {file} » ne peut pas être ouvert (droits de lecture ?).', en: '“{file}” cannot be opened (read permission?).' },
  cannotRead: { fr: '« {file} » ne peut pas être lu : {reason}.', en: '“{file}” cannot be read: {reason}.' },
  annotateIsInput: {
    fr: '--annotate {file} est le classeur vérifié lui-même : choisissez un autre nom, le classeur vérifié n’est jamais modifié.',
    en: '--annotate {file} is the workbook being checked: choose another name, the workbook checked is never written.',
  },
  cannotAnnotate: { fr: 'la copie annotée {file} n’a pas pu être écrite : {reason}.', en: 'the annotated copy {file} could not be written: {reason}.' },
  annotated: { fr: 'Copie annotée : {file} ({count} cellule(s) marquée(s)).', en: 'Annotated copy: {file} ({count} cell(s) marked).' },
  noBudget: {
    fr: 'Aucun budget lu : il faut une ligne d’en-tête avec au moins une colonne « Coût total » et une colonne « Part État ».',
    en: 'No budget read: a header row needs at least a “Total cost” and a “State” column.',
  },
  noBudgetExit: {
    fr: 'aucun budget n’a pu être lu dans « {file} » : rien n’y est vérifié.',
    en: 'no budget could be read in “{file}”: nothing in it is checked.',
  },
  chooseBudget: {
    fr: 'ce classeur contient plusieurs budgets ({names}) : choisissez-en un avec --beneficiary NOM.',
    en: 'this workbook holds several budgets ({names}): choose one with --beneficiary NAME.',
  },
  noSuchBudget: { fr: 'aucun budget ne s’appelle « {wanted} » (budgets : {names}).', en: 'no budget is named “{wanted}” (budgets: {names}).' },
  passwordProtected: {
    fr: 'le classeur est protégé par un mot de passe qu’Excel demande à l’ouverture : ouvrez-le dans Excel, ôtez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe) et enregistrez-le',
    en: 'the workbook is protected by a password Excel asks for when opening it: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it',
  },
  defaultPassword: {
    fr: '« {file} » est chiffré avec le mot de passe par défaut d’Excel, qui l’ouvre sans en demander : il est lu déchiffré.',
    en: '“{file}” is encrypted with Excel’s default password, which opens it without asking for one: it is read decrypted.',
  },
  clauseErrorsOne: {
    fr: 'L’article liste {count} action en erreur, {actions} : corrigez le budget avant de coller l’article.',
    en: 'The article lists {count} action in error, {actions}: correct the budget before pasting the article.',
  },
  clauseErrorsMany: {
    fr: 'L’article liste {count} actions en erreur, {actions} : corrigez le budget avant de coller l’article.',
    en: 'The article lists {count} actions in error, {actions}: correct the budget before pasting the article.',
  },
  clauseBudgetErrors: {
    fr: 'Le budget de l’article est en erreur : corrigez-le avant de coller l’article.',
    en: 'The article’s budget has errors: correct it before pasting the article.',
  },
  clauseRow: { fr: 'ligne {row}', en: 'row {row}' },
  unexpected: {
    fr: 'une erreur inattendue a interrompu la lecture du classeur : ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau au format .xlsx et réessayez ; si elle persiste, signalez-la avec le fichier.',
    en: 'an unexpected error stopped the reading of the workbook: open it in Excel or LibreOffice, save it again as .xlsx and try again; if it persists, report it with the file.',
  },
} satisfies Record<string, Bilingual>;
