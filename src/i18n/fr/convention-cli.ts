/** The French half of convention-cli-text.ts. */
export const CONVENTION_CLI_FR = {
  cannotRead: '« {file} » ne peut pas être lu : {reason}.',
  outIsInput: '--out {file} est un fichier d’entrée : choisissez un autre nom, la convention et le classeur ne sont jamais modifiés.',
  cannotWrite: 'la convention {file} n’a pas pu être écrite ({code}).',
  written: 'Convention écrite : {file} ({count} différence(s) remplacée(s) en modifications suivies, auteur « Convention Budget »).',
  alreadyAgrees: 'La convention dit déjà ce que dit le budget : {file} en est une copie à l’identique.',
  nothingToAmend: '« {file} » et le budget concordent : aucun avenant n’est nécessaire.',
};
