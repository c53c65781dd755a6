import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../src/domain';
import { MemoryWorkbook } from '../src/memory/memory-workbook';
import { NORD_SHEET } from '../src/sample/sample-budgets';
import { withCell } from './helpers/workbooks';

const SRC = join(__dirname, '../src');

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('nothing let in', () => {
  test('no eval, no Function constructor, no raw HTML from cell text anywhere in the source', () => {
    const offenders = sources(SRC).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [/\beval\s*\(/, /new Function\s*\(/, /dangerouslySetInnerHTML/, /\.innerHTML\s*=/, /\.outerHTML\s*=/, /document\.write/, /insertAdjacentHTML/]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${file.replace(SRC, 'src')}: ${pattern}`);
    });
    expect(offenders).toEqual([]);
  });

  test('both pages carry a Content-Security-Policy: our scripts only, Office’s script host in the task pane only', () => {
    const policy = (file: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(join(SRC, file), 'utf8'))?.[1] ?? '';
    const taskpane = policy('addin/taskpane.html');
    const standalone = policy('standalone/index.html');
    expect(taskpane).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(standalone).toContain("script-src 'self';");
    for (const page of [taskpane, standalone]) {
      expect(page).toContain("default-src 'self'");
      expect(page).toContain("object-src 'none'");
      expect(page).not.toMatch(/unsafe-eval/);
      expect(page).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
    expect(standalone).toContain("connect-src 'self';");
  });
});

describe('nothing lost', () => {
  test('flags applied and cleared leave the in-memory workbook as it was', async () => {
    const workbook = new MemoryWorkbook([{ name: 'Nord', rows: withCell(NORD_SHEET.rows, 2, 4, 90001), tables: [{ name: 'BudgetNord', range: 'A1:F7', hasTotalsRow: false }] }]);
    await workbook.writeSettings({ version: 1, matching: 'total' });
    const before = JSON.stringify(workbook.sheetData());
    const result = checkWorkbook(await workbook.read());
    await workbook.showFlags(result, 'action');
    expect(workbook.flagAt('Nord', 'E3')?.severity).toBe('error');
    expect(JSON.stringify(workbook.sheetData())).toBe(before);
    expect(await workbook.clearFlags()).toEqual({ removed: 2, left: 0, failedSheets: [] });
    expect(workbook.flags.size).toBe(0);
    expect(JSON.stringify(workbook.sheetData())).toBe(before);
    expect(await workbook.readSettings()).toEqual({ version: 1, matching: 'total' });
  });
});
