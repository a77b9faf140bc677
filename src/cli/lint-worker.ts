// A worker thread of src/cli/lint-pool.ts: lints the batches of files it is sent and answers with the outcomes.
import { parentPort, workerData } from 'node:worker_threads';
import { batchLinter, type PoolBatch, type PoolSetup } from './lint-pool.js';

const lintBatch = batchLinter(workerData as PoolSetup);
parentPort?.on('message', (batch: PoolBatch) => {
  parentPort!.postMessage(lintBatch(batch));
});
