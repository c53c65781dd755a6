import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, parseCommandLine } from '../../src/cli/args';
import { USAGE } from '../../src/cli/usage';
import {
  type AmountProblem,
  BUILT_IN_PROFILE,
  type Bilingual,
  type Budget,
  checkWorkbook,
  clauseOf,
  conventionMessages,
  type ConventionProfile,
  type Field,
  messages,
  PROFILE_KEYS,
  profileSummary,
  type UnreadSource,
} from '../../src/domain';
import { listText } from '../../src/i18n/grammar';
import * as profileTextModule from '../../src/i18n/profile-text';
import * as readingTextModule from '../../src/i18n/reading-text';
import * as standaloneTextModule from '../../src/i18n/standalone-text';
import { translate } from '../../src/i18n/translate';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { describeFileProblem, type FileProblem } from '../../src/xlsx/file-guard';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { snapshotOfBook } from '../../src/xlsx/xlsx-snapshot';
import { nordWorkbook, plainSheet, withCell, workbookOf } from '../helpers/workbooks';

/**
 * French typography over every French sentence we write: the whole i18n catalogue (each entry of
 * src/i18n/*, each function with sample arguments), the core's messages, the clause, and the
 * sentences written outside the catalogue (the command line's usage and errors, the file refusals).
 * French wants a no-break space (U+00A0, or the narrow U+202F) before « : », « ; », « ! », « ? » and
 * « % » and inside « »; an ordinary space there lets a line start with the mark.
 */
function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  const around = (index: number) => JSON.stringify(text.slice(Math.max(0, index - 25), index + 25));
  for (const match of text.matchAll(/ [:;!?%]/g)) problems.push(`ordinary space before « ${match[0].trim()} » in ${around(match.index)}`);
  for (const match of text.matchAll(/« | »/g)) problems.push(`ordinary space inside « » in ${around(match.index)}`);
  // Prose punctuation is followed by a space, a closing bracket or the end; "Feuille1!A1", "A1:B2",
  // "10:30", "#REF!" and JSON's "key": are not prose.
  for (const match of text.matchAll(/(?<!#[\p{L}\p{N}/]*)[^\s\u00a0\u202f"]([:;!?])(?=[\s)\]»,.]|$)/gu)) problems.push(`no space before « ${match[1]} » in ${around(match.index)}`);
  for (const match of text.matchAll(/«(?![\s\u00a0\u202f])|(?<![\s\u00a0\u202f])»/g)) problems.push(`no space inside « » in ${around(match.index)}`);
  for (const match of text.matchAll(/\d%/g)) problems.push(`no space before « % » in ${around(match.index)}`);
  return problems;
}

const expectFrench = (texts: ReadonlyArray<string>) => expect(texts.flatMap(typographyProblems)).toEqual([]);

/** A value for each placeholder: neutral words, so that what is checked is our wording. */
function sampleParams(entry: Bilingual): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [, name] of `${entry.fr} ${entry.en}`.matchAll(/\{(\w+)\}/g)) params[name as string] = name === 'count' || name === 'line' ? 2 : `valeur-${name}`;
  return params;
}

const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' && value !== null && typeof (value as Bilingual).fr === 'string' && typeof (value as Bilingual).en === 'string';

const I18N = join(__dirname, '../../src/i18n');

/** Every export of every catalogue file: records of entries, and the functions that write sentences. */
function catalogueExports(): Array<{ file: string; name: string; value: unknown }> {
  return readdirSync(I18N)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(join(I18N, file)) as Record<string, unknown>;
      return Object.entries(module).map(([name, value]) => ({ file, name, value }));
    });
}

const STRICT_PROFILE: ConventionProfile = {
  ...BUILT_IN_PROFILE,
  name: 'Convention Somme 2024',
  stateCap: { percent: 6_000, equalAllowed: false },
  matching: { ratio: 5_000, minPercentOfCost: 3_000, scope: 'total' },
  envelopes: { 'Département de la Somme': 31_250_000, 'Département de l’Aisne': 20_000_000 },
};

const nordBudget = (): Budget => checkWorkbook(nordWorkbook()).budgets[0]!;

const source: UnreadSource = {
  key: 'Suivi!A1',
  sheet: 'Suivi',
  table: null,
  range: 'A1:F8',
  headerRow: 1,
  left: 0,
  headers: ['Action', 'Montant', 'Montant', 'Financement'],
  columns: {},
  noHeader: false,
  missing: ['cost'],
  budgetLike: true,
  ambiguous: [{ field: 'state', columns: [1, 2] }],
  unclear: [{ column: 3, fields: ['state', 'department'] }],
  textColumns: [],
};

