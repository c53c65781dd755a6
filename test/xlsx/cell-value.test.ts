import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type CellValue, cellDate, cellError, isDateFormat } from '../../src/domain';
import { type CellContext, cellValueOf, detached } from '../../src/xlsx/cell-value';

/**
 * A cell's value as the sheet reader hands it over: its `t` attribute ("n" when absent), its
 * `<v>` text, its inline string and its style. The styles are those of an officer's budget: General,
 * an amount format, a date format; the shared strings, its headers and labels.
 */
const FORMATS = ['General', '#,##0.00\\ "€"', 'dd/mm/yyyy', '0%'];
const AMOUNT = 1;
const DATE = 2;

const context: CellContext = {
  strings: ['Coût total éligible', 'Part État', 'Action 1 – Insertion des jeunes'],
  dateStyles: FORMATS.map(isDateFormat),
  date1904: false,
};

const march1st = cellDate(new Date(Date.UTC(2024, 2, 1)));

describe('a cell’s value as its type, text and style give it', () => {
  it.each<[string, string, string, number, CellValue]>([
    // [t, <v>, inline string, style, value]
    ['s', '0', '', 0, 'Coût total éligible'],
    ['s', '2', '', 0, 'Action 1 – Insertion des jeunes'],
    // A shared string index past the end of the part: a damaged file, shown as Excel's #REF!.
    ['s', '3', '', 0, cellError('#REF!')],
    // A formula's text result stays text, even when it reads like a number (=TEXTE(D2;"0")).
    ['str', 'Total axe 1', '', 0, 'Total axe 1'],
    ['str', '125000', '', AMOUNT, '125000'],
    ['inlineStr', '', 'Reliquat 2023', 0, 'Reliquat 2023'],
    ['b', '1', '', 0, true],
    ['b', '0', '', 0, false],
    // Some libraries write booleans as words.
    ['b', 'true', '', 0, true],
    ['b', 'TRUE', '', 0, true],
    ['b', 'false', '', 0, false],
    ['e', '#DIV/0!', '', AMOUNT, cellError('#DIV/0!')],
    ['e', '#N/A', '', 0, cellError('#N/A')],
    // An error cell with an empty <v/> still shows an error, never an empty cell.
    ['e', '', '', 0, cellError('#VALUE!')],
    // An ISO 8601 date (t="d"), as strict Open XML files hold dates.
    ['d', '2024-03-01', '', DATE, march1st],
    ['d', '', '', DATE, cellError('#VALUE!')],
    ['n', '125000.5', '', AMOUNT, 125_000.5],
    ['n', '1.1000000000000001E-2', '', 3, 0.011000000000000001],
    ['n', '-4500', '', AMOUNT, -4500],
    // A number in a date style is a date; the same number in an amount style stays a number.
    ['n', '45352', '', DATE, march1st],
    ['n', '45352', '', AMOUNT, 45_352],
    // A number cell whose <v/> is empty or not a number is unreadable, never 0.
    ['n', '', '', AMOUNT, cellError('#VALUE!')],
    ['n', '1 250,00', '', AMOUNT, cellError('#VALUE!')],
  ])('t="%s" <v>%s</v> inline "%s" style %i reads %p', (type, value, inline, style, expected) => {
    expect(cellValueOf(type, value, inline, style, context)).toEqual(expected);
  });

  it('reads a date cell’s wall time as its day in Paris, not the day before', () => {
    // Node reads TZ when it starts: jest's own zone is this machine's, so a process in Paris reads it.
    const script = `const { cellValueOf } = require('./src/xlsx/cell-value');
      console.log(JSON.stringify(['2024-03-01T00:00:00', '2024-03-01T23:59:59.999', '2024-03-01'].map((text) =>
        cellValueOf('d', text, '', 0, { strings: [], dateStyles: [], date1904: false }))));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: join(__dirname, '../..'),
      env: { ...process.env, TZ: 'Europe/Paris' },
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual([march1st, march1st, march1st]);
  });

  it('counts a date serial from 1904 in a workbook saved with the 1904 date system', () => {
    expect(cellValueOf('n', '43890', '', DATE, { ...context, date1904: true })).toEqual(march1st);
  });
});

describe('a text cut from the part', () => {
  it.each(['Coût', 'Action 1 – Insertion professionnelle des jeunes de moins de 26 ans'])('is kept whole: %s', (text) => {
    expect(detached(text)).toBe(text);
  });

  it('keeps a long formula text result whole', () => {
    const label = 'Action 2 – Accompagnement vers l’emploi';
    expect(cellValueOf('str', label, '', 0, context)).toBe(label);
  });
});
