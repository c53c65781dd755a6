import { type CheckOptions, countBySeverity, type Lang, readingGaps } from '../domain';
import { cliText } from '../i18n/cli-text';
import { plural, translate } from '../i18n/translate';
import { CannotServe, checkFile, readBytes } from './check-file';
import { loadProfile, ProfileFileError, profileNotes, type ProfileUse } from './profile-command';
import { jsonReport } from './json-report';
import { batchText as text } from '../i18n/batch-text';
import { type SummaryRow, summaryRows, summaryRowWithout } from './summary';

/** What checking one workbook of a batch gives: all plain data, so that a worker thread can hand it over. */
export interface FileOutcome {
  /** Its place in the batch: lines are printed in the order the files were given. */
  readonly index: number;
  /** The file as the officer named it (a folder's files under the folder's name). */
  readonly shown: string;
  /** 0 no error, 1 errors or parts not read, 2 unreadable or no budget. */
  readonly status: 0 | 1 | 2;
  readonly kind: 'checked' | 'no-budget' | 'unreadable';
  readonly budgets: number;
  readonly errors: number;
  readonly warnings: number;
  readonly unread: number;
  /** Its line of the batch report. */
  readonly line: string;
  /** Its object for --json, on one line. */
  readonly json: string;
  readonly summary: readonly SummaryRow[];
  /** Said on stderr: how the file was read (a workbook decrypted). */
  readonly notes: readonly string[];
}

export interface BatchTask {
  readonly index: number;
  readonly path: string;
  readonly shown: string;
}

export interface BatchSettings {
  readonly options: CheckOptions;
  readonly lang: Lang;
  /** Set when no profile was given: each workbook is checked under the profile kept with it, if any. */
  readonly storedProfiles?: ProfileUse | undefined;
}

/** Checks one workbook of a batch; never throws: a file that cannot be read is its own outcome. */
export async function checkBatchFile(task: BatchTask, settings: BatchSettings): Promise<FileOutcome> {
  const { lang } = settings;
  const { index, shown } = task;
  try {
    const stored = settings.storedProfiles === undefined ? undefined : await loadProfile(undefined, readBytes, settings.storedProfiles, task.path);
    const options = stored === undefined ? settings.options : { ...settings.options, profile: stored.profile };
    const checked = await checkFile(task.path, options);
    const { result } = checked;
    const notes = [...checked.notes, ...profileNotes(stored, settings.options.envelope !== undefined, lang).map((note) => ({ fr: note, en: note }))];
    const { errors, warnings } = countBySeverity(result.findings);
    const unread = readingGaps(result);
    const budgets = result.budgets.length;
    const counts = [
      plural(budgets, lang, text.budgetOne, text.budgetMany),
      plural(errors, lang, text.errorOne, text.errorMany),
      plural(warnings, lang, text.warningOne, text.warningMany),
      ...(unread > 0 ? [plural(unread, lang, text.unreadOne, text.unreadMany)] : []),
    ].join(', ');
    if (budgets === 0) {
      const message = translate(cliText.noBudget, lang);
      return {
        index,
        shown,
        status: 2,
        kind: 'no-budget',
        budgets,
        errors,
        warnings,
        unread,
        line: translate(text.noBudgetLine, lang, { file: shown, unread: unread > 0 ? ` (${plural(unread, lang, text.unreadOne, text.unreadMany)})` : '' }),
        json: JSON.stringify({ file: shown, status: 2, ...jsonReport(result, lang), error: { code: 'no-budget', message } }),
        summary: [summaryRowWithout(shown, translate(text.noBudgetRemark, lang), unread)],
        notes: notes.map((note) => note[lang]),
      };
    }
    const status = errors > 0 || unread > 0 ? 1 : 0;
    return {
      index,
      shown,
      status,
      kind: 'checked',
      budgets,
      errors,
      warnings,
      unread,
      line: translate(status === 0 ? text.conformLine : text.toCorrectLine, lang, { file: shown, counts }),
      json: JSON.stringify({ file: shown, status, ...jsonReport(result, lang) }),
      summary: summaryRows(shown, result, lang),
      notes: notes.map((note) => note[lang]),
    };
  } catch (error) {
    const [sentence, code] = error instanceof CannotServe ? [error.sentence, error.code] : error instanceof ProfileFileError ? [error.sentence, 'profile'] : [cliText.unexpected, 'unexpected'];
    return unreadableOutcome(task, sentence[lang], code, lang);
  }
}

/** The outcome of a file that could not be read: its sentence on its line, in its JSON object and its summary row. */
export function unreadableOutcome(task: BatchTask, sentence: string, code: string, lang: Lang): FileOutcome {
  return {
    index: task.index,
    shown: task.shown,
    status: 2,
    kind: 'unreadable',
    budgets: 0,
    errors: 0,
    warnings: 0,
    unread: 0,
    line: translate(text.unreadableLine, lang, { file: task.shown, reason: sentence }),
    json: JSON.stringify({ file: task.shown, status: 2, error: { code, message: sentence } }),
    summary: [summaryRowWithout(task.shown, sentence)],
    notes: [],
  };
}
