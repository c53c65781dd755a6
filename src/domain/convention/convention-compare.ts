import type { Budget } from '../reading/budgets';
import { comparisonKey } from '../reading/cells';
import { clauseItem } from './clause';
import type { ConventionArticles, ListArticle } from './convention-articles';
import type { ConventionItem } from './convention-items';
import { centsToEuros, type Cents } from '../money/money';
import { BUILT_IN_PROFILE, type ConventionProfile } from '../profile/profile';
import type { Action } from '../reading/rows';

/**
 * The signed convention checked against its budget (DOMAIN.md): article 4.1's heading (year,
 * envelope) and items, matched by action number (number, axis, title, State amount), and article
 * 3.1's total cost. Each difference carries both values, the paragraph it is in, and what its
 * sentence says as data (the sentences: src/i18n/<lang>/convention.ts).
 */

export type DifferenceKind = 'amount' | 'title' | 'axis' | 'missing-in-convention' | 'missing-in-budget' | 'envelope' | 'year' | 'cost';

interface DifferenceOf<K extends DifferenceKind, V> {
  readonly kind: K;
  /** The action number as the convention or the budget writes it; null for the heading and 3.1. */
  readonly action: string | null;
  readonly convention: V | null;
  readonly budget: V | null;
  /** The paragraph it is in (0-based, document order, as Word's body.paragraphs), null when it is in none. */
  readonly paragraph: number | null;
  readonly data: DifferenceData;
}

/**
 * What a difference says: `number` is the action number as written (null for a budget row without
 * one: its `row` then names it), `article` the article as the convention numbers it.
 */
export type DifferenceData =
  | { readonly kind: 'amount'; readonly number: string; readonly convention: Cents | null; readonly budget: Cents }
  | { readonly kind: 'title'; readonly number: string; readonly convention: string; readonly budget: string | null }
  | { readonly kind: 'axis'; readonly number: string; readonly convention: string | null; readonly budget: string | null }
  | { readonly kind: 'missing-in-convention'; readonly number: string | null; readonly row: number; readonly article: string; readonly state: Cents | null }
  | { readonly kind: 'missing-in-budget'; readonly number: string; readonly article: string; readonly amount: Cents | null }
  | { readonly kind: 'envelope'; readonly article: string; readonly convention: Cents | null; readonly budget: Cents }
  | { readonly kind: 'year'; readonly article: string; readonly convention: number | null; readonly budget: number }
  | { readonly kind: 'cost'; readonly article: string; readonly convention: Cents | null; readonly budget: Cents }
  | { readonly kind: 'cost-not-found'; readonly article: string; readonly budget: Cents };

/** What was not compared, and why: a year nobody gives, an article without items, an amount the budget cannot read. */
export type ComparisonNote =
  | { readonly kind: 'year-not-compared'; readonly article: string; readonly convention: number | null }
  | { readonly kind: 'no-items'; readonly article: string }
  | { readonly kind: 'amount-not-compared'; readonly number: string | null; readonly row: number };

/**
 * Amounts in cents; a year as a number; a title or an axis as text (an axis written "(axe )" is "");
 * an action on one side only as its item's text on that side.
 */
export type ConventionDifference =
  DifferenceOf<'amount' | 'envelope' | 'cost', Cents> | DifferenceOf<'year', number> | DifferenceOf<'title' | 'axis' | 'missing-in-convention' | 'missing-in-budget', string>;

export interface ComparisonRequest {
  /** The budget's year: the officer's, a chosen profile's or the workbook's. null when none gives it: the year is then not compared, and a note says so. */
  readonly year: number | null;
  /** The State envelope the officer gave for this budget; without it, the sum of the budget's State amounts. */
  readonly envelope?: Cents | undefined;
  /** Writes the budget's item for an action the convention lacks; the built-in profile's wording by default. */
  readonly profile?: ConventionProfile | undefined;
}

export interface ConventionComparison {
  /** In the order the officer reads them: the heading, the actions in the budget's order, those only in the convention, the cost. */
  readonly differences: readonly ConventionDifference[];
  /** What was not compared, one note each (a year nobody gives, an amount the budget cannot read). */
  readonly notes: readonly ComparisonNote[];
}

/** The articles with article 4.1 found: what a comparison needs. */
export type ArticlesWithList = ConventionArticles & { readonly list: ListArticle };

export function hasList(articles: ConventionArticles): articles is ArticlesWithList {
  return articles.list !== null;
}

/** Titles compared as DOMAIN.md says: apostrophes, spaces (inside « » too) and a final full stop do not count. */
export function titleKey(title: string): string {
  return title
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[\s\u00a0\u202f\u2007]+/g, ' ')
    .replace(/« ?/g, '«')
    .replace(/ ?»/g, '»')
    .trim()
    .replace(/(?<!\.)\.$/, '')
    .trim();
}

/** "3", "3 bis", "n° 3": one key per action number (comparisonKey folds and trims its spaces). */
export function actionKey(number: string): string {
  return comparisonKey(number.replace(/^(?:n\s*°|no\.?(?=\s*\d))\s*/i, ''));
}

function axisKey(axis: string | null): string {
  return axis === null ? '' : comparisonKey(axis.replace(/^axe\b\s*/i, ''));
}

