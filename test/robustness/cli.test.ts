import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { formatters } from '../../src/core/formatters/index.js';
import { specExample } from '../helpers.js';
import { badDir, committedCorpus, generatedCorpus, STACK_LINE } from './corpus.js';

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const corpus = committedCorpus();

// A runaway process should die fast on this shared machine rather than take all its memory.
function mcm(args: string[], input?: Buffer) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=1024' },
  });
  return { code: result.status, signal: result.signal, out: result.stdout, err: result.stderr };
}

function memoryIo(cwd: string, stdin: Uint8Array = new Uint8Array()) {
  const out: string[] = [];
  const io: Io = {
    stdout: (text) => void out.push(text), stderr: (text) => void out.push(text), readStdin: async () => Buffer.from(stdin),
    cwd, env: {}, stdoutIsTTY: false, stdinIsTTY: false,
  };
  return { io, output: () => out.join('') };
}

/** What a user must never see: a stack trace, an internal error, or a crash of Node itself. */
function crashSigns(text: string): string[] {
  return [STACK_LINE.test(text) && 'stack trace', /internal error/i.test(text) && 'internal error', /FATAL ERROR|Aborted|core dumped/.test(text) && 'crash']
    .filter((sign): sign is string => Boolean(sign));
}

describe('the mcm binary on bad input', () => {
  test('lints the whole bad corpus in one run: exit 1, one JSON entry per file, no crash', () => {
    const files = corpus.map(({ name }) => join(badDir, name));
    const result = mcm(['lint', ...files, '--format', 'json']);
    expect({ code: result.code, signs: crashSigns(result.err + result.out), err: result.err }).toEqual({ code: 1, signs: [], err: '' });
    const report = JSON.parse(result.out) as { files: { file: string; errorCount: number }[] };
    expect(report.files.map((f) => f.file)).toEqual(files);
    expect(report.files.filter((f) => f.errorCount === 0).map((f) => f.file)).toEqual([]);
  });

  // A hang is killed by mcm()'s timeout and fails on its signal.
  test.each(generatedCorpus())('lints $name (generated) without a crash or a hang', ({ path, expected }) => {
    const result = mcm(['lint', path]);
    expect({ code: result.code, signal: result.signal, signs: crashSigns(result.err + result.out), err: result.err }).toEqual({ code: 1, signal: null, signs: [], err: '' });
    const lines = result.out.split('\n');
    expect(lines[0]).toBe(path);
    expect(lines).toContain(`  ${expected}`);
  }, 90_000);

  test('reads binary data from standard input', () => {
    const result = mcm(['lint', '-', '--stdin-filename', 'photo.png'], readFileSync(join(badDir, 'binary.yaml')));
    expect(result).toEqual({
      code: 1, signal: null, err: '',
      out: 'photo.png\n  1:1  error  This file is not UTF-8 text: save it as UTF-8 (most editors offer it under "Save with encoding").  yaml-syntax\n\n✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file\n',
    });
  });
});

describe('mcm in-process on bad input', () => {
  test.each(Object.keys(formatters))('every file of the bad corpus, --format %s: exit 1, no crash', async (format) => {
    for (const { name } of corpus) {
      const { io, output } = memoryIo(badDir);
      const code = await run(['lint', name, '--format', format], io);
      expect({ name, code, signs: crashSigns(output()) }).toEqual({ name, code: 1, signs: [] });
    }
  });

  test('any command line exits 0, 1 or 2 and never shows a stack trace', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mcm-argv-'));
    writeFileSync(join(cwd, 'strategy.yaml'), specExample);
    cpSync(join(badDir, 'wrong-types.yaml'), join(cwd, 'bad.yaml'));
    writeFileSync(join(cwd, '.mcmrc.yaml'), 'extends: strict\nrules: { channel-owner: off }\n');
    const token = fc.oneof(
      fc.constantFrom('lint', 'brief', 'init', 'rules', 'schema', 'help', '--format', 'json', 'stylish', 'sarif', 'github', 'junit', 'markdown',
        '--output', 'report.txt', '--config', '.mcmrc.yaml', 'missing.yaml', '--max-warnings', '-1', '0', '--quiet', '-q', '--rule',
        'channel-kpis=off', 'schema=info', 'nope=error', '--stdin-filename', '-', '--no-color', '--help', '-h', '--version', '-v',
        'strategy.yaml', 'bad.yaml', '.', '*.yaml', '**/*.yml', '--', '--yes', '--force', '--out', 'briefs', '--only', 'channels',
        '--templates', '--preset', 'ecommerce', '--answers', 'no-identical-content', 'channel-kpis'),
      fc.stringMatching(/^-{0,2}[a-z=]{0,6}$/),
    );
    const stdin = fc.oneof(fc.constant(Buffer.from(specExample)), fc.uint8Array({ maxLength: 64 }));
    const command = fc.constantFrom('lint', 'lint', 'lint', 'brief', 'init', 'rules', 'schema', '--no-such-flag');
    await fc.assert(fc.asyncProperty(command, fc.array(token, { maxLength: 6 }), stdin, async (first, rest, input) => {
      const argv = [first, ...rest];
      const { io, output } = memoryIo(cwd, input);
      const code = await run(argv, io);
      expect({ argv, code: [0, 1, 2].includes(code), signs: crashSigns(output()) }).toEqual({ argv, code: true, signs: [] });
    }), { numRuns: 150 });
  });
});
