import type { Sentences } from '../catalogue';
import type { PROFILE_FR, PROFILE_LABELS_FR, REVIEW_FR, VALUE_FR } from '../fr/profile';

/** The English half of profile-text.ts: the compiler holds it to French's keys. */
export const PROFILE_LABELS_EN = {
  name: 'Convention',
  year: 'Year',
  stateCapPercent: 'State’s maximum share per action',
  stateCapEqualAllowed: 'Cap may be reached',
  matchingRatio: 'Department ≥ State share ×',
  departmentMinPercent: 'Department ≥ share of the cost',
  matchingScope: 'Department’s commitment checked',
  envelope: 'State envelope',
  envelopes: 'Envelopes per beneficiary',
  listArticle: 'Article listing the actions',
  costArticle: 'Article stating the total cost',
  sentences: 'Sentences of the article',
} satisfies Sentences<typeof PROFILE_LABELS_FR>;

export const PROFILE_EN = {
  builtIn: 'Built-in profile',
  notFound: 'not found in the text: to type, or to confirm — 2022 value: {value}',
  sameConflict: 'contradiction: follows the choice made above',
  notGiven: '—',
  conflict: 'CONTRADICTION: two sentences give different values, neither is applied',
  line: 'line {line}',
  sentenceAt: 'line {line}: “{sentence}”',
  labelled: '{label}: {value}',
  heading: 'Profile read from “{file}”: {count} parameter(s) found, {missing} not found (to type or confirm, nothing is assumed), {conflicts} contradiction(s).',
  conflicted: 'the convention “{file}” gives contradictory values ({keys}): none is applied. Read them with “convention-budget profile {file}”, then give the profile you want with --profile.',
  unresolvedConvention:
    'the convention “{file}” does not give {keys}. Nothing is assumed: give them ({options}--profile PROFILE.json, which “convention-budget profile {file} --json” prepares), or confirm the 2022 values with --assume {assume}.',
  unresolvedJson: 'the profile “{file}” does not give {keys}. Nothing is assumed: add them ({options}or in the file), or confirm the 2022 values with --assume {assume}.',
  unresolvedStored:
    'the profile kept with the workbook “{file}” does not give {keys}. Nothing is assumed: give them ({options}--profile or --convention), or confirm the 2022 values with --assume {assume}.',
  storedUnreadable: 'the convention profile kept with the workbook “{file}” cannot be read (edited by hand?): give the profile with --profile or --convention.',
  fromWorkbook: 'Profile: the one kept with the workbook “{file}”.',
  fromConvention: 'Profile: read from the convention “{file}”.',
  fromJson: 'Profile: “{file}”.',
  confirmedValues: '2022 values confirmed (--assume): {keys}.',
  envelopeNotChecked: 'Envelope: not given, it is not checked (--envelope AMOUNT to check it).',
  badProfile: 'the profile “{file}” is not valid: {reason}.',
  notJson: 'the profile “{file}” is not readable JSON.',
  notDocx: '“{file}” is not a readable Word document (.docx): save it again as .docx, or copy its text into a .txt file.',
  notText: '“{file}” is neither a .txt nor a .docx: give the convention’s text in one of these formats.',
} satisfies Sentences<typeof PROFILE_FR>;

export const VALUE_EN = {
  none: 'none',
  percent: '{value}%',
  capEqualAllowed: 'yes ("at most")',
  capBelow: 'no ("below")',
  ratioWhole: '1 (at least equal)',
  scopeAction: 'per action and in total',
  scopeTotal: 'in total only',
  envelopeOf: '{name}: {amount}',
} satisfies Sentences<typeof VALUE_FR>;

export const REVIEW_EN = {
  pendingHeading: 'To complete before accepting',
  pendingIntro: 'These parameters are not in the text, or two sentences give them differently. Nothing is assumed: type each, or confirm the 2022 value.',
  readHeading: 'Read in the text',
  notInText: 'Not found in the text.',
  confirm: 'Confirm the 2022 value: {value}',
  confirmed: '2022 value confirmed: {value}',
  typedValue: 'Typed: {value}',
  noEnvelope: 'None: the envelope is not checked',
  noYear: 'None: the year is set budget by budget',
  noneChosen: 'None',
  undo: 'Undo this choice',
  acceptWaits: 'Accept waits for: {keys}.',
  scopeAction: 'Per action and in total',
  scopeTotal: 'In total only',
  notPercent: '“{text}” is not a percent: write for example 50 or 33.33.',
  notRatio: '“{text}” is not a ratio: write 1 for "at least equal", 0.5 for half.',
  notAmount: '“{text}” is not an amount: write for example 350 000 or 350.000 €.',
  notYear: '“{text}” is not a year (YYYY).',
  notArticle: '“{text}” is not an article number (4.1, 5, III.2).',
  sentencesHint: 'The wording of the heading, the items and the cost: read in the text, or 2022’s if you confirm it.',
} satisfies Sentences<typeof REVIEW_FR>;
