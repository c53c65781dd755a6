import type { Sentences } from '../catalogue';
import type { BATCH_FR } from '../fr/batch';

/** The English half of batch-text.ts: the compiler holds it to French's keys. */
export const BATCH_EN = {
  heading: 'Check of {workbooks}',
  workbookOne: '{count} workbook',
  workbookMany: '{count} workbooks',
  unreadOne: '{count} part not read',
  unreadMany: '{count} parts not read',
  conformLine: '{file}: {counts} — compliant',
  toCorrectLine: '{file}: {counts} — to correct',
  noBudgetLine: '{file}: no budget read{unread} — nothing in it is checked',
  noBudgetRemark: 'no budget read: nothing in it is checked',
  unreadableLine: '{file}: unreadable — {reason}',
  total: 'Total: {workbooks} — {budgets}, {errors}, {warnings}; {conform}, {toCorrect}, {noBudget}, {unreadable}.',
  conformCount: '{count} compliant',
  conformCountMany: '{count} compliant',
  toCorrectCount: '{count} to correct',
  noBudgetCount: '{count} without a budget',
  unreadableCount: '{count} unreadable',
  unreadableCountMany: '{count} unreadable',
  notChecked: '{count} workbook(s) are not checked (unreadable or without a budget): see their line.',
  emptyFolder: 'the folder “{folder}” holds no workbook (.xlsx, .xlsm…).',
  timedOut: '“{file}” was not read within {seconds} seconds: it is not checked. Check it alone, or open it in Excel and save it again.',
  summaryWritten: 'Summary: {file} ({rows} row(s)).',
  cannotWriteSummary: 'the summary {file} could not be written: {reason}.',
  cannotWrite: 'cannot write it ({code})',
  systemError: 'system error',
  // The summary workbook's sheet, and its table (a table's name takes no accent).
  summarySheet: 'Summary',
  summaryTable: 'Summary',
  summaryIsInput: '--summary {file} is one of the workbooks checked: choose another name, a workbook checked is never written.',
} satisfies Sentences<typeof BATCH_FR>;
