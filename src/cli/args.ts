import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { type Bilingual, type Cents, centsSchema, french, isLang, type Lang, matchingModeSchema, type Parameter, parseAmountText } from '../domain';
import { AssumeError, assumedParameters } from './assume';
import type { Command, CompareCommand, ConventionClause, ProfileSource } from './command';

// What the command line lets in, validated like every other door: zod, then our own sentence.
const langSchema = z.enum(['fr', 'en']);
const yearSchema = z.pipe(z.string().check(z.regex(/^\d{4}$/)), z.transform(Number));

/** A mistake in the command line itself: the message is printed with the usage, exit status 2. */
export class UsageError extends Error {
  constructor(readonly sentence: Bilingual) {
    super(sentence.en);
    this.name = 'UsageError';
  }
}

/**
 * The language asked for, read before anything else so that even a mistake in the command line is
 * said in it: `--lang en` or `--lang=en`; French otherwise.
 */
export function languageOf(argv: readonly string[]): Lang {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = arg === '--lang' ? argv[index + 1] : arg?.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) return value;
  }
  return 'fr';
}

const OPTIONS = {
  envelope: { type: 'string' },
  matching: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  annotate: { type: 'string' },
  year: { type: 'string' },
  beneficiary: { type: 'string' },
  html: { type: 'boolean' },
  profile: { type: 'string' },
  convention: { type: 'string' },
  into: { type: 'string' },
  out: { type: 'string' },
  avenant: { type: 'string' },
  assume: { type: 'string' },
  summary: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** node:util's parseArgs says what is wrong in English and in its own words: we say it ourselves. */
function parseFailure(error: unknown): Bilingual {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /(--?\w[\w-]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { fr: french`option inconnue ${option}`, en: `unknown option ${option}` };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message)
      ? { fr: french`l’option ${option} attend une valeur`, en: `option ${option} needs a value` }
      : { fr: french`l’option ${option} ne prend pas de valeur`, en: `option ${option} takes no value` };
  }
  return { fr: french`la commande est mal formée`, en: 'the command is malformed' };
}

function envelopeOf(text: string): Cents {
  const amount = parseAmountText(text);
  const cents = centsSchema.safeParse(amount?.negative ? -1 : amount?.cents);
  if (cents.success) return cents.data;
  throw new UsageError({
    fr: french`--envelope : « ${text} » n’est pas un montant (écrivez par exemple 500 000 ou 500.000 €)`,
    en: `--envelope: "${text}" is not an amount (write it as 500 000 or 500.000 €)`,
  });
}

export function parseCommandLine(argv: readonly string[]): Command {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS }));
  } catch (error) {
    throw new UsageError(parseFailure(error));
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const langText = text('lang');
  const parsedLang = langSchema.safeParse(langText ?? 'fr');
  if (!parsedLang.success) throw new UsageError({ fr: french`--lang : « ${langText} » n’est ni fr ni en`, en: `--lang: "${langText}" is neither fr nor en` });
  const lang: Lang = parsedLang.data;
  const [command, file, ...extra] = positionals;
  if (values.help === true || command === 'help') return { name: 'help', lang };
  if (command === 'compare') return parseCompare(positionals.slice(1), values, lang);
  if (command !== 'clause' && ['into', 'out', 'avenant'].some((name) => values[name] !== undefined)) {
    throw new UsageError({ fr: french`--into, --out et --avenant vont avec clause, pas avec ${command ?? '…'}`, en: `--into, --out and --avenant go with clause, not ${command ?? '…'}` });
  }
  if (command !== 'check' && command !== 'clause' && command !== 'profile') {
    throw new UsageError(command === undefined ? { fr: french`aucune commande donnée`, en: 'no command given' } : { fr: french`commande inconnue « ${command} »`, en: `unknown command "${command}"` });
  }
  if (file === undefined) {
    throw new UsageError(
      command === 'profile'
        ? { fr: french`profile : aucune CONVENTION.txt ou .docx donnée`, en: 'profile: no CONVENTION.txt or .docx given' }
        : { fr: french`${command} : aucun CLASSEUR.xlsx donné`, en: `${command}: no FILE.xlsx given` },
    );
  }
  if (extra.length > 0 && command !== 'check') throw new UsageError({ fr: french`argument inattendu « ${extra[0]} »`, en: `unexpected argument "${extra[0]}"` });
  const onlyFor = (names: string[], allowed: string) => {
    const wrong = names.find((name) => values[name] !== undefined);
    if (wrong) throw new UsageError({ fr: french`--${wrong} va avec ${allowed}, pas avec ${command}`, en: `--${wrong} goes with ${allowed}, not ${command}` });
  };
  if (command === 'profile') {
    onlyFor(['envelope', 'matching', 'annotate', 'year', 'beneficiary', 'html', 'profile', 'convention', 'assume', 'summary'], 'check / clause');
    return { name: 'profile', file, json: values.json === true, lang };
  }
  const envelopeText = text('envelope');
  const envelope = envelopeText === undefined ? undefined : envelopeOf(envelopeText);
  const profileFile = text('profile');
  const conventionFile = text('convention');
  if (profileFile !== undefined && conventionFile !== undefined) {
    throw new UsageError({ fr: french`--profile et --convention ne vont pas ensemble : choisissez l’un des deux`, en: '--profile and --convention do not go together: choose one' });
  }
  const profile: ProfileSource = profileFile !== undefined ? { kind: 'json', file: profileFile } : conventionFile !== undefined ? { kind: 'convention', file: conventionFile } : undefined;
  const assumeText = text('assume');
  let assume: readonly Parameter[] = [];
  try {
    if (assumeText !== undefined) assume = assumedParameters(assumeText);
  } catch (error) {
    throw error instanceof AssumeError ? new UsageError(error.sentence) : error;
  }

  if (command === 'check') {
    onlyFor(['year', 'beneficiary', 'html'], 'clause');
    const matchingText = text('matching');
    const matching = matchingModeSchema.safeParse(matchingText ?? 'action');
    if (!matching.success) {
      throw new UsageError({ fr: french`--matching : « ${matchingText} » n’est ni action ni total`, en: `--matching: "${matchingText}" is neither action nor total` });
    }
    const summary = text('summary');
    if (summary !== undefined && !/\.(?:csv|xlsx)$/i.test(summary)) {
      throw new UsageError({ fr: french`--summary : « ${summary} » doit finir par .csv ou .xlsx`, en: `--summary: "${summary}" must end in .csv or .xlsx` });
    }
    if (extra.length > 0 && values.annotate !== undefined) {
      throw new UsageError({ fr: french`--annotate va avec un seul classeur, pas avec plusieurs`, en: '--annotate goes with one workbook, not several' });
    }
    return {
      name: 'check',
      file,
      files: [file, ...extra],
      summary,
      envelope,
      matching: matchingText === undefined ? undefined : matching.data,
      profile,
      assume,
      lang,
      json: values.json === true,
      annotate: text('annotate'),
    };
  }
  onlyFor(['matching', 'json', 'annotate', 'summary'], 'check');
  const convention = conventionClauseOf(values);
  const yearText = text('year');
  const year = yearOf(yearText);
  return { name: 'clause', file, year, profile, assume, envelope, beneficiary: text('beneficiary'), html: values.html === true, lang, convention };
}

