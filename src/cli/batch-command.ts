import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ProfileUse } from './profile-command';
import { BUILT_IN_PROFILE, type CheckOptions, type Lang, withScope } from '../domain';
import { profileSummary } from '../i18n/convention-sentences';
import { batchText as text } from '../i18n/batch-text';
import { reportText } from '../i18n/report-text';
import { plural, translate } from '../i18n/translate';
import type { BatchTask, FileOutcome } from './batch-file';
import { checkInParallel } from './batch-pool';
import { CannotServe } from './check-file';
import { writeSummary } from './summary';

/**
 * `check A.xlsx B.xlsx …` or `check FOLDER`: a regional or national service checking every
 * Department's budget of a campaign. One line per workbook, in the order given, then a total;
 * `--json` one object per workbook and line; `--summary` one row per budget. One file that cannot
 * be read never stops the rest, and the exit status is the worst of them.
 */

/** What a folder may hold that the officer takes for a workbook: each is checked, or said unreadable. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm', '.xls', '.xlsb', '.ods']);

function workbooksUnder(folder: string, shown: string): Array<{ path: string; shown: string }> {
  const found: Array<{ path: string; shown: string }> = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  for (const entry of entries) {
    // Excel's lock files ("~$…") and hidden files are no workbooks of the campaign.
    if (entry.name.startsWith('~$') || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    const name = join(shown, entry.name);
    if (entry.isDirectory()) found.push(...workbooksUnder(path, name));
    else if (WORKBOOK_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push({ path, shown: name });
  }
  return found;
}

/** The files to check: each file given, and every workbook under each folder given. */
export function batchTasks(files: readonly string[]): BatchTask[] {
  const tasks: BatchTask[] = [];
  for (const file of files) {
    let folder = false;
    try {
      folder = statSync(file).isDirectory();
    } catch {
      // A missing file is checked like the others, and said missing on its line.
    }
    if (!folder) {
      tasks.push({ index: tasks.length, path: file, shown: file });
      continue;
    }
    const inside = workbooksUnder(file, file);
    if (inside.length === 0) {
      const sentence = { fr: translate(text.emptyFolder, 'fr', { folder: file }), en: translate(text.emptyFolder, 'en', { folder: file }) };
      throw new CannotServe(sentence, 'no-workbook');
    }
    for (const entry of inside) tasks.push({ index: tasks.length, path: entry.path, shown: entry.shown });
  }
  return tasks;
}

/** Whether a check is a batch: several files, or a folder. */
export function isBatch(files: readonly string[]): boolean {
  if (files.length > 1) return true;
  try {
    return statSync(files[0] ?? '').isDirectory();
  } catch {
    return false;
  }
}

export interface BatchCommand {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly summary: string | undefined;
  readonly lang: Lang;
  readonly options: CheckOptions;
  /** Without a profile given, each workbook's own kept profile is applied, needing these parameters. */
  readonly storedProfiles?: ProfileUse | undefined;
}

export async function checkBatch(
  command: BatchCommand,
  io: { readonly out: (text: string) => void; readonly err: (text: string) => void },
  sameFile: (a: string, b: string) => boolean,
): Promise<number> {
  const { lang } = command;
  const tasks = batchTasks(command.files);
  const summaryFile = command.summary;
  if (summaryFile !== undefined && tasks.some((task) => sameFile(task.path, summaryFile))) {
    throw new CannotServe({ fr: translate(text.summaryIsInput, 'fr', { file: summaryFile }), en: translate(text.summaryIsInput, 'en', { file: summaryFile }) }, 'usage');
  }
  if (!command.json) {
    io.out(`${translate(text.heading, lang, { workbooks: plural(tasks.length, lang, text.workbookOne, text.workbookMany) })}\n`);
    const profile = withScope(command.options.profile ?? BUILT_IN_PROFILE, command.options.matching);
    io.out(`${translate(reportText.rules, lang, { profile: profileSummary(profile, lang) })}\n\n`);
  }
  // Outcomes arrive in the order files finish; lines are printed in the order files were given, and
  // only what the total and the summary need is kept of a printed one.
  const outcomes: Array<FileOutcome | undefined> = new Array<FileOutcome | undefined>(tasks.length);
  let printed = 0;
  await checkInParallel(tasks, { options: command.options, lang, storedProfiles: command.storedProfiles }, (outcome) => {
    outcomes[outcome.index] = outcome;
    for (let ready = outcomes[printed]; ready !== undefined; ready = outcomes[printed]) {
      io.out(`${command.json ? ready.json : `  ${ready.line}`}\n`);
      for (const note of ready.notes) io.err(`${note}\n`);
      outcomes[printed] = { ...ready, line: '', json: '', summary: summaryFile === undefined ? [] : ready.summary };
      printed++;
    }
  });
  const done = outcomes.filter((outcome): outcome is FileOutcome => outcome !== undefined);
  const noBudget = done.filter((outcome) => outcome.kind === 'no-budget').length;
  const unreadable = done.filter((outcome) => outcome.kind === 'unreadable').length;
  if (!command.json) {
    const sum = (key: 'budgets' | 'errors' | 'warnings') => done.reduce((total, outcome) => total + outcome[key], 0);
    const conform = done.filter((outcome) => outcome.status === 0).length;
    const toCorrect = done.filter((outcome) => outcome.status === 1).length;
    io.out(
      `\n${translate(text.total, lang, {
        workbooks: plural(done.length, lang, text.workbookOne, text.workbookMany),
        budgets: plural(sum('budgets'), lang, text.budgetOne, text.budgetMany),
        errors: plural(sum('errors'), lang, text.errorOne, text.errorMany),
        warnings: plural(sum('warnings'), lang, text.warningOne, text.warningMany),
        conform: plural(conform, lang, text.conformCount, text.conformCountMany),
        toCorrect: plural(toCorrect, lang, text.toCorrectCount, text.toCorrectCount),
        noBudget: plural(noBudget, lang, text.noBudgetCount, text.noBudgetCount),
        unreadable: plural(unreadable, lang, text.unreadableCount, text.unreadableCountMany),
      })}\n`,
    );
  }
  if (noBudget + unreadable > 0) io.err(`convention-budget: ${translate(text.notChecked, lang, { count: noBudget + unreadable })}\n`);
  let status = done.reduce<number>((worst, outcome) => Math.max(worst, outcome.status), 0);
  if (summaryFile !== undefined)
    status = Math.max(
      status,
      writeSummary(
        summaryFile,
        done.flatMap((outcome) => outcome.summary),
        lang,
        io.err,
      ),
    );
  return status;
}
