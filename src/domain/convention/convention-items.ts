import type { ConventionProfile } from '../profile/profile';
import { AMOUNT_BODY, amountOf, EURO, type Span, type WrittenAmount } from './written-amounts';

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

const FINAL_AMOUNT = new RegExp(
  String.raw`(?:,? ?(pour un montant (?:total )?de|pour une somme de|d'un montant (?:total )?de|a hauteur de|à hauteur de|soit|pour|:|–|-))? ?(?<![\d.,])(${AMOUNT_BODY}${EURO})(?: ?\([^)]*\))? ?[.;,]?$`,
  'iu',
);
const BULLET = /^(?:[-–—•▪◦●○∙·*»>→]|\d{1,2}[.)](?= ))\s*/u;
const ITEM_HEAD = /^(\p{L}+)(?: n ?°| no\.?)? ?(\d+(?: ?(?:bis|ter|quater)\b|[a-z]\b)?)( ?\((axe|axis|priorit[ée]|orientation)\b ?([^)]*)\))? ?[:–—-] ?/iu;
export const ITEM_WORDS = ['action', 'fiche', 'projet', 'operation', 'opération', 'mesure'];

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

export function itemWords(profile: ConventionProfile): string[] {
  // « - Dispositif {number} … »: the sentence may keep the bullet typed before each item.
  const first = /^\p{L}+/u.exec(profile.sentences.listItem.trim().replace(BULLET, ''))?.[0]?.toLowerCase();
  return first === undefined || ITEM_WORDS.includes(first) ? ITEM_WORDS : [first, ...ITEM_WORDS];
}
