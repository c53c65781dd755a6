import { type AmountProblem, type Cents, FIELD_NAMES, formatMoney, french, type Hundredths, percentText, type Place, WHOLE } from '../../domain';
import type { FindingSentences } from '../sentence-tables';

/**
 * What each finding says in French: what is wrong and what to change, with the amounts it needs.
 * Our words get their no-break spaces from `french`; what the officer typed (a header, a cell) goes
 * in as typed.
 */

const money = (cents: Cents) => formatMoney(cents, 'fr');

/** « Action 3 », or « Ligne 7 » when the number is missing. */
function opening(place: Place): string {
  return place.action !== null ? french`Action ${place.action}` : french`Ligne ${place.row}`;
}

function columnOpening(place: Place, header: string): string {
  return french`${opening(place)}, colonne « ${header} »`;
}

/** Said after a total when rows are left out of it, so that nobody reads a partial sum as the whole. */
function withoutLeftOut(excludedRows: number): string {
  if (excludedRows === 0) return '';
  return excludedRows === 1 ? ' (hors 1 ligne exclue, dont un montant est illisible)' : french` (hors ${excludedRows} lignes exclues, dont un montant est illisible)`;
}

/** « l’article 4.1 », or, for a convention that does not number it (''), the article by what it holds. */
function articleWords(article: string): string {
  return article === '' ? 'l’article de la liste des actions' : `l’article ${article}`;
}

function leftOutTail(article: string): string {
  return french` L’action est exclue des totaux et de ${articleWords(article)} tant que la cellule n’est pas corrigée.`;
}

function clauseNeedsIt(article: string): string {
  const named = articleWords(article);
  return french` ${named.charAt(0).toUpperCase()}${named.slice(1)} en a besoin.`;
}

/** « celle de l’État » for one-for-one matching, else « 50 % de celle de l’État ». */
function ratioWords(ratio: Hundredths): string {
  return ratio === WHOLE ? 'celle de l’État' : french`${percentText(ratio)} % de celle de l’État`;
}

function frenchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** An amount as the officer types it in a French Excel: « 45139 » or « 45139,50 ». */
function typed(cents: Cents): string {
  return `${Math.floor(cents / 100)}${cents % 100 === 0 ? '' : `,${String(cents % 100).padStart(2, '0')}`}`;
}

