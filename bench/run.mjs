#!/usr/bin/env node
// npm run bench [-- --runs N] [-- --only TEXT] [-- --check] [-- --no-build]
// Times whole mcm processes against the targets of SPEC §5 and says which are missed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random, strategy } from './generate.mjs';
import { measure, memorySource } from './measure.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'bench', '.out');
const bin = join(root, 'bin', 'mcm.js');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const forcedRuns = value('--runs') ? Number(value('--runs')) : undefined;
const only = value('--only');

if (!flag('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('bench: "npm run build" failed; fix the build first.');
    process.exit(2);
  }
}

// 1. Inputs: generated strategies and a folder of typical files.
const at = (name) => join(out, name);
const rel = (path) => relative(root, path);
mkdirSync(at('folder'), { recursive: true });
const sizes = [10, 50, 1000, 10000];
for (const n of sizes) writeFileSync(at(`channels-${n}.yaml`), strategy(n));
const pickSize = random(42);
let folderChannels = 0;
let folderBytes = 0;
for (let i = 1; i <= 1000; i++) {
  // Log-uniform between 5 and 50 channels: most strategies are small, a few are large.
  const n = Math.round(5 * 10 ** pickSize.next());
  folderChannels += n;
  const text = strategy(n, { seed: i });
  folderBytes += text.length;
  writeFileSync(at(`folder/strategy-${String(i).padStart(4, '0')}.yaml`), text);
}
const spec = join(root, 'bench', 'spec-example.yaml');
const seconds = (s) => `${s.toFixed(s < 1 ? 3 : 2)} s`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const sizeOf = (n) => mb(statSync(at(`channels-${n}.yaml`)).size);

// 2. Cases: the SPEC §5 targets are `seconds` and `megabytes`.
const lintOk = [0, 1];
const cases = [
  { id: 'node', label: 'node -e 0 (start-up of Node itself)', args: ['-e', '0'], ok: [0] },
  { id: 'version', label: 'mcm --version', args: [bin, '--version'], ok: [0], seconds: 0.1 },
  { id: 'spec', label: 'mcm lint: SPEC §1 example (3 channels)', args: [bin, 'lint', spec], ok: lintOk, seconds: 0.15, megabytes: 80 },
  { id: 'lint-10', label: 'mcm lint: 10 channels', args: [bin, 'lint', at('channels-10.yaml')], ok: lintOk, seconds: 0.15, megabytes: 80 },
  { id: 'lint-50', label: 'mcm lint: 50 channels', args: [bin, 'lint', at('channels-50.yaml')], ok: lintOk, seconds: 0.15, megabytes: 80 },
  { id: 'lint-1000', label: `mcm lint: 1,000 channels (${sizeOf(1000)})`, args: [bin, 'lint', at('channels-1000.yaml')], ok: lintOk, runs: 3 },
  { id: 'lint-10000', label: `mcm lint: 10,000 channels (${sizeOf(10000)})`, args: [bin, 'lint', at('channels-10000.yaml')], ok: lintOk, seconds: 1.0, megabytes: 250, runs: 3 },
  { id: 'folder', label: `mcm lint: folder of 1,000 files (${folderChannels.toLocaleString('en')} channels, ${mb(folderBytes)})`, args: [bin, 'lint', at('folder')], ok: lintOk, seconds: 3, runs: 3 },
  {
    id: 'brief', label: 'mcm brief: 1,000 channels', args: [bin, 'brief', at('channels-1000.yaml'), '--out', at('briefs')], ok: [0], runs: 3, optional: true,
    prepare: () => rmSync(at('briefs'), { recursive: true, force: true }),
  },
  {
    id: 'init', label: 'mcm init --yes', args: [bin, 'init', at('init/strategy.yaml'), '--yes'], ok: [0], optional: true,
    prepare: () => { rmSync(at('init'), { recursive: true, force: true }); mkdirSync(at('init')); },
  },
];

// 3. Measure and print.
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(`\nmcm benchmark · ${availableParallelism()} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GB · Node ${process.version} · ${process.platform}`);
console.log(`Whole processes, median of N runs after one warm-up run; targets apply to wall time; cpu is user + system`);
console.log(`time (steadier when other processes share the machine); peak memory from ${memorySource}.\n`);
const rows = [['', 'runs', 'time', 'target', 'cpu', 'memory', 'target', '']];
const results = new Map();
const missed = [];
const check = (value, target, unit, label) => {
  if (target === undefined) return ['', ''];
  const ok = value <= target;
  const space = unit === '×' ? '' : ' ';
  if (!ok) missed.push(`${label}: ${value.toFixed(unit === 'MB' ? 0 : unit === '×' ? 1 : 3)}${space}${unit}, target ${target}${space}${unit}`);
  return [`≤ ${target}${space}${unit}`, ok ? 'ok' : 'MISSED'];
};
for (const c of cases) {
  if (only && !c.id.includes(only) && c.id !== 'spec' && c.id !== 'node') continue;
  const runs = forcedRuns ?? c.runs ?? 5;
  const result = measure(c.args, { runs, cwd: root, prepare: c.prepare });
  if (!c.ok.includes(result.status)) {
    const why = result.stderr.trim().split('\n')[0] ?? '';
    if (c.optional) rows.push([c.label, '', 'n/a', '', '', '', '', `not available (exit ${result.status}: ${why})`]);
    else {
      rows.push([c.label, '', 'n/a', '', '', '', '', `FAILED (exit ${result.status}: ${why})`]);
      missed.push(`${c.label}: failed with exit ${result.status}`);
    }
    continue;
  }
  results.set(c.id, result);
  const [timeTarget, timeOk] = check(result.seconds, c.seconds, 's', c.label);
  const [memTarget, memOk] = check(result.megabytes, c.megabytes, 'MB', c.label);
  const verdicts = [timeOk, memOk].filter(Boolean);
  rows.push([c.label, String(runs), seconds(result.seconds), timeTarget, seconds(result.cpu), `${Math.round(result.megabytes)} MB`, memTarget, verdicts.includes('MISSED') ? 'MISSED' : verdicts.length ? 'ok' : '']);
}
const small = results.get('lint-1000');
const large = results.get('lint-10000');
const base = results.get('spec');
if (small && large) {
  const whole = large.seconds / small.seconds;
  rows.push(['growth 1,000 → 10,000 channels, whole process', '', `${whole.toFixed(1)}×`, '', '', '', '', '']);
  if (base) {
    // Start-up is the same for both sizes; net of it, the ratio shows how the work itself grows.
    const net = (large.seconds - base.seconds) / Math.max(0.001, small.seconds - base.seconds);
    const [target, ok] = check(net, 12, '×', 'growth 1,000 → 10,000 channels, net of start-up');
    rows.push(['growth 1,000 → 10,000 channels, net of start-up', '', `${net.toFixed(1)}×`, target, '', '', '', ok]);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
const last = widths.length - 1;
for (const row of rows) console.log(row.map((cell = '', i) => (i === 0 || i === last ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
console.log(missed.length ? `\nTargets missed (${missed.length}):\n${missed.map((m) => `  - ${m}`).join('\n')}` : '\nEvery SPEC §5 target measured here holds.');
console.log(`\nInputs are in ${rel(out)}/ (generated, git-ignored).`);
if (flag('--check') && missed.length) process.exitCode = 1;
