import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { BROKEN_INPUTS } from '../fixtures/broken-inputs';
import { writeWorkbook } from '../helpers/xlsx';
import { parseCheckReport } from '../helpers/cli-json';

const dir = mkdtempSync(join(tmpdir(), 'convention-corpus-'));

describe('the corpus of broken workbooks, through .xlsx files and the command line', () => {
  test('it holds at least 30 workbooks', () => {
    expect(BROKEN_INPUTS.length).toBeGreaterThanOrEqual(30);
  });

  test.each(BROKEN_INPUTS.map((input) => [input.name, input] as const))(
    '%s: its findings, no crash',
    async (_, input) => {
      const file = join(dir, `${input.name.replace(/[^\w]+/g, '-')}.xlsx`);
      await writeWorkbook(file, input.sheets);
      let out = '';
      let err = '';
      const status = await run(['check', file, '--json'], { out: (text) => (out += text), err: (text) => (err += text) });
      // Nothing read is said on stderr, and is no pass.
      expect(err === '').toBe(input.budgets > 0);
      const report = parseCheckReport(out);
      expect(report.findings.map((finding) => [finding.rule, `${finding.sheet}!${finding.cell ?? 'budget'}`])).toEqual(input.findings);
      expect(report.budgets).toHaveLength(input.budgets);
      if (input.hiddenRows !== undefined) expect(report.budgets[0]?.totals.hiddenRows).toBe(input.hiddenRows);
      const errors = report.findings.some((finding) => finding.severity === 'error');
      const gaps = report.unread.length + report.uncovered.length + report.unreadAreas.length;
      expect(status).toBe(input.budgets === 0 ? 2 : errors || gaps > 0 ? 1 : 0);
      let clauseErr = '';
      const clause = await run(['clause', file, '--year', '2022', '--beneficiary', report.budgets[0]?.beneficiary ?? input.sheets[0]!.name], {
        out: () => undefined,
        err: (text) => (clauseErr += text),
      });
      // An article with actions left out is printed, said, and is no pass.
      const leftOut = report.budgets[0]?.totals.excludedRows ?? 0;
      expect(clause).toBe(input.budgets === 0 ? 2 : leftOut > 0 ? 1 : clause);
      if (leftOut > 0) expect(clauseErr).toContain('n’est pas dans la liste');
    },
    60_000,
  );
});
