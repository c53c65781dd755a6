/**
 * Workbooks of long texts, made here (not copied from any corpus), that reproduce what public test
 * files showed: thousands of cells holding 32 767-character texts (Excel's limit) with long runs of
 * spaces, 12 000 cells pointing at one 1 MiB shared string (as Apache POI's poc-shared-strings.xlsx),
 * and 20 000 formula results of growing length that inflate to some 50 MB of XML (as SheetJS's
 * large_strings.xlsx). Each file is under 1 MB: the corpus run holds it to 2 s and 300 MB, and the
 * tests read them.
 */
import { strToU8, zipSync } from 'fflate';

const WORDS = ['budget', 'action', 'État', 'Département', 'coût', 'total', 'part', 'convention', 'prévention', 'enfance', 'insertion', 'mobilité', 'santé', '€', 'en', 'HT', 'TTC', '(', ')'];

/** Text of the given length from a fixed pseudo-random sequence: it compresses as prose does (3 to 4 to 1), not as a bomb. */
function prose(length: number, seed: number, spaces = 0): string {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state >>> 8;
  };
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    // Long runs of spaces are what made the header normaliser's unit-suffix pattern take seconds per cell.
    const part = spaces > 0 && next() % 8 === 0 ? ' '.repeat(1 + (next() % spaces)) : `${WORDS[next() % WORDS.length]}${next() % 97} `;
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function columnName(column: number): string {
  let name = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

function workbook(sheetXml: string, sharedStrings: readonly string[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Textes" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('')}</sst>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`,
    ),
  };
  return zipSync(files, { level: 9 });
}

/** Rows of cells that each point at one of the shared strings, in turn. */
function sharedCells(rows: number, columns: number, strings: number, first = 0): string {
  const xml: string[] = [];
  for (let row = first; row < first + rows; row++) {
    const cells: string[] = [];
    for (let column = 0; column < columns; column++) cells.push(`<c r="${columnName(column)}${row + 1}" t="s"><v>${(row * columns + column) % strings}</v></c>`);
    xml.push(`<row r="${row + 1}">${cells.join('')}</row>`);
  }
  return xml.join('');
}

/** 4 000 rows of three 32 767-character texts with long runs of spaces, under a header-like first row. */
export function longTextsWorkbook(): Uint8Array {
  const texts = [0, 1, 2, 3].map((seed) => prose(32_767, seed + 7, 2_000));
  // Each long text starts with words of a header ("Part État", "Coût total"): only its length tells it is none.
  texts[0] = `Part État ${texts[0]}`.slice(0, 32_767);
  texts[1] = `Coût total ${texts[1]}`.slice(0, 32_767);
  return workbook(sharedCells(4_000, 3, texts.length), texts);
}

/** 12 000 cells pointing at one shared string of 1 MiB. */
export function oneLongStringWorkbook(): Uint8Array {
  return workbook(sharedCells(4_000, 3, 1), [`Coût total ${prose(1_048_576, 3, 64)}`]);
}

/** 20 000 formula results (t="str") of growing length: some 50 MB of XML once inflated. */
export function growingStringsWorkbook(): Uint8Array {
  const base = prose(5_200, 11);
  const rows: string[] = [];
  for (let row = 0; row < 1_000; row++) {
    const cells: string[] = [];
    for (let column = 0; column < 20; column++) {
      const address = `${columnName(column)}${row + 1}`;
      const length = 1 + ((row * 20 + column) % base.length);
      cells.push(`<c r="${address}" t="str"><f>REPT("a",${length})</f><v>${escapeXml(base.slice(0, length))}</v></c>`);
    }
    rows.push(`<row r="${row + 1}">${cells.join('')}</row>`);
  }
  return workbook(rows.join(''), []);
}

/** The three, by the file name the corpus run gives them. */
export const LONG_TEXT_WORKBOOKS: Readonly<Record<string, () => Uint8Array>> = {
  'textes-longs-4000-lignes.xlsx': longTextsWorkbook,
  'une-chaine-de-1-mio.xlsx': oneLongStringWorkbook,
  'chaines-croissantes.xlsx': growingStringsWorkbook,
};
