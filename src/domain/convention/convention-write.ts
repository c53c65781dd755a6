import type { Budget } from '../reading/budgets';
import { articlePrefix } from './article-places';
import { clauseItem, clauseOf, type Spacing, withoutFinalStop } from './clause';
import type { ListArticle } from './convention-articles';
import type { ConventionItem } from './convention-items';
import { actionKey, type ArticlesWithList, type ComparisonRequest, titleKey } from './convention-compare';
import { type FlatEdit, flatText, replaceInOriginal } from './convention-text-map';
import { formatMoney } from '../money/format';
import type { Cents } from '../money/money';
import { BUILT_IN_PROFILE, type ConventionProfile } from '../profile/profile';
import type { Action } from '../reading/rows';

/**
 * What writing the budget into the convention changes, paragraph by paragraph: article 4.1's heading
 * sentence (its year and amount), its items (each action's axis, title and amount; actions added and
 * removed) and article 3.1's amount. Only what differs changes, in the document's own wording: an
 * item whose amount alone differs keeps its words, its « 45.139 EUR » style and its no-break spaces
 * but for the amount. The .docx patcher and the Word adapter apply the same plan, as tracked changes.
 */

export type ParagraphChange =
  /** A paragraph left as it is (a blank line between items, an item that agrees). */
  | { readonly kind: 'keep'; readonly paragraph: number }
  /**
   * Paragraphs `first`…`last` become one paragraph holding `text` (an item or a heading a PDF broke
   * over lines is joined): the writer deletes what differs and inserts the new words.
   */
  | { readonly kind: 'rewrite'; readonly first: number; readonly last: number; readonly text: string }
  /** Paragraphs removed whole (an action the budget does not have). */
  | { readonly kind: 'delete'; readonly first: number; readonly last: number }
  /** A new paragraph here, laid out like paragraph `like` (an action the convention lacks). */
  | { readonly kind: 'insert'; readonly like: number; readonly text: string };

/** The year (null keeps the convention's), the envelope and the wording of new items: as for the comparison. */
export type ArticleWriteRequest = ComparisonRequest;

export interface ArticleWrite {
  /** Article 4.1's paragraphs from its heading to its last item, in their new order. */
  readonly list: readonly ParagraphChange[];
  /** Article 3.1's paragraph with its amount replaced; null when the article is not found or agrees. */
  readonly cost: Extract<ParagraphChange, { kind: 'rewrite' }> | null;
  /** Article 4.1 as it reads once the changes are accepted: the heading (with its number) and the items (with their bullets typed). */
  readonly heading: string;
  readonly items: readonly string[];
  /** Article 3.1's sentence once accepted (with its number), or the budget's when the article is not found. */
  readonly costText: string;
  /** True when nothing differs: writing would change nothing. */
  readonly unchanged: boolean;
}

