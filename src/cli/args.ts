import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { type Bilingual, type Cents, centsSchema, type Lang, matchingModeSchema, type MatchingMode, parseAmountText } from '../domain';

// What the command line lets in, validated like every other door: zod, then our own sentence.
const langSchema = z.enum(['fr', 'en']);
const yearSchema = z.pipe(z.string().check(z.regex(/^\d{4}$/)), z.transform(Number));

export const USAGE: Bilingual = {
  fr: `Utilisation :
  convention-budget check CLASSEUR.xlsx [--envelope MONTANT] [--matching action|total] [--profile PROFIL.json | --convention CONVENTION.txt|.docx] [--lang fr|en] [--json] [--annotate COPIE.xlsx] [--summary SYNTHESE.csv|.xlsx]
  convention-budget check CLASSEUR.xlsx CLASSEUR2.xlsx … | DOSSIER [--json] [--summary SYNTHESE.csv|.xlsx] [options de check]
  convention-budget clause CLASSEUR.xlsx --year AAAA [--envelope MONTANT] [--beneficiary NOM] [--profile … | --convention …] [--html]
  convention-budget profile CONVENTION.txt|.docx [--json]

  check    vérifie chaque budget du classeur au regard des règles de la convention
  clause   écrit l’article 4.1 (et 3.1) pour un bénéficiaire
  profile  lit dans le texte d’une convention ses règles financières, chacune avec sa phrase

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
  --beneficiary NOM     le budget dont écrire l’article, quand le classeur en contient plusieurs
  --html                l’article en HTML (un paragraphe et une liste) au lieu du texte

Code de sortie : 0 aucune erreur (avertissements permis) ; 1 au moins une erreur, ou une partie du classeur
non lue, ou un article incomplet, ou (profile) un paramètre donné par deux phrases contradictoires ;
2 commande invalide, fichier illisible, profil invalide ou aucun budget trouvé. Plusieurs classeurs : le pire code de
tous.`,
  en: `Usage:
  convention-budget check FILE.xlsx [--envelope AMOUNT] [--matching action|total] [--profile PROFILE.json | --convention CONVENTION.txt|.docx] [--lang fr|en] [--json] [--annotate OUT.xlsx] [--summary SUMMARY.csv|.xlsx]
  convention-budget check FILE.xlsx FILE2.xlsx … | FOLDER [--json] [--summary SUMMARY.csv|.xlsx] [check options]
  convention-budget clause FILE.xlsx --year YYYY [--envelope AMOUNT] [--beneficiary NAME] [--profile … | --convention …] [--html]
  convention-budget profile CONVENTION.txt|.docx [--json]

  check    checks every budget of the workbook against the convention's rules
  clause   prints article 4.1 (and 3.1) for one beneficiary
  profile  reads a convention's financial rules from its text, each with its sentence

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
  --beneficiary NAME    the budget to write the clause for, when the workbook holds several
  --html                the clause as HTML (a paragraph and a list) instead of plain text

Exit status: 0 no error (warnings allowed); 1 at least one error, or a part of the workbook not read, or
an incomplete article, or (profile) a parameter given by two contradictory sentences; 2 invalid command,
unreadable file, invalid profile or no budget found. Several workbooks: the worst status of them all.`,
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
      readonly lang: Lang;
      readonly json: boolean;
      readonly annotate: string | undefined;
    }
  | {
      readonly name: 'clause';
      readonly file: string;
      readonly year: number | undefined;
      readonly profile: ProfileSource;
      readonly envelope: Cents | undefined;
      readonly beneficiary: string | undefined;
      readonly html: boolean;
      readonly lang: Lang;
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
  summary: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** node:util's parseArgs says what is wrong in English and in its own words: we say it ourselves. */
function parseFailure(error: unknown): Bilingual {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /(--?\w[\w-]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { fr: `option inconnue ${option}`, en: `unknown option ${option}` };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message)
      ? { fr: `l’option ${option} attend une valeur`, en: `option ${option} needs a value` }
      : { fr: `l’option ${option} ne prend pas de valeur`, en: `option ${option} takes no value` };
  }
  return { fr: 'la commande est mal formée', en: 'the command is malformed' };
}

