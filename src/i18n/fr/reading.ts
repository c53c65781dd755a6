import { FIELD_NAMES, french } from '../../domain';
import { listText } from '../grammar';
import type { ReadingSentences } from '../language-types';
import { GRAMMAR_FR } from './grammar';

const { quote, semicolon } = GRAMMAR_FR;

/** What a check could not read, said in French (the parts, column names and lists, come already written). */
export const READING_FR: ReadingSentences = {
  place: (source) =>
    source.table === null ? french`Le tableau de la feuille « ${source.sheet} » (${source.range})` : french`Le tableau ${source.table} (feuille « ${source.sheet} », ${source.range})`,
  textColumn: (column, field, sample) => `la colonne ${column} pourrait être ${FIELD_NAMES[field].fr}, mais elle contient du texte (${quote(sample)}), pas des montants`,
  ambiguous: (columns, field) => `les colonnes ${columns} pourraient toutes être ${FIELD_NAMES[field].fr}`,
  unclear: (column, fields) => `la colonne ${column} pourrait être ${fields}`,
  missing: (field) => `aucune colonne n’y est ${FIELD_NAMES[field].fr}`,
  advice: (where) =>
    where === 'pane'
      ? 'Associez les colonnes dans Réglages.'
      : french`Renommez l’en-tête de la bonne colonne (par exemple « Coût total », « Part État », « Part Département »), ou associez les colonnes dans le volet d’Excel.`,
  noHeader: (at, where) =>
    french`${at} est affiché sans ligne d’en-tête : rien n’y nomme les colonnes. Affichez-la (Création de tableau › Ligne d’en-tête)${where === 'pane' ? ' ou associez les colonnes dans Réglages' : ''}.`,
  notRead: (at, problems, advice) => french`${at} n’est pas lu : ${problems.join(semicolon)}. ${advice}`,
  budgetColumns: (problems, unreadFields, advice) =>
    french`${problems} : ${
      unreadFields.length === 0
        ? 'elles ne sont pas lues'
        : `${listText(
            unreadFields.map((name) => french`« ${name} »`),
            'fr',
          )} n’${unreadFields.length === 1 ? 'est' : 'ont'} donc pas ${unreadFields.length === 1 ? 'lue' : 'été lues'}`
    }. ${advice}`,
  uncovered: (area) => {
    const cells = area.range.includes(':') ? `cellules ${area.range}` : `cellule ${area.range}`;
    return area.cells === 1
      ? french`Feuille « ${area.sheet} », ${cells} : un montant hors de tout budget lu. Il n’est pas vérifié : s’il fait partie d’un budget, placez au-dessus une ligne d’en-tête (« Coût total », « Part État »…) ou supprimez les lignes vides qui l’en séparent.`
      : french`Feuille « ${area.sheet} », ${cells} : des montants hors de tout budget lu. Ils ne sont pas vérifiés : s’ils font partie d’un budget, placez au-dessus une ligne d’en-tête (« Coût total », « Part État »…) ou supprimez les lignes vides qui les en séparent.`;
  },
  unreadArea: (area) =>
    french`Feuille « ${area.sheet} », cellules ${area.range} : trop de cellules pour être lues par Excel en une fois ; elles ne sont pas vérifiées. Effacez les cellules éloignées du budget (Ctrl+Fin montre la dernière) puis vérifiez de nouveau.`,
};
