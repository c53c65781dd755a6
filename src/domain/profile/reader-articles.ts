import { plainOf, type Sentence } from './convention-text';
import type { ClauseSentences } from './profile';
import { AMOUNT } from './reader-figures';

/**
 * The articles the clause is written into, and their wording: the article that lists the funded
 * actions (its heading sentence and the wording of its items) and the one that states the total
 * cost. A sentence that starts with its number (« 4.1 Pour … », « Article 4.1 : Pour … ») keeps it
 * as {article}; a sentence under a heading (« Article 5 – Actions financées ») is written without it.
 */
export interface ArticleFinding {
  readonly key: 'listArticle' | 'costArticle';
  readonly article: string;
  readonly sentences: Partial<ClauseSentences>;
  readonly sentence: Sentence;
}

/** An amount as the original sentence writes it: digits with spaces or dots, « EUR », « euros », or « 1,2 M€ ». */
const ORIGINAL_AMOUNT = new RegExp(String.raw`(?:${AMOUNT.replace('eur\\b', '[Ee][Uu][Rr]\\b')}|\d{1,3}(?:,\d{1,3})? ?(?:M€|k€))`, 'u');
const YEAR = /\b(?:19\d\d|20\d\d)\b/;

export function readArticles(sentence: Sentence, all: readonly Sentence[], index: number): ArticleFinding[] {
  if (sentence.cells !== undefined || sentence.article === null) return [];
  const plain = plainOf(sentence.text);
  const amount = ORIGINAL_AMOUNT.exec(sentence.text.replace(/[\s\u00a0\u202f]+/g, ' '));
  if (amount === null) return [];
  // An article quoted whole (« 4.1 Pour … ») opens with the quote's guillemet, no part of its wording.
  const text = sentence.text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/^ ?[«“"] ?/, '');
  if (/\bcout total\b/.test(plain) && !/%/.test(plain)) {
    const template = templated(text, sentence, amount[0], 'cost');
    const end = template.indexOf('{cost}') + '{cost}'.length;
    return [{ key: 'costArticle', article: sentence.article, sentences: { costSentence: `${template.slice(0, end)}.` }, sentence }];
  }
  if (
    /\b(?:actions?|projets?|operations?|fiches?) (?:suivant(?:e?s)?|ci-apres|listee?s|financees? suivantes|retenues? suivantes)|\bpour les actions\b/.test(plain) &&
    /\b(?:etat|administration)\b/.test(plain)
  ) {
    const sentences: { -readonly [K in keyof ClauseSentences]?: string } = { listHeading: templated(text, sentence, amount[0], 'envelope').replace(YEAR, '{year}') };
    const item = itemTemplate(all, index);
    if (item !== null) sentences.listItem = item;
    return [{ key: 'listArticle', article: sentence.article, sentences, sentence }];
  }
  return [];
}

/** The sentence with its article number (when it starts with it) and its amount made fields. */
function templated(text: string, sentence: Sentence, amount: string, field: string): string {
  const numbered = sentence.lead === null ? text : text.replace(sentence.article ?? '', '{article}');
  const withAmount = numbered.replace(amount, `{${field}}`);
  return field === 'cost' ? withAmount.replace(YEAR, '{year}').trim() : withAmount.trim();
}

/** "Action 1 (axe 2) : … pour un montant de 45 139 €" after the heading: its words around the fields. */
function itemTemplate(all: readonly Sentence[], at: number): string | null {
  const after = all.slice(at + 1, at + 4);
  const item = new RegExp(
    String.raw`^[-•–]?\s*(\p{L}+) (\S+?)(?: \((\p{L}+) ?[^)]*\))? ?: .+ (pour un montant (?:total )?de|à hauteur de|d[’']un montant de|pour une somme de|pour) ${AMOUNT.replace('eur\\b', '[Ee][Uu][Rr]\\b')}$`,
    'u',
  );
  for (const sentence of after) {
    const match = item.exec(sentence.text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/\s*»$/, ''));
    if (match === null) continue;
    const axis = match[3] === undefined ? '' : `[ (${match[3]} {axis})]`;
    return `${match[1]} {number}${axis} : {title} ${match[4]} {amount}`;
  }
  return null;
}