function envelopeOf(text: string): Cents {
  const amount = parseAmountText(text);
  const cents = centsSchema.safeParse(amount?.negative ? -1 : amount?.cents);
  if (cents.success) return cents.data;
  throw new UsageError({
    fr: `--envelope : « ${text} » n’est pas un montant (écrivez par exemple 500 000 ou 500.000 €)`,
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
  if (!parsedLang.success) throw new UsageError({ fr: `--lang : « ${langText} » n’est ni fr ni en`, en: `--lang: "${langText}" is neither fr nor en` });
  const lang: Lang = parsedLang.data;
  const [command, file, ...extra] = positionals;
  if (values.help === true || command === 'help') return { name: 'help', lang };
  if (command !== 'check' && command !== 'clause' && command !== 'profile') {
    throw new UsageError(
      command === undefined ? { fr: 'aucune commande donnée', en: 'no command given' } : { fr: `commande inconnue « ${command} »`, en: `unknown command "${command}"` },
    );
  }
  if (file === undefined) {
    throw new UsageError(command === 'profile'
      ? { fr: 'profile : aucune CONVENTION.txt ou .docx donnée', en: 'profile: no CONVENTION.txt or .docx given' }
      : { fr: `${command} : aucun CLASSEUR.xlsx donné`, en: `${command}: no FILE.xlsx given` });
  }
  if (extra.length > 0 && command !== 'check') throw new UsageError({ fr: `argument inattendu « ${extra[0]} »`, en: `unexpected argument "${extra[0]}"` });
  const onlyFor = (names: string[], allowed: string) => {
    const wrong = names.find((name) => values[name] !== undefined);
    if (wrong) throw new UsageError({ fr: `--${wrong} va avec ${allowed}, pas avec ${command}`, en: `--${wrong} goes with ${allowed}, not ${command}` });
  };
  if (command === 'profile') {
    onlyFor(['envelope', 'matching', 'annotate', 'year', 'beneficiary', 'html', 'profile', 'convention', 'summary'], 'check / clause');
    return { name: 'profile', file, json: values.json === true, lang };
  }
  const envelopeText = text('envelope');
  const envelope = envelopeText === undefined ? undefined : envelopeOf(envelopeText);
  const profileFile = text('profile');
  const conventionFile = text('convention');
  if (profileFile !== undefined && conventionFile !== undefined) {
    throw new UsageError({ fr: '--profile et --convention ne vont pas ensemble : choisissez l’un des deux', en: '--profile and --convention do not go together: choose one' });
  }
  const profile: ProfileSource = profileFile !== undefined ? { kind: 'json', file: profileFile } : conventionFile !== undefined ? { kind: 'convention', file: conventionFile } : undefined;

  if (command === 'check') {
    onlyFor(['year', 'beneficiary', 'html'], 'clause');
    const matchingText = text('matching');
    const matching = matchingModeSchema.safeParse(matchingText ?? 'action');
    if (!matching.success) {
      throw new UsageError({ fr: `--matching : « ${matchingText} » n’est ni action ni total`, en: `--matching: "${matchingText}" is neither action nor total` });
    }
    const summary = text('summary');
    if (summary !== undefined && !/\.(?:csv|xlsx)$/i.test(summary)) {
      throw new UsageError({ fr: `--summary : « ${summary} » doit finir par .csv ou .xlsx`, en: `--summary: "${summary}" must end in .csv or .xlsx` });
    }
    if (extra.length > 0 && values.annotate !== undefined) {
      throw new UsageError({ fr: '--annotate va avec un seul classeur, pas avec plusieurs', en: '--annotate goes with one workbook, not several' });
    }
    return {
      name: 'check',
      file,
      files: [file, ...extra],
      summary,
      envelope,
      matching: matchingText === undefined ? undefined : matching.data,
      profile,
      lang,
      json: values.json === true,
      annotate: text('annotate'),
    };
  }
  onlyFor(['matching', 'json', 'annotate', 'summary'], 'check');
  const yearText = text('year');
  if (yearText === undefined && profile === undefined) throw new UsageError({ fr: 'clause : --year AAAA est obligatoire', en: 'clause: --year YYYY is required' });
  const year = yearText === undefined ? undefined : yearSchema.safeParse(yearText);
  if (year !== undefined && !year.success) throw new UsageError({ fr: `--year : « ${yearText} » n’est pas une année (AAAA)`, en: `--year: "${yearText}" is not a year (YYYY)` });
  return { name: 'clause', file, year: year?.data, profile, envelope, beneficiary: text('beneficiary'), html: values.html === true, lang };
}