export const FINDINGS_FR: FindingSentences = {
  'state-cap': ({ place, state, cost, cap, percent, equalAllowed }) =>
    french`${opening(place)} : la part de l’État (${money(state)}) ${equalAllowed ? 'dépasse' : 'atteint ou dépasse'} ${percentText(percent)} % du coût total (${money(cost)}). Ramenez-la à ${money(cap)} au plus, ou augmentez le coût total.`,

  'matching-by-cost': ({ place, department, cost, required, percent }) =>
    french`${opening(place)} : la part du Département (${money(department)}) est inférieure à ${percentText(percent)} % du coût total (${money(cost)}). Portez-la à ${money(required)} au moins.`,

  'matching-by-ratio': ({ place, department, state, required, ratio }) =>
    french`${opening(place)} : la part du Département (${money(department)}) est inférieure à ${ratioWords(ratio)} (${money(state)}). Portez-la à ${money(required)} au moins, ou réduisez la part de l’État.`,

  'total-matching-by-cost': ({ department, cost, missing, percent, excludedRows }) =>
    french`Le Département apporte ${money(department)} au total${withoutLeftOut(excludedRows)}, moins que ${percentText(percent)} % du coût total (${money(cost)}) : il manque ${money(missing)} de part départementale.`,

  'total-matching-by-ratio': ({ department, state, missing, ratio, excludedRows }) =>
    ratio === WHOLE
      ? french`Le Département apporte ${money(department)} au total${withoutLeftOut(excludedRows)}, moins que l’État (${money(state)}) : il manque ${money(missing)} de part départementale pour respecter l’engagement d’un financement au moins équivalent.`
      : french`Le Département apporte ${money(department)} au total${withoutLeftOut(excludedRows)}, moins que ${ratioWords(ratio)} (${money(state)}) : il manque ${money(missing)} de part départementale.`,

  'envelope-exceeded': ({ state, envelope, over, excludedRows }) =>
    french`Les parts de l’État totalisent ${money(state)}${withoutLeftOut(excludedRows)}, soit ${money(over)} de plus que l’enveloppe de ${money(envelope)}. Réduisez-les de ${money(over)}.`,

  'envelope-left': ({ state, envelope, left, excludedRows }) =>
    french`Les parts de l’État totalisent ${money(state)}${withoutLeftOut(excludedRows)} : il reste ${money(left)} à répartir sur l’enveloppe de ${money(envelope)}.`,

  'over-funding': ({ place, funding, cost, over }) =>
    french`${opening(place)} : les financements (${money(funding)}) dépassent le coût total (${money(cost)}) de ${money(over)}. Réduisez un financement de ${money(over)} ou corrigez le coût total.`,

  'under-funding': ({ place, cost, unfunded }) =>
    french`${opening(place)} : ${money(unfunded)} du coût total (${money(cost)}) ne sont pas financés. Complétez les financements ou corrigez le coût total.`,

  'total-mismatch': ({ row, header, written, sum, gap }) =>
    french`Ligne de total ${row}, colonne « ${header} » : ${money(written)} inscrits, alors que les actions au-dessus totalisent ${money(sum)}. Corrigez le total (écart : ${money(gap)}).`,

  'total-mismatch-by-text': ({ row, header, written, sum, gap, textCells }) => {
    const one = textCells.length === 1;
    return french`Ligne de total ${row}, colonne « ${header} » : ${money(written)} inscrits, alors que les actions au-dessus totalisent ${money(sum)}. L’écart (${money(gap)}) est ${one ? 'le montant saisi' : 'la somme des montants saisis'} comme texte en ${textCells.join(', ')}, que la formule SOMME ne compte pas : convertissez ${one ? 'cette cellule' : 'ces cellules'} en nombre${one ? '' : 's'}, le total suivra.`;
  },

  'text-amount': ({ place, header, shown, cents }) =>
    french`${columnOpening(place, header)} : « ${shown} » est saisi comme du texte. Nous le lisons ${money(cents)}, mais Excel ne le compte ni dans ses sommes ni dans vos formules : convertissez-le en nombre (saisissez ${typed(cents)} et appliquez un format monétaire).`,

  'invalid-value': ({ place, header, problem, shown, cents, leftOut, article }) => {
    const tail = leftOut ? leftOutTail(article) : '';
    return french`${columnOpening(place, header)} : ${invalidText(problem, shown, cents ?? 0)}${tail}`;
  },

  'missing-value': ({ place, field, header, leftOut, article }) => {
    const tail = leftOut ? leftOutTail(article) : field === 'title' || field === 'action' ? clauseNeedsIt(article) : '';
    const pronoun = field === 'state' || field === 'department' ? 'la' : 'le';
    return french`${columnOpening(place, header)} : ${FIELD_NAMES[field].fr} est vide. Saisissez-${pronoun}.${tail}`;
  },

  'duplicate-action': ({ place, firstRow, article }) =>
    french`Ligne ${place.row} : le numéro d’action ${place.action ?? ''} est déjà utilisé ligne ${firstRow}. Renumérotez l’une des deux actions : ${articleWords(article)} les confondrait.`,

  'inexact-totals': () => french`Les montants de ce tableau sont trop grands pour être additionnés au centime près : vérifiez les montants hors norme.`,

  'missing-axis': ({ place, article }) => french`${opening(place)} : l’axe n’est pas renseigné. Indiquez-le ; sans lui, ${articleWords(article)} écrit « Action ${place.action ?? '…'} : » sans axe.`,
};

function invalidText(problem: AmountProblem, shown: string, cents: Cents): string {
  switch (problem) {
    case 'unreadable-text':
      return french`« ${shown} » n’est pas un montant lisible. Écrivez-le en chiffres, par exemple 45 139 ou 45 139,50 € (espaces entre les milliers, virgule avant les centimes).`;
    case 'three-decimals':
      return french`« ${shown} » a trois décimales : vouliez-vous écrire ${money(cents)} ? Dans Excel en français, la virgule sépare les centimes : saisissez ${Math.floor(cents / 100)} sans virgule.`;
    case 'error-value':
      return french`la cellule affiche l’erreur ${shown}. Corrigez la formule ou saisissez le montant.`;
    case 'negative':
      return french`le montant est négatif (${money(cents)}). Saisissez un montant positif ou nul.`;
    case 'boolean':
      return french`la cellule contient ${shown}, pas un montant. Saisissez un montant en euros.`;
    case 'date':
      return french`la cellule contient une date (${frenchDate(shown)}), pas un montant. Vérifiez le format de la cellule et saisissez un montant en euros.`;
    case 'too-large':
      return french`« ${shown} » dépasse 1 000 milliards d’euros : ce n’est pas un montant plausible. Vérifiez la saisie.`;
  }
}
