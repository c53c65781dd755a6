import type { AmountProblem } from '../reading/amount';
import type { Budget } from '../reading/budgets';
import { formatMoney } from '../money/format';
import { frenchSpacing } from '../typography/french-spacing';
import { AMOUNT_FIELDS, type AmountField } from '../reading/headers';
import type { Cents } from '../money/money';
import { BUILT_IN_PROFILE, type ConventionProfile, fillSentence, profileEnvelopeFor } from '../profile/profile';
import { type Action, cellAt } from '../reading/rows';

export interface ClauseRequest {
  readonly year: number;
  /** The State envelope the convention grants; without it, the profile's (when chosen), else the sum of the listed State amounts. */
  readonly envelope?: Cents | undefined;
  /** The convention whose article numbers and sentences the clause takes: the built-in one when left out. */
  readonly profile?: ConventionProfile | undefined;
  /**
   * "as-written" keeps the sentences' spaces as the profile holds them: writing into a convention
   * follows that document's own typography, so that a new item reads like its neighbours and an
   * item kept is not rewritten for an invisible space.
   */
  readonly spacing?: Spacing | undefined;
}

export type Spacing = 'french' | 'as-written';

/**
 * The text the officer pastes into the Word convention. Always French: the convention is, with its
 * typography (a no-break space before « : », see french-spacing.ts) in the sentences' own words; the
 * values put in (a title, a number, an axis) keep the characters the officer typed.
 */
export interface Clause {
  /** "4.1 Pour l’année 2022, l’administration contribue financièrement pour un montant de …" */
  readonly heading: string;
  /** One item per action row not left out, in row order, without the leading "- ". */
  readonly items: readonly string[];
  /** Article 4.1 as plain text: the heading, a blank line, then "- " and each item on its line. */
  readonly text: string;
  /** Article 4.1 as HTML for the clipboard: a paragraph and a list, every cell's text escaped. */
  readonly html: string;
  /** Article 3.1's sentence on the total eligible cost. */
  readonly costText: string;
  readonly costHtml: string;
  /** The amount the heading states: the envelope given, else the sum of the items. */
  readonly envelope: Cents;
  /** The State amounts of the items, added up. */
  readonly itemsTotal: Cents;
  /** Action rows not listed, each with why: an amount cannot be read, or the cost or State is missing. */
  readonly leftOut: readonly LeftOutAction[];
  /**
   * What the officer must know before pasting, one sentence each: the actions left out, and a
   * heading amount that is not the sum of the items. Empty when the article is whole.
   */
  readonly warnings: readonly ClauseWarning[];
}

/**
 * What the officer must know before pasting, as data (src/i18n/clause-text.ts writes it): an action
 * left out, with its cells; or a heading amount (`envelope`) that is not the sum of the items.
 */
export type ClauseWarning = ({ readonly kind: 'left-out' } & LeftOutAction) | { readonly kind: 'heading-differs'; readonly envelope: Cents; readonly items: Cents; readonly gap: Cents };

export interface LeftOutAction {
  readonly row: number;
  readonly action: string | null;
  readonly cells: ReadonlyArray<{ readonly cell: string | null; readonly field: AmountField; readonly problem: AmountProblem | 'missing' }>;
}

const MISSING_NUMBER = '[n° à compléter]';
const MISSING_TITLE = '[intitulé à compléter]';

export function clauseOf(budget: Budget, request: ClauseRequest): Clause {
  const listed = budget.actions.filter((action) => !action.excluded);
  const stateTotal = listed.reduce((sum, action) => sum + (action.state ?? 0), 0);
  const profile = request.profile ?? BUILT_IN_PROFILE;
  const envelope = request.envelope ?? profileEnvelopeFor(profile, budget) ?? stateTotal;
  const heading = fillSentence(spaced(profile.sentences.listHeading, request.spacing), { article: profile.listArticle, year: String(request.year), envelope: formatMoney(envelope) });
  const items = listed.map((action) => clauseItem(action, profile, request.spacing));
  const leftOut = budget.actions.filter((action) => action.excluded).map(leftOutOf);
  const warnings: ClauseWarning[] = leftOut.map((entry) => ({ kind: 'left-out', ...entry }));
  if (envelope !== stateTotal) warnings.push({ kind: 'heading-differs', envelope, items: stateTotal, gap: Math.abs(envelope - stateTotal) });
  const costText = fillSentence(spaced(profile.sentences.costSentence, request.spacing), { article: profile.costArticle, cost: formatMoney(budget.totals.cost), year: String(request.year) });
  return {
    heading,
    items,
    text: items.length === 0 ? `${heading}\n` : `${heading}\n\n- ${items.join('\n- ')}`,
    // No white space between list items: Word turns a line break between </li> and <li> into a space
    // at the end of each item.
    html: `<p>${escapeHtml(heading)}</p><ul>${items.length === 0 ? '' : `<li>${items.map(escapeHtml).join('</li><li>')}</li>`}</ul>`,
    costText,
    costHtml: `<p>${escapeHtml(costText)}</p>`,
    envelope,
    itemsTotal: stateTotal,
    leftOut,
    warnings,
  };
}

function leftOutOf(action: Action): LeftOutAction {
  const cells: Array<LeftOutAction['cells'][number]> = [];
  for (const field of AMOUNT_FIELDS) {
    const invalid = action.invalid[field];
    if (invalid !== undefined) cells.push({ cell: cellAt(action, field) ?? null, field, problem: invalid.problem });
    else if (action[field] === null) cells.push({ cell: cellAt(action, field) ?? null, field, problem: 'missing' });
  }
  return { row: action.row, action: action.action, cells };
}

/** "Action 1 (axe 2) : <title> pour un montant de 45 139 €" (a no-break space before the colon); no "(axe )" when the axis is missing. */
export function clauseItem(action: Action, profile: ConventionProfile = BUILT_IN_PROFILE, spacing: Spacing = 'french'): string {
  return fillSentence(spaced(profile.sentences.listItem, spacing), {
    number: action.action ?? MISSING_NUMBER,
    axis: action.axis ?? '',
    title: action.title === null ? MISSING_TITLE : withoutFinalStop(action.title),
    amount: formatMoney(action.state ?? 0),
  });
}

// A profile has three sentences and a clause writes one item per action: each template is spaced once.
const spacedSentences = new Map<string, string>();

function spaced(template: string, spacing: Spacing = 'french'): string {
  if (spacing === 'as-written') return template;
  let found = spacedSentences.get(template);
  if (found === undefined) {
    if (spacedSentences.size > 64) spacedSentences.clear();
    found = frenchSpacing(template);
    spacedSentences.set(template, found);
  }
  return found;
}

/**
 * Article 4.1's year: the officer's, else a chosen profile's, else the one the workbook gives, else
 * this year.
 */
export function clauseYear(chosen: number | undefined, profile: ConventionProfile, budget: Pick<Budget, 'yearFound'>, today: Date): number {
  if (chosen !== undefined) return chosen;
  if (profile.origin !== 'built-in' && profile.year !== null) return profile.year;
  return budget.yearFound?.year ?? today.getFullYear();
}

/** A title loses one trailing full stop, not an ellipsis. */
export function withoutFinalStop(title: string): string {
  if (!title.endsWith('.')) return title;
  return title.replace(/(?<!\.)\.\s*$/, '').trimEnd();
}

const HTML_SPECIAL = /[&<>"']/;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Cell text goes into the HTML clipboard as text, never as markup. */
export function escapeHtml(text: string): string {
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}
