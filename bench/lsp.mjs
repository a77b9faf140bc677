// The editor's figures of SPEC §5: how fast the language server answers a change of a 50-channel strategy
// with diagnostics, and what `mcm lint --fix` costs on a typical file next to `mcm lint`.
//   node bench/lsp.mjs [--runs N] [--no-build]
// bench/run.mjs can call runLspBench() and printLspBench() instead.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { privateCopy } from './copy.mjs';
import { strategy } from './generate.mjs';
import { measure } from './measure.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const rootBin = join(root, 'bin', 'mcm.js');

export const TARGETS = { latencyMs: 50, fixRatio: 2 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Mistakes that --fix repairs, as a typical file has a few. */
function withMistakes(text) {
  return text.replace(/^usp:/m, 'usb:').replace(/^(\s+tone: )([a-z])/m, (_, key, c) => key + c.toUpperCase());
}

async function measureLatency(runs, bin) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-languageserver-protocol/node');
  const dir = mkdtempSync(join(tmpdir(), 'mcm-bench-lsp-'));
  const file = join(dir, 'channels-50.yaml');
  const text = strategy(50);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    waiting.get(params.version)?.(params.diagnostics.length);
    waiting.delete(params.version);
  });
  connection.listen();
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
    await connection.sendNotification('initialized', {});
    let version = 1;
    const opened = published(version);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    await opened;
    // A character typed at the start of a message in the middle of the file, then a pause, as after a word.
    const line = text.split('\n').findIndex((l, i) => i > 300 && /^\s+message: /.test(l));
    const column = /^\s+message: "?/.exec(text.split('\n')[line])[0].length;
    const change = async (insert) => {
      version++;
      const done = published(version);
      const start = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: column }, end: { line, character: column } }, text: insert }],
      });
      await done;
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    for (let i = 0; i < 5; i++) { await change(' '); await sleep(80); } // warm-up
    const single = [];
    for (let i = 0; i < runs; i++) {
      single.push(await change(' '));
      await sleep(80);
    }
    // Typing without a pause: a key every 20 ms; the time from the last key of a burst to its diagnostics.
    const burst = [];
    for (let i = 0; i < Math.max(5, Math.round(runs / 3)); i++) {
      for (let k = 0; k < 5; k++) {
        version++;
        await connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line, character: column }, end: { line, character: column } }, text: 'x' }],
        });
        await sleep(20);
      }
      burst.push(await change('y'));
      await sleep(120);
    }
    await connection.sendRequest('shutdown', null);
    await connection.sendNotification('exit', null);
    if (process.env.MCM_BENCH_DEBUG) console.error({ single, burst });
    return { median: median(single), p90: percentile(single, 0.9), runs, burstMedian: median(burst), bursts: burst.length };
  } finally {
    connection.dispose();
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

function measureFix(runs, bin) {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-bench-fix-'));
  try {
    const file = join(dir, 'typical.yaml');
    const text = withMistakes(strategy(20, { seed: 3 }));
    writeFileSync(file, text);
    // Both lint the file with its mistakes; --fix may leave none (exit 0).
    const check = ({ status, stdout }) => ([0, 1].includes(status) && /(?:✖ [\d,]+ problems? .*|✔ No problems found) in 1 file\.?\s*$/.test(stdout) ? undefined : `exit ${status}, no lint summary`);
    const lint = measure([bin, 'lint', file], { runs, cwd: dir, check });
    const fix = measure([bin, 'lint', file, '--fix'], { runs, cwd: dir, prepare: () => writeFileSync(file, text), check });
    return { lint: lint.seconds, fix: fix.seconds, ratio: fix.seconds / lint.seconds, fixStatus: fix.status, failed: lint.failed ?? fix.failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs both measurements; the build must be current. */
export async function runLspBench({ runs = 30, bin = rootBin } = {}) {
  const latency = await measureLatency(runs, bin);
  const fix = measureFix(Math.max(5, Math.round(runs / 3)), bin);
  return { latency, fix };
}

/** The figures as lines of text, each with its SPEC §5 target. */
export function printLspBench({ latency, fix }, write = (line) => console.log(line)) {
  const ok = (pass) => (pass ? 'ok' : 'MISSED');
  write('Language server and fixes (SPEC §5)');
  write(`  change → diagnostics, 50 channels, after a pause: median ${latency.median.toFixed(1)} ms, p90 ${latency.p90.toFixed(1)} ms over ${latency.runs} changes (target ≤ ${TARGETS.latencyMs} ms) ${ok(latency.median <= TARGETS.latencyMs)}`);
  write(`  change → diagnostics, 50 channels, while typing (a key every 20 ms): median ${latency.burstMedian.toFixed(1)} ms from the last key over ${latency.bursts} bursts (at most one lint per 50 ms, by design)`);
  if (fix.failed) write(`  mcm lint --fix, typical file: FAILED (${fix.failed})`);
  else write(`  mcm lint --fix, typical file (20 channels, 2 fixes): ${(fix.fix * 1000).toFixed(0)} ms vs mcm lint ${(fix.lint * 1000).toFixed(0)} ms = ${fix.ratio.toFixed(2)} × (target ≤ ${TARGETS.fixRatio} ×) ${ok(fix.ratio <= TARGETS.fixRatio)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 30;
  if (!argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('bench: "npm run build" failed; fix the build first.');
      process.exit(2);
    }
  }
  const copy = privateCopy(root);
  try {
    printLspBench(await runLspBench({ runs, bin: copy.bin }));
  } finally {
    copy.remove();
  }
}
