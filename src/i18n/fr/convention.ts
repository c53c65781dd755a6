import { type Cents, type ConventionProfile, FIELD_NAMES, formatMoney, french, type Parameter, percentText, WHOLE } from '../../domain';
import type { ConventionSentences } from '../sentence-tables';

/**
 * What the comparison of a convention with its budget says in French (each difference with both
 * values, as the officer reads it beside the document), the clause's warnings and the profile's summary.
 */

const money = (cents: Cents) => formatMoney(cents, 'fr');

function amount(cents: Cents | null): string {
  return cents === null ? french`un montant illisible` : money(cents);
}

function quoted(text: string | null): string {
  return text === null ? french`rien` : french`« ${text} »`;
}

function axisShown(axis: string | null): string {
  if (axis === null) return french`aucun axe`;
  if (axis === '') return french`un axe vide « (axe ) »`;
  return french`l’axe ${axis}`;
}

function yearShown(year: number | null): string {
  return year === null ? french`aucune année lisible` : String(year);
}

function both(opening: string, convention: string, budget: string): string {
  return french`${opening} : ${convention} dans la convention, ${budget} dans le budget`;
}

const action = (number: string) => french`Action ${number}`;

/** A budget row's action: by its number, or by its row when it has none. */
const rowAction = (number: string | null, row: number) => (number === null ? french`Action sans numéro (ligne ${row})` : action(number));

/** « Action 3 », or « Ligne 7 » when the number is missing. */
function opening(place: { readonly action: string | null; readonly row: number }): string {
  return place.action !== null ? french`Action ${place.action}` : french`Ligne ${place.row}`;
}

/** A value the officer confirmed rather than read is said so, wherever the rules are named. */
function confirmed(profile: ConventionProfile, parameter: Parameter): string {
  return profile.origins?.[parameter] === 'confirmed' ? ' (valeur de 2022 confirmée)' : '';
}

export const CONVENTION_FR: ConventionSentences = {
  differences: {
    amount: ({ number, convention, budget }) => both(action(number), amount(convention), amount(budget)),
    title: ({ number, convention, budget }) => both(french`${action(number)}, intitulé`, quoted(convention), quoted(budget)),
    axis: ({ number, convention, budget }) => both(action(number), axisShown(convention), axisShown(budget)),
    'missing-in-convention': ({ number, row, article, state }) => french`${rowAction(number, row)} : dans le budget (${amount(state)}), absente de l’article ${article} de la convention`,
    'missing-in-budget': ({ number, article, amount: written }) => french`Action ${number} : dans l’article ${article} de la convention (${amount(written)}), absente du budget`,
    envelope: ({ article, convention, budget }) => both(french`Montant de l’article ${article}`, amount(convention), amount(budget)),
    year: ({ article, convention, budget }) => both(french`Année de l’article ${article}`, yearShown(convention), yearShown(budget)),
    cost: ({ article, convention, budget }) => both(french`Coût total de l’article ${article}`, amount(convention), amount(budget)),
    'cost-not-found': ({ article, budget }) => french`Coût total de l’article ${article} : article introuvable dans la convention, ${money(budget)} dans le budget`,
  },
  notes: {
    'year-not-compared': ({ article, convention }) =>
      convention === null
        ? french`L’année de l’article ${article} n’est pas comparée : ni la convention ni le budget ne la donnent.`
        : french`L’année de l’article ${article} (${convention}) n’est pas comparée : le budget ne dit pas son année (donnez-la dans l’onglet de l’article, ou --year sur la ligne de commande).`,
    'no-items': ({ article }) => french`L’article ${article} a été trouvé, mais aucune action n’y est lue sous son en-tête.`,
    'amount-not-compared': ({ number, row }) => french`${rowAction(number, row)} : son montant dans le budget est illisible, il n’est pas comparé.`,
  },
  warnings: {
    'left-out': (entry) => {
      const cells = entry.cells.map(({ cell, field, problem }) => `${FIELD_NAMES[field].fr}${cell === null ? '' : ` (${cell})`} ${problem === 'missing' ? 'est vide' : 'est illisible'}`);
      return french`${opening(entry)} (ligne ${entry.row}) n’est pas dans la liste : ${cells.join(', ')}. Corrigez la cellule pour qu’elle y figure.`;
    },
    'heading-differs': ({ envelope, items, gap }) =>
      french`L’en-tête annonce ${money(envelope)}, mais les actions listées totalisent ${money(items)} (écart : ${money(gap)}) : corrigez les montants ou l’enveloppe avant de coller l’article.`,
  },
  listNotFound: (article) => french`l’article ${article} (la liste des actions financées) est introuvable dans la convention : aucun paragraphe ne commence par « ${article} » ni ne reprend sa phrase`,
  agree: (article, cost) => french`La convention et le budget concordent : articles ${article} et ${cost}.`,
  profileSummary: (profile) => {
    const capNote = confirmed(profile, 'stateCapPercent');
    const capPercent = percentText(profile.stateCap.percent);
    const parts = [profile.stateCap.equalAllowed ? french`part de l’État ≤ ${capPercent} %${capNote}` : french`part de l’État < ${capPercent} %${capNote}`];
    const { ratio, minPercentOfCost } = profile.matching;
    const matching: string[] = [];
    if (ratio !== null) matching.push(ratio === WHOLE ? 'Département ≥ État' : french`Département ≥ ${percentText(ratio)} % de l’État`);
    if (minPercentOfCost !== null) matching.push(french`Département ≥ ${percentText(minPercentOfCost)} % du coût`);
    const last = matching.length - 1;
    if (last >= 0) matching[last] = `${matching[last] as string}${confirmed(profile, 'matchingRatio')}`;
    parts.push(...matching);
    return french`${profile.name} : ${parts.join(', ')}`;
  },
};
