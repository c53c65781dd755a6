/**
 * npm run mutation:timeouts -- reports/mutation/NAME.json [--status Timeout] [--hang 240]
 *
 * Stryker counts a mutant whose tests outlast its time limit as caught ("Timeout"). On a loaded
 * machine a slow but passing run outlasts it too: on 2026-12-08, 12 of the 15 time-outs of the
 * core's run, made beside two other runs, passed every test once applied by hand. This script
 * applies each such mutant to the work tree, one at a time, runs the test files that reached it,
 * and says what happened: KILLED (a test failed), SURVIVED (every test passed: the report's
 * "Timeout" is wrong) or HUNG (still running after --hang seconds: a real endless loop). The
 * source is restored after each mutant, and when the script is stopped (Ctrl+C or kill).
 *
 * The report must measure the work tree's code: a mutant is applied at its line and column.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const position = z.object({ line: z.number().int().positive(), column: z.number().int().positive() });
const report = z.object({
  files: z.record(
    z.string(),
    z.object({
      source: z.string(),
      mutants: z.array(
        z.object({
          mutatorName: z.string(),
          replacement: z.string().optional(),
          status: z.string(),
          coveredBy: z.array(z.string()).optional(),
          location: z.object({ start: position, end: position }),
        }),
      ),
    }),
  ),
  testFiles: z.record(z.string(), z.object({ tests: z.array(z.object({ id: z.string() })) })).optional(),
});

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function offsetOf(source: string, place: { line: number; column: number }): number {
  let offset = 0;
  for (let line = 1; line < place.line; line++) offset = source.indexOf('\n', offset) + 1;
  return offset + place.column - 1;
}

/** The test run under way, its process group killed too when the script is stopped. */
let running: number | undefined;

function runTests(files: readonly string[], hangSeconds: number): Promise<'KILLED' | 'SURVIVED' | 'HUNG'> {
  return new Promise((resolve) => {
    // Its own process group: an endless loop is in jest's worker, which a kill of npx would leave running.
    const child = spawn('npx', ['jest', '--selectProjects', 'unit', '--runTestsByPath', ...files], { stdio: 'ignore', detached: true });
    running = child.pid;
    const timer = setTimeout(() => {
      process.kill(-(child.pid as number), 'SIGKILL');
      resolve('HUNG');
    }, hangSeconds * 1000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? 'SURVIVED' : 'KILLED');
    });
  });
}

async function main(): Promise<number> {
  const path = process.argv[2];
  if (path === undefined || path.startsWith('--')) {
    process.stderr.write('usage: npm run mutation:timeouts -- reports/mutation/NAME.json [--status Timeout] [--hang 240]\n');
    return 2;
  }
  const status = option('--status', 'Timeout');
  const hangSeconds = Number(option('--hang', '240'));
  const parsed = report.parse(JSON.parse(readFileSync(path, 'utf8')));
  const fileOfTest = new Map<string, string>();
  for (const [file, { tests }] of Object.entries(parsed.testFiles ?? {})) for (const test of tests) fileOfTest.set(test.id, file);

  const counts = { KILLED: 0, SURVIVED: 0, HUNG: 0 };
  let checked = 0;
  for (const [file, { source, mutants }] of Object.entries(parsed.files)) {
    const onDisk = readFileSync(file, 'utf8');
    if (onDisk !== source) {
      process.stderr.write(`${file}: the work tree's code is not the report's, its mutants are left out\n`);
      continue;
    }
    for (const mutant of mutants.filter((each) => each.status === status)) {
      const { start, end } = mutant.location;
      const tests = [...new Set((mutant.coveredBy ?? []).map((id) => fileOfTest.get(id)).filter((each) => each !== undefined))].sort();
      if (tests.length === 0) {
        process.stdout.write(`NO TEST ${file}:${start.line}:${start.column} ${mutant.mutatorName}\n`);
        continue;
      }
      const restore = () => writeFileSync(file, source);
      // Stopped by Ctrl+C or by kill, the source is put back before the process ends.
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          if (running !== undefined) process.kill(-running, 'SIGKILL');
          restore();
          process.exit(130);
        });
      }
      writeFileSync(file, source.slice(0, offsetOf(source, start)) + (mutant.replacement ?? '') + source.slice(offsetOf(source, end)));
      try {
        const outcome = await runTests(tests, hangSeconds);
        counts[outcome]++;
        checked++;
        process.stdout.write(`${outcome} ${file}:${start.line}:${start.column} ${mutant.mutatorName} -> ${(mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60)}\n`);
      } finally {
        restore();
        process.removeAllListeners('SIGINT');
        process.removeAllListeners('SIGTERM');
      }
    }
  }
  process.stdout.write(`${checked} ${status} mutants applied: ${counts.KILLED} killed, ${counts.HUNG} hung, ${counts.SURVIVED} survived\n`);
  if (checked === 0) process.stderr.write(`no ${status} mutant of the report could be applied\n`);
  return checked === 0 ? 1 : counts.SURVIVED > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