export function articleWrite(paragraphs: readonly string[], articles: ArticlesWithList, budget: Budget, request: ArticleWriteRequest): ArticleWrite {
  const profile = request.profile ?? BUILT_IN_PROFILE;
  const { list } = articles;
  const listed = budget.actions.filter((action) => !action.excluded);
  const envelope = request.envelope ?? listed.reduce((sum, action) => sum + (action.state ?? 0), 0);
  // What we write reads like the article around it: French no-break spaces where it has them, else its plain ones.
  const spacing = documentSpacing(paragraphs.slice(list.paragraph, (list.items.at(-1)?.lastParagraph ?? list.lastParagraph) + 1));
  const clause = clauseOf(budget, {
    year: request.year ?? list.year?.value ?? new Date().getFullYear(),
    envelope,
    profile: { ...profile, listArticle: articles.listArticle, costArticle: articles.costArticle },
    spacing,
  });

  const heading = headingText(paragraphs, list, clause.heading, articles.listArticle, request.year, envelope);
  const changes: ParagraphChange[] = [];
  const keepOrRewrite = (first: number, last: number, text: string) => {
    if (unchangedText(paragraphs, first, last, text)) for (let line = first; line <= last; line++) changes.push({ kind: 'keep', paragraph: line });
    else changes.push({ kind: 'rewrite', first, last, text });
  };
  for (let index = list.first; index < list.paragraph; index++) changes.push({ kind: 'keep', paragraph: index });
  keepOrRewrite(list.paragraph, list.lastParagraph, heading);

  // Items that stay where they are: the longest run in the budget's order; the others move.
  const byKey = new Map<string, ConventionItem>();
  for (const item of list.items) if (!byKey.has(actionKey(item.number))) byKey.set(actionKey(item.number), item);
  const kept = new Set<ConventionItem>();
  // An action whose amount the budget cannot read keeps its item as the convention writes it.
  for (const action of budget.actions) {
    const item = action.action === null ? undefined : byKey.get(actionKey(action.action));
    if (action.excluded && item !== undefined) kept.add(item);
  }
  const target = listed.map((action) => ({ action, item: action.action === null ? undefined : byKey.get(actionKey(action.action)) }));
  const anchored = longestInOrder(target.map((entry) => (entry.item === undefined ? -1 : list.items.indexOf(entry.item))));
  const marker = list.items[0]?.marker ?? '- ';
  const texts = target.map(({ action, item }) => (item === undefined ? `${marker}${clauseItem(action, profile, spacing)}` : itemText(paragraphs, item, action, profile, spacing)));

  // Inserts go after the item the budget lists before them, laid out like it.
  const insertsAfter = new Map<number, string[]>();
  let previous = list.lastParagraph;
  target.forEach((entry, at) => {
    if (entry.item !== undefined && anchored.has(at)) {
      previous = entry.item.lastParagraph;
      return;
    }
    insertsAfter.set(previous, [...(insertsAfter.get(previous) ?? []), texts[at] as string]);
  });
  const stays = new Map<ConventionItem, string>();
  target.forEach((entry, at) => {
    if (entry.item !== undefined && anchored.has(at)) stays.set(entry.item, texts[at] as string);
  });
  const itemAt = new Map(list.items.map((item) => [item.paragraph, item]));
  let like = list.items[0]?.paragraph ?? list.paragraph;
  const flush = (after: number) => {
    for (const text of insertsAfter.get(after) ?? []) changes.push({ kind: 'insert', like, text });
  };
  flush(list.lastParagraph);
  for (let index = list.lastParagraph + 1; index <= list.last; index++) {
    const item = itemAt.get(index);
    if (item === undefined) {
      changes.push({ kind: 'keep', paragraph: index });
      continue;
    }
    const text = stays.get(item);
    if (kept.has(item)) for (let line = item.paragraph; line <= item.lastParagraph; line++) changes.push({ kind: 'keep', paragraph: line });
    else if (text === undefined) changes.push({ kind: 'delete', first: item.paragraph, last: item.lastParagraph });
    else keepOrRewrite(item.paragraph, item.lastParagraph, text);
    if (text !== undefined || kept.has(item)) like = item.paragraph;
    index = item.lastParagraph;
    flush(item.lastParagraph);
  }

  const cost = costChange(paragraphs, articles, budget.totals.cost, clause.costText);
  const costSentence = clause.costText;
  const numbered = (prefix: string, text: string, article: string) => (prefix === '' ? `${article} ${text}` : text);
  const costText = articles.cost === null ? costSentence : numbered(articles.cost.prefix, oneLine(cost?.text ?? paragraphs[articles.cost.paragraph] ?? ''), articles.costArticle);
  return {
    list: changes,
    cost,
    heading: numbered(list.prefix, oneLine(heading), articles.listArticle),
    items: texts.map(oneLine),
    costText,
    unchanged: cost === null && changes.every((change) => change.kind === 'keep'),
  };
}

/** Paragraphs read as one (their flat text is what the article reader matched), mapped back to their own characters. */
function joinedText(paragraphs: readonly string[], first: number, last: number) {
  return flatText(paragraphs.slice(first, last + 1).join(' '));
}

