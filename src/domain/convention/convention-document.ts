import { type Amendment, amendmentOf, signatureDateOf } from './amendment';
import type { Budget } from '../reading/budgets';
import { type ConventionArticles, readConventionArticles } from './convention-articles';
import { compareConvention, type ConventionComparison, hasList } from './convention-compare';
import { type ArticleWrite, articleWrite } from './convention-write';
import type { Cents } from '../money/money';
import { BUILT_IN_PROFILE, type ConventionProfile } from '../profile/profile';
import { readProfile } from '../profile/profile-reader';

/**
 * The convention checked against its budget, and the budget written into it: the API the Word pane,
 * the page and the command line share. A document is its paragraphs in document order (`readonly
 * string[]`, table cells' paragraphs included: Word's `body.paragraphs`, the `w:p` of document.xml);
 * every paragraph number in the results is an index into that list.
 *
 *   const check = checkConvention(paragraphs, budget, { year, envelope, profile });
 *   check.articles.list === null      → article 4.1 not found (its sentence: i18n's listNotFoundText(check.articles.listArticle, lang))
 *   check.comparison.differences      → { kind, action, convention, budget, paragraph, data } (cents; differenceJson for euros; differenceText writes data)
 *   check.comparison.notes            → what was not compared, one note each (comparisonNoteText writes it)
 *   check.write.list / .cost          → ParagraphChange[]: keep / rewrite / delete / insert, applied as tracked changes
 *   check.write.heading / items / costText → the articles as they read once the changes are accepted
 *   check.amendment                   → { text, html }: « L’article 4.1 de la convention du … est remplacé … », null when they agree
 *
 * Underneath: articleProfileOf (where the articles are), readConventionArticles, compareConvention,
 * articleWrite, amendmentOf, signatureDateOf.
 */
export interface ConventionCheck {
  readonly profile: ConventionProfile;
  readonly articles: ConventionArticles;
  /** null when article 4.1 is not found: nothing is compared or written then. */
  readonly comparison: ConventionComparison | null;
  readonly write: ArticleWrite | null;
  readonly amendment: Amendment | null;
}

export interface ConventionCheckRequest {
  /** The budget's year (clauseYear, or what the officer typed); null when nothing gives it: not compared, the convention's kept. */
  readonly year: number | null;
  /** The State envelope the officer gave; without it, the sum of the budget's State amounts. */
  readonly envelope?: Cents | undefined;
  /** The profile in use: where to look for the articles when the convention's text does not say, and the wording of new items. */
  readonly profile?: ConventionProfile | undefined;
  /** The convention's date for the amendment; by default its « Fait à …, le … », else « [date à compléter] ». */
  readonly date?: string | null | undefined;
}

export function checkConvention(paragraphs: readonly string[], budget: Budget, request: ConventionCheckRequest): ConventionCheck {
  const profile = articleProfileOf(paragraphs, request.profile ?? BUILT_IN_PROFILE);
  const articles = readConventionArticles(paragraphs, profile);
  if (!hasList(articles)) return { profile, articles, comparison: null, write: null, amendment: null };
  const comparison = compareConvention(articles, budget, { year: request.year, envelope: request.envelope, profile });
  const write = articleWrite(paragraphs, articles, budget, { year: request.year, envelope: request.envelope, profile });
  const date = request.date === undefined ? signatureDateOf(paragraphs) : request.date;
  return { profile, articles, comparison, write, amendment: amendmentOf(write, comparison, articles, date) };
}

/**
 * The article numbers and sentences to look for in a convention: the ones its own text gives (read
 * by the convention reader), else the profile in use. A signed convention is its own best guide to
 * where its articles are; its figures are what the comparison checks, never what it applies.
 */
export function articleProfileOf(paragraphs: readonly string[], fallback: ConventionProfile = BUILT_IN_PROFILE): ConventionProfile {
  const reading = readProfile(paragraphs.join('\n'));
  const conflicted = new Set<string>(reading.conflicts.map((conflict) => conflict.key));
  const read = (key: 'listArticle' | 'costArticle' | 'sentences') => reading.sources[key] !== undefined && !conflicted.has(key);
  return {
    ...fallback,
    listArticle: read('listArticle') ? reading.profile.listArticle : fallback.listArticle,
    costArticle: read('costArticle') ? reading.profile.costArticle : fallback.costArticle,
    sentences: read('sentences') ? reading.profile.sentences : fallback.sentences,
  };
}

/**
 * The tag of the content control that holds an article we wrote (`convention-budget:article-4.1`,
 * `convention-budget:article-3.1`): a later update finds it by this tag and replaces only it, in
 * Word and in a .docx alike.
 */
export const ARTICLE_TAG_PREFIX = 'convention-budget:article-';

export function articleTag(article: string): string {
  return `${ARTICLE_TAG_PREFIX}${article}`;
}

/** The author of the tracked changes we write. */
export const REVISION_AUTHOR = 'Convention Budget';
