import { strToU8, zipSync } from 'fflate';
import { a1, type CellValue, isCellDate, parseA1, parseRange } from '../domain';
import { cellXml } from './cell-xml';
import { escapeXml } from './xml-scan';

/**
 * A new .xlsx for a workbook that came from no file (the standalone page's sample, or a table
 * created there): the smallest package Excel and LibreOffice open without a repair, cells written
 * inline, tables as table parts. A workbook opened from a file is never rewritten this way: it is
 * patched (xlsx-edit.ts).
 */

export interface NewSheet {
  readonly name: string;
  readonly cells: ReadonlyArray<readonly [string, CellValue]>;
  readonly formulas?: ReadonlyArray<readonly [string, string]>;
  readonly tables: ReadonlyArray<{ readonly name: string; readonly range: string; readonly hasTotalsRow: boolean; readonly headerRows?: number }>;
  readonly hiddenRows: readonly number[];
}

const DATE_STYLE = 1;

/** A cell of a new sheet, or nothing for a cell without value or formula; a date takes the date style. */
function newCellXml(address: string, value: CellValue, formula: string | undefined): string {
  if (value === null && formula === undefined) return '';
  return cellXml(address, { value, formula: formula ?? null }, value !== null && isCellDate(value) ? ` s="${DATE_STYLE}"` : '');
}

function sheetXml(sheet: NewSheet, tableIds: readonly string[]): string {
  const formulas = new Map(sheet.formulas ?? []);
  const byRow = new Map<number, Array<[number, string]>>();
  const addresses = new Set([...sheet.cells.map(([address]) => address), ...formulas.keys()]);
  const values = new Map(sheet.cells);
  for (const address of addresses) {
    const cell = parseA1(address);
    if (cell === null) continue;
    const xml = newCellXml(address, values.get(address) ?? null, formulas.get(address));
    if (xml === '') continue;
    const row = byRow.get(cell.row) ?? [];
    row.push([cell.column, xml]);
    byRow.set(cell.row, row);
  }
  const hidden = new Set(sheet.hiddenRows);
  const rows = [...new Set([...byRow.keys(), ...hidden])]
    .sort((a, b) => a - b)
    .map(
      (row) =>
        `<row r="${row + 1}"${hidden.has(row) ? ' hidden="1"' : ''}>${(byRow.get(row) ?? [])
          .sort((x, y) => x[0] - y[0])
          .map(([, xml]) => xml)
          .join('')}</row>`,
    );
  const tables = tableIds.length === 0 ? '' : `<tableParts count="${tableIds.length}">${tableIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows.join('')}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${tables}</worksheet>`;
}

function tableXml(id: number, table: NewSheet['tables'][number], header: readonly string[]): string {
  const { from, to } = parseRange(table.range) ?? { from: { row: 0, column: 0 }, to: { row: 0, column: 0 } };
  const filter = table.hasTotalsRow ? `${a1(from.row, from.column)}:${a1(to.row - 1, to.column)}` : table.range;
  const seen = new Set<string>();
  const names = header.map((text, index) => {
    let name = text.trim() === '' ? `Colonne${index + 1}` : text;
    for (let copy = 2; seen.has(name.toLowerCase()); copy++) name = `${text} ${copy}`;
    seen.add(name.toLowerCase());
    return name;
  });
  const columns = names.map((name, index) => `<tableColumn id="${index + 1}" name="${escapeXml(name)}"/>`).join('');
  const name = escapeXml(table.name.replace(/[^\w.]/g, '_'));
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${table.range}"` +
    `${table.hasTotalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}><autoFilter ref="${filter}"/><tableColumns count="${names.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** A new workbook file holding these sheets. */
export function writeNewXlsx(sheets: readonly NewSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = [];
  let tableId = 0;
  sheets.forEach((sheet, index) => {
    const part = `xl/worksheets/sheet${index + 1}.xml`;
    const values = new Map(sheet.cells);
    const rels: string[] = [];
    const ids: string[] = [];
    for (const table of sheet.tables) {
      tableId++;
      const { from, to } = parseRange(table.range) ?? { from: { row: 0, column: 0 }, to: { row: 0, column: 0 } };
      const header = Array.from({ length: to.column - from.column + 1 }, (_, column) => {
        const value = values.get(a1(from.row, from.column + column)) ?? null;
        return value === null || typeof value === 'object' ? '' : String(value);
      });
      files[`xl/tables/table${tableId}.xml`] = strToU8(tableXml(tableId, table, header));
      overrides.push(`<Override PartName="/xl/tables/table${tableId}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`);
      ids.push(`rId${ids.length + 1}`);
      rels.push(`<Relationship Id="rId${ids.length}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table${tableId}.xml"/>`);
    }
    files[part] = strToU8(sheetXml(sheet, ids));
    if (rels.length > 0)
      files[`xl/worksheets/_rels/sheet${index + 1}.xml.rels`] = strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
      );
    overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  });
  const sheetEntries = sheets.map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
  const workbookRels = sheets
    .map((_, index) => `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
    .join('');
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      `${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheetEntries}</sheets><calcPr fullCalcOnLoad="1"/></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${workbookRels}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
  );
  return zipSync(files, { level: 6 });
}
