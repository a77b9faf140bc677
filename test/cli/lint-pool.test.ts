import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, describe, expect, test } from 'vitest';
import { createRuleset } from '../../src/core/lint/ruleset.js';
import { rules } from '../../src/core/rules/index.js';
import { answerOutcomes, batchLinter, lintJob, type LintJob, type PoolBatch, type RuleLists } from '../../src/cli/lint-pool.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const base = readFileSync(join(ROOT, 'examples/oil-change.yaml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'mcm-pool-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Files of every kind of outcome: clean, a schema error, a syntax error, and one that cannot be read.
const texts = [base, base.replace('usp:', 'usp_typo:'), `${base}\nbroken: [unclosed\n`, base.replace(/budget: \d+/, 'budget: x')];
const paths = Array.from({ length: 12 }, (_, i) => {
  const path = join(dir, `s-${String(i).padStart(2, '0')}.yaml`);
  if (i !== 7) writeFileSync(path, texts[i % texts.length]!);
  return path;
});
const recommended = createRuleset(rules).settings;
const strict = createRuleset(rules, { extends: 'strict', rules: { 'channel-owner': 'off' } }).settings;
const settings = [recommended, strict];
const jobs: LintJob[] = paths.map((path, i) => ({ path, shown: `s-${i}.yaml`, settings: settings[i % 2]!, today: '2026-03-01' }));
const batchOf = (from: number, to: number): PoolBatch => ({
  from,
  files: jobs.slice(from, to).map((job, i) => ({ path: job.path, shown: job.shown, settings: (from + i) % 2, today: job.today })),
});

describe('a worker thread\'s answers', () => {
  test('give, once restored, the outcomes of linting on this thread', () => {
    const lintBatch = batchLinter({ settings });
    const lists = new Map<number, RuleLists>();
    // Answers cross between threads as structured clones.
    const first = structuredClone(lintBatch(batchOf(0, 6)));
    const second = structuredClone(lintBatch(batchOf(6, 12)));
    expect(first.lists.map((list) => list.settings)).toEqual([0, 1]);
    expect(second.lists).toEqual([]);
    const restored = [...answerOutcomes(first, lists), ...answerOutcomes(second, lists)];
    expect(restored).toEqual(jobs.map(lintJob));
    // Key order too: a report that lists a result's fields sees them as the single-thread path gives them.
    expect(restored.map((outcome) => ('result' in outcome ? Object.keys(outcome.result) : []))).toEqual(jobs.map(lintJob).map((outcome) => ('result' in outcome ? Object.keys(outcome.result) : [])));
    expect(restored[7]).toHaveProperty('userError');
  });

  test('carry the rule lists of a settings once, not with every file', () => {
    const many: LintJob[] = Array.from({ length: 20 }, (_, i) => ({ ...jobs[0]!, shown: `many-${i}.yaml` }));
    const answer = batchLinter({ settings: [recommended] })({ from: 0, files: many.map((job) => ({ path: job.path, shown: job.shown, settings: 0, today: job.today })) });
    expect(serialize(answer).length).toBeLessThan(serialize(many.map(lintJob)).length * 0.6);
  });
});

// The built CLI: worker threads give the output of one thread also when files of one run have different settings.
describe('mcm lint on worker threads, files of several configurations', () => {
  const bin = join(ROOT, 'bin/mcm.js');
  const folder = join(dir, 'project');
  mkdirSync(join(folder, 'clients'), { recursive: true });
  writeFileSync(join(folder, '.mcmrc.yaml'), 'root: true\nrules:\n  channel-owner: warning\noverrides:\n  - files: ["clients/*.yaml"]\n    rules: { link-tracking: error, goal-kpi-link: off }\n');
  for (let i = 0; i < 60; i++) writeFileSync(join(folder, i % 3 ? 'clients' : '.', `s-${String(i).padStart(2, '0')}.yaml`), texts[i % texts.length]!);
  const mcm = (args: string[], workers: string) => {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', MCM_WORKERS: workers } });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  test('gives the output and exit code of the single-thread path in every format', () => {
    for (const format of ['stylish', 'json', 'sarif', 'junit']) {
      const one = mcm(['lint', '.', '--format', format], '0');
      expect(one.code).toBe(1);
      expect(mcm(['lint', '.', '--format', format], '1')).toEqual(one);
      expect(mcm(['lint', '.', '--format', format], '2')).toEqual(one);
    }
  }, 120_000);
});
