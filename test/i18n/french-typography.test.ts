import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, parseCommandLine } from '../../src/cli/args';
import { USAGE } from '../../src/cli/usage';
import { BUILT_IN_PROFILE, type Bilingual, type Budget, checkWorkbook, clauseOf, type ConventionProfile, PROFILE_KEYS, type UnreadSource } from '../../src/domain';
import { agreeText, clauseWarningText, comparisonNoteText, differenceText, listNotFoundText, profileSummary } from '../../src/i18n/convention-sentences';
import { findingSentence, findingText } from '../../src/i18n/finding-text';
import { listText } from '../../src/i18n/grammar';
import * as profileTextModule from '../../src/i18n/profile-text';
import * as readingTextModule from '../../src/i18n/reading-text';
import * as standaloneTextModule from '../../src/i18n/standalone-text';
import { translate } from '../../src/i18n/translate';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { describeFileProblem, type FileProblem } from '../../src/xlsx/file-guard';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { snapshotOfBook } from '../../src/xlsx/xlsx-snapshot';
import { typographyProblems } from '../helpers/french-typography';
import { DIFFERENCE_SAMPLES, FINDING_SAMPLES, NOTE_SAMPLES, PROFILE_SAMPLES, WARNING_SAMPLES } from '../helpers/sentence-samples';
import { nordWorkbook, plainSheet, withCell, workbookOf } from '../helpers/workbooks';

/**
 * French typography over every French sentence we write: the whole i18n catalogue (each entry of
 * src/i18n/*, each function with sample arguments), the sentences of findings and of the convention
 * (every kind, in test/helpers/sentence-samples.ts), the clause, and the sentences written outside
 * the catalogue (the command line's usage and errors, the file refusals).
 */
const expectFrench = (texts: ReadonlyArray<string>) => expect(texts.flatMap(typographyProblems)).toEqual([]);

/** A value for each placeholder: neutral words, so that what is checked is our wording. */
function sampleParams(entry: Bilingual): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [, name] of `${entry.fr} ${entry.en}`.matchAll(/\{(\w+)\}/g)) params[name as string] = name === 'count' || name === 'line' ? 2 : `valeur-${name}`;
  return params;
}

