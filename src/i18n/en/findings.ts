import { type AmountProblem, type Cents, FIELD_NAMES, formatMoney, type Hundredths, percentText, type Place, WHOLE } from '../../domain';
import type { FindingSentences } from '../sentence-tables';

/** What each finding says in English: what is wrong and what to change, with the amounts it needs. */

const money = (cents: Cents) => formatMoney(cents, 'en');

/** "Action 3", or "Row 7" when the number is missing. */
function opening(place: Place): string {
  return place.action !== null ? `Action ${place.action}` : `Row ${place.row}`;
}

function columnOpening(place: Place, header: string): string {
  return `${opening(place)}, column “${header}”`;
}

/** Said after a total when rows are left out of it, so that nobody reads a partial sum as the whole. */
function withoutLeftOut(excludedRows: number): string {
  if (excludedRows === 0) return '';
  return excludedRows === 1 ? ' (leaving out 1 row with an unreadable amount)' : ` (leaving out ${excludedRows} rows with an unreadable amount)`;
}

/** "article 4.1", or, for a convention that does not number it (''), the article by what it holds. */
function articleWords(article: string): string {
  return article === '' ? 'the article listing the actions' : `article ${article}`;
}

function leftOutTail(article: string): string {
  return ` The action is left out of the totals and of ${articleWords(article)} until the cell is corrected.`;
}

function clauseNeedsIt(article: string): string {
  const named = articleWords(article);
  return ` ${named.charAt(0).toUpperCase()}${named.slice(1)} needs it.`;
}

/** "the State share" for one-for-one matching, else "50% of the State share". */
function ratioWords(ratio: Hundredths): string {
  return ratio === WHOLE ? 'the State share' : `${percentText(ratio, 'en')}% of the State share`;
}

/** An amount as typed in Excel: "45139" or "45139.50". */
function typed(cents: Cents): string {
  return `${Math.floor(cents / 100)}${cents % 100 === 0 ? '' : `.${String(cents % 100).padStart(2, '0')}`}`;
}

