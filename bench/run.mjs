#!/usr/bin/env node
// npm run bench [-- --runs N] [-- --only TEXT] [-- --check] [-- --no-build] [-- --no-spectral] [-- --no-lsp]
// Times whole processes side by side in one run: Node's own start-up, mcm, and Spectral with an equivalent
// ruleset, and prints each figure next to its target of SPEC §5 (and of issue 10: nothing quadratic).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { privateCopy } from './copy.mjs';
import { random, strategy } from './generate.mjs';
import { measure, memorySource } from './measure.mjs';
import { setUpSpectral, spectralArgs, SPECTRAL_VERSION } from './spectral.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'bench', '.out');
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
// Every case runs the build as it is now, copied: a rebuild during the run cannot change what is timed.
const build = privateCopy(root);
process.once('exit', build.remove);
const bin = build.bin;

// 1. Inputs, generated (the same every run).
const at = (name) => join(out, name);
const rel = (path) => relative(root, path);
const MAX_BYTES = 10 * 1024 * 1024;
const write = (name, text) => {
  writeFileSync(at(name), text);
  return at(name);
};
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const sizeOf = (file) => mb(statSync(file).size);
mkdirSync(out, { recursive: true });
const files = {};
for (const n of [10, 50, 10000]) files[n] = write(`channels-${n}.yaml`, strategy(n));
// The largest generated strategy the size limit admits: grow by 1,000 channels while it fits.
let largest = 10000;
let largestText = strategy(largest);
for (let n = largest + 1000; ; n += 1000) {
  const text = strategy(n);
  if (Buffer.byteLength(text) > MAX_BYTES) break;
  [largest, largestText] = [n, text];
}
files.largest = write('channels-largest.yaml', largestText);
// Every channel broken: its budget is text where the schema wants a number (one error per channel).
const clean10k = strategy(10000);
files.broken = write('broken-10000.yaml', clean10k.replace(/^( {4}budget: )(\d+)$/gm, '$1x$2'));
// An anchor and an alias (read by the fast loader since nothing can expand); a tab inside one quoted message
// (read by the fast loader too); a tab inside a block of text in a channel (`message: |`), which the yaml package
// checks where it stands (src/core/strategy/fast-load.ts lists such constructs); a %YAML 1.1 directive (plain values
// then resolved with YAML 1.1's types); YAML mistakes, read in the list item or root pair that holds them when the
// rest of the file reads cleanly (a line of a channel indented with a tab, a colon inside the usp, a quote left open
// in a channel's message, which js-yaml reads on to the next quote mark but the next line ends for the yaml package).
files.anchor = write('anchor-10000.yaml', clean10k.replace(/^usp: /m, 'x-note: &note Shared note\nx-again: *note\nusp: '));
files.quotedTab = write('quoted-tab-10000.yaml', clean10k.replace(/^( +message: ")/m, '$1\t'));
files.blockTab = write('block-tab-10000.yaml', clean10k.replace(/^( +)message: "(.*)"$/m, (_, indent, text) => `${indent}message: |\n${indent}  ${text.replace(' ', '\t')}`));
files.tabIndent = write('tab-indent-10000.yaml', clean10k.replace(/^ {6}(cta: )/m, '\t$1'));
files.colonInText = write('colon-in-text-10000.yaml', clean10k.replace(/^usp: /m, 'usp: Fast: '));
files.openQuote = write('open-quote-10000.yaml', clean10k.replace(/^( +message: )"(.*)"$/m, '$1"$2'));
files.directive = write('directive-10000.yaml', `%YAML 1.1\n---\n${clean10k}`);
// A byte-order mark inside a message, as when files saved with one are joined: checked where it stands.
files.bom = write('stray-bom-10000.yaml', clean10k.replace(/^( +message: ")/m, '$1\uFEFF'));
// 100,000 short channels, valid or each with a type error, of the same size.
const short = (broken) => {
  const lines = ['mcm: 1', 'name: Many channels', 'goal: { statement: Book 400 oil changes }', 'usp: Done in 30 minutes', 'personas:', '  - { id: commuter, name: Emma }', 'channels:'];
  for (let i = 0; i < 100000; i++) lines.push(`  - { id: c-${String(i).padStart(6, '0')}, type: ${broken ? '12345' : 'email'} }`);
  return `${lines.join('\n')}\n`;
};
files.short = write('channels-100000.yaml', short(false));
files.shortBroken = write('broken-100000.yaml', short(true));
// A configuration of 20,000 keys (mcm refuses it: they are not rules) and a valid one of the same size.
const ruleLines = Array.from({ length: 20000 }, (_, i) => `  custom-rule-${i}: warning`);
files.bigConfig = write('config-20000.yaml', `rules:\n${ruleLines.join('\n')}\n`);
const smallConfig = 'rules:\n  channel-owner: warning\n';
files.smallConfig = write('config-small.yaml', `${smallConfig}${'# a comment that pads the file to the same size\n'.repeat(Math.ceil((statSync(files.bigConfig).size - smallConfig.length) / 48))}`);
// Folders of typical files: log-uniform between 5 and 50 channels (most strategies are small).
const folder = (name, count) => {
  const dir = at(name);
  // The files are the same every run: a folder completed before is kept.
  const done = join(dir, '.complete');
  if (existsSync(done)) return { dir, label: readFileSync(done, 'utf8') };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pick = random(42);
  let channels = 0;
  let bytes = 0;
  for (let i = 1; i <= count; i++) {
    const n = Math.round(5 * 10 ** pick.next());
    const text = strategy(n, { seed: i });
    channels += n;
    bytes += text.length;
    writeFileSync(join(dir, `strategy-${String(i).padStart(4, '0')}.yaml`), text);
  }
  const label = `${count.toLocaleString('en')} files (${channels.toLocaleString('en')} channels, ${mb(bytes)})`;
  writeFileSync(done, label);
  return { dir, label };
};
const folder1000 = folder('folder', 1000);
const folder5000 = folder('folder-5000', 5000);

// 2. Spectral, installed on demand into a cache folder.
const spectral = flag('--no-spectral') ? { missing: 'left out (--no-spectral)' } : setUpSpectral(join(root, 'schemas', 'strategy.schema.json'));
const spectralName = spectral.missing ? `Spectral ${SPECTRAL_VERSION}` : `Spectral ${spectral.version}`;

// 3. Cases. `vs` compares with another case: `at most` N times its time, or `faster` (at least N times faster).
// `expect` recognises the real output (stdout, stderr): a process that exits with an expected code but did
// not do the work (a crash printed to stderr, an empty stdout) is a failed case, never a timing.
const lintOk = [0, 1];
const mcm = (...args) => [bin, 'lint', ...args];
const count = (text) => Number(text.replace(/,/g, ''));
/** Stylish output of `files` files, with at least `errors` errors. */
const stylish = (files, errors = 0) => ({ stdout }) => {
  const summary = /(?:✖ ([\d,]+) problems? \(([\d,]+) errors?[^)]*\)|✔ No problems found) in ([\d,]+) files?\.?\s*$/.exec(stdout);
  if (!summary) return `no lint summary on stdout (it ends: ${JSON.stringify(stdout.slice(-80))})`;
  if (count(summary[3]) !== files) return `the summary names ${summary[3]} files, not ${files}`;
  if (count(summary[2] ?? '0') < errors) return `${summary[2] ?? 0} errors, expected at least ${errors}`;
  return undefined;
};
/** JSON output of one file with at least `errors` errors. */
const json = (errors = 0) => ({ stdout }) => {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return `stdout is not the JSON report (it starts: ${JSON.stringify(stdout.slice(0, 80))})`;
  }
  if (report.files?.length !== 1) return `the report holds ${report.files?.length} files, not 1`;
  return report.files[0].errorCount >= errors ? undefined : `${report.files[0].errorCount} errors, expected at least ${errors}`;
};
const says = (stream, pattern) => (output) => (pattern.test(output[stream]) ? undefined : `${stream} does not match ${pattern} (${JSON.stringify(output[stream].trim().slice(0, 100))})`);
// Spectral with --quiet prints one line per problem (file:line:column severity rule message), or nothing.
const spectralOutput = ({ stdout }) => (stdout.split('\n').every((line) => line.trim() === '' || /^\S.*:\d+:\d+ +(?:error|warning|information|hint) /.test(line))
  ? undefined : `stdout is not Spectral's list of problems (${JSON.stringify(stdout.trim().slice(0, 100))})`);
const cases = [
  { id: 'node', label: 'node -e 0 (start-up of Node itself)', args: ['-e', '0'], ok: [0], expect: says('stdout', /^$/), runs: 7 },
  { id: 'version', label: 'mcm --version', args: [bin, '--version'], ok: [0], expect: says('stdout', /^\d+\.\d+\.\d+\n$/), runs: 7, vs: [{ id: 'node', atMost: 1.5 }] },
  { id: 'lint-10', label: 'mcm lint: typical, 10 channels', args: mcm(files[10]), ok: lintOk, expect: stylish(1), runs: 7, megabytes: 80, vs: [{ id: 'node', atMost: 2 }, { id: 'spectral-10', faster: 8 }] },
  { id: 'lint-50', label: 'mcm lint: typical, 50 channels', args: mcm(files[50]), ok: lintOk, expect: stylish(1), runs: 7, megabytes: 80, vs: [{ id: 'node', atMost: 2 }, { id: 'spectral-50', faster: 8 }] },
  { id: 'spectral-10', label: `${spectralName}: 10 channels`, spectral: [files[10]], runs: 3 },
  { id: 'spectral-50', label: `${spectralName}: 50 channels`, spectral: [files[50]], runs: 3 },
  { id: 'lint-10000', label: `mcm lint: 10,000 channels (${sizeOf(files[10000])})`, args: mcm(files[10000]), ok: lintOk, expect: stylish(1), runs: 3, megabytes: 250, vs: [{ id: 'spectral-10000', faster: 2.5 }] },
  { id: 'spectral-10000', label: `${spectralName}: 10,000 channels`, spectral: [files[10000]], runs: 3 },
  { id: 'lint-largest', label: `mcm lint: ${largest.toLocaleString('en')} channels, the largest under 10 MB (${sizeOf(files.largest)})`, args: mcm(files.largest), ok: lintOk, expect: stylish(1), runs: 3, vs: [{ id: 'lint-10000', atMost: 3 }] },
  { id: 'lint-broken', label: `mcm lint: 10,000 broken channels (${sizeOf(files.broken)})`, args: mcm(files.broken), ok: [1], expect: stylish(1, 10000), runs: 3, vs: [{ id: 'lint-10000', atMost: 1.5 }] },
  { id: 'lint-anchor', label: `mcm lint: 10,000 channels with an anchor and an alias (${sizeOf(files.anchor)})`, args: mcm(files.anchor), ok: lintOk, expect: stylish(1), runs: 3, vs: [{ id: 'lint-10000', atMost: 2 }] },
  { id: 'lint-quoted-tab', label: `mcm lint: 10,000 channels with a tab in a quoted message (${sizeOf(files.quotedTab)})`, args: mcm(files.quotedTab), ok: lintOk, expect: stylish(1), runs: 3, vs: [{ id: 'lint-10000', atMost: 2 }] },
  { id: 'lint-block-tab', label: `mcm lint: 10,000 channels with a tab in a block of text, checked where it stands (${sizeOf(files.blockTab)})`, args: mcm(files.blockTab), ok: lintOk, expect: stylish(1), runs: 3, vs: [{ id: 'lint-10000', atMost: 2 }] },
  { id: 'lint-tab-indent', label: `mcm lint: 10,000 channels, one line indented with a tab (a YAML mistake, read where it stands) (${sizeOf(files.tabIndent)})`, args: mcm(files.tabIndent), ok: [1], expect: stylish(1, 1), runs: 3, vs: [{ id: 'lint-10000', atMost: 2 }] },
  { id: 'lint-colon-in-text', label: `mcm lint: 10,000 channels, a colon inside the usp (a YAML mistake, read where it stands) (${sizeOf(files.colonInText)})`, args: mcm(files.colonInText), ok: [1], expect: stylish(1, 1), runs: 3, vs: [{ id: 'lint-10000', atMost: 2 }] },
  { id: 'lint-open-quote', label: `mcm lint: 10,000 channels, a quote left open in a message (read in its channel) (${sizeOf(files.openQuote)})`, args: mcm(files.openQuote), ok: [1], expect: stylish(1, 1), runs: 3, vs: [{ id: 'lint-10000', atMost: 2 }] },
  { id: 'lint-stray-bom', label: `mcm lint: 10,000 channels, a byte-order mark inside a message (checked where it stands) (${sizeOf(files.bom)})`, args: mcm(files.bom), ok: lintOk, expect: stylish(1), runs: 3, vs: [{ id: 'lint-10000', atMost: 2 }] },
  { id: 'lint-directive', label: `mcm lint: 10,000 channels after a %YAML 1.1 directive (read with the YAML 1.1 types) (${sizeOf(files.directive)})`, args: mcm(files.directive), ok: lintOk, expect: stylish(1), runs: 3, vs: [{ id: 'lint-10000', atMost: 2 }] },
  { id: 'lint-short', label: `mcm lint: 100,000 short channels, valid (${sizeOf(files.short)})`, args: mcm(files.short, '--format', 'json'), ok: lintOk, expect: json(), runs: 3 },
  { id: 'lint-short-broken', label: `mcm lint: 100,000 short channels, each broken (${sizeOf(files.shortBroken)})`, args: mcm(files.shortBroken, '--format', 'json'), ok: [1], expect: json(100000), runs: 3, vs: [{ id: 'lint-short', atMost: 2 }] },
  { id: 'config-small', label: `mcm lint --config: a valid configuration (${sizeOf(files.smallConfig)}, comments)`, args: mcm(files[10], '--config', files.smallConfig), ok: lintOk, expect: stylish(1), runs: 5 },
  { id: 'config-20000', label: `mcm lint --config: 20,000 keys (${sizeOf(files.bigConfig)}, refused: not rules)`, args: mcm(files[10], '--config', files.bigConfig), ok: [2], expect: says('stderr', /unknown rule "custom-rule-0"/), runs: 5, vs: [{ id: 'config-small', atMost: 2 }] },
  { id: 'folder', label: `mcm lint: ${folder1000.label}`, args: mcm(folder1000.dir), ok: lintOk, expect: stylish(1000), runs: 3, seconds: 3, parallel: true, vs: [{ id: 'spectral-folder', faster: 10 }] },
  { id: 'spectral-folder', label: `${spectralName}: the same 1,000 files`, spectral: [`${folder1000.dir}/*.yaml`], runs: 1 },
  { id: 'folder-5000', label: `mcm lint: ${folder5000.label}, worker threads`, args: mcm(folder5000.dir), ok: lintOk, expect: stylish(5000), runs: 3, parallel: true, vs: [{ id: 'folder-5000-one', faster: availableParallelism() > 1 ? 1.2 : undefined }] },
  { id: 'folder-5000-one', label: 'mcm lint: the same 5,000 files on one thread (MCM_WORKERS=0)', args: mcm(folder5000.dir), env: { MCM_WORKERS: '0' }, ok: lintOk, expect: stylish(5000), runs: 3 },
];

// 4. Measure (every case first), then compare.
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(`\nmcm benchmark · ${availableParallelism()} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GB · Node ${process.version} · ${process.platform}`);
console.log('Whole processes, median of N runs (after one warm-up run when N > 1), run from a copy of the build; a ratio');
console.log('holds when it holds for wall time and for cpu time (user + system time of all threads, steadier when other');
console.log(`processes share the machine; for folders linted on worker threads, which spend more cpu time to take less time,`);
console.log(`only wall time is judged); peak memory from ${memorySource}. Every run's exit code and output are checked.`);
console.log(spectral.missing ? `${spectralName} ${spectral.missing}: its figures and the comparisons with it are left out.` : `${spectralName} from ${rel(spectral.bin).startsWith('..') ? spectral.bin : rel(spectral.bin)}, ruleset ${spectral.ruleset} (schema, KPIs per channel, identical messages).`);
console.log('');
const results = new Map();
const selected = cases.filter((c) => !only || c.id.includes(only) || c.id === 'node' || cases.some((o) => o.id.includes(only) && o.vs?.some((v) => v.id === c.id)));
for (const c of selected) {
  if (c.spectral && spectral.missing) continue;
  const runs = forcedRuns ?? c.runs;
  const args = c.spectral ? spectralArgs(spectral, c.spectral) : c.args;
  const ok = c.spectral ? [0, 1] : c.ok;
  const expect = c.spectral ? spectralOutput : c.expect;
  // Each run is checked, the warm-up too: the exit code first, then the output.
  const check = (run) => (ok.includes(run.status)
    ? expect(run)
    : `exit ${run.status}: ${(run.stderr.trim().split('\n')[0] ?? '').slice(0, 120)}`);
  const result = measure(args, { runs, cwd: root, env: c.env, warmup: runs > 1, check });
  results.set(c.id, { ...result, runs });
  process.stdout.write('.');
}
process.stdout.write('\n\n');

const seconds = (s) => `${s.toFixed(s < 1 ? 3 : 2)} s`;
const rows = [['', 'runs', 'time', 'cpu', 'memory', 'compared with', 'figure', 'target', '']];
const missed = [];
const verdict = (ok, what) => {
  if (!ok) missed.push(what);
  return ok ? 'ok' : 'MISSED';
};
for (const c of selected) {
  const r = results.get(c.id);
  if (!r) {
    if (c.spectral) rows.push([c.label, '', 'n/a', '', '', '', '', '', `not measured: ${spectral.missing}`]);
    continue;
  }
  if (r.failed) {
    rows.push([c.label, '', 'n/a', '', '', '', '', '', `FAILED (${r.failed})`]);
    missed.push(`${c.label}: failed (${r.failed})`);
    continue;
  }
  const checks = [];
  if (c.megabytes) checks.push(['memory', `${Math.round(r.megabytes)} MB`, `≤ ${c.megabytes} MB`, verdict(r.megabytes <= c.megabytes, `${c.label}: ${Math.round(r.megabytes)} MB, target ≤ ${c.megabytes} MB`)]);
  if (c.seconds) checks.push(['time', seconds(r.seconds), `≤ ${c.seconds} s`, verdict(r.seconds <= c.seconds, `${c.label}: ${seconds(r.seconds)}, target ≤ ${c.seconds} s`)]);
  if (c.cores) checks.push(['cpu ÷ time (cores used)', `${(r.cpu / r.seconds).toFixed(2)}`, `≥ ${c.cores}`, verdict(r.cpu / r.seconds >= c.cores, `${c.label}: cpu ÷ time ${(r.cpu / r.seconds).toFixed(2)}, target ≥ ${c.cores}`)]);
  for (const v of c.vs ?? []) {
    const other = results.get(v.id);
    const otherCase = cases.find((o) => o.id === v.id);
    const name = otherCase.label.replace(/ \(.*$/, '');
    if (!other || other.failed) {
      checks.push([name, 'n/a', v.atMost ? `≤ ${v.atMost}×` : v.faster ? `≥ ${v.faster}× faster` : '', otherCase.spectral && spectral.missing ? 'not measured' : '']);
      continue;
    }
    // The ratio of wall times, then of cpu times (steadier on a shared machine); the verdict needs both.
    if (v.atMost !== undefined) {
      const [ratio, cpuRatio] = [r.seconds / other.seconds, r.cpu / other.cpu];
      const figure = `${ratio.toFixed(2)}× (cpu ${cpuRatio.toFixed(2)}×)`;
      checks.push([name, figure, `≤ ${v.atMost}×`, verdict(ratio <= v.atMost && cpuRatio <= v.atMost, `${c.label}: ${figure} ${name}, target ≤ ${v.atMost}×`)]);
    } else {
      const [ratio, cpuRatio] = [other.seconds / r.seconds, other.cpu / r.cpu];
      const figure = `${ratio.toFixed(1)}× faster (cpu ${cpuRatio.toFixed(1)}×${c.parallel ? ', not judged' : ''})`;
      // Worker threads spend more cpu time to take less time: for them only the wall time is judged.
      const holds = ratio >= v.faster && (c.parallel || cpuRatio >= v.faster);
      checks.push([name, figure, v.faster ? `≥ ${v.faster}× faster` : '', v.faster ? verdict(holds, `${c.label}: ${figure} than ${name}, target ≥ ${v.faster}×`) : '']);
    }
  }
  const head = [c.label, String(r.runs), seconds(r.seconds), seconds(r.cpu), `${Math.round(r.megabytes)} MB`];
  if (!checks.length) rows.push([...head, '', '', '', '']);
  checks.forEach((check, i) => rows.push([...(i === 0 ? head : ['', '', '', '', '']), ...check]));
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
const left = new Set([0, 5, 8]);
for (const row of rows) console.log(row.map((cell = '', i) => (left.has(i) ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
// The language server's latency and --fix time (bench/lsp.mjs), with the same verdicts.
if (!flag('--no-lsp') && (!only || 'lsp fix'.includes(only))) {
  const { runLspBench, printLspBench, TARGETS } = await import('./lsp.mjs');
  const lsp = await runLspBench({ runs: forcedRuns ?? 30, bin });
  console.log('');
  printLspBench(lsp);
  if (lsp.latency.median > TARGETS.latencyMs) missed.push(`language server, change → diagnostics on 50 channels: median ${lsp.latency.median.toFixed(1)} ms, target ≤ ${TARGETS.latencyMs} ms`);
  if (lsp.fix.failed) missed.push(`mcm lint --fix on a typical file: failed (${lsp.fix.failed})`);
  else if (lsp.fix.ratio > TARGETS.fixRatio) missed.push(`mcm lint --fix on a typical file: ${lsp.fix.ratio.toFixed(2)} × mcm lint, target ≤ ${TARGETS.fixRatio} ×`);
}
console.log(missed.length ? `\nTargets missed (${missed.length}):\n${missed.map((m) => `  - ${m}`).join('\n')}` : '\nEvery target measured here holds.');
console.log(`\nInputs are in ${rel(out)}/ (generated, git-ignored).`);
if (flag('--check') && missed.length) process.exitCode = 1;
