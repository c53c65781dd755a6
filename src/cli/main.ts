import { realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  type Bilingual,
  type Budget,
  type Cents,
  centsToEuros,
  clauseOf,
  clauseYear,
  comparisonKey,
  countBySeverity,
  french,
  type Lang,
  type MatchingMode,
  type ProfileDecisions,
  profileToJson,
  readingGaps,
  readProfile,
  unresolvedParameters,
} from '../domain';
import { withProfilePart } from '../xlsx/profile-part';
import { clauseWarningText } from '../i18n/convention-sentences';
import { findingText } from '../i18n/finding-text';
import { cliText } from '../i18n/cli-text';
import { translate } from '../i18n/translate';
import { annotatedCopy } from '../xlsx/annotate';
import { batchText } from '../i18n/batch-text';
import { checkBatch, isBatch } from './batch-command';
import { CannotServe, checkFile, readBytes } from './check-file';
import { summaryRows, summaryRowWithout, writeSummary } from './summary';
import { clauseErrorLines } from './clause-errors';
import { languageOf, parseCommandLine, UsageError } from './args';
import type { Command, Io } from './command';
import { type CliContext, compareCommand, conventionClause } from './convention-command';
import { CHECK_NEEDS, CLAUSE_NEEDS, conventionText, loadProfile, ProfileFileError, profileJson, profileNotes, profileReport } from './profile-command';
import { jsonReport } from './json-report';
import { textReport } from './text-report';
import { USAGE } from './usage';

