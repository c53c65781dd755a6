import { type CellValue, cellDate, cellError, dateOfSerial } from '../domain';

/** What the reader needs of the workbook to read a cell's value: its shared strings, which styles are dates, its date system. */
export interface CellContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * A cell's value from its type (`t`), its `<v>` text or its inline string, and its style: a
 * number in a date style is a date, a shared string is looked up, an unreadable value is the error
 * Excel would show.
 */
export function cellValueOf(type: string, value: string, inline: string, style: number, context: CellContext): CellValue {
  switch (type) {
    case 's': {
      const text = context.strings[Number(value)];
      return text === undefined ? cellError('#REF!') : text;
    }
    case 'str':
      return detached(value);
    case 'inlineStr':
      return detached(inline);
    case 'b':
      return value.trim() === '1' || value.trim().toLowerCase() === 'true';
    case 'e':
      return cellError(value.trim() || '#VALUE!');
    case 'd': {
      // A date cell holds its wall time without a zone ("2024-03-01T00:00:00"), which Date reads as
      // local time: east of UTC, in Paris, that was the day before. Its date is its first ten characters.
      const text = value.trim();
      const day = /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
      return cellDate(new Date(day === undefined ? text : `${day}T00:00:00Z`)) ?? cellError('#VALUE!');
    }
    default: {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number)) return cellError('#VALUE!');
      if (context.dateStyles[style] === true) return cellDate(dateOfSerial(number, context.date1904)) ?? number;
      return number;
    }
  }
}

/**
 * A copy of a text cut from a chunk of the part's XML. A cut keeps its whole chunk alive (V8 slices
 * strings), and Node decodes a large chunk into an external string: the cells of a sheet of long
 * texts kept the whole inflated sheet, some 120 MB for SheetJS's large_strings.xlsx, after reading.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
