import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Bilingual, type Budget, type Cents, type CheckResult, checkConvention, clauseOf, type ConventionProfile, differenceJson, french, type Lang } from '../domain';
import { type ConventionDocument, DocxFileError, readConventionDocx, writeConventionDocx } from '../docx/convention-docx';
import { conventionCliText as text } from '../i18n/convention-cli-text';
import { agreeText, clauseWarningText, comparisonNoteText, differenceText, listNotFoundText } from '../i18n/convention-sentences';
import { translate } from '../i18n/translate';
import type { CompareCommand, ConventionClause, Io } from './command';

/**
 * The convention (.docx) checked against its budget and written, on the command line:
 *   compare CLASSEUR.xlsx CONVENTION.docx [--beneficiary NOM] [--year AAAA] [--envelope MONTANT] [--json]
 *   clause CLASSEUR.xlsx --into CONVENTION.docx --out NOUVELLE.docx [--beneficiary NOM]
 *   clause CLASSEUR.xlsx --avenant CONVENTION.docx [--html]
 */

/** What main.ts lends: its way of reading files and workbooks, and of refusing with one sentence. */
export interface CliContext {
  readonly readBytes: (file: string) => Uint8Array;
  readonly checkFile: (file: string, options: { envelope?: Cents | undefined; profile?: ConventionProfile | undefined }) => Promise<{ result: CheckResult; notes: readonly Bilingual[] }>;
  readonly chooseBudget: (budgets: readonly Budget[], wanted: string | undefined, file: string) => Budget;
  readonly sameFile: (a: string, b: string) => boolean;
  /** Throws the sentence as main.ts's refusal: exit status 2, `{"error":…}` with --json. */
  readonly refuse: (sentence: Bilingual, code: string) => never;
}

function both(entry: Bilingual, params: Record<string, string | number>): Bilingual {
  return { fr: translate(entry, 'fr', params), en: translate(entry, 'en', params) };
}

function openConvention(file: string, context: CliContext): ConventionDocument {
  const bytes = context.readBytes(file);
  try {
    return readConventionDocx(bytes, file);
  } catch (error) {
    if (error instanceof DocxFileError)
      return context.refuse(
        { fr: translate(text.cannotRead, 'fr', { file: basename(file), reason: error.reason.fr }), en: translate(text.cannotRead, 'en', { file: basename(file), reason: error.reason.en }) },
        'unreadable',
      );
    throw error;
  }
}

/** The budget's year: the one asked, else a chosen profile's, else the workbook's; null when none says it. */
function budgetYear(asked: number | undefined, result: CheckResult, budget: Budget): number | null {
  if (asked !== undefined) return asked;
  if (result.profile.origin !== 'built-in' && result.profile.year !== null) return result.profile.year;
  return budget.yearFound?.year ?? null;
}

function notFound(check: ReturnType<typeof checkConvention>, file: string, context: CliContext): never {
  const sentence = (lang: Lang) => listNotFoundText(check.articles.listArticle, lang);
  return context.refuse(both({ fr: french`« {file} » : ${sentence('fr')}.`, en: `“{file}”: ${sentence('en')}.` }, { file: basename(file) }), 'article-not-found');
}

/** `compare`: exit 0 when they agree, 1 with one line per difference, 2 when a file cannot be read or article 4.1 is not found. */
export async function compareCommand(command: CompareCommand, io: Io, context: CliContext): Promise<number> {
  const { lang } = command;
  const { result, notes: readNotes } = await context.checkFile(command.file, { envelope: command.envelope });
  for (const note of readNotes) io.err(`${note[command.lang]}\n`);
  const budget = context.chooseBudget(result.budgets, command.beneficiary, command.file);
  const document = openConvention(command.convention, context);
  const check = checkConvention(document.paragraphs, budget, { year: budgetYear(command.year, result, budget), envelope: command.envelope, profile: result.profile });
  if (check.comparison === null) return notFound(check, command.convention, context);
  const { differences, notes } = check.comparison;
  if (command.json) {
    io.out(
      `${JSON.stringify({ differences: differences.map((difference) => differenceJson(difference, differenceText(difference, lang))), notes: notes.map((note) => comparisonNoteText(note, lang)) }, null, 2)}\n`,
    );
  } else if (differences.length === 0) {
    io.out(`${agreeText(check.articles.listArticle, check.articles.costArticle, lang)}\n`);
  } else {
    for (const difference of differences) io.out(`${differenceText(difference, lang)}\n`);
  }
  for (const note of notes) io.err(`${comparisonNoteText(note, lang)}\n`);
  return differences.length === 0 ? 0 : 1;
}

/** `clause --into` and `clause --avenant`. */
export async function conventionClause(
  command: {
    readonly file: string;
    readonly year: number | undefined;
    readonly envelope: Cents | undefined;
    readonly beneficiary: string | undefined;
    readonly lang: Lang;
    readonly profile: ConventionProfile | undefined;
  },
  clause: ConventionClause,
  io: Io,
  context: CliContext,
): Promise<number> {
  const { lang } = command;
  if (clause.kind === 'into' && (context.sameFile(clause.convention, clause.out) || context.sameFile(command.file, clause.out))) {
    return context.refuse(both(text.outIsInput, { file: clause.out }), 'usage');
  }
  const { result, notes: readNotes } = await context.checkFile(command.file, { envelope: command.envelope, profile: command.profile });
  for (const note of readNotes) io.err(`${note[command.lang]}\n`);
  const budget = context.chooseBudget(result.budgets, command.beneficiary, command.file);
  const document = openConvention(clause.convention, context);
  const request = { year: budgetYear(command.year, result, budget), envelope: command.envelope, profile: result.profile };
  const warnings = clauseOf(budget, { year: request.year ?? new Date().getFullYear(), envelope: command.envelope, profile: result.profile }).warnings;
  if (clause.kind === 'avenant') {
    const check = checkConvention(document.paragraphs, budget, request);
    if (check.comparison === null) return notFound(check, clause.convention, context);
    if (check.amendment === null) io.err(`${translate(text.nothingToAmend, lang, { file: basename(clause.convention) })}\n`);
    else io.out(`${clause.html ? check.amendment.html : check.amendment.text}\n`);
    for (const note of check.comparison.notes) io.err(`${comparisonNoteText(note, lang)}\n`);
  } else {
    const written = writeConventionDocx(document, budget, request);
    if (written.check.comparison === null) return notFound(written.check, clause.convention, context);
    try {
      writeFileSync(clause.out, written.bytes ?? document.bytes);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'EIO';
      return context.refuse(both(text.cannotWrite, { file: clause.out, code }), 'write-failed');
    }
    const differences = written.check.comparison.differences;
    if (written.bytes === null) io.err(`${translate(text.alreadyAgrees, lang, { file: clause.out })}\n`);
    else {
      for (const difference of differences) io.out(`${differenceText(difference, lang)}\n`);
      io.err(`${translate(text.written, lang, { file: clause.out, count: differences.length })}\n`);
    }
    for (const note of written.notes) io.err(`${note[lang]}\n`);
    for (const note of written.check.comparison.notes) io.err(`${comparisonNoteText(note, lang)}\n`);
  }
  for (const warning of warnings) io.err(`${clauseWarningText(warning, lang)}\n`);
  return warnings.length > 0 ? 1 : 0;
}
