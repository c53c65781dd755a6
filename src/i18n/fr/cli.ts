/** The French half of cli-text.ts. */
export const CLI_FR = {
  noSuchFile: '« {file} » : fichier introuvable.',
  isFolder: '« {file} » est un dossier, pas un classeur.',
  cannotOpen: '« {file} » ne peut pas être ouvert (droits de lecture ?).',
  cannotRead: '« {file} » ne peut pas être lu : {reason}.',
  annotateIsInput: '--annotate {file} est le classeur vérifié lui-même : choisissez un autre nom, le classeur vérifié n’est jamais modifié.',
  cannotAnnotate: 'la copie annotée {file} n’a pas pu être écrite : {reason}.',
  annotated: 'Copie annotée : {file} ({count} cellule(s) marquée(s)).',
  noBudget: 'Aucun budget lu : il faut une ligne d’en-tête avec au moins une colonne « Coût total » et une colonne « Part État ».',
  noBudgetExit: 'aucun budget n’a pu être lu dans « {file} » : rien n’y est vérifié.',
  chooseBudget: 'ce classeur contient plusieurs budgets ({names}) : choisissez-en un avec --beneficiary NOM.',
  noSuchBudget: 'aucun budget ne s’appelle « {wanted} » (budgets : {names}).',
  passwordProtected:
    'le classeur est protégé par un mot de passe qu’Excel demande à l’ouverture : ouvrez-le dans Excel, ôtez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe) et enregistrez-le',
  defaultPassword: '« {file} » est chiffré avec le mot de passe par défaut d’Excel, qui l’ouvre sans en demander : il est lu déchiffré.',
  clauseErrorsOne: 'L’article liste {count} action en erreur, {actions} : corrigez le budget avant de coller l’article.',
  clauseErrorsMany: 'L’article liste {count} actions en erreur, {actions} : corrigez le budget avant de coller l’article.',
  clauseBudgetErrors: 'Le budget de l’article est en erreur : corrigez-le avant de coller l’article.',
  clauseRow: 'ligne {row}',
  unexpected:
    'une erreur inattendue a interrompu la lecture du classeur : ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau au format .xlsx et réessayez ; si elle persiste, signalez-la avec le fichier.',
};
