import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { writeWorkbook } from '../helpers/xlsx';
import { runCli } from '../helpers/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'convention-clause-errors-'));
const file = join(dir, 'nord-a-corriger.xlsx');

beforeAll(async () => {
  // Action 2 over the State's cap (90 001 € of 180 000 €), action 4's Department below the State:
  // both are listed in the article, and both are errors the pane shows.
  const rows = NORD_SHEET.rows.map((row) => [...row]);
  rows[2]![4] = 90001;
  rows[2]![5] = 89999;
  rows[4]![5] = 54000;
  await writeWorkbook(file, [{ name: 'Nord', rows }]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('convention-budget clause on a budget with errors', () => {
  test('the text is printed whole, stderr names the actions in error with their cells, exit status 1', async () => {
    const { status, out, err } = await runCli('clause', file, '--year', '2022');
    expect(out).toContain('- Action 2 (axe 2)\u00a0: Mieux garantir le droit à la santé des enfants pour un montant de 90\u202f001\u00a0€');
    expect(out).toContain('3.1 Le coût total');
    const lines = err.split('\n').filter(Boolean);
    expect(lines[0]).toBe('L’article liste 2 actions en erreur, Action 2 et Action 4\u00a0: corrigez le budget avant de coller l’article.');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}E3 +\[state-cap\] Action 2\s: la part de l’État \(90\u202f001\u00a0€\) dépasse 50/),
      expect.stringMatching(/^ {2}F3 +\[matching\] Action 2\s: la part du Département \(89\u202f999\u00a0€\)/),
      expect.stringMatching(/^ {2}F5 +\[matching\] Action 4\s: la part du Département/),
    ]);
    expect(status).toBe(1);
  });

  test('in English with --lang en', async () => {
    const { status, err } = await runCli('clause', file, '--year', '2022', '--lang', 'en');
    expect(status).toBe(1);
    expect(err.split('\n')[0]).toBe('The article lists 2 actions in error, Action 2 and Action 4: correct the budget before pasting the article.');
  });

  test('a budget without errors: nothing on stderr, exit status 0', async () => {
    const clean = join(dir, 'nord.xlsx');
    await writeWorkbook(clean, [{ name: 'Nord', rows: NORD_SHEET.rows }]);
    const { status, err } = await runCli('clause', clean, '--year', '2022', '--envelope', '500 000');
    expect(err).toBe('');
    expect(status).toBe(0);
  });
});
