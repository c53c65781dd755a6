import type { AmountProblem } from '../reading/amount';
import type { Bilingual } from '../typography/language';
import { formatMoney as money } from '../money/format';
import { french } from '../typography/french-spacing';
import type { Field } from '../reading/headers';
import type { Cents } from '../money/money';
import { percentText, WHOLE, type Hundredths } from '../money/percent';
import { BUILT_IN_PROFILE, type ConventionProfile } from '../profile/profile';
import type { RequiredDepartment } from './required-department';

/**
 * The catalogue of what the core says: each finding's message, French first, English second. Every
 * message says what is wrong and what to change, with the amounts it needs.
 */

/** Where a finding is, as the sentence opens: "Action 3", or "Ligne 7" when the number is missing. */
export interface Place {
  readonly action: string | null;
  readonly row: number;
}

function opening(place: Place): Bilingual {
  return place.action !== null
    ? { fr: french`Action ${place.action}`, en: `Action ${place.action}` }
    : { fr: french`Ligne ${place.row}`, en: `Row ${place.row}` };
}

function columnOpening(place: Place, header: string): Bilingual {
  const start = opening(place);
  return { fr: french`${start.fr}, colonne « ${header} »`, en: `${start.en}, column “${header}”` };
}

/** Each field named in a sentence, with its article. */
export const FIELD_NAMES: Readonly<Record<Field, Bilingual>> = {
  action: { fr: 'le numéro d’action', en: 'the action number' },
  axis: { fr: 'l’axe', en: 'the axis' },
  title: { fr: 'l’intitulé', en: 'the title' },
  cost: { fr: 'le coût total', en: 'the total cost' },
  state: { fr: 'la part de l’État', en: 'the State share' },
  department: { fr: 'la part du Département', en: 'the Department share' },
  other: { fr: 'les autres financements', en: 'the other funding' },
  beneficiary: { fr: 'le bénéficiaire', en: 'the beneficiary' },
};

/** Said after a total when rows are left out of it, so that nobody reads a partial sum as the whole. */
function withoutLeftOut(excludedRows: number): Bilingual {
  if (excludedRows === 0) return { fr: '', en: '' };
  return excludedRows === 1
    ? { fr: ' (hors 1 ligne exclue, dont un montant est illisible)', en: ' (leaving out 1 row with an unreadable amount)' }
    : { fr: french` (hors ${excludedRows} lignes exclues, dont un montant est illisible)`, en: ` (leaving out ${excludedRows} rows with an unreadable amount)` };
}

/** The article that lists the actions, as the built-in convention numbers it. */
const LIST_ARTICLE = BUILT_IN_PROFILE.listArticle;

/** « l’article 4.1 », or, for a convention that does not number it (''), the article by what it holds. */
function articleWords(article: string): Bilingual {
  return article === '' ? { fr: 'l’article de la liste des actions', en: 'the article listing the actions' } : { fr: `l’article ${article}`, en: `article ${article}` };
}

function leftOutTail(article: string): Bilingual {
  const named = articleWords(article);
  return {
    fr: french` L’action est exclue des totaux et de ${named.fr} tant que la cellule n’est pas corrigée.`,
    en: ` The action is left out of the totals and of ${named.en} until the cell is corrected.`,
  };
}

/** "celle de l’État" for one-for-one matching, else "50 % de celle de l’État". */
function ratioWords(ratio: Hundredths): Bilingual {
  return ratio === WHOLE
    ? { fr: 'celle de l’État', en: 'the State share' }
    : { fr: french`${percentText(ratio)} % de celle de l’État`, en: `${percentText(ratio, 'en')}% of the State share` };
}

function frenchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

