import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conventionText } from '../../src/cli/profile-command';
import { readingToJson, readProfile } from '../../src/domain';

/**
 * Every text of the convention corpus (test/fixtures/conventions/corpus/README.md) read as the
 * command line reads it (.txt, and .docx through mammoth), compared with its expected profile: the
 * values, what is missing, what is contradicted, and the clause's sentences where given. The figure
 * is printed; every text must be read right.
 */

const corpus = join(__dirname, '../fixtures/conventions/corpus');
const COMPARED = ['name', 'year', 'stateCapPercent', 'stateCapEqualAllowed', 'matchingRatio', 'departmentMinPercent', 'matchingScope', 'envelope', 'envelopes', 'listArticle', 'costArticle'] as const;

interface Expected {
  readonly file?: string;
  readonly holdout?: boolean;
  readonly why: string;
  readonly profile: Record<(typeof COMPARED)[number], unknown>;
  readonly sentences?: Partial<Record<'listHeading' | 'listItem' | 'costSentence', string>>;
  readonly missing: readonly string[];
  readonly conflicts: readonly string[];
}

interface Case {
  readonly name: string;
  readonly path: string;
  readonly expected: Expected;
}

function cases(): Case[] {
  const found: Case[] = [];
  for (const json of readdirSync(corpus)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(corpus, json), 'utf8')) as Expected;
    const base = json.replace(/\.json$/, '');
    const texts = expected.file !== undefined ? [join(corpus, expected.file)] : [`${base}.txt`, `${base}.docx`].map((name) => join(corpus, name)).filter(existsSync);
    if (texts.length === 0) throw new Error(`${json}: no text beside it`);
    for (const path of texts) found.push({ name: `${base}${path.endsWith('.docx') ? ' (.docx)' : ''}`, path, expected });
  }
  return found;
}

/** What differs between the reading and the expectation, one line each; empty when read right. */
async function differences(entry: Case): Promise<string[]> {
  const text = await conventionText(entry.path, readFileSync(entry.path));
  const json = readingToJson(readProfile(text));
  const wrong: string[] = [];
  for (const key of COMPARED) {
    const got = JSON.stringify(json.profile[key] ?? null);
    const want = JSON.stringify(entry.expected.profile[key] ?? null);
    if (key === 'envelopes' ? !sameRecord(json.profile[key], entry.expected.profile[key]) : got !== want) wrong.push(`${key}: ${got}, expected ${want}`);
  }
  const sorted = (list: readonly string[]) => JSON.stringify([...list].sort());
  if (sorted(json.missing) !== sorted(entry.expected.missing)) wrong.push(`missing: ${sorted(json.missing)}, expected ${sorted(entry.expected.missing)}`);
  const conflicts = json.conflicts.map((conflict) => conflict.key);
  if (sorted(conflicts) !== sorted(entry.expected.conflicts)) wrong.push(`conflicts: ${sorted(conflicts)}, expected ${sorted(entry.expected.conflicts)}`);
  const sentences = (json.profile.sentences ?? {}) as Record<string, string | null>;
  for (const [part, template] of Object.entries(entry.expected.sentences ?? {})) {
    if (sentences[part] !== template) wrong.push(`${part}: ${JSON.stringify(sentences[part] ?? null)}, expected ${JSON.stringify(template)}`);
  }
  return wrong;
}

function sameRecord(a: unknown, b: unknown): boolean {
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  const entries = (record: unknown) => JSON.stringify(Object.entries(record as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)));
  return entries(a) === entries(b);
}

const all = cases();

test(`the convention corpus: ${all.length} readings (${new Set(all.map((entry) => entry.expected)).size} texts) read right`, async () => {
  const report: string[] = [];
  let right = 0;
  let heldOut = 0;
  let heldOutRight = 0;
  for (const entry of all) {
    const wrong = await differences(entry);
    if (entry.expected.holdout === true) heldOut++;
    if (wrong.length === 0) {
      right++;
      if (entry.expected.holdout === true) heldOutRight++;
    } else report.push(`✗ ${entry.name}\n    ${wrong.join('\n    ')}`);
  }
  console.log(`Convention corpus: ${right} of ${all.length} readings right (held-out texts: ${heldOutRight} of ${heldOut}).${report.length > 0 ? `\n${report.join('\n')}` : ''}`);
  expect(report).toEqual([]);
  expect(all.length).toBeGreaterThanOrEqual(30);
});
