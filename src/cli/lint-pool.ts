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
  /** The severity and options of each built-in rule for this file: files of one configuration share one map. */
  settings: ReadonlyMap<string, ActiveRule>;
  /** The day rules compare dates with, the same for every file of the run. */
  today?: string;
}

/** A job's result, or the error that stopped it (rethrown by the caller in file order). */
export type LintOutcome = { result: LintResult } | { userError: string; ref?: MessageRef } | { internalError: string; stack?: string };

/** What a worker is started with: the distinct settings of the run's files, which each batch names by index. */
export interface PoolSetup {
  settings: ReadonlyMap<string, ActiveRule>[];
}

/** A batch of files for a worker, from job `from` on. */
export interface PoolBatch {
  from: number;
  files: { path: string; shown: string; settings: number; today?: string }[];
}

/**
 * A worker's answer to a batch. A result comes without its `ruleIds` and `rules`, the same for every file of
 * one settings and more than half of what a result weighs in a message: `lists` brings them for each settings
 * the worker had not answered for before, and the outcome names its settings.
 */
export interface PoolAnswer {
  from: number;
  outcomes: (LintOutcome | { result: Omit<LintResult, keyof RuleLists>; settings: number })[];
  lists: (RuleLists & { settings: number })[];
}

/** The rules a result lists, the same for every file linted with one settings. */
export type RuleLists = Pick<LintResult, 'ruleIds' | 'rules'>;

/** From this many files on, a second core lints a share of them (starting a worker costs about as much as 50 files). */
export const POOL_FROM = 500;
/** Files handed out at a time: small enough to share the work evenly, large enough to keep messages rare. */
const BATCH = 20;
/**
 * Files this thread lints between looks at the workers' answers: a worker waits for its next batch until this
 * thread looks, and the fewer files in between, the sooner it gets it.
 */
const STEP = 4;

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

/** The linter of a worker thread: answers each batch, sending the lists of a settings only with its first result. */
export function batchLinter(setup: PoolSetup): (batch: PoolBatch) => PoolAnswer {
  const listed = new Set<number>();
  return ({ from, files }) => {
    const lists: PoolAnswer['lists'] = [];
    const outcomes = files.map(({ path, shown, settings, today }): PoolAnswer['outcomes'][number] => {
      const outcome = lintJob({ path, shown, settings: setup.settings[settings]!, today });
      if (!('result' in outcome) || !('rules' in outcome.result) || !('ruleIds' in outcome.result)) return outcome;
      const { ruleIds, rules: ruleList, ...result } = outcome.result;
      if (!listed.has(settings)) {
        listed.add(settings);
        lists.push({ settings, ruleIds, rules: ruleList });
      }
      return { result, settings };
    });
    return { from, outcomes, lists };
  };
}

/**
 * The outcomes of a worker's answer, each result with its rule lists again; `lists` keeps those of each
 * settings for the answers after it. The files of one settings share its lists: every report only reads them.
 */
export function answerOutcomes(answer: PoolAnswer, lists: Map<number, RuleLists>): LintOutcome[] {
  for (const { settings, ruleIds, rules: ruleList } of answer.lists) if (!lists.has(settings)) lists.set(settings, { ruleIds, rules: ruleList });
  return answer.outcomes.map((outcome) => ('settings' in outcome ? { result: { ...outcome.result, ...lists.get(outcome.settings)! } } : outcome));
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

/** The run's distinct settings, and the index of each job's among them. */
function distinctSettings(jobs: LintJob[]): { settings: ReadonlyMap<string, ActiveRule>[]; indexes: number[] } {
  const index = new Map<ReadonlyMap<string, ActiveRule>, number>();
  const settings: ReadonlyMap<string, ActiveRule>[] = [];
  const indexes = jobs.map((job) => {
    let at = index.get(job.settings);
    if (at === undefined) {
      at = settings.push(job.settings) - 1;
      index.set(job.settings, at);
    }
    return at;
  });
  return { settings, indexes };
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

  // Each settings crosses to a worker once, with the worker, not once per file.
  const { settings, indexes } = distinctSettings(jobs);
  const setup: PoolSetup = { settings };
  const outcomes: LintOutcome[] = new Array<LintOutcome>(jobs.length);
  const lists = new Map<number, RuleLists>();
  let next = 0;
  // Batches get smaller towards the end, so that no thread is left with much to do once the others are done.
  const take = (most = BATCH): [number, number] | undefined => {
    if (next >= jobs.length) return undefined;
    const from = next;
    next = Math.min(jobs.length, next + Math.max(1, Math.min(most, Math.ceil((jobs.length - next) / (4 * (count + 1))))));
    return [from, next];
  };
  const batch = ([from, to]: [number, number]): PoolBatch => ({
    from,
    files: jobs.slice(from, to).map((job, i) => ({ path: job.path, shown: job.shown, settings: indexes[from + i]!, today: job.today })),
  });
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
      worker.postMessage(batch(range));
    };
    worker.on('message', (answer: PoolAnswer) => {
      inHand--;
      answerOutcomes(answer, lists).forEach((outcome, i) => { outcomes[answer.from + i] = outcome; });
      send();
    });
    // A worker that fails or stops leaves its batches undone: this thread lints them below.
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
    send();
    send();
  });
  const onThisThread = async () => {
    for (let range = take(STEP); range; range = take(STEP)) {
      for (let i = range[0]; i < range[1]; i++) outcomes[i] = lintJob(jobs[i]!);
      // Let the workers' messages in between batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const { Worker: Thread } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
  const workers = Array.from({ length: count }, () => new Thread(script, { workerData: setup }));
  try {
    await Promise.all([...workers.map(onWorker), onThisThread()]);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  for (let i = 0; i < jobs.length; i++) outcomes[i] ??= lintJob(jobs[i]!);
  return outcomes;
}
