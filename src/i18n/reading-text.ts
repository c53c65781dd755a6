import { type Budget, type CheckResult, columnLetters, FIELD_NAMES, type Field, type Lang, type UncoveredArea, type UnreadSource } from '../domain';
import { READING_EN } from './en/reading';
import { fieldLabels } from './field-labels';
import { READING_FR } from './fr/reading';
import { GRAMMAR, listText } from './grammar';
import type { Advice, ReadingSentences } from './language-types';

/**
 * The sentences that say what a check could not read — a table or header row whose columns are
 * missing or unclear, amounts outside every budget, a part of a sheet too large to read — in the
 * command line's report and in the pane alike. Each names the cells and says what to do; `where`
 * chooses the advice. Each language writes them in src/i18n/<lang>/reading.ts; what is said the same
 * way in every language (a column's letter and header, the lists) is here.
 */
export type { Advice } from './language-types';

const READING: Readonly<Record<Lang, ReadingSentences>> = { fr: READING_FR, en: READING_EN };

function columnOf(source: { readonly left: number; readonly headers: readonly string[] }, column: number, lang: Lang): string {
  const header = source.headers[column] ?? '';
  const letter = columnLetters(source.left + column);
  return header.trim() === '' ? letter : `${letter} (${GRAMMAR[lang].quote(header)})`;
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
  const say = READING[lang];
  const sentences: string[] = [];
  for (const { field, column, sample } of source.textColumns ?? []) sentences.push(say.textColumn(columnOf(source, column, lang), field, sample));
  for (const { field, columns } of source.ambiguous) {
    sentences.push(
      say.ambiguous(
        listText(
          columns.map((column) => columnOf(source, column, lang)),
          lang,
        ),
        field,
      ),
    );
  }
  for (const { column, fields } of source.unclear) {
    sentences.push(
      say.unclear(
        columnOf(source, column, lang),
        listText(
          fields.map((field) => FIELD_NAMES[field][lang]),
          lang,
          true,
        ),
      ),
    );
  }
  return sentences;
}

/** Why a table or header row was not read, and what to do. */
export function unreadSentence(source: UnreadSource, lang: Lang, where: Advice): string {
  const say = READING[lang];
  const at = say.place(source);
  if (source.noHeader) return say.noHeader(at, where);
  const problems = [...source.missing.map((field) => say.missing(field)), ...columnProblems(source, lang)];
  return say.notRead(at, problems, say.advice(where));
}

/** A read budget's columns that were left unread because they are ambiguous or unclear, if any. */
export function budgetColumnsSentence(budget: Budget, source: ColumnsRead, lang: Lang, where: Advice): string | null {
  const problems = columnProblems(source, lang);
  if (problems.length === 0) return null;
  const fields = [...(source.textColumns ?? []).map((entry) => entry.field), ...source.ambiguous.map((entry) => entry.field), ...source.unclear.flatMap((entry) => entry.fields)].filter(
    (field) => budget.columns[field] === undefined,
  );
  const unreadFields = [...new Set<Field>(fields)].map((field) => fieldLabels[field][lang]);
  const first = problems.join(GRAMMAR[lang].semicolon);
  const capital = first.charAt(0).toUpperCase() + first.slice(1);
  return READING[lang].budgetColumns(capital, unreadFields, READING[lang].advice(where));
}

/** Amounts that no budget covers. */
export function uncoveredSentence(area: UncoveredArea, lang: Lang): string {
  return READING[lang].uncovered(area);
}

/** A part of a sheet the workbook could not give. */
export function unreadAreaSentence(area: CheckResult['unreadAreas'][number], lang: Lang): string {
  return READING[lang].unreadArea(area);
}

/** Every reading gap of a check, one sentence each. */
export function readingGapSentences(result: CheckResult, lang: Lang, where: Advice): string[] {
  return [
    ...result.unread.filter((source) => source.budgetLike).map((source) => unreadSentence(source, lang, where)),
    ...result.uncovered.map((area) => uncoveredSentence(area, lang)),
    ...result.unreadAreas.map((area) => unreadAreaSentence(area, lang)),
  ];
}
