import { type FlatText, flatText } from './convention-text-map';
import type { Cents } from '../money/money';
import { BUILT_IN_PROFILE, type ConventionProfile } from '../profile/profile';

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

/** An amount as a convention writes it; the span is in the flat text it was read from. */
export interface WrittenAmount {
  readonly cents: Cents;
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

/** One action of the list, as the document writes it. */
export interface ConventionItem {
  /** Its first and last paragraph (0-based, document order): a PDF turned into Word breaks an item over lines. */
  readonly paragraph: number;
  readonly lastParagraph: number;
  /** Its text on one line, spaces single, apostrophes straight, the bullet typed before it left out: what the spans point into. */
  readonly text: string;
  /** Its text as the document writes it (apostrophes, no-break spaces), on one line, the bullet left out. */
  readonly written: string;
  /** The bullet typed before it ("- ", "• "), or "" when Word draws it or there is none. */
  readonly marker: string;
  /** "3", "3 bis", as written. */
  readonly number: string;
  /** The axis written in "(axe 2)"; "" for "(axe )" left empty; null when the item names none. */
  readonly axis: string | null;
  /** As the document writes it (’ and no-break spaces kept), on one line. */
  readonly title: string;
  /** null when the item ends with no amount that can be read ("45,139 €", nothing). */
  readonly amount: WrittenAmount | null;
  /** Where the title and axis sit in `text`, for a rewrite that changes only what differs. */
  readonly spans: {
    readonly number: Span;
    /** " (axe 2)" with its leading space, when written. */
    readonly axisGroup: Span | null;
    /** "2" inside it ("" and a span of no length for "(axe )"). */
    readonly axis: Span | null;
    readonly title: Span;
  };
}

export interface Span {
  readonly from: number;
  readonly to: number;
}

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
  readonly year: { readonly value: number; readonly from: number; readonly to: number } | null;
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

const AMOUNT_BODY = String.raw`(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))?`;
const EURO = String.raw` ?(?:€|euros?\b|eur\b)`;
/** An amount nowhere inside another number: "45,139 €" has none. */
const AMOUNT = new RegExp(String.raw`(?<![\d.,])${AMOUNT_BODY}${EURO}`, 'gi');
const FINAL_AMOUNT = new RegExp(
  String.raw`(?:,? ?(pour un montant (?:total )?de|pour une somme de|d'un montant (?:total )?de|a hauteur de|à hauteur de|soit|pour|:|–|-))? ?(?<![\d.,])(${AMOUNT_BODY}${EURO})(?: ?\([^)]*\))? ?[.;,]?$`,
  'iu',
);
const BULLET = /^(?:[-–—•▪◦●○∙·*»>→]|\d{1,2}[.)](?= ))\s*/u;
const ITEM_HEAD = /^(\p{L}+)(?: n ?°| no\.?)? ?(\d+(?: ?(?:bis|ter|quater)\b|[a-z]\b)?)( ?\((axe|axis|priorit[ée]|orientation)\b ?([^)]*)\))? ?[:–—-] ?/iu;
const ITEM_WORDS = ['action', 'fiche', 'projet', 'operation', 'opération', 'mesure'];
const RECITAL = /^vu\b/i;
/** A paragraph that starts another numbered article or clause: « 6.2 … », « Article 5 … ». */
const NUMBERED = /^(?:\d+(?:\.\d+)+\b|art(?:icle|\.)\s*\d)/i;

function amountOf(match: RegExpExecArray | RegExpMatchArray, group: number): Cents {
  const whole = Number((match[group] as string).replace(/[ .]/g, ''));
  const decimals = match[group + 1] === undefined ? 0 : Number((match[group + 1] as string).padEnd(2, '0'));
  return whole * 100 + decimals;
}

