import { run } from '../../src/cli/main';

/** Runs the command line in this process: its exit status and what it printed on stdout and stderr. */
export async function runCli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await run(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, out, err };
}
