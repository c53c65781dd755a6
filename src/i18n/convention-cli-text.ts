import type { Bilingual } from '../domain';

/** What the command line says about the convention (.docx) it compares and writes, French first. */
export const conventionCliText = {
  cannotRead: { fr: '« {file} » ne peut pas être lu : {reason}.', en: '“{file}” cannot be read: {reason}.' },
  outIsInput: {
    fr: '--out {file} est un fichier d’entrée : choisissez un autre nom, la convention et le classeur ne sont jamais modifiés.',
    en: '--out {file} is an input file: choose another name, the convention and the workbook are never written.',
  },
  cannotWrite: { fr: 'la convention {file} n’a pas pu être écrite ({code}).', en: 'the convention {file} could not be written ({code}).' },
  written: {
    fr: 'Convention écrite : {file} ({count} différence(s) remplacée(s) en modifications suivies, auteur « Convention Budget »).',
    en: 'Convention written: {file} ({count} difference(s) replaced as tracked changes, author “Convention Budget”).',
  },
  alreadyAgrees: {
    fr: 'La convention dit déjà ce que dit le budget : {file} en est une copie à l’identique.',
    en: 'The convention already says what the budget says: {file} is an identical copy.',
  },
  nothingToAmend: {
    fr: '« {file} » et le budget concordent : aucun avenant n’est nécessaire.',
    en: '“{file}” and the budget agree: no amendment is needed.',
  },
} satisfies Record<string, Bilingual>;
