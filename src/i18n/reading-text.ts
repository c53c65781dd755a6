import { type Budget, type CheckResult, columnLetters, FIELD_NAMES, type Field, french, frenchSpacing, type Lang, type UncoveredArea, type UnreadSource } from '../domain';
import { fieldLabels } from './field-labels';

/**
 * The sentences that say what a check could not read — a table or header row whose columns are
 * missing or unclear, amounts outside every budget, a part of a sheet too large to read — in the
 * command line's report and in the pane alike. Each names the cells and says what to do; `where`
 * chooses the advice: the pane has a mapping screen, the command line has not.
 */
export type Advice = 'pane' | 'cli';

// Two problems of one source, joined in a French sentence.
const FRENCH_SEMICOLON = frenchSpacing(' ; ');

const quote = (lang: Lang, text: string) => (lang === 'fr' ? french`« ${text} »` : `“${text}”`);

function columnOf(source: { readonly left: number; readonly headers: readonly string[] }, column: number, lang: Lang): string {
  const header = source.headers[column] ?? '';
  const letter = columnLetters(source.left + column);
  return header.trim() === '' ? letter : `${letter} (${quote(lang, header)})`;
}

function list(items: readonly string[], lang: Lang, or = false): string {
  if (items.length <= 1) return items.join('');
  const last = or ? (lang === 'fr' ? 'ou' : 'or') : lang === 'fr' ? 'et' : 'and';
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

function place(source: { readonly sheet: string; readonly table: string | null; readonly range: string }, lang: Lang): string {
  if (lang === 'fr') return source.table === null ? french`Le tableau de la feuille « ${source.sheet} » (${source.range})` : french`Le tableau ${source.table} (feuille « ${source.sheet} », ${source.range})`;
  return source.table === null ? `The table on sheet “${source.sheet}” (${source.range})` : `Table ${source.table} (sheet “${source.sheet}”, ${source.range})`;
}

type ColumnsRead = {
  readonly left: number;
  readonly headers: readonly string[];
  readonly ambiguous: UnreadSource['ambiguous'];
  readonly unclear: UnreadSource['unclear'];
  readonly textColumns?: UnreadSource['textColumns'];
};

/** What is wrong with the columns of a source: columns of words under an amount's header, ambiguous fields, unclear headers. */
function columnProblems(source: ColumnsRead, lang: Lang): string[] {
  const sentences: string[] = [];
  for (const { field, column, sample } of source.textColumns ?? []) {
    sentences.push(
      lang === 'fr'
        ? `la colonne ${columnOf(source, column, lang)} pourrait être ${FIELD_NAMES[field].fr}, mais elle contient du texte (${quote(lang, sample)}), pas des montants`
        : `column ${columnOf(source, column, lang)} could be ${FIELD_NAMES[field].en}, but it holds text (${quote(lang, sample)}), not amounts`,
    );
  }
  for (const { field, columns } of source.ambiguous) {
    const names = list(columns.map((column) => columnOf(source, column, lang)), lang);
    sentences.push(lang === 'fr' ? `les colonnes ${names} pourraient toutes être ${FIELD_NAMES[field].fr}` : `columns ${names} could each be ${FIELD_NAMES[field].en}`);
  }
  for (const { column, fields } of source.unclear) {
    const names = list(fields.map((field) => FIELD_NAMES[field][lang]), lang, true);
    sentences.push(lang === 'fr' ? `la colonne ${columnOf(source, column, lang)} pourrait être ${names}` : `column ${columnOf(source, column, lang)} could be ${names}`);
  }
  return sentences;
}

function advice(lang: Lang, where: Advice): string {
  if (where === 'pane') return lang === 'fr' ? 'Associez les colonnes dans Réglages.' : 'Map the columns in Settings.';
  return lang === 'fr'
    ? french`Renommez l’en-tête de la bonne colonne (par exemple « Coût total », « Part État », « Part Département »), ou associez les colonnes dans le volet d’Excel.`
    : 'Rename the right column’s header (for example “Coût total”, “Part État”, “Part Département”), or map the columns in the Excel pane.';
}

/** Why a table or header row was not read, and what to do. */
export function unreadSentence(source: UnreadSource, lang: Lang, where: Advice): string {
  const at = place(source, lang);
  if (source.noHeader) {
    return lang === 'fr'
      ? french`${at} est affiché sans ligne d’en-tête : rien n’y nomme les colonnes. Affichez-la (Création de tableau › Ligne d’en-tête)${where === 'pane' ? ' ou associez les colonnes dans Réglages' : ''}.`
      : `${at} is shown without its header row: nothing names its columns. Show it (Table Design › Header Row)${where === 'pane' ? ' or map the columns in Settings' : ''}.`;
  }
  const problems = [
    ...source.missing.map((field) => (lang === 'fr' ? `aucune colonne n’y est ${FIELD_NAMES[field].fr}` : `no column is ${FIELD_NAMES[field].en}`)),
    ...columnProblems(source, lang),
  ];
  return lang === 'fr' ? french`${at} n’est pas lu : ${problems.join(FRENCH_SEMICOLON)}. ${advice(lang, where)}` : `${at} is not read: ${problems.join('; ')}. ${advice(lang, where)}`;
}

/** A read budget's columns that were left unread because they are ambiguous or unclear, if any. */
export function budgetColumnsSentence(budget: Budget, source: ColumnsRead, lang: Lang, where: Advice): string | null {
  const problems = columnProblems(source, lang);
  if (problems.length === 0) return null;
  const fields = [...(source.textColumns ?? []).map((entry) => entry.field), ...source.ambiguous.map((entry) => entry.field), ...source.unclear.flatMap((entry) => entry.fields)].filter((field) => budget.columns[field] === undefined);
  const unreadFields = [...new Set<Field>(fields)].map((field) => fieldLabels[field][lang]);
  const first = problems.join(lang === 'fr' ? FRENCH_SEMICOLON : '; ');
  const capital = first.charAt(0).toUpperCase() + first.slice(1);
  return lang === 'fr'
    ? french`${capital} : ${unreadFields.length === 0 ? 'elles ne sont pas lues' : `${list(unreadFields.map((name) => french`« ${name} »`), lang)} n’${unreadFields.length === 1 ? 'est' : 'ont'} donc pas ${unreadFields.length === 1 ? 'lue' : 'été lues'}`}. ${advice(lang, where)}`
    : `${capital}: ${unreadFields.length === 0 ? 'they are not read' : `so ${list(unreadFields.map((name) => `“${name}”`), lang)} ${unreadFields.length === 1 ? 'is' : 'are'} not read`}. ${advice(lang, where)}`;
}

/** Amounts that no budget covers. */
export function uncoveredSentence(area: UncoveredArea, lang: Lang): string {
  const cells = area.range.includes(':') ? (lang === 'fr' ? `cellules ${area.range}` : `cells ${area.range}`) : lang === 'fr' ? `cellule ${area.range}` : `cell ${area.range}`;
  return lang === 'fr'
    ? area.cells === 1
      ? french`Feuille « ${area.sheet} », ${cells} : un montant hors de tout budget lu. Il n’est pas vérifié : s’il fait partie d’un budget, placez au-dessus une ligne d’en-tête (« Coût total », « Part État »…) ou supprimez les lignes vides qui l’en séparent.`
      : french`Feuille « ${area.sheet} », ${cells} : des montants hors de tout budget lu. Ils ne sont pas vérifiés : s’ils font partie d’un budget, placez au-dessus une ligne d’en-tête (« Coût total », « Part État »…) ou supprimez les lignes vides qui les en séparent.`
    : area.cells === 1
      ? `Sheet “${area.sheet}”, ${cells}: an amount outside every budget read. It is not checked: if it belongs to a budget, put a header row above it (“Coût total”, “Part État”…) or remove the blank rows that cut it off.`
      : `Sheet “${area.sheet}”, ${cells}: amounts outside every budget read. They are not checked: if they belong to a budget, put a header row above them (“Coût total”, “Part État”…) or remove the blank rows that cut them off.`;
}

/** A part of a sheet the workbook could not give. */
export function unreadAreaSentence(area: CheckResult['unreadAreas'][number], lang: Lang): string {
  return lang === 'fr'
    ? french`Feuille « ${area.sheet} », cellules ${area.range} : trop de cellules pour être lues par Excel en une fois ; elles ne sont pas vérifiées. Effacez les cellules éloignées du budget (Ctrl+Fin montre la dernière) puis vérifiez de nouveau.`
    : `Sheet “${area.sheet}”, cells ${area.range}: too many cells for Excel to give at once; they are not checked. Clear the cells far from the budget (Ctrl+End shows the last one), then check again.`;
}

/** Every reading gap of a check, one sentence each. */
export function readingGapSentences(result: CheckResult, lang: Lang, where: Advice): string[] {
  return [
    ...result.unread.filter((source) => source.budgetLike).map((source) => unreadSentence(source, lang, where)),
    ...result.uncovered.map((area) => uncoveredSentence(area, lang)),
    ...result.unreadAreas.map((area) => unreadAreaSentence(area, lang)),
  ];
}
