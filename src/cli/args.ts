import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { type Bilingual, type Cents, centsSchema, french, type Lang, matchingModeSchema, type MatchingMode, type Parameter, parseAmountText } from '../domain';
import { AssumeError, assumedParameters } from './assume';
import type { CompareCommand, ConventionClause } from './convention-command';

// What the command line lets in, validated like every other door: zod, then our own sentence.
const langSchema = z.enum(['fr', 'en']);
const yearSchema = z.pipe(z.string().check(z.regex(/^\d{4}$/)), z.transform(Number));

export const USAGE: Bilingual = {
  fr: french`Utilisation :
  convention-budget check CLASSEUR.xlsx [--envelope MONTANT] [--matching action|total] [--profile PROFIL.json | --convention CONVENTION.txt|.docx] [--assume CLÉ[,CLÉ]] [--lang fr|en] [--json] [--annotate COPIE.xlsx] [--summary SYNTHESE.csv|.xlsx]
  convention-budget check CLASSEUR.xlsx CLASSEUR2.xlsx … | DOSSIER [--json] [--summary SYNTHESE.csv|.xlsx] [options de check]
  convention-budget clause CLASSEUR.xlsx --year AAAA [--envelope MONTANT] [--beneficiary NOM] [--profile … | --convention …] [--assume CLÉ[,CLÉ]] [--html]
  convention-budget profile CONVENTION.txt|.docx [--json]
  convention-budget compare CLASSEUR.xlsx CONVENTION.docx [--beneficiary NOM] [--year AAAA] [--envelope MONTANT] [--json]
  convention-budget clause CLASSEUR.xlsx --into CONVENTION.docx --out NOUVELLE.docx [--beneficiary NOM]
  convention-budget clause CLASSEUR.xlsx --avenant CONVENTION.docx [--html]

  check    vérifie chaque budget du classeur au regard des règles de la convention
  clause   écrit l’article 4.1 (et 3.1) pour un bénéficiaire
  profile  lit dans le texte d’une convention ses règles financières, chacune avec sa phrase
  compare  compare les articles 4.1 et 3.1 d’une convention Word avec le budget : une ligne par différence

  --envelope MONTANT    l’enveloppe de l’État, en euros, écrite à la française (« 500 000 », « 500.000 € »)
  --matching MODE       « action » (par défaut) : le Département égale au moins l’État à chaque action et au total ;
                        « total » : au total seulement
  --lang fr|en          langue du rapport et des messages (français par défaut)
  --json                un objet JSON au lieu du rapport
  --annotate COPIE.xlsx écrit aussi une copie du classeur où chaque cellule signalée est colorée et annotée
  --summary FICHIER     écrit une ligne par budget (classeur, feuille, bénéficiaire, montants, parts, erreurs…)
                        dans un .csv (pour Excel) ou un .xlsx ; plusieurs classeurs ou un dossier : une ligne
                        par classeur et un total, lus en parallèle ; avec --json, un objet JSON par ligne et par classeur
  --year AAAA           l’année couverte par la convention (par défaut celle du profil choisi)
  --profile PROFIL.json les règles d’une convention, telles que « profile --json » les écrit
  --convention FICHIER  lit les règles dans le texte de la convention (.txt ou .docx) et les applique
                        (sans --profile ni --convention : le profil enregistré avec le classeur, s’il en a un)
  --assume CLÉ[,CLÉ]    confirme la valeur de 2022 pour ces paramètres, que la convention ne donne pas
                        (stateCapPercent, matchingRatio, matchingScope, envelope, year, listArticle, costArticle, sentences)
  --beneficiary NOM     le budget dont écrire l’article, quand le classeur en contient plusieurs
  --html                l’article en HTML (un paragraphe et une liste) au lieu du texte
  --into CONVENTION.docx --out NOUVELLE.docx
                        écrit les articles du budget dans une copie de la convention, en modifications suivies
  --avenant CONVENTION.docx
                        écrit l’article d’avenant qui remplace l’article 4.1 (et le montant du 3.1) de la convention

Code de sortie : 0 aucune erreur (avertissements permis) ; 1 au moins une erreur, ou une partie du classeur
non lue, ou un article incomplet, ou (profile) un paramètre donné par deux phrases contradictoires ;
2 commande invalide, fichier illisible, profil invalide ou incomplet (un paramètre ni lu, ni donné, ni confirmé),
ou aucun budget trouvé. Plusieurs classeurs : le pire code de tous.
compare : 0 la convention et le budget concordent ; 1 au moins une différence ; 2 fichier illisible ou article 4.1 introuvable.`,
  en: `Usage:
  convention-budget check FILE.xlsx [--envelope AMOUNT] [--matching action|total] [--profile PROFILE.json | --convention CONVENTION.txt|.docx] [--assume KEY[,KEY]] [--lang fr|en] [--json] [--annotate OUT.xlsx] [--summary SUMMARY.csv|.xlsx]
  convention-budget check FILE.xlsx FILE2.xlsx … | FOLDER [--json] [--summary SUMMARY.csv|.xlsx] [check options]
  convention-budget clause FILE.xlsx --year YYYY [--envelope AMOUNT] [--beneficiary NAME] [--profile … | --convention …] [--assume KEY[,KEY]] [--html]
  convention-budget profile CONVENTION.txt|.docx [--json]
  convention-budget compare FILE.xlsx CONVENTION.docx [--beneficiary NAME] [--year YYYY] [--envelope AMOUNT] [--json]
  convention-budget clause FILE.xlsx --into CONVENTION.docx --out NEW.docx [--beneficiary NAME]
  convention-budget clause FILE.xlsx --avenant CONVENTION.docx [--html]

  check    checks every budget of the workbook against the convention's rules
  clause   prints article 4.1 (and 3.1) for one beneficiary
  profile  reads a convention's financial rules from its text, each with its sentence
  compare  compares articles 4.1 and 3.1 of a Word convention with the budget: one line per difference

  --envelope AMOUNT     the State envelope, in euros, written as in French ("500 000", "500.000 €")
  --matching MODE       "action" (default): the Department matches the State on each action and in total;
                        "total": in total only
  --lang fr|en          language of the report and messages (French by default)
  --json                one JSON object instead of the report
  --annotate OUT.xlsx   also write a copy of the workbook with each flagged cell highlighted and noted
  --summary FILE        write one row per budget (workbook, sheet, beneficiary, amounts, shares, errors…)
                        to a .csv (for Excel) or an .xlsx; several workbooks or a folder: one line per
                        workbook and a total, read in parallel; with --json, one JSON object per line and workbook
  --year YYYY           the year the convention covers (by default the chosen profile's)
  --profile PROFILE.json a convention's rules, as "profile --json" writes them
  --convention FILE     reads the rules from the convention's text (.txt or .docx) and applies them
                        (without --profile or --convention: the profile kept with the workbook, if any)
  --assume KEY[,KEY]    confirms the 2022 value of these parameters, which the convention does not give
                        (stateCapPercent, matchingRatio, matchingScope, envelope, year, listArticle, costArticle, sentences)
  --beneficiary NAME    the budget to write the clause for, when the workbook holds several
  --html                the clause as HTML (a paragraph and a list) instead of plain text
  --into CONVENTION.docx --out NEW.docx
                        writes the budget's articles into a copy of the convention, as tracked changes
  --avenant CONVENTION.docx
                        prints the amendment article that replaces article 4.1 (and 3.1's amount) of the convention

Exit status: 0 no error (warnings allowed); 1 at least one error, or a part of the workbook not read, or
an incomplete article, or (profile) a parameter given by two contradictory sentences; 2 invalid command,
unreadable file, invalid or incomplete profile (a parameter neither read, given nor confirmed), or no budget found.
Several workbooks: the worst status of them all.
compare: 0 the convention and the budget agree; 1 at least one difference; 2 unreadable file or article 4.1 not found.`,
};