function yearOf(yearText: string | undefined): number | undefined {
  const year = yearText === undefined ? undefined : yearSchema.safeParse(yearText);
  if (year !== undefined && !year.success) throw new UsageError({ fr: french`--year : « ${yearText} » n’est pas une année (AAAA)`, en: `--year: "${yearText}" is not a year (YYYY)` });
  return year?.data;
}

/** `clause --into C.docx --out N.docx` or `clause --avenant C.docx`: one or the other. */
function conventionClauseOf(values: Record<string, string | boolean | undefined>): ConventionClause | undefined {
  const into = typeof values.into === 'string' ? values.into : undefined;
  const out = typeof values.out === 'string' ? values.out : undefined;
  const avenant = typeof values.avenant === 'string' ? values.avenant : undefined;
  if (avenant !== undefined && (into !== undefined || out !== undefined)) {
    throw new UsageError({ fr: french`--avenant ne va pas avec --into / --out : choisissez l’un des deux`, en: '--avenant does not go with --into / --out: choose one' });
  }
  if (avenant !== undefined) return { kind: 'avenant', convention: avenant, html: values.html === true };
  if (into === undefined && out === undefined) return undefined;
  if (into === undefined) throw new UsageError({ fr: french`--out va avec --into CONVENTION.docx`, en: '--out goes with --into CONVENTION.docx' });
  if (out === undefined)
    throw new UsageError({ fr: french`--into attend --out NOUVELLE.docx : la convention donnée n’est jamais modifiée`, en: '--into needs --out NEW.docx: the convention given is never written' });
  if (values.html === true) throw new UsageError({ fr: french`--html va avec --avenant, pas avec --into`, en: '--html goes with --avenant, not --into' });
  return { kind: 'into', convention: into, out };
}

function parseCompare(positionals: readonly string[], values: Record<string, string | boolean | undefined>, lang: Lang): CompareCommand {
  const [file, convention, ...extra] = positionals;
  if (file === undefined || convention === undefined) {
    throw new UsageError({ fr: french`compare : donnez CLASSEUR.xlsx puis CONVENTION.docx`, en: 'compare: give FILE.xlsx then CONVENTION.docx' });
  }
  if (extra.length > 0) throw new UsageError({ fr: french`argument inattendu « ${extra[0]} »`, en: `unexpected argument "${extra[0]}"` });
  const wrong = ['matching', 'annotate', 'html', 'profile', 'convention', 'assume', 'summary', 'into', 'out', 'avenant'].find((name) => values[name] !== undefined);
  if (wrong !== undefined) throw new UsageError({ fr: french`--${wrong} ne va pas avec compare`, en: `--${wrong} does not go with compare` });
  const envelopeText = typeof values.envelope === 'string' ? values.envelope : undefined;
  return {
    name: 'compare',
    file,
    convention,
    beneficiary: typeof values.beneficiary === 'string' ? values.beneficiary : undefined,
    year: yearOf(typeof values.year === 'string' ? values.year : undefined),
    envelope: envelopeText === undefined ? undefined : envelopeOf(envelopeText),
    json: values.json === true,
    lang,
  };
}
