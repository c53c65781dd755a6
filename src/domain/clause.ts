import type { Budget } from './budgets';
import { formatMoney } from './format';
import type { Cents } from './money';
import type { Action } from './rows';

export interface ClauseRequest {
  readonly year: number;
  /** The State envelope the convention grants; without it, the sum of the listed State amounts. */
  readonly envelope?: Cents | undefined;
}

/** The text the officer pastes into the Word convention. Always French: the convention is. */
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
}

const MISSING_NUMBER = '[n° à compléter]';
const MISSING_TITLE = '[intitulé à compléter]';

export function clauseOf(budget: Budget, request: ClauseRequest): Clause {
  const listed = budget.actions.filter((action) => !action.excluded);
  const stateTotal = listed.reduce((sum, action) => sum + (action.state ?? 0), 0);
  const envelope = request.envelope ?? stateTotal;
  const heading =
    `4.1 Pour l’année ${request.year}, l’administration contribue financièrement pour un montant de ` +
    `${formatMoney(envelope)}, pour les actions suivantes :`;
  const items = listed.map(clauseItem);
  const costText =
    '3.1 Le coût total estimé éligible des projets sur la durée de la convention est évalué à ' +
    `${formatMoney(budget.totals.cost)}.`;
  return {
    heading,
    items,
    text: items.length === 0 ? `${heading}\n` : `${heading}\n\n- ${items.join('\n- ')}`,
    html: `<p>${escapeHtml(heading)}</p>\n<ul>\n${items.length === 0 ? '' : `<li>${items.map(escapeHtml).join('</li>\n<li>')}</li>`}\n</ul>`,
    costText,
    costHtml: `<p>${escapeHtml(costText)}</p>`,
  };
}

/** "Action 1 (axe 2) : <title> pour un montant de 45 139 €"; no "(axe )" when the axis is missing. */
export function clauseItem(action: Action): string {
  const number = action.action ?? MISSING_NUMBER;
  const axis = action.axis === null ? '' : ` (axe ${action.axis})`;
  const title = action.title === null ? MISSING_TITLE : withoutFinalStop(action.title);
  return `Action ${number}${axis} : ${title} pour un montant de ${formatMoney(action.state ?? 0)}`;
}

/** A title loses one trailing full stop, not an ellipsis. */
function withoutFinalStop(title: string): string {
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
