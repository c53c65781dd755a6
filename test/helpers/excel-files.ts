import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { a1, type CellValue, cellText, columnLetters, parseA1 } from '../../src/domain';

/**
 * Budget workbooks "as Microsoft Excel saves them": a workbook that Excel itself wrote
 * (test/fixtures/excel, see its README), with the cells of its first sheet and its tables' parts
 * changed, and every other part kept byte for byte. Excel leaves out what holds its default (a
 * table's headerRowCount), uses shared strings, and writes `spans` and a `dimension`: so do these.
 */

export const REAL_FILES = join(__dirname, '../fixtures/excel');

export interface ExcelTableSpec {
  /** The table's part in the base file: "xl/tables/table1.xml". */
  readonly part: string;
  readonly origin: string;
  /** Header row first; the last row is the totals row when `totalsRow`. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly totalsRow?: boolean;
}

export interface ExcelSheetSpec {
  /** Blocks of cells outside the tables, each from its top-left cell. */
  readonly blocks?: ReadonlyArray<{ readonly origin: string; readonly rows: ReadonlyArray<ReadonlyArray<CellValue>> }>;
  readonly tables?: readonly ExcelTableSpec[];
  /** Formulas (without "="), by address: the cell's value in the blocks is their cached result, as Excel saves it. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Raw XML placed after the sheet's cells (a data validation, say), before what Excel writes next. */
  readonly extraRows?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The shared strings part Excel writes. */
function sharedStringsXml(strings: readonly string[], count: number): string {
  const items = strings.map((text) => `<si><t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${escapeXml(text)}</t></si>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${strings.length}">${items}</sst>`;
}

/**
 * A workbook built on `base` (a file of test/fixtures/excel) whose first sheet holds the given
 * blocks and tables. Tables reuse the base's table parts in order, their ref, autoFilter and
 * columns rewritten as Excel writes them; base tables not given are dropped from the sheet.
 */
export function excelSavedWorkbook(base: string, sheet: ExcelSheetSpec): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(join(REAL_FILES, base))));
  const cells = new Map<number, Map<number, CellValue>>();
  const put = (origin: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>) => {
    const start = parseA1(origin)!;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        const line = cells.get(start.row + r) ?? new Map<number, CellValue>();
        line.set(start.column + c, value);
        cells.set(start.row + r, line);
      }),
    );
  };
  for (const block of sheet.blocks ?? []) put(block.origin, block.rows);
  for (const table of sheet.tables ?? []) put(table.origin, table.rows);

  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  let stringCount = 0;
  const rowsXml: string[] = [];
  let minColumn = Infinity;
  let maxColumn = 0;
  let maxRow = 0;
  for (const row of [...cells.keys()].sort((a, b) => a - b)) {
    const line = cells.get(row)!;
    const columns = [...line.keys()].sort((a, b) => a - b);
    minColumn = Math.min(minColumn, columns[0]!);
    maxColumn = Math.max(maxColumn, columns.at(-1)!);
    maxRow = Math.max(maxRow, row);
    const cellsXml = columns.map((column) => {
      const value = line.get(column)!;
      const ref = a1(row, column);
      const formula = sheet.formulas?.[ref];
      if (formula !== undefined) {
        if (typeof value !== 'number') throw new Error('formulas: numeric results only in these fixtures');
        return `<c r="${ref}"><f>${escapeXml(formula)}</f><v>${value}</v></c>`;
      }
      if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
      if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
      if (typeof value === 'object') {
        if (value.kind === 'error') return `<c r="${ref}" t="e"><v>${value.code}</v></c>`;
        throw new Error('dates: not needed by these fixtures');
      }
      let index = stringIndex.get(value);
      if (index === undefined) {
        index = strings.length;
        strings.push(value);
        stringIndex.set(value, index);
      }
      stringCount++;
      return `<c r="${ref}" t="s"><v>${index}</v></c>`;
    });
    rowsXml.push(`<row r="${row + 1}" spans="${columns[0]! + 1}:${columns.at(-1)! + 1}">${cellsXml.join('')}</row>`);
  }

  const sheetPart = 'xl/worksheets/sheet1.xml';
  let sheetXml = strFromU8(parts[sheetPart]!);
  const dimension = maxRow === 0 && cells.size === 0 ? 'A1' : `${columnLetters(minColumn)}${Math.min(...cells.keys()) + 1}:${columnLetters(maxColumn)}${maxRow + 1}`;
  sheetXml = sheetXml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`);
  sheetXml = sheetXml.replace(/<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rowsXml.join('')}</sheetData>${sheet.extraRows ?? ''}`);

  // The tables given keep their parts; the others are dropped from the sheet (their parts stay, unreferenced, as harmless as in a real file).
  const tables = sheet.tables ?? [];
  const relsPart = 'xl/worksheets/_rels/sheet1.xml.rels';
  const rels = parts[relsPart] ? strFromU8(parts[relsPart]) : '';
  const kept: string[] = [];
  for (const table of tables) {
    const target = `../tables/${table.part.split('/').pop()}`;
    const id = new RegExp(`Id="(rId\\d+)"[^>]*Target="${target.replace(/\./g, '\\.')}"|Target="${target.replace(/\./g, '\\.')}"[^>]*Id="(rId\\d+)"`).exec(rels);
    if (!id) throw new Error(`${base} has no ${table.part} on its first sheet`);
    kept.push(id[1] ?? id[2]!);
    const start = parseA1(table.origin)!;
    const width = Math.max(...table.rows.map((row) => row.length));
    const ref = `${table.origin}:${a1(start.row + table.rows.length - 1, start.column + width - 1)}`;
    const filterRef = `${table.origin}:${a1(start.row + table.rows.length - 1 - (table.totalsRow ? 1 : 0), start.column + width - 1)}`;
    const header = table.rows[0]!;
    const columnsXml = header.map((name, index) => `<tableColumn id="${index + 1}" name="${escapeXml(cellText(name))}"/>`).join('');
    let tableXml = strFromU8(parts[table.part]!);
    tableXml = tableXml
      .replace(/ ref="[^"]*"/, ` ref="${ref}"`)
      .replace(/ totalsRowCount="\d+"/, '')
      .replace(/ totalsRowShown="\d+"/, table.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"')
      .replace(/<autoFilter ref="[^"]*"\/>/, `<autoFilter ref="${filterRef}"/>`)
      .replace(/<tableColumns count="\d+">[\s\S]*<\/tableColumns>/, `<tableColumns count="${header.length}">${columnsXml}</tableColumns>`);
    if (table.totalsRow && !/totalsRowCount/.test(tableXml)) tableXml = tableXml.replace(/ ref="/, ' totalsRowCount="1" ref="');
    parts[table.part] = strToU8(tableXml);
  }
  sheetXml = sheetXml.replace(
    /<tableParts count="\d+">[\s\S]*<\/tableParts>/,
    kept.length === 0 ? '' : `<tableParts count="${kept.length}">${kept.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`,
  );
  // A dropped table goes whole: its part, its relationship and its content type (LibreOffice reads
  // tables through the relationships alone).
  if (rels !== '') {
    let keptRels = rels;
    for (const [, id, target] of rels.matchAll(/<Relationship Id="(rId\d+)"[^>]*Target="\.\.\/tables\/([^"]+)"\/>/g)) {
      if (kept.includes(id!)) continue;
      keptRels = keptRels.replace(new RegExp(`<Relationship Id="${id}"[^>]*/>`), '');
      delete parts[`xl/tables/${target}`];
      parts['[Content_Types].xml'] = strToU8(strFromU8(parts['[Content_Types].xml']!).replace(new RegExp(`<Override PartName="/xl/tables/${target!.replace('.', '\\.')}"[^>]*/>`), ''));
    }
    parts[relsPart] = strToU8(keptRels);
  }
  parts[sheetPart] = strToU8(sheetXml);
  // Other sheets are emptied: their cells point into the shared strings replaced here.
  for (const name of Object.keys(parts)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name) || name === sheetPart) continue;
    parts[name] = strToU8(
      strFromU8(parts[name]!)
        .replace(/<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>')
        .replace(/<tableParts count="\d+">[\s\S]*<\/tableParts>/, ''),
    );
  }
  parts['xl/sharedStrings.xml'] = strToU8(sharedStringsXml(strings, stringCount));
  // Excel's calculation chain names formula cells that are no longer there: dropped with its
  // relationship and content type, as Excel rebuilds it.
  if (parts['xl/calcChain.xml']) {
    delete parts['xl/calcChain.xml'];
    parts['xl/_rels/workbook.xml.rels'] = strToU8(strFromU8(parts['xl/_rels/workbook.xml.rels']!).replace(/<Relationship [^>]*Target="calcChain\.xml"\/>/, ''));
    parts['[Content_Types].xml'] = strToU8(strFromU8(parts['[Content_Types].xml']!).replace(/<Override PartName="\/xl\/calcChain\.xml"[^>]*\/>/, ''));
  }
  return zipSync(parts, { level: 6 });
}
