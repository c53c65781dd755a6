import { type Bilingual, type Budget, type Cents, checkConvention, clauseOf, type ConventionProfile, type ParagraphChange as DomainChange, profileEnvelopeFor } from '../domain';
import { comparisonNoteText, differenceText } from '../i18n/convention-sentences';
import { ARTICLE_TAGS, type ArticleWrite, type DocumentParagraph, type ParagraphChange } from '../document/convention-document';

/** One line of the comparison as the pane shows it: the sentence with both values, and where it is. */
export interface DocumentDifference {
  readonly key: string;
  readonly message: Bilingual;
  /** The paragraph it is in, and its text as read (to find it again if the officer typed since); null when in none. */
  readonly paragraph: number | null;
  readonly paragraphText: string | null;
}

/** The convention open in Word checked against one budget, and what writing the budget into it changes. */
export interface DocumentCheck {
  readonly listArticle: string;
  readonly costArticle: string;
  readonly listFound: boolean;
  readonly costFound: boolean;
  readonly differences: readonly DocumentDifference[];
  /** What was not compared, one sentence each. */
  readonly notes: readonly Bilingual[];
  /** The articles rewritten where they stand: empty when they already say what the budget says. */
  readonly writes: readonly ArticleWrite[];
  /** The articles as new paragraphs, for insertion at the cursor where the document lacks them. */
  readonly listParagraphs: readonly string[];
  readonly costParagraphs: readonly string[];
  /** The amendment's paragraphs, null when the convention and the budget agree; `dated` false when « [date à compléter] ». */
  readonly amendment: { readonly paragraphs: readonly string[]; readonly dated: boolean } | null;
}

export interface DocumentCheckRequest {
  readonly profile: ConventionProfile;
  /** The year the officer typed for this convention, if any. */
  readonly year?: number | undefined;
  /** The envelope the officer typed, if any. */
  readonly envelope?: Cents | undefined;
}

/**
 * The budget's year for the comparison: the officer's, else a chosen profile's, else the one the
 * workbook gives; null when nothing gives it (the year is then not compared, the convention's kept).
 */
export function budgetYear(budget: Budget, request: DocumentCheckRequest): number | null {
  if (request.year !== undefined) return request.year;
  if (request.profile.origin !== 'built-in' && request.profile.year !== null) return request.profile.year;
  return budget.yearFound?.year ?? null;
}

/** The domain's paragraph changes as the document's, each existing paragraph with the text it must still have. */
function documentChanges(changes: readonly DomainChange[], texts: readonly string[]): ParagraphChange[] {
  const was = (at: number) => texts[at] ?? '';
  return changes.flatMap((change): ParagraphChange[] => {
    switch (change.kind) {
      case 'keep':
        return [{ kind: 'keep', at: change.paragraph, was: was(change.paragraph) }];
      case 'rewrite': {
        // Paragraphs a PDF broke apart become one: the first takes the text, the others go.
        const rest = Array.from({ length: change.last - change.first }, (_, index): ParagraphChange => ({ kind: 'delete', at: change.first + 1 + index, was: was(change.first + 1 + index) }));
        return [{ kind: 'change', at: change.first, was: was(change.first), text: change.text }, ...rest];
      }
      case 'delete':
        return Array.from({ length: change.last - change.first + 1 }, (_, index): ParagraphChange => ({ kind: 'delete', at: change.first + index, was: was(change.first + index) }));
      case 'insert':
        return [{ kind: 'insert', text: change.text }];
    }
  });
}

/** Checks the document's paragraphs (as read from Word) against a budget, with the domain's convention check. */
export function checkDocument(paragraphs: readonly DocumentParagraph[], budget: Budget, request: DocumentCheckRequest): DocumentCheck {
  const texts = paragraphs.map((paragraph) => paragraph.text);
  const envelope = request.envelope ?? profileEnvelopeFor(request.profile, budget);
  const check = checkConvention(texts, budget, { year: budgetYear(budget, request), envelope, profile: request.profile });
  const { articles, comparison, write, amendment } = check;
  const differences = (comparison?.differences ?? []).map((difference, index): DocumentDifference => ({
    key: `${difference.kind}-${difference.action ?? ''}-${index}`,
    message: { fr: differenceText(difference, 'fr'), en: differenceText(difference, 'en') },
    paragraph: difference.paragraph,
    paragraphText: difference.paragraph === null ? null : (texts[difference.paragraph] ?? null),
  }));
  const writes: ArticleWrite[] = [];
  if (write !== null && !write.unchanged) {
    const list = documentChanges(write.list, texts);
    if (list.some((change) => change.kind !== 'keep')) writes.push({ tag: ARTICLE_TAGS.list, changes: list });
    if (write.cost !== null && articles.cost !== null) writes.push({ tag: ARTICLE_TAGS.cost, changes: documentChanges([write.cost], texts) });
  }
  // Without article 4.1 nothing is written in place: the budget's articles are offered for the cursor.
  let listParagraphs: string[];
  let costParagraphs: string[];
  if (write !== null) {
    listParagraphs = [write.heading, ...write.items];
    costParagraphs = [write.costText];
  } else {
    const clause = clauseOf(budget, { year: budgetYear(budget, request) ?? new Date().getFullYear(), envelope, profile: check.profile });
    listParagraphs = [clause.heading, ...clause.items.map((item) => `- ${item}`)];
    costParagraphs = [clause.costText];
  }
  return {
    listArticle: articles.listArticle,
    costArticle: articles.costArticle,
    listFound: articles.list !== null,
    costFound: articles.cost !== null,
    differences,
    notes: (comparison?.notes ?? []).map((note) => ({ fr: comparisonNoteText(note, 'fr'), en: comparisonNoteText(note, 'en') })),
    writes,
    listParagraphs,
    costParagraphs,
    amendment: amendment === null ? null : { paragraphs: amendment.text.split('\n'), dated: !amendment.text.includes('[date à compléter]') },
  };
}
