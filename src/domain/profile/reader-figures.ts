import { plainOf, type Sentence } from './convention-text';
import { formatMoney } from '../money/format';
import { french } from '../typography/french-spacing';
import type { Cents } from '../money/money';
import { numbersInDigits } from '../typography/number-words';
import { type Hundredths, hundredthsOf, WHOLE } from '../money/percent';
import type { MatchingScope } from './profile';

/**
 * The figures of a convention, each read from one sentence (or table row) in its plain form: the
 * year, the State's cap, the Department's matching and its scope, the envelopes. Every pattern here
 * is a wording found in public conventions; a sentence about another fund, an advance, a payment or
 * a repayment gives no cap, and a past-tense account of the former convention gives nothing.
 */

/** What one sentence gives: values by key, each with how it is shown and, for amounts, the year it is for. */
export interface Figure {
  readonly key: 'year' | 'stateCap' | 'matchingRatio' | 'departmentMinPercent' | 'matchingScope' | 'envelope' | 'envelopes';
  readonly value: unknown;
  readonly shown: string;
  /** An amount given for one year of a multi-year text ("2025 | 1 010 000 €"). */
  readonly forYear?: number | undefined;
  /** Higher is shown first among sentences that agree: the article's sentence over a deliberation's. */
  readonly priority?: number;
}

export const AMOUNT = String.raw`(?<![\d.,])(\d{1,3}(?:[  .]\d{3})+|\d+)(?:,(\d{1,2}))? ?(?:€|eur\b|euros?\b)`;
const PERCENT = String.raw`(\d{1,3}(?:,\d{1,2})?) ?%`;

