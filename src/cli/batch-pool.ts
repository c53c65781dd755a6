import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { translate } from '../i18n/translate';
import { cliText } from '../i18n/cli-text';
import { batchText } from '../i18n/batch-text';
import { type BatchSettings, type BatchTask, checkBatchFile, type FileOutcome, unreadableOutcome } from './batch-file';

/**
 * Checks many workbooks on the machine's cores: one worker thread per core, each handed the next
 * file as it finishes one. A worker that dies (a file that exhausts its memory) costs that file
 * alone: it is reported unreadable and a new worker takes the rest; a file still being read after
 * FILE_TIME_LIMIT_MS is reported and its worker replaced. Run from the TypeScript sources (the
 * tests), where no compiled worker exists, the files are checked one after another in this thread.
 */
const FILE_TIME_LIMIT_MS = 120_000;
/** A worker's heap: far above a budget's needs, far below the machine's, so that one file cannot take the rest down. */
const WORKER_HEAP_MB = 1_536;

export async function checkInParallel(tasks: readonly BatchTask[], settings: BatchSettings, onOutcome: (outcome: FileOutcome) => void): Promise<void> {
  const script = join(__dirname, 'batch-worker.js');
  const threads = Math.min(availableParallelism(), tasks.length);
  if (threads <= 1 || !__filename.endsWith('.js') || !existsSync(script)) {
    for (const task of tasks) onOutcome(await checkBatchFile(task, settings));
    return;
  }
  let next = 0;
  await new Promise<void>((done) => {
    let running = 0;
    const start = () => {
      if (next >= tasks.length) {
        if (running === 0) done();
        return;
      }
      running++;
      const worker = new Worker(script, { workerData: settings, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      let current: BatchTask | undefined;
      let timer: NodeJS.Timeout | undefined;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        if (timer !== undefined) clearTimeout(timer);
        running--;
        void worker.terminate();
        start();
      };
      const hand = () => {
        if (timer !== undefined) clearTimeout(timer);
        current = tasks[next++];
        if (current === undefined) {
          finish();
          return;
        }
        const task = current;
        timer = setTimeout(() => {
          onOutcome(unreadableOutcome(task, translate(batchText.timedOut, settings.lang, { file: task.shown, seconds: FILE_TIME_LIMIT_MS / 1000 }), 'timed-out', settings.lang));
          current = undefined;
          finish();
        }, FILE_TIME_LIMIT_MS);
        worker.postMessage(task);
      };
      worker.on('message', (outcome: FileOutcome) => {
        current = undefined;
        onOutcome(outcome);
        hand();
      });
      const failed = () => {
        if (current !== undefined) onOutcome(unreadableOutcome(current, translate(cliText.unexpected, settings.lang), 'unexpected', settings.lang));
        current = undefined;
        finish();
      };
      worker.on('error', failed);
      worker.on('exit', failed);
      hand();
    };
    for (let thread = 0; thread < threads; thread++) start();
  });
}
