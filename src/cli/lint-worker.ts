// A worker thread of src/cli/lint-pool.ts: lints the batches of files it is sent and answers with the outcomes.
import { parentPort } from 'node:worker_threads';
import { lintJob, type LintJob } from './lint-pool.js';

parentPort?.on('message', (message: { from: number; jobs: LintJob[] }) => {
  parentPort!.postMessage({ from: message.from, outcomes: message.jobs.map(lintJob) });
});
