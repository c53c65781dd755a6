/**
 * npm run corpus [-- DIR…]: the command line over a corpus of public workbooks, written by Excel,
 * LibreOffice, ClosedXML, openpyxl, XlsxWriter, PhpSpreadsheet, Apache POI, SheetJS and others
 * (their test data) and French public-sector repositories, to prove on files we did not make that
 * it never fails badly:
 *   - no stack trace and no internals on stderr, whatever the file;
 *   - exit status 0, 1 or 2 only;
 *   - the input file unchanged (hash before and after), `--annotate` included;
 *   - under 2 s and 300 MB for any file under 1 MB (the whole process; the time is the process's CPU
 *     time, user and system, so that other work on a shared machine does not fail a file; its wall
 *     time is printed beside it).
 * The long-text workbooks of scripts/long-text-workbooks.ts (made here) are always added.
 * The corpus is not in the repository: DIR (default $CORPUS_DIR, else ../corpus) holds the files,
 * gathered by `npm run corpus -- gather` from the repositories' snapshots (scripts/corpus-gather.ts).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { gather } from './corpus-gather';
import { LONG_TEXT_WORKBOOKS } from './long-text-workbooks';

const EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xlsb', '.xls', '.ods']);
const TIME_LIMIT_MS = 2_000;
const MEMORY_LIMIT_BYTES = 300 * 1024 * 1024;
const SMALL_FILE_BYTES = 1024 * 1024;
/** What must never reach the officer: a stack frame, a JavaScript error's name or wording. */
const INTERNALS = /\n\s+at .+:\d+:\d+|\b(?:TypeError|ReferenceError|RangeError|SyntaxError)\b|Cannot read propert|undefined \(reading|Unexpected xml|is not a function/;

const bin = resolve(__dirname, '../bin/convention-budget.js');
const work = mkdtempSync(join(tmpdir(), 'convention-corpus-'));
// Each run reports its peak memory and CPU time on fd 3 as it exits.
const usageHook = join(work, 'usage-hook.cjs');
writeFileSync(
  usageHook,
  "process.on('exit', () => { try { const u = process.resourceUsage(); require('fs').writeSync(3, `${u.maxRSS * 1024} ${(u.userCPUTime + u.systemCPUTime) / 1000}`); } catch {} });\n",
);

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
  readonly cpuMs: number;
  readonly rss: number;
}

function runCli(args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--require', usageHook, bin, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const chunks: Record<'stdout' | 'stderr' | 'usage', Buffer[]> = { stdout: [], stderr: [], usage: [] };
    child.stdout?.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
    (child.stdio[3] as NodeJS.ReadableStream | null)?.on('data', (chunk: Buffer) => chunks.usage.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      const [rss, cpu] = Buffer.concat(chunks.usage).toString().split(' ').map(Number);
      done({ status, stdout: Buffer.concat(chunks.stdout).toString(), stderr: Buffer.concat(chunks.stderr).toString(), ms: performance.now() - start, cpuMs: cpu ?? 0, rss: rss ?? 0 });
    });
  });
}

interface Outcome {
  readonly name: string;
  readonly status: string;
  readonly budgets: number;
  readonly failures: readonly string[];
  readonly ms: number;
  readonly cpuMs: number;
  readonly rss: number;
}