/** The convention's name: its title's own words (« Bassin minier »), else the Department it is signed with (« Somme »). */
export function readName(text: string): { name: string; sentence: string; line: number; offset: number } | null {
  const lines = text.split('\n');
  let offset = 0;
  const starts: number[] = [];
  for (const raw of lines) {
    starts.push(offset);
    offset += raw.length + 1;
  }
  for (const [index, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (!/^(?:CONVENTION|AVENANT|CONTRAT|PROTOCOLE)\b/.test(trimmed) || trimmed !== trimmed.toUpperCase()) continue;
    // The title may go on over the next capital lines ("CONVENTION FINANCIÈRE 2023" / "BASSIN MINIER DU NORD …"); a blank line, without capitals, ends it.
    const block = [trimmed];
    for (const next of lines.slice(index + 1, index + 3)) {
      const line = next.trim();
      if (line !== line.toUpperCase() || !/\p{Lu}{3}/u.test(line)) break;
      block.push(line);
    }
    const words = titleWords(block.join(' '));
    if (words.length === 0) continue;
    const name = words.map((word, at) => (at === 0 ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase())).join(' ');
    return { name, sentence: trimmed.replace(/\s+/g, ' '), line: index + 1, offset: (starts[index] ?? 0) + raw.indexOf(trimmed) };
  }
  // No name in the title (« CONVENTION D’APPUI À … »): the Department it is signed with.
  const department =
    /(?:[Dd][ée]partement|D[ÉE]PARTEMENT|[Cc]onseil [Dd][ée]partemental|CONSEIL D[ÉE]PARTEMENTAL) (?:du |de la |de l['’]|des |de |d['’]|DU |DE LA |DE L['’]|DES |DE |D['’])((?:La |Le )?[\p{Lu}][\p{L}-]*(?:['’]\p{L}[\p{L}-]*)*)/u.exec(
      text,
    );
  if (department === null) return null;
  const at = department.index;
  const line = text.slice(0, at).split('\n').length;
  return { name: placeName(department[1] as string), sentence: (lines[line - 1] ?? '').trim().replace(/\s+/g, ' '), line, offset: at };
}

/** Words that say what kind of text it is, not which convention. */
const GENERIC =
  /^(?:CONVENTIONS?|AVENANTS?|CONTRATS?|PROTOCOLES?|LOCAL|LOCALE|FINANCI[ÈE]RE?S?|ATTRIBUTIVES?|PLURIANNUELLES?|ANNUELLES?|CADRE|TERRITORIALES?|D[ÉE]PARTEMENTALES?|N°|Nº|NO|\d+(?:[-–]\d+)?|[-–—,])$/u;
const STOP = /^(?:DU|DE|DES|D['’].*|ENTRE|RELATIVE|RELATIF|POUR|AU|AUX|À|A|ET|EN|SUR|LA|LE|LES|L['’].*|PAR|AVEC|–|-)$/u;

function titleWords(title: string): string[] {
  const tokens = title
    .replace(/[,.;:«»]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  // An amendment's title names its convention after it: « AVENANT N° 3 À LA CONVENTION BASSIN MINIER … ».
  const last = tokens.map((word) => /^(?:CONVENTION|CONTRAT)$/.test(word)).lastIndexOf(true);
  const words: string[] = [];
  for (const word of tokens.slice(Math.max(0, last))) {
    if (GENERIC.test(word) && words.length === 0) continue;
    if (STOP.test(word) || GENERIC.test(word)) break;
    words.push(word);
    if (words.length === 4) break;
  }
  return words;
}

/**
 * "HAUTE-VIENNE" → "Haute-Vienne", "PAS-DE-CALAIS" → "Pas-de-Calais", "CÔTES-D’ARMOR" →
 * "Côtes-d’Armor"; a name already in mixed case is kept.
 */
function placeName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return name
    .toLowerCase()
    .split('-')
    .map((part, at) => {
      if (at === 0) return capital(part);
      if (/^(?:de|du|des|la|le|sur|et|en)$/.test(part)) return part;
      const elided = /^([dl]['’])(.+)$/.exec(part);
      return elided === null ? capital(part) : `${elided[1] as string}${capital(elided[2] as string)}`;
    })
    .join('-');
}