export const FINDINGS_EN: FindingSentences = {
  'state-cap': ({ place, state, cost, cap, percent, equalAllowed }) =>
    `${opening(place)}: the State share (${money(state)}) ${equalAllowed ? 'exceeds' : 'reaches or exceeds'} ${percentText(percent, 'en')}% of the total cost (${money(cost)}). Lower it to ${money(cap)} at most, or raise the total cost.`,

  'matching-by-cost': ({ place, department, cost, required, percent }) =>
    `${opening(place)}: the Department share (${money(department)}) is below ${percentText(percent, 'en')}% of the total cost (${money(cost)}). Raise it to ${money(required)} at least.`,

  'matching-by-ratio': ({ place, department, state, required, ratio }) =>
    `${opening(place)}: the Department share (${money(department)}) is below ${ratioWords(ratio)} (${money(state)}). Raise it to ${money(required)} at least, or lower the State share.`,

  'total-matching-by-cost': ({ department, cost, missing, percent, excludedRows }) =>
    `The Department puts in ${money(department)} in total${withoutLeftOut(excludedRows)}, less than ${percentText(percent, 'en')}% of the total cost (${money(cost)}): ${money(missing)} of Department funding is missing.`,

  'total-matching-by-ratio': ({ department, state, missing, ratio, excludedRows }) =>
    ratio === WHOLE
      ? `The Department puts in ${money(department)} in total${withoutLeftOut(excludedRows)}, less than the State (${money(state)}): ${money(missing)} of Department funding is missing to match the State.`
      : `The Department puts in ${money(department)} in total${withoutLeftOut(excludedRows)}, less than ${ratioWords(ratio)} (${money(state)}): ${money(missing)} of Department funding is missing.`,

  'envelope-exceeded': ({ state, envelope, over, excludedRows }) =>
    `The State shares add up to ${money(state)}${withoutLeftOut(excludedRows)}, ${money(over)} more than the ${money(envelope)} envelope. Lower them by ${money(over)}.`,

  'envelope-left': ({ state, envelope, left, excludedRows }) =>
    `The State shares add up to ${money(state)}${withoutLeftOut(excludedRows)}: ${money(left)} of the ${money(envelope)} envelope is left to allocate.`,

  'over-funding': ({ place, funding, cost, over }) =>
    `${opening(place)}: the funding (${money(funding)}) exceeds the total cost (${money(cost)}) by ${money(over)}. Lower a contribution by ${money(over)} or correct the total cost.`,

  'under-funding': ({ place, cost, unfunded }) => `${opening(place)}: ${money(unfunded)} of the total cost (${money(cost)}) is not funded. Complete the funding or correct the total cost.`,

  'total-mismatch': ({ row, header, written, sum, gap }) =>
    `Total row ${row}, column “${header}”: ${money(written)} written, while the actions above add up to ${money(sum)}. Correct the total (difference: ${money(gap)}).`,

  'total-mismatch-by-text': ({ row, header, written, sum, gap, textCells }) => {
    const one = textCells.length === 1;
    return `Total row ${row}, column “${header}”: ${money(written)} written, while the actions above add up to ${money(sum)}. The difference (${money(gap)}) is the amount${one ? '' : 's'} typed as text in ${textCells.join(', ')}, which the SUM formula skips: convert ${one ? 'that cell' : 'those cells'} to number${one ? '' : 's'} and the total will follow.`;
  },

  'text-amount': ({ place, header, shown, cents }) =>
    `${columnOpening(place, header)}: “${shown}” is typed as text. We read it as ${money(cents)}, but Excel counts it neither in its sums nor in your formulas: convert it to a number (type ${typed(cents)} and apply a currency format).`,

  'invalid-value': ({ place, header, problem, shown, cents, leftOut, article }) => `${columnOpening(place, header)}: ${invalidText(problem, shown, cents ?? 0)}${leftOut ? leftOutTail(article) : ''}`,

  'missing-value': ({ place, field, header, leftOut, article }) => {
    const tail = leftOut ? leftOutTail(article) : field === 'title' || field === 'action' ? clauseNeedsIt(article) : '';
    return `${columnOpening(place, header)}: ${FIELD_NAMES[field].en} is empty. Fill it in.${tail}`;
  },

  'duplicate-action': ({ place, firstRow, article }) =>
    `Row ${place.row}: action number ${place.action ?? ''} is already used on row ${firstRow}. Renumber one of the two actions: ${articleWords(article)} would mix them up.`,

  'inexact-totals': () => 'The amounts of this table are too large to be added up to the cent: check the outsized amounts.',

  'missing-axis': ({ place, article }) => `${opening(place)}: the axis is empty. Fill it in; without it, ${articleWords(article)} reads “Action ${place.action ?? '…'} :” with no axis.`,
};

function invalidText(problem: AmountProblem, shown: string, cents: Cents): string {
  switch (problem) {
    case 'unreadable-text':
      return `“${shown}” is not a readable amount. Write it in figures, for example 45 139 or 45 139,50 € (spaces between thousands, a comma before the cents).`;
    case 'three-decimals':
      return `“${shown}” has three decimals: did you mean ${money(cents)}? In a French Excel the comma separates the cents: type ${Math.floor(cents / 100)} without a comma.`;
    case 'error-value':
      return `the cell shows the error ${shown}. Fix the formula or type the amount.`;
    case 'negative':
      return `the amount is negative (${money(cents)}). Type an amount of zero or more.`;
    case 'boolean':
      return `the cell holds ${shown === 'VRAI' ? 'TRUE' : 'FALSE'}, not an amount. Type an amount in euros.`;
    case 'date':
      return `the cell holds a date (${shown}), not an amount. Check the cell's format and type an amount in euros.`;
    case 'too-large':
      return `“${shown}” is over one trillion euros: not a plausible amount. Check what was typed.`;
  }
}