/** The functions of the catalogue, each called on sample arguments that reach all its sentences. */
const FUNCTION_SAMPLES: Record<string, () => string[]> = {
  'profile-text.ts:shownValue': () =>
    [BUILT_IN_PROFILE, STRICT_PROFILE].flatMap((profile) => PROFILE_KEYS.filter((key) => key !== 'name').map((key) => profileTextModule.shownValue(key, profile, 'fr'))),
  'profile-text.ts:profileJsonErrorSentence': () =>
    (['shape', 'value', 'decimals', 'no-commitment'] as const).flatMap((kind) =>
      ['year', 'stateCapPercent', 'matchingRatio', 'envelope', 'listArticle', 'matchingScope', 'autre'].map((key) => profileTextModule.profileJsonErrorSentence({ kind, key }).fr),
    ),
  'reading-text.ts:unreadSentence': () =>
    [source, { ...source, table: 'Tableau1' }, { ...source, noHeader: true }, { ...source, missing: [], ambiguous: [], unclear: [], textColumns: [{ field: 'state' as const, column: 2, sample: 'Aides ne relevant pas d’une aide d’état' }] }].flatMap((each) => (['pane', 'cli'] as const).map((where) => readingTextModule.unreadSentence(each, 'fr', where))),
  'reading-text.ts:budgetColumnsSentence': () =>
    (['pane', 'cli'] as const).flatMap((where) => [
      readingTextModule.budgetColumnsSentence(nordBudget(), source, 'fr', where) ?? '',
      readingTextModule.budgetColumnsSentence({ ...nordBudget(), columns: {} }, source, 'fr', where) ?? '',
      readingTextModule.budgetColumnsSentence({ ...nordBudget(), columns: {} }, { ...source, unclear: [] , ambiguous: [{ field: 'cost', columns: [1, 2] }] }, 'fr', where) ?? '',
    ]),
  'reading-text.ts:uncoveredSentence': () => [1, 12].map((cells) => readingTextModule.uncoveredSentence({ sheet: 'Nord', range: cells === 1 ? 'B14' : 'B14:F20', cells }, 'fr')),
  'reading-text.ts:unreadAreaSentence': () => [readingTextModule.unreadAreaSentence({ sheet: 'Nord', range: 'A1:XFD1048576', reason: 'too-large' }, 'fr')],
  'reading-text.ts:readingGapSentences': () =>
    readingTextModule.readingGapSentences({ ...checkWorkbook(nordWorkbook()), unread: [source], uncovered: [{ sheet: 'Nord', range: 'B14:F20', cells: 3 }], unreadAreas: [{ sheet: 'Nord', range: 'A1:Z9', reason: 'too-large' }] }, 'fr', 'pane'),
  'standalone-text.ts:standaloneTextFor': () =>
    Object.keys(standaloneTextModule.standaloneText).map((key) =>
      standaloneTextModule.standaloneTextFor('fr')(key as standaloneTextModule.StandaloneTextKey, sampleParams(standaloneTextModule.standaloneText[key as standaloneTextModule.StandaloneTextKey])),
    ),
  'catalogue.ts:catalogue': () => [],
  'grammar.ts:listText': () => [listText(['Action 1', 'Action 2', 'Action 3'], 'fr'), listText(['Part État', 'Part Département'], 'fr', true)],
  'translate.ts:translate': () => [],
  'translate.ts:plural': () => [],
};

