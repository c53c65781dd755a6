import { flatText } from './convention-text-map';
import { BUILT_IN_PROFILE, type ConventionProfile } from '../profile/profile';
import { articlePlaces, type HeadingPlace, nextNonEmpty, NUMBERED, type Paragraph, reads, RECITAL, templatePattern, type WrittenYear, yearIn } from './article-places';
import { type ConventionItem, itemWords, parseItem } from './convention-items';
import { AMOUNT_BODY, amountsIn, EURO, type WrittenAmount } from './written-amounts';

/**
 * Articles 4.1 and 3.1 as a signed convention writes them, read from the document's paragraphs in
 * document order (table cells' paragraphs included): what Word's `body.paragraphs` and the `w:p`
 * elements of document.xml enumerate alike, so that a paragraph index found here selects the same
 * paragraph in Word and in the file. Real layouts are read: « Article 4.1 : … », « 4.1 … », a number
 * Word generates (the text then starts with the sentence), a heading on its own line before the
 * sentence, items with « - » or « • » or a bullet Word draws, « (axe ) » left empty, ’ « » œ in
 * titles, amounts « 45 139 € », « 45.139 EUR », « 45 139,50 € », and items a PDF conversion broke
 * over several paragraphs.
 */

export interface ListArticle {
  /** The heading sentence's paragraphs ("4.1 Pour l'année 2022, … pour les actions suivantes :"). */
  readonly paragraph: number;
  readonly lastParagraph: number;
  /** A paragraph holding only the article's title before the sentence ("Article 4.1 – Contribution"), if any. */
  readonly titleParagraph: number | null;
  /** The heading on one line, as the flat text of its paragraphs. */
  readonly text: string;
  /** What stands before the sentence: « Article 4.1 : », « 4.1 », or "" when Word numbers it or a title paragraph does. */
  readonly prefix: string;
  readonly year: WrittenYear | null;
  readonly envelope: WrittenAmount | null;
  readonly items: readonly ConventionItem[];
  /** The paragraphs a rewrite replaces: the heading's first through the last item's last. */
  readonly first: number;
  readonly last: number;
}

export interface CostArticle {
  readonly paragraph: number;
  readonly titleParagraph: number | null;
  readonly text: string;
  readonly prefix: string;
  readonly cost: WrittenAmount | null;
}

export interface ConventionArticles {
  /** The article numbers looked for, from the profile. */
  readonly listArticle: string;
  readonly costArticle: string;
  /** null when no paragraph reads as the list article's heading. */
  readonly list: ListArticle | null;
  readonly cost: CostArticle | null;
}

/**
 * Reads articles 4.1 and 3.1 (or the profile's numbers) from a document's paragraphs. An article not
 * found is null: the caller says so, it is never guessed.
 */
export function readConventionArticles(paragraphs: readonly string[], profile: ConventionProfile = BUILT_IN_PROFILE): ConventionArticles {
  const all: Paragraph[] = paragraphs.map((text, index) => ({ ...flatText(text), index }));
  const words = itemWords(profile);
  return {
    listArticle: profile.listArticle,
    costArticle: profile.costArticle,
    list: findList(all, profile, words),
    cost: findCost(all, profile),
  };
}

function findList(all: readonly Paragraph[], profile: ConventionProfile, words: readonly string[]): ListArticle | null {
  const isItem = (flat: string) => parseItem(flat, words) !== null;
  const sentence = templatePattern(profile.sentences.listHeading, { year: String.raw`\d{4}`, envelope: `${AMOUNT_BODY}${EURO}` });
  let places = articlePlaces(all, profile.listArticle, sentence, reads, isItem);
  if (places.length === 0) {
    // Another wording, numbered by Word: the sentence that announces the actions and is followed by them.
    places = all
      .filter(
        (paragraph) => /\bactions? (?:suivantes?|ci-apr[eè]s)\b/iu.test(paragraph.flat) && amountsIn(paragraph.flat).length > 0 && !RECITAL.test(paragraph.flat) && !NUMBERED.test(paragraph.flat),
      )
      .map((paragraph) => ({ paragraph, prefix: '', titleParagraph: null }))
      .filter((place) => listAt(all, place, words).items.length > 0);
  }
  let best: ListArticle | null = null;
  for (const place of places) {
    const list = listAt(all, place, words);
    // A place with items wins; between two without, the one whose sentence gives an amount (a table of
    // contents names the article before it, « Article 4.1 Contribution de l'État ........ 5 »).
    if (best === null || (best.items.length === 0 && (list.items.length > 0 || (best.envelope === null && list.envelope !== null)))) best = list;
  }
  return best;
}