const isBilingual = (value: unknown): value is Bilingual => typeof value === 'object' && value !== null && typeof (value as Bilingual).fr === 'string' && typeof (value as Bilingual).en === 'string';

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
    [
      source,
      { ...source, table: 'Tableau1' },
      { ...source, noHeader: true },
      { ...source, missing: [], ambiguous: [], unclear: [], textColumns: [{ field: 'state' as const, column: 2, sample: 'Aides ne relevant pas d’une aide d’état' }] },
    ].flatMap((each) => (['pane', 'cli'] as const).map((where) => readingTextModule.unreadSentence(each, 'fr', where))),
  'reading-text.ts:budgetColumnsSentence': () =>
    (['pane', 'cli'] as const).flatMap((where) => [
      readingTextModule.budgetColumnsSentence(nordBudget(), source, 'fr', where) ?? '',
      readingTextModule.budgetColumnsSentence({ ...nordBudget(), columns: {} }, source, 'fr', where) ?? '',
      readingTextModule.budgetColumnsSentence({ ...nordBudget(), columns: {} }, { ...source, unclear: [], ambiguous: [{ field: 'cost', columns: [1, 2] }] }, 'fr', where) ?? '',
    ]),
  'reading-text.ts:uncoveredSentence': () => [1, 12].map((cells) => readingTextModule.uncoveredSentence({ sheet: 'Nord', range: cells === 1 ? 'B14' : 'B14:F20', cells }, 'fr')),
  'reading-text.ts:unreadAreaSentence': () => [readingTextModule.unreadAreaSentence({ sheet: 'Nord', range: 'A1:XFD1048576', reason: 'too-large' }, 'fr')],
  'reading-text.ts:readingGapSentences': () =>
    readingTextModule.readingGapSentences(
      { ...checkWorkbook(nordWorkbook()), unread: [source], uncovered: [{ sheet: 'Nord', range: 'B14:F20', cells: 3 }], unreadAreas: [{ sheet: 'Nord', range: 'A1:Z9', reason: 'too-large' }] },
      'fr',
      'pane',
    ),
  'standalone-text.ts:standaloneTextFor': () =>
    Object.keys(standaloneTextModule.standaloneText).map((key) =>
      standaloneTextModule.standaloneTextFor('fr')(key as standaloneTextModule.StandaloneTextKey, sampleParams(standaloneTextModule.standaloneText[key as standaloneTextModule.StandaloneTextKey])),
    ),
  'finding-text.ts:findingSentence': () =>
    Object.values(FINDING_SAMPLES)
      .flat()
      .map((data) => findingSentence(data, 'fr')),
  'finding-text.ts:findingText': () =>
    checkWorkbook(snapshotOfBook(readXlsx(new Uint8Array(readFileSync(join(__dirname, '../../examples/budget-a-corriger.xlsx'))), 'budget-a-corriger.xlsx'))).findings.map((finding) =>
      findingText(finding, 'fr'),
    ),
  'convention-sentences.ts:differenceText': () =>
    Object.values(DIFFERENCE_SAMPLES)
      .flat()
      .map((data) => differenceText({ data }, 'fr')),
  'convention-sentences.ts:comparisonNoteText': () =>
    Object.values(NOTE_SAMPLES)
      .flat()
      .map((note) => comparisonNoteText(note, 'fr')),
  'convention-sentences.ts:clauseWarningText': () =>
    Object.values(WARNING_SAMPLES)
      .flat()
      .map((warning) => clauseWarningText(warning, 'fr')),
  'convention-sentences.ts:profileSummary': () => PROFILE_SAMPLES.map((profile) => profileSummary(profile, 'fr')),
  'convention-sentences.ts:listNotFoundText': () => [listNotFoundText('4.1', 'fr'), listNotFoundText('', 'fr')],
  'convention-sentences.ts:agreeText': () => [agreeText('4.1', '3.1', 'fr')],
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
      expect.arrayContaining([
        'cli-text.ts:cliText',
        'field-labels.ts:fieldLabels',
        'pane-text.ts:paneText',
        'profile-text.ts:PROFILE_LABELS',
        'profile-text.ts:profileText',
        'report-text.ts:reportText',
        'screen-text.ts:screenText',
        'standalone-text.ts:standaloneText',
      ]),
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

  test('every finding’s sentence, on every branch, and English without a no-break space added', () => {
    const data = Object.values(FINDING_SAMPLES).flat();
    expectFrench(data.map((each) => findingSentence(each, 'fr')));
    expect(data.map((each) => findingSentence(each, 'en')).filter((sentence) => /[\u00a0\u202f][:;!?]|[«»]/.test(sentence))).toEqual([]);
  });

  test('a real workbook with the usual mistakes: every finding and every reading gap', () => {
    const bytes = readFileSync(join(__dirname, '../../examples/budget-a-corriger.xlsx'));
    const result = checkWorkbook(snapshotOfBook(readXlsx(new Uint8Array(bytes), 'budget-a-corriger.xlsx')));
    expect(result.findings.length).toBeGreaterThan(5);
    expectFrench([...result.findings.map((finding) => findingText(finding, 'fr')), ...readingTextModule.readingGapSentences(result, 'fr', 'cli'), profileSummary(result.profile, 'fr')]);
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
      biff: [
        { kind: 'biff', version: 2 },
        { kind: 'biff', version: 4 },
      ],
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
      ...Object.values(kinds)
        .flat()
        .map((problem) => describeFileProblem(problem).fr),
      profileSummary(BUILT_IN_PROFILE, 'fr'),
      profileSummary(STRICT_PROFILE, 'fr'),
    ]);
    expect(profileSummary(BUILT_IN_PROFILE, 'fr')).toBe('Convention Bassin minier 2022\u00a0: part de l’État ≤\u00a050\u00a0%, Département ≥ État');
  });
});

describe('French typography in the comparison of a convention with its budget', () => {
  test('every sentence of the comparison, and English without a no-break space added', () => {
    const french = [
      ...Object.values(DIFFERENCE_SAMPLES)
        .flat()
        .map((data) => differenceText({ data }, 'fr')),
      ...Object.values(NOTE_SAMPLES)
        .flat()
        .map((note) => comparisonNoteText(note, 'fr')),
      listNotFoundText('4.1', 'fr'),
      agreeText('4.1', '3.1', 'fr'),
    ];
    const english = [
      ...Object.values(DIFFERENCE_SAMPLES)
        .flat()
        .map((data) => differenceText({ data }, 'en')),
      ...Object.values(NOTE_SAMPLES)
        .flat()
        .map((note) => comparisonNoteText(note, 'en')),
      listNotFoundText('4.1', 'en'),
      agreeText('4.1', '3.1', 'en'),
    ];
    expectFrench(french);
    expect(english.filter((sentence) => /[\u00a0\u202f][:;!?]|[«»]/.test(sentence))).toEqual([]);
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
    expectFrench(clause.warnings.map((warning) => clauseWarningText(warning, 'fr')));
  });

  test('the officer’s text inside a message is theirs: a header and a cell keep their characters', () => {
    const message = findingSentence({ kind: 'text-amount', place: { action: '3', row: 4 }, header: 'Part : État', shown: '42 181 € !', cents: 4_218_100 }, 'fr');
    expect(message.startsWith('Action 3, colonne «\u202fPart : État\u202f»\u00a0: «\u202f42 181 € !\u202f» est saisi comme du texte.')).toBe(true);
  });
});
