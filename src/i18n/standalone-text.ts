import type { Bilingual, Lang } from '../domain';
import { translate } from './translate';

/** What the standalone page says around the grid and the pane, French first, English second. */
export const standaloneText = {
  title: { fr: 'Convention Budget — page autonome', en: 'Convention Budget — standalone page' },
  intro: {
    fr: 'Le classeur de démonstration : modifiez une cellule, le volet vérifie et marque aussitôt. Rien ne quitte cet ordinateur.',
    en: 'The demonstration workbook: change a cell, the pane checks and marks it at once. Nothing leaves this computer.',
  },
  introFile: {
    fr: '« {file} » : modifiez une cellule, le volet vérifie et marque aussitôt. « Télécharger » rend ce fichier, entier, avec vos modifications et les marques. Rien ne quitte cet ordinateur.',
    en: '“{file}”: change a cell, the pane checks and marks it at once. “Download” gives this file back, whole, with your changes and the marks. Nothing leaves this computer.',
  },
  open: { fr: 'Ouvrir un fichier .xlsx', en: 'Open an .xlsx file' },
  undo: { fr: 'Annuler', en: 'Undo' },
  redo: { fr: 'Rétablir', en: 'Redo' },
  discardEdits: {
    fr: 'Vos modifications de « {file} » n’ont pas été téléchargées. Les abandonner ?',
    en: 'Your changes to “{file}” have not been downloaded. Discard them?',
  },
  leaveEdits: {
    fr: 'Vos modifications n’ont pas été téléchargées.',
    en: 'Your changes have not been downloaded.',
  },
  sampleName: { fr: 'classeur de démonstration', en: 'demonstration workbook' },
  sampleFile: { fr: 'budget-convention', en: 'convention-budget' },
  checkedSuffix: { fr: 'vérifié', en: 'checked' },
  openedFormulas: {
    fr: '« {file} » est ouvert. Ses formules sont recalculées à chaque modification.',
    en: '“{file}” is open. Its formulas are recalculated at each change.',
  },
  unsaved: { fr: 'Modifications non téléchargées', en: 'Changes not downloaded' },
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
    fr: 'Flèches, Tab, Entrée : se déplacer · F2 : modifier · Suppr : effacer · Ctrl+V : coller · Ctrl+Z, Ctrl+Y : annuler, rétablir · F6 : aller au volet',
    en: 'Arrows, Tab, Enter: move · F2: edit · Delete: clear · Ctrl+V: paste · Ctrl+Z, Ctrl+Y: undo, redo · F6: go to the pane',
  },
  uncomputedCell: {
    fr: 'Formule non recalculée par la page : la valeur affichée est celle enregistrée dans le fichier.',
    en: 'Formula not recalculated by the page: the value shown is the one saved in the file.',
  },
  uncomputedCellFunction: {
    fr: 'Formule non recalculée par la page (fonction {name}) : la valeur affichée est celle enregistrée dans le fichier.',
    en: 'Formula not recalculated by the page (function {name}): the value shown is the one saved in the file.',
  },
  uncomputedOne: {
    fr: '1 formule non recalculée ({cells}) : sa valeur est celle du fichier, vérifiez-la dans Excel ou LibreOffice.',
    en: '1 formula not recalculated ({cells}): its value is the file’s, check it in Excel or LibreOffice.',
  },
  uncomputedMany: {
    fr: '{count} formules non recalculées ({cells}) : leurs valeurs sont celles du fichier, vérifiez-les dans Excel ou LibreOffice.',
    en: '{count} formulas not recalculated ({cells}): their values are the file’s, check them in Excel or LibreOffice.',
  },
  circularCell: {
    fr: 'Référence circulaire : cette formule fait référence à sa propre cellule, directement ou indirectement. La page ne la calcule pas et garde sa dernière valeur : corrigez la formule ou déplacez-la dans une autre cellule.',
    en: 'Circular reference: this formula refers to its own cell, directly or indirectly. The page does not calculate it and keeps its last value: correct the formula or move it to another cell.',
  },
  circularCells: { fr: 'Références circulaires : {cells}', en: 'Circular References: {cells}' },
  printMarks: { fr: 'Marques de Convention Budget — feuille « {sheet} »', en: 'Convention Budget marks — sheet “{sheet}”' },
  error: { fr: 'Erreur', en: 'Error' },
  warning: { fr: 'Avertissement', en: 'Warning' },
  pane: { fr: 'Volet Budget convention', en: 'Convention budget pane' },
  noteLine: { fr: 'Note : {note}', en: 'Note: {note}' },
  formatNotShown: { fr: 'Mise en forme conditionnelle non affichée : {list}.', en: 'Conditional format not shown: {list}.' },
  formatsNotShown: { fr: 'Mises en forme conditionnelles non affichées : {list}.', en: 'Conditional formats not shown: {list}.' },
  formatKindDataBar: { fr: 'barre de données', en: 'data bar' },
  formatKindColorScale: { fr: 'nuance de couleurs', en: 'colour scale' },
  formatKindIconSet: { fr: 'jeu d’icônes', en: 'icon set' },
  formatKindTop10: { fr: 'valeurs plus ou moins élevées', en: 'top or bottom values' },
  formatKindAboveAverage: { fr: 'valeurs au-dessus ou en dessous de la moyenne', en: 'values above or below average' },
  formatKindDuplicateValues: { fr: 'valeurs en double', en: 'duplicate values' },
  formatKindUniqueValues: { fr: 'valeurs uniques', en: 'unique values' },
  formatKindOther: { fr: 'règle « {kind} »', en: '“{kind}” rule' },
  flagLine: { fr: '{severity} : {message}', en: '{severity}: {message}' },
} satisfies Record<string, Bilingual>;

export type StandaloneTextKey = keyof typeof standaloneText;

/** The standalone page's text in one language. */
export function standaloneTextFor(lang: Lang): (key: StandaloneTextKey, params?: Readonly<Record<string, string | number>>) => string {
  return (key, params) => translate(standaloneText[key], lang, params);
}
