import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';
const PRELOAD = new URL('./max-rss.mjs', import.meta.url);

/** How peak memory is read: GNU time when installed, else a preload that reports the process's own maxRSS. */
export const memorySource = hasGnuTime() ? 'GNU time (%M)' : 'process.resourceUsage().maxRSS';

function hasGnuTime() {
  if (!existsSync(TIME)) return false;
  return spawnSync(TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
}

/**
 * Runs `node args…` `runs` times as a fresh process (after one untimed run that warms the disk cache, unless
 * `warmup` is false)
 * and returns the median wall time and CPU time (user + system) in seconds, the median peak memory in MB,
 * and the last exit code. CPU time moves less than wall time when other processes share the machine.
 * `check({ status, stdout, stderr })` looks at every run (the warm-up too) and returns why a run is not the
 * real thing, or undefined: `failed` is the first such reason.
 */
export function measure(args, { runs = 5, cwd = process.cwd(), prepare, env = {}, warmup = true, check } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'mcm-bench-'));
  const report = join(scratch, 'rss');
  const times = [];
  const cpus = [];
  const memories = [];
  let status = 0;
  let stderr = '';
  let failed;
  try {
    for (let i = warmup ? 0 : 1; i <= runs; i++) {
      prepare?.();
      const command = memorySource.startsWith('GNU')
        ? [TIME, ['-q', '-f', '%M %U %S', '-o', report, process.execPath, ...args]]
        : [process.execPath, ['--import', PRELOAD.href, ...args]];
      const start = process.hrtime.bigint();
      const result = spawnSync(command[0], command[1], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        env: { ...process.env, NO_COLOR: '1', MCM_BENCH_RSS: report, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      status = result.status ?? 128;
      stderr = result.stderr;
      // The first run that is not the real thing fails the case: its time would mean nothing.
      failed ??= check?.({ status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' });
      if (i === 0) continue;
      times.push(seconds);
      const [kb, user, system] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      memories.push(kb / 1024);
      cpus.push(user + system);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { seconds: median(times), cpu: median(cpus), megabytes: median(memories), status, stderr, times, failed };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