/** True when both paths name one file, through symbolic links or hard links too. */
function sameFile(input: string, output: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      try {
        return join(realpathSync(dirname(path)), basename(path));
      } catch {
        return resolve(path);
      }
    }
  };
  if (real(input) === real(output)) return true;
  try {
    const a = statSync(input);
    const b = statSync(output);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

async function check(command: Extract<Command, { name: 'check' }>, io: Io): Promise<number> {
  const { lang } = command;
  if (isBatch(command.files)) {
    if (command.annotate !== undefined) throw new UsageError({ fr: '--annotate va avec un seul classeur, pas avec un dossier', en: '--annotate goes with one workbook, not a folder' });
    // Without --profile or --convention, each workbook is checked under the profile kept with it, if any.
    const use = { needs: CHECK_NEEDS, assume: command.assume, typed: typedOn(command) };
    const loaded = await loadProfile(command.profile, readBytes, use);
    return checkBatch(
      {
        files: command.files,
        json: command.json,
        summary: command.summary,
        lang,
        options: { envelope: command.envelope, matching: command.matching, profile: loaded?.profile },
        storedProfiles: loaded === undefined ? use : undefined,
      },
      io,
      sameFile,
    );
  }
  if (command.summary !== undefined && sameFile(command.file, command.summary)) {
    throw new CannotServe({ fr: translate(batchText.summaryIsInput, 'fr', { file: command.summary }), en: translate(batchText.summaryIsInput, 'en', { file: command.summary }) }, 'usage');
  }
  if (command.annotate !== undefined && sameFile(command.file, command.annotate)) {
    throw new CannotServe({ fr: translate(cliText.annotateIsInput, 'fr', { file: command.annotate }), en: translate(cliText.annotateIsInput, 'en', { file: command.annotate }) }, 'usage');
  }
  const loaded = await loadProfile(command.profile, readBytes, { needs: CHECK_NEEDS, assume: command.assume, typed: typedOn(command) }, command.file);
  const { bytes, result, notes: readNotes } = await checkFile(command.file, { envelope: command.envelope, matching: command.matching, profile: loaded?.profile });
  for (const note of readNotes) io.err(`${note[lang]}\n`);
  const notes = profileNotes(loaded, command.envelope !== undefined, lang);
  if (result.budgets.length === 0) {
    // Nothing read is no pass: the report says what was found instead, and the exit status is 2.
    if (command.json) io.out(`${JSON.stringify({ ...jsonReport(result, lang), error: { code: 'no-budget', message: textOf(cliText.noBudget, lang) } }, null, 2)}\n`);
    else io.out(textReport(basename(command.file), result, lang, notes));
    io.err(`convention-budget: ${translate(cliText.noBudgetExit, lang, { file: basename(command.file) })}\n`);
    if (command.summary !== undefined) writeSummary(command.summary, [summaryRowWithout(basename(command.file), translate(batchText.noBudgetRemark, lang), readingGaps(result))], lang, io.err);
    return 2;
  }
  if (command.json)
    io.out(
      `${JSON.stringify({ ...jsonReport(result, lang), ...(loaded === undefined ? {} : { profileFrom: { kind: loaded.from, file: loaded.file }, profileUnresolved: unresolvedParameters(loaded.profile), profileNotes: notes }) }, null, 2)}\n`,
    );
  else io.out(textReport(basename(command.file), result, lang, notes));
  const summaryStatus = command.summary === undefined ? 0 : writeSummary(command.summary, summaryRows(basename(command.file), result, lang), lang, io.err);
  if (command.annotate !== undefined) {
    let marked: number;
    try {
      const copy = annotatedCopy(bytes, result.findings, (finding) => findingText(finding, lang));
      marked = copy.marked;
      // The profile applied goes with the copy: it reopens under the same rules in the page and in Excel.
      writeFileSync(command.annotate, loaded === undefined || loaded.from === 'workbook' ? copy.bytes : withProfilePart(copy.bytes, profileToJson(loaded.profile)));
    } catch (error) {
      const code = (error as { code?: string }).code;
      const reason = (error as { reason?: Bilingual }).reason ?? { fr: `écriture impossible (${code ?? 'erreur du système'})`, en: `cannot write it (${code ?? 'system error'})` };
      throw new CannotServe(
        { fr: translate(cliText.cannotAnnotate, 'fr', { file: command.annotate, reason: reason.fr }), en: translate(cliText.cannotAnnotate, 'en', { file: command.annotate, reason: reason.en }) },
        'annotate-failed',
      );
    }
    io.err(`${translate(cliText.annotated, lang, { file: command.annotate, count: marked })}\n`);
  }
  return Math.max(summaryStatus, countBySeverity(result.findings).errors > 0 || readingGaps(result) > 0 ? 1 : 0);
}

function textOf(entry: Bilingual, lang: Lang): string {
  return translate(entry, lang);
}

function chooseBudget(budgets: readonly Budget[], wanted: string | undefined, file: string): Budget {
  const names = budgets.map((budget) => budget.label).join(', ');
  const bilingual = (entry: Bilingual, params: Record<string, string>): Bilingual => ({ fr: translate(entry, 'fr', params), en: translate(entry, 'en', params) });
  if (budgets.length === 0) throw new CannotServe(bilingual(cliText.noBudgetExit, { file: basename(file) }), 'no-budget');
  if (wanted === undefined) {
    if (budgets.length === 1) return budgets[0] as Budget;
    throw new CannotServe(bilingual(cliText.chooseBudget, { names }), 'several-budgets');
  }
  const key = comparisonKey(wanted);
  const names_ = (budget: Budget) => [budget.label, budget.beneficiary, budget.table, budget.sheet].filter((name): name is string => name !== null).map(comparisonKey);
  const exact = budgets.filter((budget) => names_(budget).includes(key));
  if (exact.length === 1) return exact[0] as Budget;
  // "Pas-de-Calais" finds the budget headed "Département du Pas-de-Calais", when no other one matches.
  const partial = budgets.filter((budget) => names_(budget).some((name) => ` ${name} `.includes(` ${key} `)));
  if (exact.length === 0 && partial.length === 1) return partial[0] as Budget;
  throw new CannotServe(bilingual(cliText.noSuchBudget, { wanted, names }), 'no-such-budget');
}

/** What the convention's commands (convention-command.ts) borrow from this file. */
const context: CliContext = {
  readBytes,
  checkFile,
  chooseBudget,
  sameFile,
  refuse: (sentence, code) => {
    throw new CannotServe(sentence, code);
  },
};

async function clause(command: Extract<Command, { name: 'clause' }>, io: Io): Promise<number> {
  // Into a convention or its amendment, the figures are the budget's and the document's own: no parameter is needed.
  if (command.convention !== undefined) {
    const loaded = await loadProfile(command.profile, readBytes, { needs: [], assume: command.assume, typed: typedOn(command) }, command.file);
    return conventionClause({ ...command, profile: loaded?.profile }, command.convention, io, context);
  }
  const loaded = await loadProfile(command.profile, readBytes, { needs: CLAUSE_NEEDS, assume: command.assume, typed: typedOn(command) }, command.file);
  if (loaded === undefined && command.year === undefined) throw new UsageError({ fr: french`clause : --year AAAA est obligatoire`, en: 'clause: --year YYYY is required' });
  const { result, notes } = await checkFile(command.file, { envelope: command.envelope, profile: loaded?.profile });
  for (const note of notes) io.err(`${note[command.lang]}\n`);
  const budget = chooseBudget(result.budgets, command.beneficiary, command.file);
  const text = clauseOf(budget, { year: clauseYear(command.year, result.profile, budget, new Date()), envelope: command.envelope, profile: result.profile });
  io.out(command.html ? `${text.html}\n${text.costHtml}\n` : `${text.text}\n\n${text.costText}\n`);
  for (const warning of text.warnings) io.err(`${clauseWarningText(warning, command.lang)}\n`);
  const errors = clauseErrorLines(budget, result, command.lang);
  for (const line of errors) io.err(`${line}\n`);
  // The text is printed whole, but an article with actions left out or in error, or a heading that is not the sum of its items, is no pass.
  return text.warnings.length > 0 || errors.length > 0 ? 1 : 0;
}

/** What the command line's own options type into a profile: the matching's scope, the envelope, the year. */
function typedOn(command: { readonly matching?: MatchingMode | undefined; readonly envelope: Cents | undefined; readonly year?: number | undefined }): ProfileDecisions['typed'] {
  return {
    ...(command.matching === undefined ? {} : { matchingScope: command.matching }),
    ...(command.envelope === undefined ? {} : { envelope: centsToEuros(command.envelope) }),
    ...(command.year === undefined ? {} : { year: command.year }),
  };
}

/** Reads a convention's profile; a parameter two sentences disagree on is no pass (exit status 1). */
async function profile(command: Extract<Command, { name: 'profile' }>, io: Io): Promise<number> {
  const reading = readProfile(await conventionText(command.file, readBytes(command.file)));
  io.out(command.json ? `${JSON.stringify(profileJson(reading), null, 2)}\n` : profileReport(basename(command.file), reading, command.lang));
  return reading.conflicts.length > 0 ? 1 : 0;
}

/** Runs the command line; returns the exit status. Never throws: every failure is one sentence on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const lang = languageOf(argv);
  const json = argv.includes('--json');
  try {
    const command = parseCommandLine(argv);
    switch (command.name) {
      case 'help':
        io.out(`${USAGE[command.lang]}\n`);
        return 0;
      case 'check':
        return await check(command, io);
      case 'clause':
        return await clause(command, io);
      case 'profile':
        return await profile(command, io);
      case 'compare':
        return await compareCommand(command, io, context);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`convention-budget: ${error.sentence[lang]}\n\n${USAGE[lang]}\n`);
      if (json) io.out(`${JSON.stringify({ error: { code: 'usage', message: error.sentence[lang] } }, null, 2)}\n`);
      return 2;
    }
    const [sentence, code] = error instanceof CannotServe ? [error.sentence, error.code] : error instanceof ProfileFileError ? [error.sentence, 'profile'] : [cliText.unexpected, 'unexpected'];
    io.err(`convention-budget: ${sentence[lang]}\n`);
    if (json) io.out(`${JSON.stringify({ error: { code, message: sentence[lang] } }, null, 2)}\n`);
    return 2;
  }
}

/** The `convention-budget` executable. */
export function main(): void {
  // A reader that stops early (| head) is not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  void run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then((status) => {
    process.exitCode = status;
  });
}
