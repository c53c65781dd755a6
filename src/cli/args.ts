import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { type Cents, centsSchema, type Lang, matchingModeSchema, type MatchingMode, parseAmountText } from '../domain';

export const USAGE = `Usage:
  convention-budget check FILE.xlsx [--envelope AMOUNT] [--matching action|total] [--lang fr|en] [--json] [--annotate OUT.xlsx]
  convention-budget clause FILE.xlsx --year YYYY [--envelope AMOUNT] [--beneficiary NAME] [--html]

  check    checks every budget table of the workbook against the convention's rules
  clause   prints article 4.1 (and 3.1) for one beneficiary

  --envelope AMOUNT     the State envelope, in euros, written as in French ("500 000", "500.000 €")
  --matching MODE       "action" (default): the Department matches the State on each action and in total;
                        "total": in total only
  --lang fr|en          language of the report (French by default)
  --json                one JSON object instead of the report
  --annotate OUT.xlsx   also write a copy of the workbook with each flagged cell highlighted and noted
  --year YYYY           the year the convention covers
  --beneficiary NAME    the budget to write the clause for, when the workbook holds several
  --html                the clause as HTML (a paragraph and a list) instead of plain text

Exit status: 0 no error (warnings allowed), 1 at least one error, 2 usage error or unreadable file.`;

/** A mistake in the command line itself: the message is printed with the usage, exit status 2. */
export class UsageError extends Error {}

const envelopeFlag = z.pipe(
  z.string(),
  z.transform((text, context): Cents => {
    const amount = parseAmountText(text);
    const cents = centsSchema.safeParse(amount?.negative ? -1 : amount?.cents);
    if (cents.success) return cents.data;
    context.issues.push({ code: 'custom', input: text, message: `--envelope: "${text}" is not an amount (write it as 500 000 or 500.000 €)` });
    return z.NEVER;
  }),
);
const yearFlag = z.pipe(
  z.string().check(z.regex(/^\d{4}$/, { error: (issue) => `--year: "${String(issue.input)}" is not a year (YYYY)` })),
  z.transform(Number),
);
const langFlag = z.enum(['fr', 'en'], { error: (issue) => `--lang: "${String(issue.input)}" is neither fr nor en` });
const matchingFlag = z.pipe(z.string(), z.transform((text, context): MatchingMode => {
  const mode = matchingModeSchema.safeParse(text);
  if (mode.success) return mode.data;
  context.issues.push({ code: 'custom', input: text, message: `--matching: "${text}" is neither action nor total` });
  return z.NEVER;
}));

export type Command =
  | { readonly name: 'help' }
  | {
      readonly name: 'check';
      readonly file: string;
      readonly envelope: Cents | undefined;
      readonly matching: MatchingMode;
      readonly lang: Lang;
      readonly json: boolean;
      readonly annotate: string | undefined;
    }
  | {
      readonly name: 'clause';
      readonly file: string;
      readonly year: number;
      readonly envelope: Cents | undefined;
      readonly beneficiary: string | undefined;
      readonly html: boolean;
      readonly lang: Lang;
    };

function parsed<T>(schema: z.ZodMiniType<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(result.error.issues[0]?.message ?? `invalid value "${value}"`);
  return result.data;
}

export function parseCommandLine(argv: readonly string[]): Command {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        envelope: { type: 'string' },
        matching: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        annotate: { type: 'string' },
        year: { type: 'string' },
        beneficiary: { type: 'string' },
        html: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [command, file, ...extra] = positionals;
  if (values.help === true || command === 'help') return { name: 'help' };
  if (command !== 'check' && command !== 'clause') {
    throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
  }
  if (file === undefined) throw new UsageError(`${command}: no FILE.xlsx given`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const onlyFor = (names: string[], allowed: string) => {
    const wrong = names.find((name) => values[name] !== undefined);
    if (wrong) throw new UsageError(`--${wrong} goes with ${allowed}, not ${command}`);
  };
  const lang = parsed(langFlag, text('lang')) ?? 'fr';
  const envelope = parsed(envelopeFlag, text('envelope'));

  if (command === 'check') {
    onlyFor(['year', 'beneficiary', 'html'], 'clause');
    return {
      name: 'check',
      file,
      envelope,
      matching: parsed(matchingFlag, text('matching')) ?? 'action',
      lang,
      json: values.json === true,
      annotate: text('annotate'),
    };
  }
  onlyFor(['matching', 'json', 'annotate'], 'check');
  const year = parsed(yearFlag, text('year'));
  if (year === undefined) throw new UsageError('clause: --year YYYY is required');
  return { name: 'clause', file, year, envelope, beneficiary: text('beneficiary'), html: values.html === true, lang };
}