describe('French typography over the whole catalogue', () => {
  const exported = catalogueExports();

  test('every entry of src/i18n/*, filled with sample values, has its no-break spaces; English is left as written', () => {
    const records = exported.filter(({ value }) => typeof value === 'object' && value !== null && Object.values(value).every(isBilingual));
    const entries = records.flatMap(({ value }) => Object.values(value as Record<string, Bilingual>));
    // Every record of entries is found (a new catalogue file is checked as soon as it exists).
    expect(records.map(({ file, name }) => `${file}:${name}`)).toEqual(
      expect.arrayContaining(['cli-text.ts:cliText', 'field-labels.ts:fieldLabels', 'pane-text.ts:paneText', 'profile-text.ts:PROFILE_LABELS', 'profile-text.ts:profileText', 'report-text.ts:reportText', 'screen-text.ts:screenText', 'standalone-text.ts:standaloneText']),
    );
    expect(entries.length).toBeGreaterThan(250);
    expectFrench(entries.map((entry) => translate(entry, 'fr', sampleParams(entry))));
    for (const entry of entries) {
      const params = sampleParams(entry);
      expect(translate(entry, 'en', params)).toBe(entry.en.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name])));
    }
  });

  test('every function of src/i18n/* writes its French sentences with their no-break spaces', () => {
    const functions = exported.filter(({ value }) => typeof value === 'function').map(({ file, name }) => `${file}:${name}`);
    expect(functions.filter((name) => !(name in FUNCTION_SAMPLES))).toEqual([]);
    const sentences = functions.flatMap((name) => FUNCTION_SAMPLES[name]!());
    expect(sentences.length).toBeGreaterThan(90);
    expectFrench(sentences);
  });

  test('every message of the core, on every branch, and English without a no-break space added', () => {
    const place = { action: '3', row: 4 };
    const noNumber = { action: null, row: 9 };
    const problems: AmountProblem[] = ['unreadable-text', 'three-decimals', 'error-value', 'negative', 'boolean', 'date', 'too-large'];
    const fields: Field[] = ['action', 'axis', 'title', 'cost', 'state', 'department', 'other', 'beneficiary'];
    const samples: Record<keyof typeof messages, () => Bilingual[]> = {
      stateCap: () => [BUILT_IN_PROFILE, STRICT_PROFILE].map((profile) => messages.stateCap(place, 9_000_100, 18_000_000, 9_000_000, profile)),
      actionMatching: () => [
        messages.actionMatching(place, 5_000_000, 5_446_000, 13_000_000, { amount: 5_446_000, by: 'ratio' }, BUILT_IN_PROFILE),
        messages.actionMatching(noNumber, 1_000_000, 5_446_000, 13_000_000, { amount: 2_723_000, by: 'ratio' }, STRICT_PROFILE),
        messages.actionMatching(place, 1_000_000, 5_446_000, 13_000_000, { amount: 3_900_000, by: 'cost' }, STRICT_PROFILE),
      ],
      totalMatching: () =>
        [0, 1, 2].flatMap((excluded) => [
          messages.totalMatching(100_000_000, 120_000_000, 300_000_000, { amount: 120_000_000, by: 'ratio' }, excluded, BUILT_IN_PROFILE),
          messages.totalMatching(10_000_000, 120_000_000, 300_000_000, { amount: 60_000_000, by: 'ratio' }, excluded, STRICT_PROFILE),
          messages.totalMatching(10_000_000, 120_000_000, 300_000_000, { amount: 90_000_000, by: 'cost' }, excluded, STRICT_PROFILE),
        ]),
      envelopeExceeded: () => [0, 1, 3].map((excluded) => messages.envelopeExceeded(52_000_000, 50_000_000, excluded)),
      envelopeLeft: () => [0, 1, 3].map((excluded) => messages.envelopeLeft(47_696_600, 50_000_000, excluded)),
      overFunding: () => [messages.overFunding(place, 19_914_700, 18_000_000)],
      underFunding: () => [messages.underFunding(noNumber, 10_446_000, 13_000_000)],
      totalMismatch: () => [messages.totalMismatch(8, 'Part Département', 124_588_300, 122_034_300)],
      totalMismatchByText: () => [messages.totalMismatchByText(8, 'Part État', 50_000_000, 45_781_900, ['E4']), messages.totalMismatchByText(8, 'Part État', 50_000_000, 40_000_000, ['E4', 'E6'])],
      textAmount: () => [messages.textAmount(place, 'Part État', '42 181 €', 4_218_100), messages.textAmount(place, 'Part État', '42 181,50 €', 4_218_150)],
      invalidValue: () =>
        problems.flatMap((problem) =>
          [true, false].map((leftOut) => messages.invalidValue(place, 'Part État', problem, problem === 'date' ? '2022-03-01' : problem === 'boolean' ? 'VRAI' : problem === 'error-value' ? '#REF!' : '42,181', leftOut, 4_218_100, '5.1')),
        ),
      missingValue: () => fields.flatMap((field) => [true, false].map((leftOut) => messages.missingValue(place, field, 'Colonne', leftOut, '4.1'))),
      duplicateAction: () => [messages.duplicateAction(place, 2, '4.1')],
      inexactTotals: () => [messages.inexactTotals()],
      leftOutOfClause: () => [messages.leftOutOfClause({ row: 4, action: '3', cells: [{ cell: 'E4', field: 'state', problem: 'unreadable-text' }, { cell: null, field: 'cost', problem: 'missing' }] })],
      clauseHeadingDiffers: () => [messages.clauseHeadingDiffers(50_000_000, 45_781_900)],
      missingAxis: () => [messages.missingAxis(place, '4.1'), messages.missingAxis(noNumber, '6.2')],
    };
    expect(Object.keys(messages).filter((name) => !(name in samples))).toEqual([]);
    const written = Object.values(samples).flatMap((sample) => sample());
    expectFrench(written.map((message) => message.fr));
    expect(written.filter((message) => /[\u00a0\u202f][:;!?]|[«»]/.test(message.en)).map((message) => message.en)).toEqual([]);
  });

  test('a real workbook with the usual mistakes: every finding and every reading gap', () => {
    const bytes = readFileSync(join(__dirname, '../../examples/budget-a-corriger.xlsx'));
    const result = checkWorkbook(snapshotOfBook(readXlsx(new Uint8Array(bytes), 'budget-a-corriger.xlsx')));
    expect(result.findings.length).toBeGreaterThan(5);
    expectFrench([...result.findings.map((finding) => finding.message.fr), ...readingTextModule.readingGapSentences(result, 'fr', 'cli'), profileSummary(result.profile).fr]);
  });

  test('the sentences written outside the catalogue: usage, command-line errors, file refusals, the rules said', () => {
    const usageErrors = [
      ['check'],
      ['frobnicate', 'a.xlsx'],
      ['clause', 'a.xlsx', 'b.xlsx'],
      ['check', 'a.xlsx', '--envelope', 'beaucoup'],
      ['check', 'a.xlsx', '--lang', 'de'],
      ['check', 'a.xlsx', '--matching', 'parfois'],
      ['check', 'a.xlsx', '--profile', 'p.json', '--convention', 'c.txt'],
      ['check', 'a.xlsx', '--assume', 'plafond'],
      ['clause', 'a.xlsx', '--year', '22'],
      ['profile'],
    ].map((argv) => {
      try {
        parseCommandLine(argv);
      } catch (error) {
        if (error instanceof UsageError) return error.sentence.fr;
      }
      throw new Error(`no usage error for ${argv.join(' ')}`);
    });
    const kinds: Record<FileProblem['kind'], FileProblem[]> = {
      empty: [{ kind: 'empty' }],
      encrypted: [{ kind: 'encrypted' }],
      xls: [{ kind: 'xls' }],
      ole: [{ kind: 'ole' }],
      biff: [{ kind: 'biff', version: 2 }, { kind: 'biff', version: 4 }],
      'lock-file': [{ kind: 'lock-file' }],
      xlsb: [{ kind: 'xlsb' }],
      ods: [{ kind: 'ods' }],
      'office-document': (['word', 'powerpoint', 'opendocument'] as const).map((what) => ({ kind: 'office-document', what })),
      'zip-not-workbook': [{ kind: 'zip-not-workbook' }],
      'spreadsheet-xml': [{ kind: 'spreadsheet-xml' }],
      html: [{ kind: 'html' }],
      text: [{ kind: 'text' }],
      'not-zip': [{ kind: 'not-zip' }],
      corrupt: [{ kind: 'corrupt', detail: 'invalid distance too far back' }],
      'too-large': [{ kind: 'too-large', inflated: 300_000_000 }],
      bomb: [{ kind: 'bomb', entry: 'xl/worksheets/sheet1.xml' }],
    };
    expectFrench([
      USAGE.fr,
      ...usageErrors,
      ...Object.values(kinds).flat().map((problem) => describeFileProblem(problem).fr),
      profileSummary(BUILT_IN_PROFILE).fr,
      profileSummary(STRICT_PROFILE).fr,
    ]);
    expect(profileSummary(BUILT_IN_PROFILE).fr).toBe('Convention Bassin minier 2022\u00a0: part de l’État ≤\u00a050\u00a0%, Département ≥ État');
  });
});