async function checkOne(file: string, index: number): Promise<Outcome> {
  const name = relative(process.cwd(), file);
  const size = statSync(file).size;
  const before = hash(file);
  const failures: string[] = [];
  const fail = (why: string) => failures.push(`${name}: ${why}`);
  const check = await runCli(['check', file, '--json']);
  if (check.status === null) fail('check did not end within 60 s');
  else if (![0, 1, 2].includes(check.status)) fail(`check exit status ${check.status}`);
  if (INTERNALS.test(check.stderr)) fail(`check showed internals: ${check.stderr.split('\n').slice(0, 3).join(' | ')}`);
  let budgets = 0;
  try {
    const report = JSON.parse(check.stdout) as { budgets?: unknown[] };
    budgets = report.budgets?.length ?? 0;
  } catch {
    fail('check --json printed no JSON');
  }
  if (size < SMALL_FILE_BYTES) {
    if (check.cpuMs > TIME_LIMIT_MS) fail(`check took ${Math.round(check.cpuMs)} ms of CPU, ${Math.round(check.ms)} ms in all (limit ${TIME_LIMIT_MS} ms)`);
    if (check.rss > MEMORY_LIMIT_BYTES) fail(`check used ${Math.round(check.rss / 1048576)} MB (limit 300 MB)`);
  }
  if (check.status === 0 || check.status === 1) {
    const copy = join(work, `copy-${index}.xlsx`);
    const annotate = await runCli(['check', file, '--annotate', copy]);
    if (annotate.status === null) fail('check --annotate did not end within 60 s');
    else if (![0, 1, 2].includes(annotate.status)) fail(`check --annotate exit status ${annotate.status}`);
    if (INTERNALS.test(annotate.stderr)) fail(`check --annotate showed internals: ${annotate.stderr.split('\n').slice(0, 3).join(' | ')}`);
    rmSync(copy, { force: true });
  }
  if (hash(file) !== before) fail('the input file changed');
  return { name, status: String(check.status), budgets, failures, ms: check.ms, cpuMs: check.cpuMs, rss: check.rss };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const defaultCorpus = process.env.CORPUS_DIR ?? resolve(__dirname, '../../corpus');
  if (args[0] === 'gather') {
    const option = (name: string) => {
      const at = args.indexOf(name);
      return at >= 0 ? args[at + 1] : undefined;
    };
    gather(option('--mirrors') ?? process.env.MIRROR_DIR ?? '/work/.mirror', option('--to') ?? defaultCorpus);
    return;
  }
  const roots = args.length > 0 ? args : [defaultCorpus];
  const files = roots.flatMap((root) => {
    try {
      return filesUnder(root);
    } catch {
      console.error(`corpus: no folder ${root} (gather it with npm run corpus -- gather, or give it: npm run corpus -- DIR)`);
      process.exit(2);
    }
  });
  // The long texts that took minutes, made here: always part of the run.
  const generated = join(work, 'long-texts');
  mkdirSync(generated);
  for (const [name, make] of Object.entries(LONG_TEXT_WORKBOOKS)) {
    const path = join(generated, name);
    writeFileSync(path, make());
    files.push(path);
  }
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      outcomes.push(await checkOne(files[index] as string, index));
      if (outcomes.length % 200 === 0) console.log(`… ${outcomes.length} / ${files.length}`);
    }
  };
  // One run per core: the limits are on each process's CPU time and memory, which others do not change.
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  rmSync(work, { recursive: true, force: true });
  const failures = outcomes.flatMap((outcome) => outcome.failures);
  const byStatus = new Map<string, number>();
  for (const outcome of outcomes) byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
  const most = (key: 'cpuMs' | 'ms' | 'rss') => outcomes.reduce((best, outcome) => (outcome[key] > best[key] ? outcome : best), outcomes[0] as Outcome);
  const slowest = most('cpuMs');
  const slowestWall = most('ms');
  const heaviest = most('rss');
  const longTexts = outcomes.filter((outcome) => outcome.name.includes('long-texts'));
  console.log(`\n${files.length - longTexts.length} workbooks from ${roots.join(', ')} and ${longTexts.length} long-text workbooks made here`);
  console.log(
    `exit status: ${[...byStatus]
      .sort()
      .map(([status, count]) => `${status} × ${count}`)
      .join(', ')}; budgets found: ${outcomes.reduce((sum, outcome) => sum + outcome.budgets, 0)}`,
  );
  console.log(
    `slowest: ${Math.round(slowest.cpuMs)} ms of CPU (${Math.round(slowest.ms)} ms in all) (${slowest.name}); longest in all: ${Math.round(slowestWall.ms)} ms (${slowestWall.name}); most memory: ${Math.round(heaviest.rss / 1048576)} MB (${heaviest.name})`,
  );
  for (const outcome of longTexts)
    console.log(
      `  long text ${outcome.name.split('/').pop()}: ${Math.round(outcome.cpuMs)} ms of CPU, ${Math.round(outcome.ms)} ms in all, ${Math.round(outcome.rss / 1048576)} MB, exit ${outcome.status}`,
    );
  if (failures.length > 0) {
    console.log(`\n${failures.length} failure(s):`);
    for (const failure of failures.sort()) console.log(`  ✗ ${failure}`);
    process.exit(1);
  }
  console.log('no failure: no stack trace, exit 0/1/2 only, no input changed, every file under 1 MB within 2 s of CPU and 300 MB');
}

void main();
