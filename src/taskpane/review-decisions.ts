import { type Bilingual, type MatchingScope, type Parameter, PARAMETERS, parseAmountText, type ProfileDecisions, type ProfileReading } from '../domain';
import { reviewText } from '../i18n/profile-text';

/** The values the officer may type, as text fields. */
export const TYPED_FIELDS = ['name', 'year', 'stateCapPercent', 'matchingRatio', 'departmentMinPercent', 'envelope', 'listArticle', 'costArticle'] as const;
export type TypedField = (typeof TYPED_FIELDS)[number];

/** What the officer did on the review screen, before it becomes the profile's decisions. */
export interface ReviewChoices {
  /** Text typed in a field (the field was touched: what it says replaces what was read). */
  readonly typed: Readonly<Partial<Record<TypedField, string>>>;
  readonly scope?: MatchingScope | undefined;
  readonly equalAllowed?: boolean | undefined;
  /** A year or an envelope settled as none. */
  readonly none: ReadonlySet<'year' | 'envelope'>;
  readonly confirmed: ReadonlySet<Parameter>;
  /** A value chosen between contradicting sentences, as the JSON holds it. */
  readonly picked: Readonly<Partial<Record<string, unknown>>>;
}

export const NO_CHOICES: ReviewChoices = { typed: {}, none: new Set(), confirmed: new Set(), picked: {} };

/** The parameters the text did not give whole: missing, or contradicted. Listed first on the screen. */
export function pendingParameters(reading: ProfileReading): Parameter[] {
  return PARAMETERS.filter((parameter) =>
    parameter === 'sentences'
      ? (['listHeading', 'listItem', 'costSentence'] as const).some((part) => reading.sentenceSources[part] === undefined) || reading.status.sentences === 'conflict'
      : reading.status[parameter] !== 'read',
  );
}

/** The decisions the choices make, and each field typed wrong with the sentence that says so. */
export function decisionsOf(choices: ReviewChoices): { decisions: ProfileDecisions; errors: Partial<Record<TypedField, Bilingual>> } {
  const typed: Record<string, unknown> = { ...choices.picked };
  const errors: Partial<Record<TypedField, Bilingual>> = {};
  const wrong = (field: TypedField, entry: Bilingual, text: string) => {
    errors[field] = { fr: entry.fr.replace('{text}', text), en: entry.en.replace('{text}', text) };
  };
  for (const [field, raw] of Object.entries(choices.typed) as Array<[TypedField, string]>) {
    const text = raw.trim();
    if (field === 'name') {
      if (text !== '') typed.name = text;
      continue;
    }
    if (text === '') {
      // An emptied ratio or minimum says "none of this form"; an emptied field elsewhere takes nothing.
      if (field === 'matchingRatio' || field === 'departmentMinPercent') typed[field] = null;
      continue;
    }
    if (field === 'year') {
      if (/^\d{4}$/.test(text)) typed.year = Number(text);
      else wrong(field, reviewText.notYear, text);
    } else if (field === 'envelope') {
      const amount = parseAmountText(text);
      if (amount === null || amount.negative || amount.cents === null) wrong(field, reviewText.notAmount, text);
      else typed.envelope = amount.cents / 100;
    } else if (field === 'listArticle' || field === 'costArticle') {
      if (/^(?:\d+|[IVXLC]+)(?:\.\d+)*$/.test(text)) typed[field] = text;
      else wrong(field, reviewText.notArticle, text);
    } else {
      const number = Number(text.replace(/\s*%$/, '').replace(',', '.'));
      if (Number.isFinite(number) && /^\d/.test(text)) typed[field] = number;
      else wrong(field, field === 'matchingRatio' ? reviewText.notRatio : reviewText.notPercent, text);
    }
  }
  // One form of the matching typed: the other is none, unless typed too.
  if ('matchingRatio' in typed && !('departmentMinPercent' in typed)) typed.departmentMinPercent = null;
  if ('departmentMinPercent' in typed && !('matchingRatio' in typed)) typed.matchingRatio = null;
  if (choices.scope !== undefined) typed.matchingScope = choices.scope;
  if (choices.equalAllowed !== undefined) typed.stateCapEqualAllowed = choices.equalAllowed;
  for (const parameter of choices.none) {
    if (parameter === 'envelope' && !('envelope' in typed)) typed.envelope = null;
    if (parameter === 'year' && !('year' in typed)) typed.year = null;
  }
  return { decisions: { typed, confirmed: [...choices.confirmed] }, errors };
}

/** The pending parameters no choice settles yet. */
export function unsettled(pending: readonly Parameter[], decisions: ProfileDecisions): Parameter[] {
  const typed = (decisions.typed ?? {}) as Record<string, unknown>;
  const given = (...keys: string[]) => keys.some((key) => key in typed);
  return pending.filter((parameter) => {
    if (decisions.confirmed?.includes(parameter) === true) return false;
    switch (parameter) {
      case 'stateCapPercent':
        return !given('stateCapPercent');
      case 'matchingRatio':
        return !(typed.matchingRatio !== undefined && typed.matchingRatio !== null) && !(typed.departmentMinPercent !== undefined && typed.departmentMinPercent !== null);
      case 'envelope':
        return !given('envelope', 'envelopes');
      default:
        return !given(parameter);
    }
  });
}