/** Every amount of a text, in order. */
export function amountsIn(flat: string): WrittenAmount[] {
  return [...flat.matchAll(AMOUNT)].map((match) => ({ cents: amountOf(match, 1), text: match[0], from: match.index, to: match.index + match[0].length }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** « Article 4.1 : », « Art. 4.1 - », « 4.1. », « 4.1 » at the start of a paragraph; never 4.10 or 4.1.2. */
function articlePrefix(article: string): RegExp {
  return new RegExp(String.raw`^(?:art(?:icle|\.)? ?)?${escapeRegExp(article)}(?![.\d]\d)\.?(?: ?[:–—.)-] ?| |$)`, 'i');
}

/** A template's sentence as a pattern over flat text: its words kept, each field a wildcard. */
function templatePattern(template: string, fields: Readonly<Record<string, string>>): RegExp {
  let pattern = '';
  for (const token of template.replace(/\{article\}\s*/g, '').match(/\{\w+\}|\[|\]|[^{[\]]+/g) ?? []) {
    if (token === '[') pattern += '(?:';
    else if (token === ']') pattern += ')?';
    else if (token.startsWith('{')) pattern += fields[token.slice(1, -1)] ?? '.*?';
    else pattern += escapeRegExp(token.replace(/[’‘]/g, "'").replace(/\s+/g, ' ')).replace(/ /g, ' ?');
  }
  return new RegExp(`^${pattern.trim()}`, 'iu');
}

const YEAR_CUES = [/\b(?:l'ann[ée]e|l'exercice|ann[ée]e|exercice)\s(\d{4})\b/iu, /\bau titre de\s(\d{4})\b/iu, /(?<![\d.,] ?)\b((?:19|20)\d{2})\b(?! ?\d)/u];

function yearIn(flat: string): ListArticle['year'] {
  for (const cue of YEAR_CUES) {
    const match = new RegExp(cue.source, `${cue.flags}d`).exec(flat);
    const indices = match?.indices?.[1];
    if (match && indices) return { value: Number(match[1]), from: indices[0], to: indices[1] };
  }
  return null;
}

interface Paragraph extends FlatText {
  readonly index: number;
}

/** An item's text parsed, or null when the text does not start like one of the list's items. */
export function parseItem(text: string, words: readonly string[] = ITEM_WORDS): Omit<ConventionItem, 'paragraph' | 'lastParagraph' | 'written'> | null {
  const bullet = BULLET.exec(text);
  const marker = bullet === null ? '' : bullet[0];
  const body = text.slice(marker.length);
  const head = new RegExp(ITEM_HEAD.source, 'iud').exec(body);
  if (head === null || !words.includes((head[1] as string).toLowerCase())) return null;
  const rest = body.slice(head[0].length);
  const restAt = head[0].length;
  const tail = new RegExp(FINAL_AMOUNT.source, 'iud').exec(rest);
  let title = rest;
  let amount: WrittenAmount | null = null;
  if (tail !== null) {
    title = rest.slice(0, tail.index);
    const at = tail.indices?.[2] as [number, number];
    const amountMatch = new RegExp(`^${AMOUNT_BODY}`).exec(tail[2] as string) as RegExpExecArray;
    amount = { cents: amountOf(amountMatch, 1), text: tail[2] as string, from: restAt + at[0], to: restAt + at[1] };
  }
  const titleText = title.replace(/[\s,;:–-]+$/u, '').trim();
  const span = (group: number): Span | null => {
    const at = head.indices?.[group];
    return at === undefined ? null : { from: at[0], to: at[1] };
  };
  return {
    text: body,
    marker,
    number: head[2] as string,
    axis: head[4] === undefined ? null : (head[5] as string).trim(),
    title: titleText,
    amount,
    spans: { number: span(2) as Span, axisGroup: span(3), axis: span(5), title: { from: restAt, to: restAt + titleText.length } },
  };
}

function itemWords(profile: ConventionProfile): string[] {
  const first = /^\p{L}+/u.exec(profile.sentences.listItem)?.[0]?.toLowerCase();
  return first === undefined || ITEM_WORDS.includes(first) ? ITEM_WORDS : [first, ...ITEM_WORDS];
}

/** The heading sentence or the items start with an amount, a year or "actions suivantes". */
function reads(flat: string): boolean {
  return amountsIn(flat).length > 0 || /\b(?:suivantes?|ci-apr[eè]s)\b/iu.test(flat) || yearIn(flat) !== null;
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

function nextNonEmpty(all: readonly Paragraph[], from: number, limit = 3): Paragraph | null {
  for (let index = from; index < all.length && index < from + limit + 1; index++) {
    const paragraph = all[index] as Paragraph;
    if (paragraph.flat !== '') return paragraph;
  }
  return null;
}

interface HeadingPlace {
  readonly paragraph: Paragraph;
  readonly prefix: string;
  readonly titleParagraph: number | null;
}

/** Where a numbered article's sentence is: after its number in the same paragraph, or alone in the next one. */
function articlePlaces(all: readonly Paragraph[], article: string, sentence: RegExp, isSentence: (flat: string) => boolean, isItem: (flat: string) => boolean): HeadingPlace[] {
  const prefix = articlePrefix(article);
  const places: HeadingPlace[] = [];
  for (const paragraph of all) {
    const { flat } = paragraph;
    if (flat === '' || RECITAL.test(flat)) continue;
    const numbered = prefix.exec(flat);
    if (numbered !== null) {
      const rest = flat.slice(numbered[0].length);
      if (isSentence(rest)) {
        places.push({ paragraph, prefix: paragraph.original.slice(0, paragraph.origin[numbered[0].length]), titleParagraph: null });
        continue;
      }
      // « Article 4.1 – Contribution de l'État » on its own line, the sentence below it.
      const next = nextNonEmpty(all, paragraph.index + 1);
      if (next !== null && isSentence(next.flat) && !isItem(next.flat) && !prefix.test(next.flat)) places.push({ paragraph: next, prefix: '', titleParagraph: paragraph.index });
      continue;
    }
    // A number Word generates is not in the text: the sentence itself is.
    if (sentence.test(flat)) places.push({ paragraph, prefix: '', titleParagraph: null });
  }
  return places;
}

function findList(all: readonly Paragraph[], profile: ConventionProfile, words: readonly string[]): ListArticle | null {
  const isItem = (flat: string) => parseItem(flat, words) !== null;
  const sentence = templatePattern(profile.sentences.listHeading, { year: String.raw`\d{4}`, envelope: `${AMOUNT_BODY}${EURO}` });
  let places = articlePlaces(all, profile.listArticle, sentence, reads, isItem);
  if (places.length === 0) {
    // Another wording, numbered by Word: the sentence that announces the actions and is followed by them.
    places = all
      .filter((paragraph) => /\bactions? (?:suivantes?|ci-apr[eè]s)\b/iu.test(paragraph.flat) && amountsIn(paragraph.flat).length > 0 && !RECITAL.test(paragraph.flat) && !NUMBERED.test(paragraph.flat))
      .map((paragraph) => ({ paragraph, prefix: '', titleParagraph: null }))
      .filter((place) => listAt(all, place, words).items.length > 0);
  }
  let best: ListArticle | null = null;
  for (const place of places) {
    const list = listAt(all, place, words);
    if (best === null || (best.items.length === 0 && list.items.length > 0)) best = list;
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
  const joined = flatText(all.slice(item.paragraph, item.lastParagraph + 1).map((paragraph) => paragraph.original).join(' '));
  const shift = joined.flat.length - item.text.length;
  const slice = (from: number, to: number) => (to <= from ? '' : joined.original.slice(joined.origin[from + shift], (joined.origin[to - 1 + shift] as number) + 1).replace(/[ \t\r\n]+/g, ' '));
  return { ...item, written: slice(0, item.text.length), title: slice(item.spans.title.from, item.spans.title.to) };
}

const COST_CUE = /(?:evalue|évalué|s'el[eè]ve|est fix[ée]|est de|estim[ée]|a hauteur de|à hauteur de|montant de)\b/iu;

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
  const cue = COST_CUE.exec(text);
  const cost = (cue === null ? undefined : amounts.find((amount) => amount.from >= cue.index)) ?? amounts[0] ?? null;
  return { paragraph: place.paragraph.index, titleParagraph: place.titleParagraph, text, prefix: place.prefix, cost };
}
