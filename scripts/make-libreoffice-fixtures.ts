/**
 * Writes test/fixtures/libreoffice/*.xlsx: budgets saved by LibreOffice Calc itself. Each source
 * workbook is opened by LibreOffice and saved again as .xlsx (`soffice --headless --convert-to`),
 * so every part of the result is LibreOffice's: its trailing row records, its styles, its tables.
 * Needs LibreOffice (Debian: apt-get install libreoffice-calc-nogui); the tests read the committed
 * files and need nothing. Run: npx tsx scripts/make-libreoffice-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../src/sample/sample-budgets';
import { excelSavedWorkbook } from '../test/helpers/excel-files';
import { officerWorkbook } from '../test/helpers/officer-workbook';

const out = join(__dirname, '../test/fixtures/libreoffice');
const work = mkdtempSync(join(tmpdir(), 'libreoffice-fixtures-'));
mkdirSync(out, { recursive: true });

const pdcOverCap = PAS_DE_CALAIS_SHEET.rows.map((row, index) => (index === 3 ? [...row.slice(0, 4), 140000, 120000, null] : row));
async function main() {
  const sources: Record<string, Uint8Array> = {
    // A workbook made the way officers make theirs (formulas, formats, widths, a note, a frozen row…).
    'officer.xlsx': await officerWorkbook(),
    // An Excel table, then the same as two blocks under headings on one sheet.
    'table-nord.xlsx': excelSavedWorkbook('excel-table01.xlsx', { tables: [{ part: 'xl/tables/table1.xml', origin: 'B2', rows: NORD_SHEET.rows }] }),
    'deux-blocs.xlsx': excelSavedWorkbook('excel-table01.xlsx', {
      blocks: [{ origin: 'A1', rows: [['Nord'], ...NORD_SHEET.rows, [], ['Pas-de-Calais'], ...pdcOverCap] }],
    }),
  };
  for (const [name, bytes] of Object.entries(sources)) writeFileSync(join(work, `source-${name}`), bytes);
  const converted = join(work, 'converted');
  mkdirSync(converted);
  for (const name of Object.keys(sources)) {
    execFileSync(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', converted, join(work, `source-${name}`)],
      { stdio: 'inherit' },
    );
    copyFileSync(join(converted, `source-${name}`), join(out, name));
    console.log(`test/fixtures/libreoffice/${name}`);
  }
}

void main();