export function compareConvention(articles: ArticlesWithList, budget: Budget, request: ComparisonRequest): ConventionComparison {
  const { list } = articles;
  const article = articles.listArticle;
  const differences: ConventionDifference[] = [];
  const notes: ComparisonNote[] = [];

  const listed = budget.actions.filter((action) => !action.excluded);
  const stateTotal = listed.reduce((sum, action) => sum + (action.state ?? 0), 0);
  const envelope = request.envelope ?? stateTotal;
  const conventionYear = list.year?.value ?? null;
  if (request.year === null) notes.push({ kind: 'year-not-compared', article, convention: conventionYear });
  else if (conventionYear !== request.year) {
    differences.push({
      kind: 'year',
      action: null,
      convention: conventionYear,
      budget: request.year,
      paragraph: list.paragraph,
      data: { kind: 'year', article, convention: conventionYear, budget: request.year },
    });
  }
  const conventionEnvelope = list.envelope?.cents ?? null;
  if (conventionEnvelope !== envelope) {
    differences.push({
      kind: 'envelope',
      action: null,
      convention: conventionEnvelope,
      budget: envelope,
      paragraph: list.paragraph,
      data: { kind: 'envelope', article, convention: conventionEnvelope, budget: envelope },
    });
  }
  if (list.items.length === 0) notes.push({ kind: 'no-items', article });

  const byKey = new Map<string, ConventionItem>();
  for (const item of list.items) if (!byKey.has(actionKey(item.number))) byKey.set(actionKey(item.number), item);
  const matched = new Set<ConventionItem>();
  const seen = new Set<string>();
  for (const action of budget.actions) {
    const key = action.action === null ? null : actionKey(action.action);
    if (key !== null && seen.has(key)) continue;
    if (key !== null) seen.add(key);
    const item = key === null ? undefined : byKey.get(key);
    if (item === undefined && action.excluded) {
      // The budget's article leaves it out too, until its amount can be read.
      notes.push({ kind: 'amount-not-compared', number: action.action, row: action.row });
      continue;
    }
    if (item === undefined) {
      differences.push({
        kind: 'missing-in-convention',
        action: action.action,
        convention: null,
        budget: clauseItem(action, request.profile ?? BUILT_IN_PROFILE),
        paragraph: null,
        data: { kind: 'missing-in-convention', number: action.action, row: action.row, article, state: action.state },
      });
      continue;
    }
    matched.add(item);
    compareItem(item, action, differences, notes);
  }
  for (const item of list.items) {
    if (matched.has(item)) continue;
    differences.push({
      kind: 'missing-in-budget',
      action: item.number,
      convention: item.written,
      budget: null,
      paragraph: item.paragraph,
      data: { kind: 'missing-in-budget', number: item.number, article, amount: item.amount?.cents ?? null },
    });
  }

  const cost = budget.totals.cost;
  if (articles.cost === null) {
    differences.push({ kind: 'cost', action: null, convention: null, budget: cost, paragraph: null, data: { kind: 'cost-not-found', article: articles.costArticle, budget: cost } });
  } else if (articles.cost.cost?.cents !== cost) {
    const written = articles.cost.cost?.cents ?? null;
    differences.push({
      kind: 'cost',
      action: null,
      convention: written,
      budget: cost,
      paragraph: articles.cost.paragraph,
      data: { kind: 'cost', article: articles.costArticle, convention: written, budget: cost },
    });
  }
  return { differences, notes };
}

function compareItem(item: ConventionItem, action: Action, differences: ConventionDifference[], notes: ComparisonNote[]): void {
  // Matched by its number: the budget's row has one.
  const number = action.action ?? item.number;
  const at = { action: item.number, paragraph: item.paragraph };
  const budgetAxis = action.axis === null || action.axis.trim() === '' ? null : action.axis.trim();
  // "(axe )" left empty is a defect in itself: the budget's article never writes it.
  if (item.axis === '' || axisKey(item.axis) !== axisKey(budgetAxis)) {
    differences.push({ kind: 'axis', ...at, convention: item.axis, budget: budgetAxis, data: { kind: 'axis', number, convention: item.axis, budget: budgetAxis } });
  }
  if (action.title === null || titleKey(item.title) !== titleKey(action.title)) {
    differences.push({ kind: 'title', ...at, convention: item.title, budget: action.title, data: { kind: 'title', number, convention: item.title, budget: action.title } });
  }
  if (action.state === null || action.excluded) {
    notes.push({ kind: 'amount-not-compared', number, row: action.row });
    return;
  }
  const written = item.amount?.cents ?? null;
  if (written !== action.state) {
    differences.push({ kind: 'amount', ...at, convention: written, budget: action.state, data: { kind: 'amount', number, convention: written, budget: action.state } });
  }
}

/** A difference as JSON: euros as numbers, with its sentence (i18n's differenceText, in the language asked). */
export function differenceJson(difference: ConventionDifference, message: string): Record<string, unknown> {
  const money = difference.kind === 'amount' || difference.kind === 'envelope' || difference.kind === 'cost';
  const value = (raw: unknown) => (money && typeof raw === 'number' ? centsToEuros(raw) : raw);
  return {
    kind: difference.kind,
    action: difference.action,
    convention: value(difference.convention),
    budget: value(difference.budget),
    paragraph: difference.paragraph,
    message,
  };
}