describe('French typography in the comparison of a convention with its budget', () => {
  test('every sentence of the comparison, and English without a no-break space added', () => {
    const samples: Record<keyof typeof conventionMessages, () => Bilingual[]> = {
      amount: () => [conventionMessages.amount('6', 2_600_000, 2_500_000), conventionMessages.amount('6', null, 2_500_000)],
      title: () => [conventionMessages.title('2', 'Santé des enfants', 'Mieux garantir la santé'), conventionMessages.title('2', 'Santé', null)],
      axis: () => [conventionMessages.axis('2', '', '2'), conventionMessages.axis('2', null, '1'), conventionMessages.axis('2', '1', null)],
      missingInConvention: () => [conventionMessages.missingInConvention('7', '4.1', 1_000_000), conventionMessages.missingInConvention('7', '4.1', null)],
      missingInBudget: () => [conventionMessages.missingInBudget('7', '4.1', 1_000_000)],
      envelope: () => [conventionMessages.envelope('4.1', 50_000_000, 47_000_000), conventionMessages.envelope('4.1', null, 47_000_000)],
      year: () => [conventionMessages.year('4.1', 2022, 2023), conventionMessages.year('4.1', null, 2023)],
      cost: () => [conventionMessages.cost('3.1', 174_588_300, 170_000_000)],
      costNotFound: () => [conventionMessages.costNotFound('3.1', 174_588_300)],
      listNotFound: () => [conventionMessages.listNotFound('4.1')],
      yearNotCompared: () => [conventionMessages.yearNotCompared('4.1', null), conventionMessages.yearNotCompared('4.1', 2022)],
      amountNotCompared: () => [conventionMessages.amountNotCompared('3')],
      noItems: () => [conventionMessages.noItems('4.1')],
      agree: () => [conventionMessages.agree('4.1', '3.1')],
    };
    expect(Object.keys(conventionMessages).filter((name) => !(name in samples))).toEqual([]);
    const written = Object.values(samples).flatMap((sample) => sample());
    expectFrench(written.map((message) => message.fr));
    expect(written.filter((message) => /[\u00a0\u202f][:;!?]|[«»]/.test(message.en)).map((message) => message.en)).toEqual([]);
  });
});

