import { parentPort, workerData } from 'node:worker_threads';
import { type BatchSettings, type BatchTask, checkBatchFile } from './batch-file';

/** A worker thread of `check` over many workbooks: it checks the files it is handed, one at a time. */
const settings = workerData as BatchSettings;
parentPort?.on('message', (task: BatchTask) => {
  void checkBatchFile(task, settings).then((outcome) => parentPort?.postMessage(outcome));
});
