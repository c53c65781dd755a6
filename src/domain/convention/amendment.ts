import { escapeHtml } from './clause';
import type { ConventionComparison } from './convention-compare';
import type { ConventionArticles } from './convention-articles';
import { flatText } from './convention-text-map';
import { formatMoney } from '../money/format';
import type { ArticleWrite } from './convention-write';

/**
 * The amendment (avenant) a signed convention needs when its budget changed: « L’article 4.1 de la
 * convention du … est remplacé par les dispositions suivantes : « … » », the new article whole, in the
 * convention's wording, and the same for article 3.1 when its cost changed.
 */
export interface Amendment {
  readonly text: string;
  /** For Word: a paragraph per sentence, the items as a list, every text escaped. */
  readonly html: string;
  /** The articles it replaces ("4.1", "3.1"). */
  readonly replaces: readonly string[];
}

const NBSP = '\u00a0';
const MISSING_DATE = '[date à compléter]';
const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const SIGNED = new RegExp(String.raw`\bfait (?:à|a) [^,]{1,60}, le (1er|\d{1,2}) (${MONTHS}) (\d{4})\b|\bfait (?:à|a) [^,]{1,60}, le (\d{1,2}/\d{1,2}/\d{4})\b`, 'iu');

/** The date the convention was signed, as its « Fait à …, le … » gives it; null when it is left blank. */
export function signatureDateOf(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs) {
    const match = SIGNED.exec(flatText(paragraph).flat);
    if (match === null) continue;
    return match[4] ?? `${match[1]} ${(match[2] as string).toLowerCase()} ${match[3]}`;
  }
  return null;
}

function opening(article: string, date: string | null): string {
  return `L’article ${article} de la convention du ${date ?? MISSING_DATE} est remplacé par les dispositions suivantes${NBSP}:`;
}

const withoutMarker = (item: string) => item.replace(/^(?:[-–—•▪◦●○∙·*»>→]|\d{1,2}[.)](?= ))\s*/u, '');

/**
 * The amendment from the comparison and what writing the budget would give; null when the convention
 * and the budget agree and there is nothing to amend. `date` is the convention's (signatureDateOf),
 * null leaving « [date à compléter] » for the officer.
 */
export function amendmentOf(write: ArticleWrite, comparison: ConventionComparison, articles: ConventionArticles, date: string | null): Amendment | null {
  const written = articles.cost;
  const listChanged = comparison.differences.some((difference) => difference.kind !== 'cost');
  if (!listChanged && !comparison.differences.some((difference) => difference.kind === 'cost')) return null;
  const text: string[] = [];
  const html: string[] = [];
  const replaces: string[] = [];
  if (listChanged) {
    replaces.push(articles.listArticle);
    const items = write.items.map(withoutMarker);
    // With no item to list (a budget not costed yet) the heading closes the quotation, and no blank line follows it.
    if (items.length === 0) text.push(opening(articles.listArticle, date), `«${NBSP}${write.heading}${NBSP}»`);
    else text.push(opening(articles.listArticle, date), `«${NBSP}${write.heading}`, '', ...items.map((item, index) => `- ${item}${index === items.length - 1 ? `${NBSP}»` : ''}`));
    html.push(
      `<p>${escapeHtml(opening(articles.listArticle, date))}</p>`,
      `<p>«${NBSP}${escapeHtml(write.heading)}${items.length === 0 ? `${NBSP}»` : ''}</p>`,
      items.length === 0 ? '' : `<ul>${items.map((item, index) => `<li>${escapeHtml(item)}${index === items.length - 1 ? `${NBSP}»` : ''}</li>`).join('')}</ul>`,
    );
  }
  const cost = comparison.differences.find((difference) => difference.kind === 'cost');
  if (cost !== undefined && cost.kind === 'cost' && written !== null && written.cost !== null && cost.budget !== null) {
    // Article 3.1 goes on after its amount: only the amount is replaced, « au lieu de … lire … ».
    replaces.push(articles.costArticle);
    const sentence = `À l’article ${articles.costArticle} de la convention du ${date ?? MISSING_DATE}, au lieu de${NBSP}: «${NBSP}${written.cost.text}${NBSP}», lire${NBSP}: «${NBSP}${formatMoney(cost.budget)}${NBSP}».`;
    if (text.length > 0) text.push('');
    text.push(sentence);
    html.push(`<p>${escapeHtml(sentence)}</p>`);
  } else if (cost !== undefined) {
    replaces.push(articles.costArticle);
    if (text.length > 0) text.push('');
    text.push(opening(articles.costArticle, date), `«${NBSP}${write.costText}${NBSP}»`);
    html.push(`<p>${escapeHtml(opening(articles.costArticle, date))}</p>`, `<p>«${NBSP}${escapeHtml(write.costText)}${NBSP}»</p>`);
  }
  return { text: text.join('\n'), html: html.join(''), replaces };
}
