import type { Bilingual } from '../domain';
import { reportText } from './report-text';

/** What `check` prints for several workbooks at once: one line per workbook, then a total (its counts are the report's). */
export const batchText = {
  budgetOne: reportText.budgetOne,
  budgetMany: reportText.budgetMany,
  errorOne: reportText.errorOne,
  errorMany: reportText.errorMany,
  warningOne: reportText.warningOne,
  warningMany: reportText.warningMany,
  heading: { fr: 'Vérification de {workbooks}', en: 'Check of {workbooks}' },
  workbookOne: { fr: '{count} classeur', en: '{count} workbook' },
  workbookMany: { fr: '{count} classeurs', en: '{count} workbooks' },
  unreadOne: { fr: '{count} partie non lue', en: '{count} part not read' },
  unreadMany: { fr: '{count} parties non lues', en: '{count} parts not read' },
  conformLine: { fr: '{file} : {counts} — conforme', en: '{file}: {counts} — compliant' },
  toCorrectLine: { fr: '{file} : {counts} — à corriger', en: '{file}: {counts} — to correct' },
  noBudgetLine: { fr: '{file} : aucun budget lu{unread} — rien n’y est vérifié', en: '{file}: no budget read{unread} — nothing in it is checked' },
  noBudgetRemark: { fr: 'aucun budget lu : rien n’y est vérifié', en: 'no budget read: nothing in it is checked' },
  unreadableLine: { fr: '{file} : illisible — {reason}', en: '{file}: unreadable — {reason}' },
  total: {
    fr: 'Total : {workbooks} — {budgets}, {errors}, {warnings} ; {conform}, {toCorrect}, {noBudget}, {unreadable}.',
    en: 'Total: {workbooks} — {budgets}, {errors}, {warnings}; {conform}, {toCorrect}, {noBudget}, {unreadable}.',
  },
  conformCount: { fr: '{count} conforme', en: '{count} compliant' },
  conformCountMany: { fr: '{count} conformes', en: '{count} compliant' },
  toCorrectCount: { fr: '{count} à corriger', en: '{count} to correct' },
  noBudgetCount: { fr: '{count} sans budget', en: '{count} without a budget' },
  unreadableCount: { fr: '{count} illisible', en: '{count} unreadable' },
  unreadableCountMany: { fr: '{count} illisibles', en: '{count} unreadable' },
  notChecked: {
    fr: '{count} classeur(s) ne sont pas vérifiés (illisibles ou sans budget) : voyez leur ligne.',
    en: '{count} workbook(s) are not checked (unreadable or without a budget): see their line.',
  },
  emptyFolder: { fr: 'le dossier « {folder} » ne contient aucun classeur (.xlsx, .xlsm…).', en: 'the folder “{folder}” holds no workbook (.xlsx, .xlsm…).' },
  timedOut: {
    fr: '« {file} » n’a pas été lu en {seconds} secondes : il n’est pas vérifié. Vérifiez-le seul, ou ouvrez-le dans Excel et enregistrez-le de nouveau.',
    en: '“{file}” was not read within {seconds} seconds: it is not checked. Check it alone, or open it in Excel and save it again.',
  },
  summaryWritten: { fr: 'Synthèse : {file} ({rows} ligne(s)).', en: 'Summary: {file} ({rows} row(s)).' },
  cannotWriteSummary: { fr: 'la synthèse {file} n’a pas pu être écrite : {reason}.', en: 'the summary {file} could not be written: {reason}.' },
  summaryIsInput: {
    fr: '--summary {file} est l’un des classeurs vérifiés : choisissez un autre nom, un classeur vérifié n’est jamais modifié.',
    en: '--summary {file} is one of the workbooks checked: choose another name, a workbook checked is never written.',
  },
} satisfies Record<string, Bilingual>;