export const messages = {
  stateCap(place: Place, state: Cents, cost: Cents, cap: Cents, profile: ConventionProfile): Bilingual {
    const at = opening(place);
    const { percent, equalAllowed } = profile.stateCap;
    const verb = equalAllowed ? { fr: 'dépasse', en: 'exceeds' } : { fr: 'atteint ou dépasse', en: 'reaches or exceeds' };
    return {
      fr: french`${at.fr} : la part de l’État (${money(state)}) ${verb.fr} ${percentText(percent)} % du coût total (${money(cost)}). Ramenez-la à ${money(cap)} au plus, ou augmentez le coût total.`,
      en: `${at.en}: the State share (${money(state, 'en')}) ${verb.en} ${percentText(percent, 'en')}% of the total cost (${money(cost, 'en')}). Lower it to ${money(cap, 'en')} at most, or raise the total cost.`,
    };
  },

  actionMatching(place: Place, department: Cents, state: Cents, cost: Cents, required: RequiredDepartment, profile: ConventionProfile): Bilingual {
    const at = opening(place);
    const { ratio, minPercentOfCost } = profile.matching;
    if (required.by === 'cost') {
      const share = minPercentOfCost ?? 0;
      return {
        fr: french`${at.fr} : la part du Département (${money(department)}) est inférieure à ${percentText(share)} % du coût total (${money(cost)}). Portez-la à ${money(required.amount)} au moins.`,
        en: `${at.en}: the Department share (${money(department, 'en')}) is below ${percentText(share, 'en')}% of the total cost (${money(cost, 'en')}). Raise it to ${money(required.amount, 'en')} at least.`,
      };
    }
    const of = ratioWords(ratio ?? WHOLE);
    return {
      fr: french`${at.fr} : la part du Département (${money(department)}) est inférieure à ${of.fr} (${money(state)}). Portez-la à ${money(required.amount)} au moins, ou réduisez la part de l’État.`,
      en: `${at.en}: the Department share (${money(department, 'en')}) is below ${of.en} (${money(state, 'en')}). Raise it to ${money(required.amount, 'en')} at least, or lower the State share.`,
    };
  },

  totalMatching(department: Cents, state: Cents, cost: Cents, required: RequiredDepartment, excludedRows: number, profile: ConventionProfile): Bilingual {
    const gap = required.amount - department;
    const partial = withoutLeftOut(excludedRows);
    const { ratio, minPercentOfCost } = profile.matching;
    if (required.by === 'cost') {
      const share = minPercentOfCost ?? 0;
      return {
        fr: french`Le Département apporte ${money(department)} au total${partial.fr}, moins que ${percentText(share)} % du coût total (${money(cost)}) : il manque ${money(gap)} de part départementale.`,
        en: `The Department puts in ${money(department, 'en')} in total${partial.en}, less than ${percentText(share, 'en')}% of the total cost (${money(cost, 'en')}): ${money(gap, 'en')} of Department funding is missing.`,
      };
    }
    if (ratio === WHOLE) {
      return {
        fr: french`Le Département apporte ${money(department)} au total${partial.fr}, moins que l’État (${money(state)}) : il manque ${money(gap)} de part départementale pour respecter l’engagement d’un financement au moins équivalent.`,
        en: `The Department puts in ${money(department, 'en')} in total${partial.en}, less than the State (${money(state, 'en')}): ${money(gap, 'en')} of Department funding is missing to match the State.`,
      };
    }
    const of = ratioWords(ratio ?? WHOLE);
    return {
      fr: french`Le Département apporte ${money(department)} au total${partial.fr}, moins que ${of.fr} (${money(state)}) : il manque ${money(gap)} de part départementale.`,
      en: `The Department puts in ${money(department, 'en')} in total${partial.en}, less than ${of.en} (${money(state, 'en')}): ${money(gap, 'en')} of Department funding is missing.`,
    };
  },

  envelopeExceeded(state: Cents, envelope: Cents, excludedRows: number): Bilingual {
    const over = state - envelope;
    const partial = withoutLeftOut(excludedRows);
    return {
      fr: french`Les parts de l’État totalisent ${money(state)}${partial.fr}, soit ${money(over)} de plus que l’enveloppe de ${money(envelope)}. Réduisez-les de ${money(over)}.`,
      en: `The State shares add up to ${money(state, 'en')}${partial.en}, ${money(over, 'en')} more than the ${money(envelope, 'en')} envelope. Lower them by ${money(over, 'en')}.`,
    };
  },

  envelopeLeft(state: Cents, envelope: Cents, excludedRows: number): Bilingual {
    const left = envelope - state;
    const partial = withoutLeftOut(excludedRows);
    return {
      fr: french`Les parts de l’État totalisent ${money(state)}${partial.fr} : il reste ${money(left)} à répartir sur l’enveloppe de ${money(envelope)}.`,
      en: `The State shares add up to ${money(state, 'en')}${partial.en}: ${money(left, 'en')} of the ${money(envelope, 'en')} envelope is left to allocate.`,
    };
  },

  overFunding(place: Place, funding: Cents, cost: Cents): Bilingual {
    const at = opening(place);
    const over = funding - cost;
    return {
      fr: french`${at.fr} : les financements (${money(funding)}) dépassent le coût total (${money(cost)}) de ${money(over)}. Réduisez un financement de ${money(over)} ou corrigez le coût total.`,
      en: `${at.en}: the funding (${money(funding, 'en')}) exceeds the total cost (${money(cost, 'en')}) by ${money(over, 'en')}. Lower a contribution by ${money(over, 'en')} or correct the total cost.`,
    };
  },

  underFunding(place: Place, funding: Cents, cost: Cents): Bilingual {
    const at = opening(place);
    const gap = cost - funding;
    return {
      fr: french`${at.fr} : ${money(gap)} du coût total (${money(cost)}) ne sont pas financés. Complétez les financements ou corrigez le coût total.`,
      en: `${at.en}: ${money(gap, 'en')} of the total cost (${money(cost, 'en')}) is not funded. Complete the funding or correct the total cost.`,
    };
  },

  totalMismatch(row: number, header: string, written: Cents, sum: Cents): Bilingual {
    return {
      fr: french`Ligne de total ${row}, colonne « ${header} » : ${money(written)} inscrits, alors que les actions au-dessus totalisent ${money(sum)}. Corrigez le total (écart : ${money(Math.abs(written - sum))}).`,
      en: `Total row ${row}, column “${header}”: ${money(written, 'en')} written, while the actions above add up to ${money(sum, 'en')}. Correct the total (difference: ${money(Math.abs(written - sum), 'en')}).`,
    };
  },

  totalMismatchByText(row: number, header: string, written: Cents, sum: Cents, textCells: readonly string[]): Bilingual {
    const cells = textCells.join(', ');
    const gap = money(Math.abs(written - sum));
    const one = textCells.length === 1;
    return {
      fr: french`Ligne de total ${row}, colonne « ${header} » : ${money(written)} inscrits, alors que les actions au-dessus totalisent ${money(sum)}. L’écart (${gap}) est ${one ? 'le montant saisi' : 'la somme des montants saisis'} comme texte en ${cells}, que la formule SOMME ne compte pas : convertissez ${one ? 'cette cellule' : 'ces cellules'} en nombre${one ? '' : 's'}, le total suivra.`,
      en: `Total row ${row}, column “${header}”: ${money(written, 'en')} written, while the actions above add up to ${money(sum, 'en')}. The difference (${money(Math.abs(written - sum), 'en')}) is the amount${one ? '' : 's'} typed as text in ${cells}, which the SUM formula skips: convert ${one ? 'that cell' : 'those cells'} to number${one ? '' : 's'} and the total will follow.`,
    };
  },

  textAmount(place: Place, header: string, shown: string, cents: Cents): Bilingual {
    const at = columnOpening(place, header);
    return {
      fr: french`${at.fr} : « ${shown} » est saisi comme du texte. Nous le lisons ${money(cents)}, mais Excel ne le compte ni dans ses sommes ni dans vos formules : convertissez-le en nombre (saisissez ${Math.floor(cents / 100)}${cents % 100 === 0 ? '' : `,${String(cents % 100).padStart(2, '0')}`} et appliquez un format monétaire).`,
      en: `${at.en}: “${shown}” is typed as text. We read it as ${money(cents, 'en')}, but Excel counts it neither in its sums nor in your formulas: convert it to a number (type ${Math.floor(cents / 100)}${cents % 100 === 0 ? '' : `.${String(cents % 100).padStart(2, '0')}`} and apply a currency format).`,
    };
  },

  invalidValue(place: Place, header: string, problem: AmountProblem, shown: string, leftOut: boolean, cents?: Cents, article = LIST_ARTICLE): Bilingual {
    const at = columnOpening(place, header);
    const tail = leftOut ? leftOutTail(article) : { fr: '', en: '' };
    const text = invalidText(problem, shown, cents);
    return { fr: french`${at.fr} : ${text.fr}${tail.fr}`, en: `${at.en}: ${text.en}${tail.en}` };
  },

  missingValue(place: Place, field: Field, header: string, leftOut: boolean, article = LIST_ARTICLE): Bilingual {
    const at = columnOpening(place, header);
    const name = FIELD_NAMES[field];
    const tail = leftOut ? leftOutTail(article) : field === 'title' || field === 'action' ? clauseNeedsIt(article) : { fr: '', en: '' };
    const pronoun = field === 'state' || field === 'department' ? 'la' : 'le';
    return {
      fr: french`${at.fr} : ${name.fr} est vide. Saisissez-${pronoun}.${tail.fr}`,
      en: `${at.en}: ${name.en} is empty. Fill it in.${tail.en}`,
    };
  },

  duplicateAction(place: Place, firstRow: number, article = LIST_ARTICLE): Bilingual {
    return {
      fr: french`Ligne ${place.row} : le numéro d’action ${place.action ?? ''} est déjà utilisé ligne ${firstRow}. Renumérotez l’une des deux actions : ${articleWords(article).fr} les confondrait.`,
      en: `Row ${place.row}: action number ${place.action ?? ''} is already used on row ${firstRow}. Renumber one of the two actions: ${articleWords(article).en} would mix them up.`,
    };
  },

  inexactTotals(): Bilingual {
    return {
      fr: french`Les montants de ce tableau sont trop grands pour être additionnés au centime près : vérifiez les montants hors norme.`,
      en: 'The amounts of this table are too large to be added up to the cent: check the outsized amounts.',
    };
  },

  leftOutOfClause(entry: { readonly row: number; readonly action: string | null; readonly cells: ReadonlyArray<{ readonly cell: string | null; readonly field: Field; readonly problem: AmountProblem | 'missing' }> }): Bilingual {
    const at = opening({ action: entry.action, row: entry.row });
    const fr = entry.cells.map(({ cell, field, problem }) => `${FIELD_NAMES[field].fr}${cell === null ? '' : ` (${cell})`} ${problem === 'missing' ? 'est vide' : 'est illisible'}`);
    const en = entry.cells.map(({ cell, field, problem }) => `${FIELD_NAMES[field].en}${cell === null ? '' : ` (${cell})`} ${problem === 'missing' ? 'is empty' : 'cannot be read'}`);
    return {
      fr: french`${at.fr} (ligne ${entry.row}) n’est pas dans la liste : ${fr.join(', ')}. Corrigez la cellule pour qu’elle y figure.`,
      en: `${at.en} (row ${entry.row}) is not in the list: ${en.join(', ')}. Correct the cell for it to be listed.`,
    };
  },

  clauseHeadingDiffers(envelope: Cents, items: Cents): Bilingual {
    const gap = Math.abs(envelope - items);
    return {
      fr: french`L’en-tête annonce ${money(envelope)}, mais les actions listées totalisent ${money(items)} (écart : ${money(gap)}) : corrigez les montants ou l’enveloppe avant de coller l’article.`,
      en: `The heading states ${money(envelope, 'en')}, but the actions listed add up to ${money(items, 'en')} (difference: ${money(gap, 'en')}): correct the amounts or the envelope before pasting the article.`,
    };
  },

  missingAxis(place: Place, article = LIST_ARTICLE): Bilingual {
    const at = opening(place);
    return {
      fr: french`${at.fr} : l’axe n’est pas renseigné. Indiquez-le ; sans lui, ${articleWords(article).fr} écrit « Action ${place.action ?? '…'} : » sans axe.`,
      en: `${at.en}: the axis is empty. Fill it in; without it, ${articleWords(article).en} reads “Action ${place.action ?? '…'} :” with no axis.`,
    };
  },
};

