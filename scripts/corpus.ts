/**
 * npm run corpus [-- DIR…]: the command line over a corpus of public workbooks, written by Excel,
 * LibreOffice, ClosedXML, openpyxl, XlsxWriter, PhpSpreadsheet and others (their test data), to
 * prove on files we did not make that it never fails badly:
 *   - no stack trace and no internals on stderr, whatever the file;
 *   - exit status 0, 1 or 2 only;
 *   - the input file unchanged (hash before and after), `--annotate` included;
 *   - under 2 s and 300 MB for any file under 1 MB (the whole process).
 * The corpus is not in the repository: DIR (default $CORPUS_DIR, else ../corpus) holds the files,
 * gathered from those projects' repositories (README, "Corpus of public workbooks").
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';

const EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xlsb', '.xls', '.ods']);
const TIME_LIMIT_MS = 2_000;
const MEMORY_LIMIT_BYTES = 300 * 1024 * 1024;
const SMALL_FILE_BYTES = 1024 * 1024;
/** What must never reach the officer: a stack frame, a JavaScript error's name or wording. */
const INTERNALS = /\n\s+at .+:\d+:\d+|\b(?:TypeError|ReferenceError|RangeError|SyntaxError)\b|Cannot read propert|undefined \(reading|Unexpected xml|is not a function/;

const bin = resolve(__dirname, '../bin/convention-budget.js');
const work = mkdtempSync(join(tmpdir(), 'convention-corpus-'));
// Each run reports its peak memory on fd 3 as it exits.
const rssHook = join(work, 'rss-hook.cjs');
writeFileSync(rssHook, "process.on('exit', () => { try { require('fs').writeSync(3, String(process.resourceUsage().maxRSS * 1024)); } catch {} });\n");

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path));
    else if (EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found.sort();
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

interface Run {
  readonly status: number | null;
  readonly stderr: string;
  readonly stdout: string;
  readonly ms: number;
  readonly rss: number;
}

function runCli(args: readonly string[]): Run {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', rssHook, bin, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  const rss = Number((result.output[3] as unknown as string | null) ?? 0);
  return { status: result.status, stderr: result.stderr ?? '', stdout: result.stdout ?? '', ms, rss };
}

function main(): void {
  const dirs = process.argv.slice(2).filter((arg) => arg !== '--');
  const roots = dirs.length > 0 ? dirs : [process.env.CORPUS_DIR ?? resolve(__dirname, '../../corpus')];
  const files = roots.flatMap((root) => {
    try {
      return filesUnder(root);
    } catch {
      console.error(`corpus: no folder ${root} (give the corpus folder: npm run corpus -- DIR)`);
      process.exit(2);
    }
  });
  if (files.length === 0) {
    console.error(`corpus: no workbook under ${roots.join(', ')}`);
    process.exit(2);
  }
  const failures: string[] = [];
  const byStatus = new Map<string, number>();
  let slowest = { file: '', ms: 0 };
  let heaviest = { file: '', rss: 0 };
  let budgets = 0;
  for (const [index, file] of files.entries()) {
    const name = relative(process.cwd(), file);
    const size = statSync(file).size;
    const before = hash(file);
    const check = runCli(['check', file, '--json']);
    const key = String(check.status);
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
    const fail = (why: string) => failures.push(`${name}: ${why}`);
    if (check.status === null) fail(`check did not end within 60 s`);
    else if (![0, 1, 2].includes(check.status)) fail(`check exit status ${check.status}`);
    if (INTERNALS.test(check.stderr)) fail(`check showed internals: ${check.stderr.split('\n').slice(0, 3).join(' | ')}`);
    try {
      const report = JSON.parse(check.stdout) as { budgets?: unknown[] };
      budgets += report.budgets?.length ?? 0;
    } catch {
      fail('check --json printed no JSON');
    }
    if (size < SMALL_FILE_BYTES) {
      if (check.ms > TIME_LIMIT_MS) fail(`check took ${Math.round(check.ms)} ms (limit ${TIME_LIMIT_MS} ms)`);
      if (check.rss > MEMORY_LIMIT_BYTES) fail(`check used ${Math.round(check.rss / 1048576)} MB (limit 300 MB)`);
    }
    if (check.ms > slowest.ms) slowest = { file: name, ms: check.ms };
    if (check.rss > heaviest.rss) heaviest = { file: name, rss: check.rss };
    if (check.status === 0 || check.status === 1) {
      const copy = join(work, `copy-${index}.xlsx`);
      const annotate = runCli(['check', file, '--annotate', copy]);
      if (annotate.status === null) fail('check --annotate did not end within 60 s');
      else if (![0, 1, 2].includes(annotate.status)) fail(`check --annotate exit status ${annotate.status}`);
      if (INTERNALS.test(annotate.stderr)) fail(`check --annotate showed internals: ${annotate.stderr.split('\n').slice(0, 3).join(' | ')}`);
      rmSync(copy, { force: true });
    }
    if (hash(file) !== before) fail('the input file changed');
    if ((index + 1) % 100 === 0) console.log(`… ${index + 1} / ${files.length}`);
  }
  rmSync(work, { recursive: true, force: true });
  console.log(`\n${files.length} workbooks from ${roots.join(', ')}`);
  console.log(`exit status: ${[...byStatus].sort().map(([status, count]) => `${status} × ${count}`).join(', ')}; budgets found: ${budgets}`);
  console.log(`slowest: ${Math.round(slowest.ms)} ms (${slowest.file}); most memory: ${Math.round(heaviest.rss / 1048576)} MB (${heaviest.file})`);
  if (failures.length > 0) {
    console.log(`\n${failures.length} failure(s):`);
    for (const failure of failures) console.log(`  ✗ ${failure}`);
    process.exit(1);
  }
  console.log('no failure: no stack trace, exit 0/1/2 only, no input changed, every file under 1 MB within 2 s and 300 MB');
}

main();
