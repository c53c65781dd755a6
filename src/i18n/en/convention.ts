import { type Cents, type ConventionProfile, FIELD_NAMES, formatMoney, type Parameter, percentText, WHOLE } from '../../domain';
import type { ConventionSentences } from '../sentence-tables';

/**
 * What the comparison of a convention with its budget says in English (each difference with both
 * values), the clause's warnings and the profile's summary.
 */

const money = (cents: Cents) => formatMoney(cents, 'en');

function amount(cents: Cents | null): string {
  return cents === null ? 'an unreadable amount' : money(cents);
}

function quoted(text: string | null): string {
  return text === null ? 'nothing' : `“${text}”`;
}

function axisShown(axis: string | null): string {
  if (axis === null) return 'no axis';
  if (axis === '') return 'an empty axis “(axe )”';
  return `axis ${axis}`;
}

function yearShown(year: number | null): string {
  return year === null ? 'no readable year' : String(year);
}

function both(opening: string, convention: string, budget: string): string {
  return `${opening}: ${convention} in the convention, ${budget} in the budget`;
}

const action = (number: string) => `Action ${number}`;

/** A budget row's action: by its number, or by its row when it has none. */
const rowAction = (number: string | null, row: number) => (number === null ? `Action with no number (row ${row})` : action(number));

/** "Action 3", or "Row 7" when the number is missing. */
function opening(place: { readonly action: string | null; readonly row: number }): string {
  return place.action !== null ? `Action ${place.action}` : `Row ${place.row}`;
}

/** A value the officer confirmed rather than read is said so, wherever the rules are named. */
function confirmed(profile: ConventionProfile, parameter: Parameter): string {
  return profile.origins?.[parameter] === 'confirmed' ? ' (2022 value confirmed)' : '';
}

export const CONVENTION_EN: ConventionSentences = {
  differences: {
    amount: ({ number, convention, budget }) => both(action(number), amount(convention), amount(budget)),
    title: ({ number, convention, budget }) => both(`${action(number)}, title`, quoted(convention), quoted(budget)),
    axis: ({ number, convention, budget }) => both(action(number), axisShown(convention), axisShown(budget)),
    'missing-in-convention': ({ number, row, article, state }) => `${rowAction(number, row)}: in the budget (${amount(state)}), missing from article ${article} of the convention`,
    'missing-in-budget': ({ number, article, amount: written }) => `Action ${number}: in article ${article} of the convention (${amount(written)}), missing from the budget`,
    envelope: ({ article, convention, budget }) => both(`Amount of article ${article}`, amount(convention), amount(budget)),
    year: ({ article, convention, budget }) => both(`Year of article ${article}`, yearShown(convention), yearShown(budget)),
    cost: ({ article, convention, budget }) => both(`Total cost in article ${article}`, amount(convention), amount(budget)),
    'cost-not-found': ({ article, budget }) => `Total cost in article ${article}: article not found in the convention, ${money(budget)} in the budget`,
  },
  notes: {
    'year-not-compared': ({ article, convention }) =>
      convention === null
        ? `The year of article ${article} is not compared: neither the convention nor the budget gives it.`
        : `The year of article ${article} (${convention}) is not compared: the budget does not say its year (give it on the article's tab, or --year on the command line).`,
    'no-items': ({ article }) => `Article ${article} was found, but no action is read under its heading.`,
    'amount-not-compared': ({ number, row }) => `${rowAction(number, row)}: its amount in the budget cannot be read, it is not compared.`,
  },
  warnings: {
    'left-out': (entry) => {
      const cells = entry.cells.map(({ cell, field, problem }) => `${FIELD_NAMES[field].en}${cell === null ? '' : ` (${cell})`} ${problem === 'missing' ? 'is empty' : 'cannot be read'}`);
      return `${opening(entry)} (row ${entry.row}) is not in the list: ${cells.join(', ')}. Correct the cell for it to be listed.`;
    },
    'heading-differs': ({ envelope, items, gap }) =>
      `The heading states ${money(envelope)}, but the actions listed add up to ${money(items)} (difference: ${money(gap)}): correct the amounts or the envelope before pasting the article.`,
  },
  listNotFound: (article) => `article ${article} (the list of funded actions) is not in the convention: no paragraph starts with “${article}” or carries its sentence`,
  agree: (article, cost) => `The convention and the budget agree: articles ${article} and ${cost}.`,
  profileSummary: (profile) => {
    const cap = profile.stateCap.equalAllowed ? '≤' : '<';
    const parts = [`State share ${cap} ${percentText(profile.stateCap.percent, 'en')}%${confirmed(profile, 'stateCapPercent')}`];
    const { ratio, minPercentOfCost } = profile.matching;
    const matching: string[] = [];
    if (ratio !== null) matching.push(ratio === WHOLE ? 'Department ≥ State' : `Department ≥ ${percentText(ratio, 'en')}% of the State`);
    if (minPercentOfCost !== null) matching.push(`Department ≥ ${percentText(minPercentOfCost, 'en')}% of the cost`);
    const last = matching.length - 1;
    if (last >= 0) matching[last] = `${matching[last] as string}${confirmed(profile, 'matchingRatio')}`;
    parts.push(...matching);
    return `${profile.name}: ${parts.join(', ')}`;
  },
};
