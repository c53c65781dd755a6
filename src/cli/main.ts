import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { type Budget, checkWorkbook, clauseOf, comparisonKey, countBySeverity } from '../domain';
import { reportText } from '../i18n/report-text';
import { plural } from '../i18n/translate';
import { annotateWorkbook } from '../xlsx/annotate';
import { describeFileProblem, fileProblem } from '../xlsx/file-guard';
import { snapshotOfWorkbook } from '../xlsx/xlsx-snapshot';
import { type Command, parseCommandLine, USAGE, UsageError } from './args';
import { jsonReport } from './json-report';
import { textReport } from './text-report';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** A file or a request the command cannot serve: one line on stderr, exit status 2. */
class CannotServe extends Error {}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new CannotServe(`${file} is a folder, not an .xlsx workbook`);
    size = stats.size;
  } catch (error) {
    if (error instanceof CannotServe) throw error;
    throw new CannotServe(`${file}: no such file`);
  }
  if (size === 0) throw new CannotServe(`${file} is empty, not an .xlsx workbook`);
  const bytes = readFileSync(file);
  // Before exceljs inflates anything: what kind of file, and what its zip says it would inflate to.
  const problem = fileProblem(bytes);
  if (problem) throw new CannotServe(`${file} cannot be read as an .xlsx workbook (${describeFileProblem(problem).en})`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CannotServe(`${file} cannot be read as an .xlsx workbook (${reason})`);
  }
  return workbook;
}

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
  if (command.annotate !== undefined && sameFile(command.file, command.annotate)) {
    throw new CannotServe(`--annotate ${command.annotate} is the input file itself: choose another name, the input is never written`);
  }
  const workbook = await readWorkbook(command.file);
  const result = checkWorkbook(snapshotOfWorkbook(workbook), { envelope: command.envelope, matching: command.matching });
  if (command.json) io.out(`${JSON.stringify(jsonReport(result, command.lang), null, 2)}\n`);
  else io.out(textReport(basename(command.file), result, command.lang));
  if (command.annotate !== undefined) {
    const marked = annotateWorkbook(workbook, result.findings, command.lang);
    try {
      await workbook.xlsx.writeFile(command.annotate);
    } catch (error) {
      throw new CannotServe(`cannot write ${command.annotate} (${error instanceof Error ? error.message : String(error)})`);
    }
    io.err(command.lang === 'fr' ? `Copie annotée : ${command.annotate} (${marked} cellule(s) marquée(s))\n` : `Annotated copy: ${command.annotate} (${marked} cell(s) marked)\n`);
  }
  return countBySeverity(result.findings).errors > 0 ? 1 : 0;
}

function chooseBudget(budgets: readonly Budget[], wanted: string | undefined): Budget {
  const names = budgets.map((budget) => budget.label).join(', ');
  if (budgets.length === 0) throw new CannotServe('no budget table found in this workbook');
  if (wanted === undefined) {
    if (budgets.length === 1) return budgets[0] as Budget;
    throw new CannotServe(`this workbook holds several budgets (${names}): choose one with --beneficiary NAME`);
  }
  const key = comparisonKey(wanted);
  const found = budgets.find((budget) => [budget.label, budget.beneficiary, budget.table, budget.sheet].some((name) => name !== null && comparisonKey(name) === key));
  if (!found) throw new CannotServe(`no budget named "${wanted}" (budgets: ${names})`);
  return found;
}

async function clause(command: Extract<Command, { name: 'clause' }>, io: Io): Promise<number> {
  const workbook = await readWorkbook(command.file);
  const result = checkWorkbook(snapshotOfWorkbook(workbook), { envelope: command.envelope });
  const budget = chooseBudget(result.budgets, command.beneficiary);
  const text = clauseOf(budget, { year: command.year, envelope: command.envelope });
  io.out(command.html ? `${text.html}\n${text.costHtml}\n` : `${text.text}\n\n${text.costText}\n`);
  if (budget.totals.excludedRows > 0) {
    io.err(`${plural(budget.totals.excludedRows, command.lang, reportText.excludedOne, reportText.excludedMany)}\n`);
  }
  return 0;
}

/** Runs the command line; returns the exit status. Never throws: every failure is one line on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.name) {
      case 'help':
        io.out(`${USAGE}\n`);
        return 0;
      case 'check':
        return await check(command, io);
      case 'clause':
        return await clause(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`convention-budget: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    const message = error instanceof CannotServe ? error.message : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    io.err(`convention-budget: ${message}\n`);
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