/** A mistake in the command line itself: the message is printed with the usage, exit status 2. */
export class UsageError extends Error {
  constructor(readonly sentence: Bilingual) {
    super(sentence.en);
    this.name = 'UsageError';
  }
}

/** Where the convention's rules come from: a profile as JSON, or the convention's own text. */
export type ProfileSource = { readonly kind: 'json' | 'convention'; readonly file: string } | undefined;

export type Command =
  | { readonly name: 'help'; readonly lang: Lang }
  | CompareCommand
  | { readonly name: 'profile'; readonly file: string; readonly json: boolean; readonly lang: Lang }
  | {
      readonly name: 'check';
      readonly file: string;
      /** Every workbook or folder given (file is the first): several, or a folder, are checked as a batch. */
      readonly files: readonly string[];
      /** --summary: a .csv or .xlsx file to write one row per budget into. */
      readonly summary: string | undefined;
      readonly envelope: Cents | undefined;
      readonly matching: MatchingMode | undefined;
      readonly profile: ProfileSource;
      /** Parameters whose built-in value the officer confirms (--assume). */
      readonly assume: readonly Parameter[];
      readonly lang: Lang;
      readonly json: boolean;
      readonly annotate: string | undefined;
    }
  | {
      readonly name: 'clause';
      readonly file: string;
      readonly year: number | undefined;
      readonly profile: ProfileSource;
      readonly assume: readonly Parameter[];
      readonly envelope: Cents | undefined;
      readonly beneficiary: string | undefined;
      readonly html: boolean;
      readonly lang: Lang;
      /** Into a copy of a Word convention, or its amendment; undefined for the article as text. */
      readonly convention?: ConventionClause | undefined;
    };

/**
 * The language asked for, read before anything else so that even a mistake in the command line is
 * said in it: `--lang en` or `--lang=en`; French otherwise.
 */
export function languageOf(argv: readonly string[]): Lang {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = arg === '--lang' ? argv[index + 1] : arg?.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'fr') return value;
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
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
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
    throw new UsageError(
      command === undefined ? { fr: french`aucune commande donnée`, en: 'no command given' } : { fr: french`commande inconnue « ${command} »`, en: `unknown command "${command}"` },
    );
  }
  if (file === undefined) {
    throw new UsageError(command === 'profile'
      ? { fr: french`profile : aucune CONVENTION.txt ou .docx donnée`, en: 'profile: no CONVENTION.txt or .docx given' }
      : { fr: french`${command} : aucun CLASSEUR.xlsx donné`, en: `${command}: no FILE.xlsx given` });
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
  if (out === undefined) throw new UsageError({ fr: french`--into attend --out NOUVELLE.docx : la convention donnée n’est jamais modifiée`, en: '--into needs --out NEW.docx: the convention given is never written' });
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
