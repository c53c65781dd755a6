import type { Bilingual, Lang } from '../domain';
import { translate } from './translate';

/** What the standalone page says around the grid and the pane, French first, English second. */
export const standaloneText = {
  title: { fr: 'Convention Budget — page autonome', en: 'Convention Budget — standalone page' },
  intro: {
    fr: 'Le classeur de démonstration : modifiez une cellule, le volet vérifie et marque aussitôt. Rien ne quitte cet ordinateur.',
    en: 'The demonstration workbook: change a cell, the pane checks and marks it at once. Nothing leaves this computer.',
  },
  open: { fr: 'Ouvrir un fichier .xlsx', en: 'Open an .xlsx file' },
  download: { fr: 'Télécharger', en: 'Download' },
  dropHint: { fr: 'ou déposez un fichier .xlsx sur la page', en: 'or drop an .xlsx file on the page' },
  opened: { fr: '« {file} » est ouvert.', en: '“{file}” is open.' },
  openFailed: {
    fr: '« {file} » n’est pas un classeur .xlsx lisible ({reason}). Le classeur affiché n’a pas changé.',
    en: '“{file}” is not a readable .xlsx workbook ({reason}). The workbook shown has not changed.',
  },
  downloaded: { fr: 'Classeur téléchargé avec ses marques : « {file} ».', en: 'Workbook downloaded with its marks: “{file}”.' },
  loadingFile: { fr: 'Lecture de « {file} »…', en: 'Reading “{file}”…' },
  gridLabel: { fr: 'Feuille « {sheet} »', en: 'Sheet “{sheet}”' },
  sheetsLabel: { fr: 'Feuilles du classeur', en: 'Sheets of the workbook' },
  cellLabel: { fr: 'Cellule {cell}', en: 'Cell {cell}' },
  editHint: {
    fr: 'Flèches : se déplacer · Entrée ou F2 : modifier · Suppr : effacer · Ctrl+V : coller',
    en: 'Arrows: move · Enter or F2: edit · Delete: clear · Ctrl+V: paste',
  },
  error: { fr: 'Erreur', en: 'Error' },
  warning: { fr: 'Avertissement', en: 'Warning' },
  pane: { fr: 'Volet Budget convention', en: 'Convention budget pane' },
} satisfies Record<string, Bilingual>;

export type StandaloneTextKey = keyof typeof standaloneText;

/** The standalone page's text in one language. */
export function standaloneTextFor(lang: Lang): (key: StandaloneTextKey, params?: Readonly<Record<string, string | number>>) => string {
  return (key, params) => translate(standaloneText[key], lang, params);
}