/** The text a sentence is read in: plain, numbers in digits, a table row as its label and values. */
export function readingText(sentence: Sentence): string {
  if (sentence.cells === undefined) return numbersInDigits(withoutFormerValues(plainOf(sentence.text)));
  const [label = '', ...values] = sentence.cells;
  const header = sentence.header ?? [];
  // A row keyed by a year or a beneficiary ("Département du Nord | 700 000 €" under "Bénéficiaire | Contribution
  // de l’État 2024") says what its value is in the header; a row with a label of its own says it in the label.
  const keyed = /^(?:(?:19|20)\d\d|(?:sous-)?total|(?:le )?(?:departement|conseil departemental) (?:du|de la|de l'|des|de) \S+(?: \S+)?)$/.test(plainOf(label).trim());
  const parts = values.map((value, index) => (keyed && header[index + 1] !== undefined ? `${header[index + 1]} ${value}` : value));
  return numbersInDigits(plainOf(`${label} : ${parts.join(' ; ')}`));
}

/** « initialement fixé à 400 000 €, est porté à 450 000 € »: the former value is no value of this text. */
function withoutFormerValues(plain: string): string {
  return plain.replace(/,? ?(?:initialement|precedemment|anterieurement) (?:fixee?s?|prevue?s?|arretee?s?|attribuee?s?|accordee?s?|de)(?: a)? [^,;]*,?/g, ' ').replace(/ {2,}/g, ' ');
}

/** A sentence that tells what the former convention or a former year said. */
export function isPastAccount(plain: string): boolean {
  return /\b(?:prevoyai(?:t|ent)|disposai(?:t|ent)|fixai(?:t|ent)|stipulai(?:t|ent)|etai(?:t|ent) (?:fixee?s?|de)|avai(?:t|ent) ete|a ete (?:fixee?|arretee?) (?:pour|au titre de) (?:l'annee )?\d{4})\b/.test(
    plain,
  );
}

export function percentValue(text: string): Hundredths | null {
  return hundredthsOf(Number(text.replace(',', '.')));
}

export function amountOf(match: RegExpExecArray | RegExpMatchArray, at: number): Cents {
  const whole = Number((match[at] as string).replace(/[  .]/g, ''));
  const cents = match[at + 1] === undefined ? 0 : Number((match[at + 1] as string).padEnd(2, '0'));
  return whole * 100 + cents;
}

/** « Pour l’année 2023 », « au titre de l’exercice 2024 », « Pour 2023 », « au titre de 2024 », « ANNÉE 2024 ». */
export function readYear(plain: string): Figure[] {
  const found = new Set<number>();
  const cues = [/\b(?:pour|au titre de|de) l'(?:annee|exercice) ((?:19|20)\d\d)\b/g, /\b(?:annee|exercice) ((?:19|20)\d\d)\b/g, /\b(?:pour|au titre de) ((?:19|20)\d\d)\b/g];
  for (const cue of cues) {
    for (const match of plain.matchAll(cue)) {
      // Windows wide enough for « 2024 et pour 2025 » and « loi de finances rectificative pour 2024 ».
      const after = plain.slice(match.index + match[0].length, match.index + match[0].length + 16);
      const before = plain.slice(Math.max(0, match.index - 30), match.index);
      // "2023-2025", "2024 – 2026", "de 2024 à 2027", "pour 2024 et pour 2025": a span is no budget year;
      // "loi de finances pour 2024" is the State's budget.
      if (/^ ?(?:[-–/]|a|au|et(?: pour)?) ?(?:19|20)\d\d/.test(after) || /(?:19|20)\d\d ?(?:[-–/]|a|au|et) ?$/.test(before)) continue;
      if (/\bfinances (?:rectificative )?$/.test(before)) continue;
      found.add(Number(match[1]));
    }
  }
  return [...found].map((year) => ({ key: 'year', value: year, shown: String(year), priority: /suivant/.test(plain) ? 2 : 0 }));
}

/** Another fund, a legal ceiling on all public aid, an advance, a payment or a repayment: their percentages are no cap. */
const NOT_A_CAP =
  /\b(?:fse\+?|fonds social europeen|feder|fonds europeens?|region|caf\b|caisse d'allocations|aides publiques|avances?|acomptes?|versements?|solde|tranches?|reversements?|penalites?|interets?|revalorisation)\b/;
const STATE = /\b(?:l'etat|etat\b|l'administration|contributions? figurant|cofinancement de l'etat)/;
const DEPARTMENT = /\b(?:departements?|beneficiaire|collectivites?|conseil departemental)\b/;

/** The State's cap on each action: « 50 % au plus », « ne pourra excéder 50 % », « le taux maximal … est fixé à 60 % ». */
export function readCap(plain: string): Figure[] {
  if (!STATE.test(plain) || NOT_A_CAP.test(plain)) return [];
  const inclusive = [
    new RegExp(`${PERCENT} (?:au )?maximum`),
    new RegExp(`${PERCENT} au plus`),
    new RegExp(`(?:a hauteur|dans la limite|a concurrence) (?:de |d'un maximum de )?${PERCENT}`),
    new RegExp(`n'exced(?:e|ent|era|eront) pas ${PERCENT}`),
    new RegExp(`ne (?:peu(?:t|vent)|saurai(?:t|ent)|pourr(?:a|ont)|doi(?:t|vent)) (?:pas |en aucun cas )?(?:exceder|depasser) ${PERCENT}`),
    new RegExp(`(?:au plus|au maximum|maximum de|plafonnee?s? a|limitee?s? a|fixee?s? au maximum a|au maximum a|au maximum de) ${PERCENT}`),
    new RegExp(`(?:taux|part|participation|contribution) maxima(?:l|le) [^%]{0,80}?${PERCENT}`),
  ];
  const strict = [new RegExp(`(?:strictement )?(?:inferieure?s?|moins) (?:a|de) ${PERCENT}`)];
  for (const [patterns, equalAllowed] of [
    [inclusive, true],
    [strict, false],
  ] as const) {
    for (const pattern of patterns) {
      const match = pattern.exec(plain);
      if (match === null) continue;
      // A Department's minimum (« au moins … 30 % », « au minimum à hauteur de 40 % ») is matching, not a cap.
      if (/au moins|minimum|minimal/.test(plain.slice(Math.max(0, match.index - 40), match.index)) && !/maxim/.test(match[0])) continue;
      if (!/maxim|plafon|limit|exced|depasser|au plus|inferieur|moins de/.test(match[0]) && !/chaque action|chacune des actions|du cout|des depenses|de son cout|de leur cout|du montant/.test(plain))
        continue;
      const percent = percentValue(match[1] as string);
      if (percent === null || percent === 0 || percent > WHOLE) continue;
      return [{ key: 'stateCap', value: { percent, equalAllowed }, shown: french`${match[1]} %${equalAllowed ? '' : ' (strict)'}` }];
    }
  }
  return [];
}

/**
 * The Department's matching: « au moins équivalents », « à parité », « à hauteur égale », « un euro
 * du Département pour un euro de l’État » (1), « la moitié » (0,5), « au moins égaux à 50 % des
 * crédits alloués par l’État » (0,5), « au moins égal à 30 % du coût » (a minimum of the cost); and
 * whether it binds each action or the total.
 */
export function readMatching(plain: string): Figure[] {
  if (!DEPARTMENT.test(plain)) return [];
  const figures: Figure[] = [];
  const stateSide = String.raw`(?:de l'etat|par l'etat|etatiques?|de l'administration)`;
  const ofState = new RegExp(
    String.raw`(?:au moins|minimum de|au minimum|minimale?)(?: [a-z']+){0,3}? ${PERCENT} (?:de la |du |des |de l')?(?:contributions?|participations?|financements?|parts?|montants?|credits?|subventions?|sommes?)?(?: [a-z']+){0,2}? ?${stateSide}`,
  ).exec(plain);
  const ofCost = new RegExp(
    String.raw`(?:au moins|minimum de|au minimum|minimale?)(?: [a-z':,]+){0,5}? ${PERCENT} (?:du|de leur|de son|des|de l'ensemble du|de l'|de chaque) ?(?:cout|couts|budget|depenses|action|montant total)`,
  ).exec(plain);
  if (ofState !== null) {
    const percent = percentValue(ofState[1] as string);
    if (percent !== null) figures.push({ key: 'matchingRatio', value: percent, shown: french`${ofState[1]} % de la part de l’État` });
  } else if (/\bla moitie (?:de celui|de celle|du montant|de la contribution|de la participation|des credits|du financement|de ceux)[^.;]*?(?:de l'etat|par l'etat)/.test(plain)) {
    figures.push({ key: 'matchingRatio', value: WHOLE / 2, shown: '0,5 (la moitié de la part de l’État)' });
  } else if (
    /au moins (?:equivalente?s?|egale?s?|egaux)(?: dans leurs? montants?)? (?:a ceux|a celui|a celles?|aux? montants?|a la (?:contribution|participation|part|somme))/.test(plain) ||
    /au moins equivalente?s?\b/.test(plain) ||
    /\b(?:au moins )?a parite\b/.test(plain) ||
    /\ba hauteur egale\b/.test(plain) ||
    /\bengagement financier egal\b/.test(plain) ||
    /\b1 € du (?:departement|conseil departemental) pour 1 € de l'etat\b/.test(plain)
  ) {
    figures.push({ key: 'matchingRatio', value: WHOLE, shown: '1 (au moins équivalent)' });
  }
  if (ofCost !== null && !/\b(?:etat|administration)\b/.test(plain.slice(ofCost.index, ofCost.index + ofCost[0].length))) {
    const percent = percentValue(ofCost[1] as string);
    if (percent !== null) figures.push({ key: 'departmentMinPercent', value: percent, shown: french`${ofCost[1]} % du coût` });
  }
  if (figures.length === 0) return [];
  if (/\b(?:au total|globalement|sur l'ensemble des actions|pour l'ensemble des actions|sur l'ensemble du (?:contrat|programme)|en totalite)\b/.test(plain))
    figures.push({ key: 'matchingScope', value: 'total' satisfies MatchingScope, shown: 'au total' });
  else if (/\b(?:chacune des actions|chaque action|par action|action par action)\b/.test(plain)) figures.push({ key: 'matchingScope', value: 'action' satisfies MatchingScope, shown: 'par action' });
  return figures;
}

const PAYMENT_BEFORE = /(?:versements?|avances?|acomptes?|soldes?|tranches?|reversements?|premier|second|deuxieme) (?:de |d'un montant de )?$/;

/**
 * The State envelope: one amount (« s’engage à verser … une somme de », « une subvention de »,
 * « contribue … à hauteur de », « le soutien financier de l’État s’élève à »), or one per
 * beneficiary (« Département du Nord (700 000 €) », a table's rows).
 */
export function readEnvelopes(plain: string, sentence: Sentence, yearOfRow: number | null): Figure[] {
  const amount = new RegExp(AMOUNT, 'g');
  if (!amount.test(plain)) return [];
  if (sentence.cells !== undefined) return envelopeRow(plain, sentence, yearOfRow);
  // « La subvention de 401 000 € est versée … »: in a State convention, the subsidy is the State's.
  if (!STATE.test(plain) && !/^(?:la |une )?subvention (?:d'un montant )?de \d/.test(plain)) return [];
  const figures: Figure[] = [];
  // "le Département du Pas-de-Calais (500 000 €)": one envelope per beneficiary, named as the text names it.
  const named = new RegExp(
    String.raw`((?:le |au )?D[ée]partement (?:du |de la |de l['’]|des |de )[\p{Lu}][\p{L}’'-]*(?: [\p{Lu}][\p{L}’'-]*)*) ?\( ?${AMOUNT.replace('eur', '[Ee][Uu][Rr]')} ?\)`,
    'gu',
  );
  const envelopes: Record<string, Cents> = {};
  for (const match of sentence.text.replace(/[\s\u00a0\u202f]+/g, ' ').matchAll(named)) envelopes[(match[1] as string).replace(/^(?:le|au) /, '')] = amountOf(match, 2);
  if (Object.keys(envelopes).length > 0) figures.push({ key: 'envelopes', value: envelopes, shown: shownEnvelopes(envelopes) });
  if (/\breparti|\bentre (?:le|les) departements?\b|\bchacun des departements/.test(plain)) return figures;
  const verbs = String.raw`(?:s'engage a verser|verse|versera|attribue|accorde|apporte|alloue|octroie|notifie)`;
  const nouns = String.raw`(?:somme|subvention|contribution|soutien(?: financier)?|dotation|participation(?: financiere)?|aide|enveloppe|credits?)`;
  const cues = [
    String.raw`contribue financierement pour un montant (?:previsionnel )?(?:maximal )?de`,
    String.raw`credits? (?:de l'|d')?etat d'un montant (?:total )?de`,
    String.raw`montant de credits (?:de l'|d')?etat de`,
    String.raw`(?:le |la |l')?(?:montant (?:total )?de la |montant (?:total )?du )?${nouns} (?:financiere? )?(?:de l'etat|de l'administration)(?: pour (?:l'annee )?\d{4})?,? (?:s'eleve a|est de|est fixee? a|est portee? a|:)(?: un montant de)?`,
    String.raw`(?:l'etat|l'administration) ${verbs} (?:(?:a|au|aux) [^,;€]{0,60}? )?(?:une |un |la |le )?${nouns} (?:financiere? )?(?:d'un montant (?:total )?de|de|d')`,
    String.raw`(?:l'etat|l'administration) (?:contribue|contribuera|participe|intervient)(?: au financement des actions)? a hauteur de`,
    String.raw`(?:la |une )?subvention (?:de l'etat )?(?:d'un montant )?de`,
  ];
  const cue = new RegExp(String.raw`(?:${cues.join('|')}) ?${AMOUNT}`, 'g');
  for (const match of plain.matchAll(cue)) {
    if (PAYMENT_BEFORE.test(plain.slice(Math.max(0, match.index - 30), match.index))) continue;
    const cents = amountOf(match, 1);
    const named_ = /\bau (d[ée]partement (?:du |de la |de l'|des |de )[a-z-]+(?: [a-z-]+)?) une somme/.exec(plain);
    figures.push({ key: 'envelope', value: cents, shown: formatMoney(cents), priority: /suivant/.test(plain) ? 1 : 0 });
    if (named_ !== null && Object.keys(envelopes).length === 0) {
      const name = originalName(sentence.text, named_[1] as string);
      if (name !== null) figures.push({ key: 'envelopes', value: { [name]: cents }, shown: shownEnvelopes({ [name]: cents }) });
    }
  }
  return figures;
}

/** "Département du Nord | 700 000 €" under "Contribution de l’État 2024"; "2025 | 1 010 000 €"; "Contribution de l’État pour 2025 | 420 000 €". */
function envelopeRow(plain: string, sentence: Sentence, yearOfRow: number | null): Figure[] {
  const [label = ''] = sentence.cells ?? [];
  const header = (sentence.header ?? []).join(' ');
  const labelPlain = plainOf(label);
  const about = plainOf(`${label} ${header}`);
  if (/^(?:sous-)?total\b/.test(labelPlain)) return [];
  if (!/\b(?:etat|administration)\b/.test(about) || !/\b(?:contributions?|credits?|subventions?|enveloppes?|dotations?|soutien|participations?|montants?)\b/.test(about)) return [];
  if (NOT_A_CAP.test(labelPlain) || /\b(?:cout|depenses|part (?:etat|de l'etat|departement))\b/.test(plainOf(header))) return [];
  const match = new RegExp(AMOUNT).exec(plain.slice(plain.indexOf(' : ')));
  if (match === null) return [];
  const cents = amountOf(match, 1);
  const year = /^((?:19|20)\d\d)$/.exec(labelPlain.trim());
  if (year !== null) return [{ key: 'envelope', value: cents, shown: formatMoney(cents), forYear: Number(year[1]) }];
  const place = /^(?:le )?(?:departement|conseil departemental) (?:du |de la |de l'|des |de )/.test(labelPlain) ? label.trim() : null;
  if (place !== null) return yearColumns(sentence, place) ?? [{ key: 'envelopes', value: { [place]: cents }, shown: shownEnvelopes({ [place]: cents }) }];
  if (!/\b(?:etat|administration)\b/.test(labelPlain)) return [];
  return [{ key: 'envelope', value: cents, shown: formatMoney(cents), forYear: yearOfRow ?? undefined }];
}

/**
 * A Department's amounts under columns of years (« Contribution de l’État 2024 | … 2025 »): one per
 * year, each for its year, so that only the text's year counts. Null when fewer than two columns name
 * a year. The header's empty cells (a doubled tab) are dropped as the row's are.
 */
function yearColumns(sentence: Sentence, place: string): Figure[] | null {
  const header = (sentence.header ?? []).filter((cell) => cell.trim() !== '');
  const cells = sentence.cells ?? [];
  if (header.length !== cells.length) return null;
  const figures: Figure[] = [];
  cells.forEach((cell, column) => {
    const year = /\b((?:19|20)\d\d)\b/.exec(header[column] ?? '');
    const amount = new RegExp(AMOUNT).exec(plainOf(cell));
    if (column === 0 || year === null || amount === null) return;
    const cents = amountOf(amount, 1);
    figures.push({ key: 'envelopes', value: { [place]: cents }, shown: shownEnvelopes({ [place]: cents }), forYear: Number(year[1]) });
  });
  return figures.length >= 2 ? figures : null;
}

function shownEnvelopes(envelopes: Readonly<Record<string, Cents>>): string {
  return Object.entries(envelopes)
    .map(([name, cents]) => french`${name} : ${formatMoney(cents)}`)
    .join(', ');
}

/** The words of the original sentence that a plain name stands for ("département du nord" → "Département du Nord"). */
function originalName(text: string, plainName: string): string | null {
  const flat = text.replace(/[\s\u00a0\u202f]+/g, ' ');
  const at = plainOf(flat).indexOf(plainName);
  return at < 0 ? null : flat.slice(at, at + plainName.length);
}
