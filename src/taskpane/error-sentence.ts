import { WorkbookError } from '../workbook/budget-workbook';
import type { Translate } from './text';

/** A failure as the officer reads it: a sentence, never a stack trace or a blank pane. */
export function errorSentence(error: unknown, t: Translate): string {
  const known = error instanceof WorkbookError ? error : new WorkbookError('unknown', error instanceof Error ? error.message : String(error));
  return t(`error-${known.code}`, { detail: known.detail });
}
