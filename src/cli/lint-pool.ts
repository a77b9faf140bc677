import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// os and worker_threads load only when a folder of many files needs them: most runs lint one file.
import type { Worker } from 'node:worker_threads';
import type { ActiveRule } from '../core/lint/config.js';
import { rules } from '../core/rules/index.js';
import { UserError, type MessageRef } from '../core/errors.js';
import type { LintResult } from '../core/lint/diagnostic.js';
import { lint } from '../core/lint/engine.js';
import { readStrategyFile } from './files.js';

/** One file to lint: where it is, the name to show, and the settings of the rules that apply to it. */
export interface LintJob {
  path: string;
  shown: string;
  /** The severity and options of each built-in rule for this file. */
  settings: Map<string, ActiveRule>;
  /** The day rules compare dates with, the same for every file of the run. */
  today?: string;
}

/** A job's result, or the error that stopped it (rethrown by the caller in file order). */
export type LintOutcome = { result: LintResult } | { userError: string; ref?: MessageRef } | { internalError: string; stack?: string };

/** From this many files on, a second core lints a share of them (starting a worker costs about as much as 50 files). */
export const POOL_FROM = 500;
/** Files handed out at a time: small enough to share the work evenly, large enough to keep messages rare. */
const BATCH = 20;

/** Reads and lints one file exactly as the single-thread path does. */
export function lintJob(job: LintJob): LintOutcome {
  try {
    return { result: lint(readStrategyFile(job.path, job.shown), { file: job.shown, ruleset: { rules, settings: job.settings }, today: job.today }) };
  } catch (error) {
    // The key and values cross to the main thread with the English, so the error is worded there in the user's language.
    if (error instanceof UserError) return { userError: error.message, ...(error.messageId ? { ref: { messageId: error.messageId, ...(error.values ? { values: error.values } : {}) } } : {}) };
    return { internalError: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
  }
}

/** The error an outcome carries, as the single-thread path would have thrown it. */
export function outcomeError(outcome: LintOutcome): Error | undefined {
  if ('userError' in outcome) return new UserError(outcome.userError, outcome.ref);
  if ('internalError' in outcome) {
    const error = new Error(outcome.internalError);
    if (outcome.stack) error.stack = outcome.stack;
    return error;
  }
  return undefined;
}

/**
 * How many worker threads to start: none for a few hundred files or on one core. MCM_WORKERS sets it
 * (0 turns the pool off; a number starts that many workers whatever the number of files).
 */
export function workerCount(files: number, env: Record<string, string | undefined>): number {
  const forced = env.MCM_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), Math.ceil(files / BATCH));
  if (files < POOL_FROM) return 0;
  const { availableParallelism } = process.getBuiltinModule('node:os') as typeof import('node:os');
  return Math.max(0, Math.min(availableParallelism() - 1, 7, Math.ceil(files / BATCH) - 1));
}

/**
 * Lints the jobs on worker threads and on this thread, and returns the outcomes in the jobs' order;
 * undefined when no worker is worth starting (the caller lints on this thread, with the same results).
 */
export async function lintInPool(jobs: LintJob[], env: Record<string, string | undefined>): Promise<LintOutcome[] | undefined> {
  const count = workerCount(jobs.length, env);
  // The worker is a file of the build (dist/lint-worker.js); run from the sources, there is none.
  const script = new URL('./lint-worker.js', import.meta.url);
  if (count === 0 || script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return undefined;

  const outcomes: LintOutcome[] = new Array<LintOutcome>(jobs.length);
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= jobs.length) return undefined;
    const from = next;
    next = Math.min(jobs.length, next + BATCH);
    return [from, next];
  };
  // Each worker has two batches in hand: this thread hears of a finished batch only between batches of its own, and the
  // worker goes on with the second one meanwhile instead of waiting.
  const onWorker = (worker: Worker) => new Promise<void>((resolve) => {
    let inHand = 0;
    const send = () => {
      const range = take();
      if (!range) {
        if (inHand === 0) {
          void worker.terminate();
          resolve();
        }
        return;
      }
      inHand++;
      worker.postMessage({ from: range[0], jobs: jobs.slice(range[0], range[1]) });
    };
    worker.on('message', (message: { from: number; outcomes: LintOutcome[] }) => {
      inHand--;
      message.outcomes.forEach((outcome, i) => { outcomes[message.from + i] = outcome; });
      send();
    });
    // A worker that fails or stops leaves its batches undone: this thread lints them below.
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
    send();
    send();
  });
  const onThisThread = async () => {
    for (let range = take(); range; range = take()) {
      for (let i = range[0]; i < range[1]; i++) outcomes[i] = lintJob(jobs[i]!);
      // Let the workers' messages in between batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const { Worker: Thread } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
  const workers = Array.from({ length: count }, () => new Thread(script));
  try {
    await Promise.all([...workers.map(onWorker), onThisThread()]);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  for (let i = 0; i < jobs.length; i++) outcomes[i] ??= lintJob(jobs[i]!);
  return outcomes;
}
