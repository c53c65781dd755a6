import type { ClauseWarning, ComparisonNote, ConventionDifference, ConventionProfile, DifferenceData, Lang } from '../domain';
import { CONVENTION_EN } from './en/convention';
import { CONVENTION_FR } from './fr/convention';
import type { ConventionSentences } from './sentence-tables';

const CONVENTION: Readonly<Record<Lang, ConventionSentences>> = { fr: CONVENTION_FR, en: CONVENTION_EN };

// Each kind's sentence takes that kind's data: the tables' types pair them, a call by kind cannot see it.
type Writer<Data> = (data: Data) => string;

/** What a difference between the convention and its budget says, both values in it. */
export function differenceText(difference: Pick<ConventionDifference, 'data'>, lang: Lang): string {
  return (CONVENTION[lang].differences[difference.data.kind] as Writer<DifferenceData>)(difference.data);
}

/** What was not compared, and why. */
export function comparisonNoteText(note: ComparisonNote, lang: Lang): string {
  return (CONVENTION[lang].notes[note.kind] as Writer<ComparisonNote>)(note);
}

/** What the officer must know before pasting the clause. */
export function clauseWarningText(warning: ClauseWarning, lang: Lang): string {
  return (CONVENTION[lang].warnings[warning.kind] as Writer<ClauseWarning>)(warning);
}

/** "Convention Bassin minier 2022 : part de l’État ≤ 50 %, Département ≥ État", beside the profile's name. */
export function profileSummary(profile: ConventionProfile, lang: Lang): string {
  return CONVENTION[lang].profileSummary(profile);
}

/** The list article is not in the convention: nothing is compared. */
export function listNotFoundText(article: string, lang: Lang): string {
  return CONVENTION[lang].listNotFound(article);
}

/** The convention and the budget agree on both articles. */
export function agreeText(article: string, cost: string, lang: Lang): string {
  return CONVENTION[lang].agree(article, cost);
}
