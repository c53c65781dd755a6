import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, type RuleSeverity } from '../../src/domain';

/**
 * docs/rules.md is what a reader learns the rules from: its table must list the rules the check runs,
 * in RULES' order, each with its descriptor's severity.
 */
const DOC = join(__dirname, '..', '..', 'docs', 'rules.md');

/** The table's rows after its "| id | severity |" header, as [id, severity]. */
function documentedRules(markdown: string): Array<[string, string]> {
  const lines = markdown.split('\n');
  const header = lines.findIndex((line) => /^\|\s*id\s*\|\s*severity\s*\|/.test(line));
  if (header < 0) return [];
  const rows: Array<[string, string]> = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [id = '', severity = ''] = line
      .split('|')
      .slice(1)
      .map((cell) => cell.trim());
    rows.push([id.replace(/^`|`$/g, ''), severity]);
  }
  return rows;
}

/** A severity as the table writes it: "error", or each case's for a rule with several ("over: error, under: warning"). */
function severityText(severity: RuleSeverity): string {
  return typeof severity === 'string'
    ? severity
    : Object.entries(severity)
        .map(([name, value]) => `${name}: ${value}`)
        .join(', ');
}

describe('docs/rules.md', () => {
  test("its table lists RULES' ids in their order, each with its descriptor's severity", () => {
    const documented = documentedRules(readFileSync(DOC, 'utf8'));
    expect(documented).toEqual(RULES.map((rule) => [rule.id, severityText(rule.severity)]));
  });

  test('a table missing a rule, or with a wrong severity, is told apart', () => {
    const table = '| id | severity | what | where |\n|---|---|---|---|\n| `state-cap` | warning | x | y |\n';
    expect(documentedRules(table)).toEqual([['state-cap', 'warning']]);
    expect(documentedRules(table)).not.toEqual(RULES.map((rule) => [rule.id, severityText(rule.severity)]));
  });
});
