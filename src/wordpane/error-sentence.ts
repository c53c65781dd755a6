import { BudgetFileError } from '../document/budget-file';
import { DocumentError } from '../document/convention-document';
import type { Lang } from '../domain';
import type { WordTranslate } from './word-text-for';

/** A failure as the officer reads it: a sentence, never a stack trace or a blank pane. */
export function wordErrorSentence(error: unknown, t: WordTranslate, lang: Lang): string {
  if (error instanceof BudgetFileError) return error.reason[lang];
  const known = error instanceof DocumentError ? error : new DocumentError('unknown', error instanceof Error ? error.message : String(error));
  return t(`error-${known.code}`, { detail: known.detail });
}