function listAt(all: readonly Paragraph[], place: HeadingPlace, words: readonly string[]): ListArticle {
  const isItem = (flat: string) => parseItem(flat, words) !== null;
  let text = place.paragraph.flat;
  let lastParagraph = place.paragraph.index;
  // A heading a PDF broke over lines ends where its sentence does.
  while (!/[.:;!?]$/.test(text)) {
    const next = nextNonEmpty(all, lastParagraph + 1, 1);
    if (next === null || isItem(next.flat) || NUMBERED.test(next.flat)) break;
    text = `${text} ${next.flat}`;
    lastParagraph = next.index;
  }
  const prefixFlat = flatText(place.prefix).flat;
  const sentenceFrom = prefixFlat === '' ? 0 : prefixFlat.length + (text.charAt(prefixFlat.length) === ' ' ? 1 : 0);
  const sentence = text.slice(sentenceFrom);
  const year = yearIn(sentence);
  const envelope = amountsIn(sentence)[0] ?? null;
  const shift = <T extends { from: number; to: number }>(span: T | null): T | null => (span === null ? null : { ...span, from: span.from + sentenceFrom, to: span.to + sentenceFrom });

  const items: ConventionItem[] = [];
  let index = lastParagraph + 1;
  while (index < all.length) {
    const paragraph = all[index] as Paragraph;
    index++;
    if (paragraph.flat === '') continue;
    const item = parseItem(paragraph.flat, words);
    if (item !== null) {
      items.push(written(all, { ...item, paragraph: paragraph.index, lastParagraph: paragraph.index }));
      continue;
    }
    const open = items[items.length - 1];
    // A line that goes on an item whose amount has not come yet (a PDF's line break).
    if (open !== undefined && open.amount === null && !NUMBERED.test(paragraph.flat)) {
      const joined = parseItem(`${open.marker}${open.text} ${paragraph.flat}`, words);
      if (joined !== null) {
        items[items.length - 1] = written(all, { ...joined, paragraph: open.paragraph, lastParagraph: paragraph.index });
        continue;
      }
    }
    break;
  }
  const lastItem = items[items.length - 1];
  return {
    paragraph: place.paragraph.index,
    lastParagraph,
    titleParagraph: place.titleParagraph,
    text,
    prefix: place.prefix,
    year: shift(year),
    envelope: shift(envelope),
    items,
    first: place.paragraph.index,
    last: lastItem === undefined ? lastParagraph : lastItem.lastParagraph,
  };
}

/** The item's text and title as the document writes them, from its paragraphs' own characters. */
function written(all: readonly Paragraph[], item: Omit<ConventionItem, 'written'>): ConventionItem {
  const joined = flatText(
    all
      .slice(item.paragraph, item.lastParagraph + 1)
      .map((paragraph) => paragraph.original)
      .join(' '),
  );
  const shift = joined.flat.length - item.text.length;
  const slice = (from: number, to: number) => (to <= from ? '' : joined.original.slice(joined.origin[from + shift], (joined.origin[to - 1 + shift] as number) + 1).replace(/[ \t\r\n]+/g, ' '));
  return { ...item, written: slice(0, item.text.length), title: slice(item.spans.title.from, item.spans.title.to) };
}

// Not \b after the words: in JavaScript « é » is no word character, so « évalué\b » never matched.
const COST_CUE = /(?:[ée]valu[ée]e?s?|s['’][ée]l[eè]ve(?:nt)?|(?:est|sont) fix[ée]e?s?|est de|estim[ée]e?s?|[aà] hauteur de|montant de)(?![\p{L}\d])/giu;
/** How far after its cue the cost stands: « est évalué à 1 745 883 € », « s'élève à : 1 745 883 € ». */
const CUE_GAP = 6;

function findCost(all: readonly Paragraph[], profile: ConventionProfile): CostArticle | null {
  const hasAmount = (flat: string) => amountsIn(flat).length > 0;
  const sentence = templatePattern(profile.sentences.costSentence, { cost: `${AMOUNT_BODY}${EURO}` });
  let places = articlePlaces(all, profile.costArticle, sentence, hasAmount, () => false);
  if (places.length === 0) {
    const costs = all.filter((paragraph) => /\bco[uû]t total\b/iu.test(paragraph.flat) && hasAmount(paragraph.flat) && !RECITAL.test(paragraph.flat));
    if (costs.length === 1) places = costs.map((paragraph) => ({ paragraph, prefix: '', titleParagraph: null }));
  }
  const place = places[0];
  if (place === undefined) return null;
  const text = place.paragraph.flat;
  const amounts = amountsIn(text);
  // The amount a cue announces, not the first after any cue: « le coût total estimé éligible, dont
  // 500 000 € de l'État, est évalué à 1 745 883 € » names the State's share after « estimé ».
  const cues = [...text.matchAll(COST_CUE)];
  const announced = amounts.find((amount) => cues.some((cue) => amount.from >= cue.index + cue[0].length && amount.from - (cue.index + cue[0].length) <= CUE_GAP));
  const first = cues[0];
  const cost = announced ?? (first === undefined ? undefined : amounts.find((amount) => amount.from >= first.index)) ?? amounts[0] ?? null;
  return { paragraph: place.paragraph.index, titleParagraph: place.titleParagraph, text, prefix: place.prefix, cost };
}
