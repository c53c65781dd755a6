import { FIELD_NAMES } from '../../domain';
import { listText } from '../grammar';
import type { ReadingSentences } from '../language-types';
import { GRAMMAR_EN } from './grammar';

const { quote, semicolon } = GRAMMAR_EN;

/** What a check could not read, said in English (the parts, column names and lists, come already written). */
export const READING_EN: ReadingSentences = {
  place: (source) => (source.table === null ? `The table on sheet “${source.sheet}” (${source.range})` : `Table ${source.table} (sheet “${source.sheet}”, ${source.range})`),
  textColumn: (column, field, sample) => `column ${column} could be ${FIELD_NAMES[field].en}, but it holds text (${quote(sample)}), not amounts`,
  ambiguous: (columns, field) => `columns ${columns} could each be ${FIELD_NAMES[field].en}`,
  unclear: (column, fields) => `column ${column} could be ${fields}`,
  missing: (field) => `no column is ${FIELD_NAMES[field].en}`,
  advice: (where) =>
    where === 'pane' ? 'Map the columns in Settings.' : 'Rename the right column’s header (for example “Coût total”, “Part État”, “Part Département”), or map the columns in the Excel pane.',
  noHeader: (at, where) => `${at} is shown without its header row: nothing names its columns. Show it (Table Design › Header Row)${where === 'pane' ? ' or map the columns in Settings' : ''}.`,
  notRead: (at, problems, advice) => `${at} is not read: ${problems.join(semicolon)}. ${advice}`,
  budgetColumns: (problems, unreadFields, advice) =>
    `${problems}: ${
      unreadFields.length === 0
        ? 'they are not read'
        : `so ${listText(
            unreadFields.map((name) => `“${name}”`),
            'en',
          )} ${unreadFields.length === 1 ? 'is' : 'are'} not read`
    }. ${advice}`,
  uncovered: (area) => {
    const cells = area.range.includes(':') ? `cells ${area.range}` : `cell ${area.range}`;
    return area.cells === 1
      ? `Sheet “${area.sheet}”, ${cells}: an amount outside every budget read. It is not checked: if it belongs to a budget, put a header row above it (“Coût total”, “Part État”…) or remove the blank rows that cut it off.`
      : `Sheet “${area.sheet}”, ${cells}: amounts outside every budget read. They are not checked: if they belong to a budget, put a header row above them (“Coût total”, “Part État”…) or remove the blank rows that cut them off.`;
  },
  unreadArea: (area) =>
    `Sheet “${area.sheet}”, cells ${area.range}: too many cells for Excel to give at once; they are not checked. Clear the cells far from the budget (Ctrl+End shows the last one), then check again.`,
};