/** One line, its ordinary spaces single; no-break spaces and apostrophes as the document has them. */
function oneLine(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** True when the text is what the paragraphs hold: one paragraph's very characters, or several's words. */
function unchangedText(paragraphs: readonly string[], first: number, last: number, text: string): boolean {
  if (first === last) return paragraphs[first] === text;
  return flatText(paragraphs.slice(first, last + 1).join(' ')).flat === flatText(text).flat;
}

function headingText(paragraphs: readonly string[], list: ListArticle, clauseHeading: string, article: string, year: number | null, envelope: Cents): string {
  const source = joinedText(paragraphs, list.paragraph, list.lastParagraph);
  const edits: FlatEdit[] = [];
  if (list.envelope === null || (year !== null && list.year === null)) {
    // Nothing to anchor a small change on: the budget's sentence, after the document's own number.
    // The sentence may carry its number in any form the convention wrote it (« 4.1 », « Article 4.1 – »,
    // glued « Article 4.1 –L'administration »): a sentence read from the text keeps it.
    const numbered = articlePrefix(article).exec(clauseHeading);
    const body = numbered === null ? clauseHeading : clauseHeading.slice(numbered[0].length).trimStart();
    return `${list.prefix}${list.prefix === '' || /\s$/.test(list.prefix) ? '' : ' '}${body}`;
  }
  if (year !== null && list.year !== null && list.year.value !== year) edits.push({ from: list.year.from, to: list.year.to, text: String(year) });
  if (list.envelope.cents !== envelope) edits.push({ from: list.envelope.from, to: list.envelope.to, text: formatMoney(envelope) });
  return replaceInOriginal(source, edits);
}

/** The item with only what differs from the budget's row replaced, in the document's wording. */
function itemText(paragraphs: readonly string[], item: ConventionItem, action: Action, profile: ConventionProfile, spacing: Spacing): string {
  if (item.amount === null || action.state === null) return `${item.marker}${clauseItem(action, profile, spacing)}`;
  const source = joinedText(paragraphs, item.paragraph, item.lastParagraph);
  const shift = source.flat.length - item.text.length;
  const edits: FlatEdit[] = [];
  const at = (span: { from: number; to: number }, text: string): FlatEdit => ({ from: span.from + shift, to: span.to + shift, text });
  const axis = action.axis === null || action.axis.trim() === '' ? null : action.axis.trim();
  const written = item.axis === null || item.axis === '' ? null : item.axis;
  if (item.axis === '' || written !== axis) {
    if (axis === null && item.spans.axisGroup !== null) edits.push(at(item.spans.axisGroup, ''));
    else if (axis !== null && item.spans.axis !== null) edits.push(at(item.spans.axis, axis));
    else if (axis !== null) edits.push(at({ from: item.spans.number.to, to: item.spans.number.to }, ` (axe ${axis})`));
  }
  if (action.title !== null && titleKey(item.title) !== titleKey(action.title)) edits.push(at(item.spans.title, withoutFinalStop(action.title)));
  if (item.amount.cents !== action.state) edits.push(at(item.amount, formatMoney(action.state)));
  return replaceInOriginal(source, edits);
}

function costChange(paragraphs: readonly string[], articles: ArticlesWithList, cost: Cents, clauseCost: string): ArticleWrite['cost'] {
  const found = articles.cost;
  if (found === null || found.cost?.cents === cost) return null;
  const source = flatText(paragraphs[found.paragraph] ?? '');
  if (found.cost === null) {
    const body = clauseCost.startsWith(articles.costArticle) ? clauseCost.slice(articles.costArticle.length).trimStart() : clauseCost;
    return { kind: 'rewrite', first: found.paragraph, last: found.paragraph, text: `${found.prefix}${body}` };
  }
  return { kind: 'rewrite', first: found.paragraph, last: found.paragraph, text: replaceInOriginal(source, [{ from: found.cost.from, to: found.cost.to, text: formatMoney(cost) }]) };
}

/** Indexes (into the list) of the longest subsequence whose values increase: the items that need not move. */
function longestInOrder(values: readonly number[]): Set<number> {
  const positions = values.map((value, index) => ({ value, index })).filter((entry) => entry.value >= 0);
  const length: number[] = [];
  const before: number[] = [];
  positions.forEach((entry, at) => {
    length[at] = 1;
    before[at] = -1;
    for (let earlier = 0; earlier < at; earlier++) {
      if ((positions[earlier] as { value: number }).value < entry.value && (length[earlier] as number) + 1 > length[at]) {
        length[at] = (length[earlier] as number) + 1;
        before[at] = earlier;
      }
    }
  });
  let best = -1;
  length.forEach((value, at) => {
    if (best < 0 || value > (length[best] as number)) best = at;
  });
  const chosen = new Set<number>();
  for (let at = best; at >= 0; at = before[at] as number) chosen.add((positions[at] as { index: number }).index);
  return chosen;
}

/**
 * The document's paragraphs as they read once the changes are accepted: what a writer's result must
 * give back (the tests accept the tracked changes of a written file and compare with this).
 */
export function paragraphsAfter(paragraphs: readonly string[], write: ArticleWrite): string[] {
  const out: string[] = [];
  const listStart = write.list.reduce((low, change) => Math.min(low, firstOf(change)), Number.POSITIVE_INFINITY);
  const listEnd = write.list.reduce((high, change) => Math.max(high, lastOf(change)), Number.NEGATIVE_INFINITY);
  const cost = write.cost;
  const copy = (index: number) => out.push(cost !== null && cost.first === index ? cost.text : (paragraphs[index] as string));
  for (let index = 0; index < paragraphs.length; index++) {
    if (index === listStart) {
      for (const change of write.list) {
        if (change.kind === 'keep') copy(change.paragraph);
        else if (change.kind === 'rewrite' || change.kind === 'insert') out.push(change.text);
      }
      index = listEnd;
      continue;
    }
    copy(index);
  }
  return out;
}

function firstOf(change: ParagraphChange): number {
  return change.kind === 'keep' ? change.paragraph : change.kind === 'insert' ? Number.POSITIVE_INFINITY : change.first;
}

function lastOf(change: ParagraphChange): number {
  return change.kind === 'keep' ? change.paragraph : change.kind === 'insert' ? Number.NEGATIVE_INFINITY : change.last;
}

/** French spacing when the document puts a no-break space before its colons, else its plain spaces. */
export function documentSpacing(paragraphs: readonly string[]): Spacing {
  return paragraphs.some((text) => /[\u00a0\u202f][:;!?]/.test(text)) ? 'french' : 'as-written';
}
