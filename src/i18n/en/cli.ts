import type { Sentences } from '../catalogue';
import type { CLI_FR } from '../fr/cli';

/** The English half of cli-text.ts: the compiler holds it to French's keys. */
export const CLI_EN = {
  noSuchFile: '“{file}”: no such file.',
  isFolder: '“{file}” is a folder, not a workbook.',
  cannotOpen: '“{file}” cannot be opened (read permission?).',
  cannotRead: '“{file}” cannot be read: {reason}.',
  annotateIsInput: '--annotate {file} is the workbook being checked: choose another name, the workbook checked is never written.',
  cannotAnnotate: 'the annotated copy {file} could not be written: {reason}.',
  annotated: 'Annotated copy: {file} ({count} cell(s) marked).',
  noBudget: 'No budget read: a header row needs at least a “Total cost” and a “State” column.',
  noBudgetExit: 'no budget could be read in “{file}”: nothing in it is checked.',
  chooseBudget: 'this workbook holds several budgets ({names}): choose one with --beneficiary NAME.',
  noSuchBudget: 'no budget is named “{wanted}” (budgets: {names}).',
  passwordProtected:
    'the workbook is protected by a password Excel asks for when opening it: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it',
  defaultPassword: '“{file}” is encrypted with Excel’s default password, which opens it without asking for one: it is read decrypted.',
  clauseErrorsOne: 'The article lists {count} action in error, {actions}: correct the budget before pasting the article.',
  clauseErrorsMany: 'The article lists {count} actions in error, {actions}: correct the budget before pasting the article.',
  clauseBudgetErrors: 'The article’s budget has errors: correct it before pasting the article.',
  clauseRow: 'row {row}',
  unexpected: 'an unexpected error stopped the reading of the workbook: open it in Excel or LibreOffice, save it again as .xlsx and try again; if it persists, report it with the file.',
} satisfies Sentences<typeof CLI_FR>;
