import type { Bilingual } from '../typography/language';
import { formatMoney as money } from '../money/format';
import { french } from '../typography/french-spacing';
import type { Cents } from '../money/money';

/**
 * The catalogue of what the comparison of a convention with its budget says, French first, English
 * second: each difference with both values, as the officer reads it beside the document.
 */

const none: Bilingual = { fr: french`rien`, en: 'nothing' };

function amount(cents: Cents | null): Bilingual {
  return cents === null ? { fr: french`un montant illisible`, en: 'an unreadable amount' } : { fr: money(cents), en: money(cents, 'en') };
}

function quoted(text: string | null): Bilingual {
  return text === null ? none : { fr: french`« ${text} »`, en: `“${text}”` };
}

function axisShown(axis: string | null): Bilingual {
  if (axis === null) return { fr: french`aucun axe`, en: 'no axis' };
  if (axis === '') return { fr: french`un axe vide « (axe ) »`, en: 'an empty axis “(axe )”' };
  return { fr: french`l’axe ${axis}`, en: `axis ${axis}` };
}

function both(opening: Bilingual, convention: Bilingual, budget: Bilingual): Bilingual {
  return {
    fr: french`${opening.fr} : ${convention.fr} dans la convention, ${budget.fr} dans le budget`,
    en: `${opening.en}: ${convention.en} in the convention, ${budget.en} in the budget`,
  };
}

const action = (number: string): Bilingual => ({ fr: french`Action ${number}`, en: `Action ${number}` });

export const conventionMessages = {
  /** « Action 6 : 26 000 € dans la convention, 25 000 € dans le budget » */
  amount(number: string, convention: Cents | null, budget: Cents): Bilingual {
    return both(action(number), amount(convention), amount(budget));
  },
  title(number: string, convention: string, budget: string | null): Bilingual {
    const opening = action(number);
    return both({ fr: french`${opening.fr}, intitulé`, en: `${opening.en}, title` }, quoted(convention), quoted(budget));
  },
  axis(number: string, convention: string | null, budget: string | null): Bilingual {
    return both(action(number), axisShown(convention), axisShown(budget));
  },
  missingInConvention(number: string, article: string, state: Cents | null): Bilingual {
    const shown = amount(state);
    return {
      fr: french`Action ${number} : dans le budget (${shown.fr}), absente de l’article ${article} de la convention`,
      en: `Action ${number}: in the budget (${shown.en}), missing from article ${article} of the convention`,
    };
  },
  missingInBudget(number: string, article: string, state: Cents | null): Bilingual {
    const shown = amount(state);
    return {
      fr: french`Action ${number} : dans l’article ${article} de la convention (${shown.fr}), absente du budget`,
      en: `Action ${number}: in article ${article} of the convention (${shown.en}), missing from the budget`,
    };
  },
  envelope(article: string, convention: Cents | null, budget: Cents): Bilingual {
    return both({ fr: french`Montant de l’article ${article}`, en: `Amount of article ${article}` }, amount(convention), amount(budget));
  },
  year(article: string, convention: number | null, budget: number): Bilingual {
    const shown = (year: number | null): Bilingual => (year === null ? { fr: french`aucune année lisible`, en: 'no readable year' } : { fr: String(year), en: String(year) });
    return both({ fr: french`Année de l’article ${article}`, en: `Year of article ${article}` }, shown(convention), shown(budget));
  },
  cost(article: string, convention: Cents | null, budget: Cents): Bilingual {
    return both({ fr: french`Coût total de l’article ${article}`, en: `Total cost in article ${article}` }, amount(convention), amount(budget));
  },
  costNotFound(article: string, budget: Cents): Bilingual {
    return {
      fr: french`Coût total de l’article ${article} : article introuvable dans la convention, ${money(budget)} dans le budget`,
      en: `Total cost in article ${article}: article not found in the convention, ${money(budget, 'en')} in the budget`,
    };
  },
  listNotFound(article: string): Bilingual {
    return {
      fr: french`l’article ${article} (la liste des actions financées) est introuvable dans la convention : aucun paragraphe ne commence par « ${article} » ni ne reprend sa phrase`,
      en: `article ${article} (the list of funded actions) is not in the convention: no paragraph starts with “${article}” or carries its sentence`,
    };
  },
  yearNotCompared(article: string, convention: number | null): Bilingual {
    return convention === null
      ? { fr: french`L’année de l’article ${article} n’est pas comparée : ni la convention ni le budget ne la donnent.`, en: `The year of article ${article} is not compared: neither the convention nor the budget gives it.` }
      : {
          fr: french`L’année de l’article ${article} (${convention}) n’est pas comparée : le budget ne dit pas son année (donnez-la dans l’onglet de l’article, ou --year sur la ligne de commande).`,
          en: `The year of article ${article} (${convention}) is not compared: the budget does not say its year (give it on the article's tab, or --year on the command line).`,
        };
  },
  amountNotCompared(number: string): Bilingual {
    return {
      fr: french`Action ${number} : son montant dans le budget est illisible, il n’est pas comparé.`,
      en: `Action ${number}: its amount in the budget cannot be read, it is not compared.`,
    };
  },
  noItems(article: string): Bilingual {
    return {
      fr: french`L’article ${article} a été trouvé, mais aucune action n’y est lue sous son en-tête.`,
      en: `Article ${article} was found, but no action is read under its heading.`,
    };
  },
  agree(article: string, cost: string): Bilingual {
    return {
      fr: french`La convention et le budget concordent : articles ${article} et ${cost}.`,
      en: `The convention and the budget agree: articles ${article} and ${cost}.`,
    };
  },
} as const;