function clauseNeedsIt(article: string): Bilingual {
  const named = articleWords(article);
  return { fr: french` ${named.fr.charAt(0).toUpperCase()}${named.fr.slice(1)} en a besoin.`, en: ` ${named.en.charAt(0).toUpperCase()}${named.en.slice(1)} needs it.` };
}

function invalidText(problem: AmountProblem, shown: string, cents?: Cents): Bilingual {
  switch (problem) {
    case 'unreadable-text':
      return {
        fr: french`« ${shown} » n’est pas un montant lisible. Écrivez-le en chiffres, par exemple 45 139 ou 45 139,50 € (espaces entre les milliers, virgule avant les centimes).`,
        en: `“${shown}” is not a readable amount. Write it in figures, for example 45 139 or 45 139,50 € (spaces between thousands, a comma before the cents).`,
      };
    case 'three-decimals':
      return {
        fr: french`« ${shown} » a trois décimales : vouliez-vous écrire ${money(cents ?? 0)} ? Dans Excel en français, la virgule sépare les centimes : saisissez ${Math.floor((cents ?? 0) / 100)} sans virgule.`,
        en: `“${shown}” has three decimals: did you mean ${money(cents ?? 0, 'en')}? In a French Excel the comma separates the cents: type ${Math.floor((cents ?? 0) / 100)} without a comma.`,
      };
    case 'error-value':
      return {
        fr: french`la cellule affiche l’erreur ${shown}. Corrigez la formule ou saisissez le montant.`,
        en: `the cell shows the error ${shown}. Fix the formula or type the amount.`,
      };
    case 'negative':
      return {
        fr: french`le montant est négatif (${money(cents ?? 0)}). Saisissez un montant positif ou nul.`,
        en: `the amount is negative (${money(cents ?? 0, 'en')}). Type an amount of zero or more.`,
      };
    case 'boolean':
      return {
        fr: french`la cellule contient ${shown}, pas un montant. Saisissez un montant en euros.`,
        en: `the cell holds ${shown === 'VRAI' ? 'TRUE' : 'FALSE'}, not an amount. Type an amount in euros.`,
      };
    case 'date':
      return {
        fr: french`la cellule contient une date (${frenchDate(shown)}), pas un montant. Vérifiez le format de la cellule et saisissez un montant en euros.`,
        en: `the cell holds a date (${shown}), not an amount. Check the cell's format and type an amount in euros.`,
      };
    case 'too-large':
      return {
        fr: french`« ${shown} » dépasse 1 000 milliards d’euros : ce n’est pas un montant plausible. Vérifiez la saisie.`,
        en: `“${shown}” is over one trillion euros: not a plausible amount. Check what was typed.`,
      };
  }
}