describe('French typography in article 4.1', () => {
  test('the heading, every item and the 3.1 sentence, as text and as HTML: a no-break space before each colon', () => {
    const clause = clauseOf(nordBudget(), { year: 2022, envelope: 50_000_000 });
    const titles = nordBudget().actions.map((action) => action.title ?? '');
    // The officer's titles keep their own characters (« Mobilité inclusive » as typed): checked below.
    const ours = (text: string) => titles.reduce((rest, title) => rest.replaceAll(title, 'TITRE'), text);
    expectFrench([clause.text, clause.html, clause.costText, clause.costHtml, ...clause.items].map(ours));
    expect(clause.text.match(/\u00a0:/g)).toHaveLength(7);
    expect(clause.html.match(/\u00a0:/g)).toHaveLength(7);
    expect(clause.text).not.toMatch(/ :/);
    expect(clause.items[0]).toBe('Action 1 (axe 2)\u00a0: Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage pour un montant de 45\u202f139\u00a0€');
  });

  test('a title keeps its own characters: its guillemets, its spaces and its colon are the officer’s', () => {
    const title = 'Développer une plate-forme « Mobilité inclusive » : volet 2 ; phase 1';
    const rows = withCell(NORD_SHEET.rows, 5, 2, title);
    const [budget] = checkWorkbook(workbookOf(plainSheet('Nord', rows))).budgets;
    const clause = clauseOf(budget!, { year: 2022, envelope: 50_000_000 });
    expect(clause.items[4]).toBe(`Action 5 (axe 1)\u00a0: ${title} pour un montant de 60\u202f000\u00a0€`);
    expect(clause.html).toContain(`<li>Action 5 (axe 1)\u00a0: Développer une plate-forme « Mobilité inclusive » : volet 2 ; phase 1 pour un montant de 60\u202f000\u00a0€</li>`);
  });

  test('warnings beside the article: the actions left out and a heading that differs', () => {
    const rows = withCell(NORD_SHEET.rows, 3, 4, '42,181');
    const [budget] = checkWorkbook(workbookOf(plainSheet('Nord', rows))).budgets;
    const clause = clauseOf(budget!, { year: 2022, envelope: 50_000_000 });
    expect(clause.warnings).toHaveLength(2);
    expectFrench(clause.warnings.map((warning) => warning.fr));
  });

  test('the officer’s text inside a message is theirs: a header and a cell keep their characters', () => {
    const message = messages.textAmount({ action: '3', row: 4 }, 'Part : État', '42 181 € !', 4_218_100);
    expect(message.fr.startsWith('Action 3, colonne «\u202fPart : État\u202f»\u00a0: «\u202f42 181 € !\u202f» est saisi comme du texte.')).toBe(true);
  });
});
