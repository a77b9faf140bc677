import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { specExample } from '../helpers.js';

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
let dir: string;
const mcm = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
// Two fixable problems (a misspelt key, a tone in the wrong case) and a suggestion (5 for 5 %).
const broken = specExample
  .replace('usp: Done', 'usb: Done')
  .replace('      tone: friendly            #', '      tone: Friendly            #')
  .replace('{ metric: conversion_rate, target: 0.05 }', '{ metric: conversion_rate, target: 5 }');
const fixed = specExample.replace('{ metric: conversion_rate, target: 0.05 }', '{ metric: conversion_rate, target: 5 }');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcm-fix-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('mcm lint --fix', () => {
  test('fixes the file in place, byte for byte elsewhere, keeps its permissions, and reports what is left', () => {
    writeFileSync(join(dir, 'strategy.yaml'), broken);
    chmodSync(join(dir, 'strategy.yaml'), 0o640);
    const result = mcm(['lint', '--fix']);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(fixed);
    expect(statSync(join(dir, 'strategy.yaml')).mode & 0o777).toBe(0o640);
    expect(result).toEqual({
      code: 0, err: '',
      out: 'strategy.yaml\n'
        + '  42:13  info     The link of "facebook-page" carries no utm_source, utm_medium or utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_source=facebook&utm_medium=social&utm_campaign=spring-oil-change-promo to it.  link-tracking\n'
        + '  58:44  warning  The target of "conversion_rate" on channel "website" is 5, but conversion rate is written as a fraction (0.02 = 2 %): did you mean 0.05?  kpi-target-plausible\n'
        + '\n✖ 2 problems (0 errors, 1 warning, 1 info) in 1 file\n',
    });
    // Nothing left to fix: the file is not written again.
    const before = statSync(join(dir, 'strategy.yaml')).mtimeMs;
    expect(mcm(['lint', '--fix']).code).toBe(0);
    expect(statSync(join(dir, 'strategy.yaml')).mtimeMs).toBe(before);
  });

  test('--fix-type suggestion applies the suggestions too; --fix-type layout only the layout fixes', () => {
    writeFileSync(join(dir, 'strategy.yaml'), broken);
    expect(mcm(['lint', '--fix', '--fix-type', 'problem,layout,suggestion']).code).toBe(0);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(specExample);
    writeFileSync(join(dir, 'strategy.yaml'), broken);
    expect(mcm(['lint', '--fix', '--fix-type', 'layout']).code).toBe(1);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(broken.replace('tone: Friendly ', 'tone: friendly '));
  });

  test('--fix-dry-run prints the fixed text and writes nothing; the report goes to standard error', () => {
    writeFileSync(join(dir, 'strategy.yaml'), broken);
    const result = mcm(['lint', '--fix-dry-run']);
    expect(result.code).toBe(0);
    expect(result.out).toBe(fixed);
    expect(result.err).toContain('kpi-target-plausible');
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(broken);
    // Standard input works too.
    expect(mcm(['lint', '-', '--fix-dry-run'], broken).out).toBe(fixed);
  });

  test('--fix-dry-run --format json gives each changed file its output', () => {
    writeFileSync(join(dir, 'a.yaml'), broken);
    writeFileSync(join(dir, 'b.yaml'), specExample);
    const result = mcm(['lint', 'a.yaml', 'b.yaml', '--fix-dry-run', '--format', 'json']);
    const report = JSON.parse(result.out) as { files: { file: string; output?: string; diagnostics: { ruleId: string; suggestions?: unknown[] }[] }[] };
    expect(report.files.map((f) => [f.file, f.output])).toEqual([['a.yaml', fixed], ['b.yaml', undefined]]);
    const offset = fixed.indexOf('target: 5 }') + 'target: '.length;
    expect(report.files[0]!.diagnostics.find((d) => d.ruleId === 'kpi-target-plausible')).toMatchObject({ ruleId: 'kpi-target-plausible', suggestions: [{ desc: 'Write 0.05 (5 %)', range: [offset, offset + 1], text: '0.05' }] });
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(broken);
  });

  test('a byte-order mark and Windows line ends stay as they were', () => {
    writeFileSync(join(dir, 'strategy.yaml'), `\uFEFF${broken.replace(/\n/g, '\r\n')}`);
    mcm(['lint', '--fix']);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(`\uFEFF${fixed.replace(/\n/g, '\r\n')}`);
  });

  test('writes through a link to a file in the same folder; refuses a link out of it, standard input and --fix-type alone', () => {
    writeFileSync(join(dir, 'real.yaml'), broken);
    symlinkSync('real.yaml', join(dir, 'link.yaml'));
    expect(mcm(['lint', 'link.yaml', '--fix']).code).toBe(0);
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toBe(fixed);
    expect(statSync(join(dir, 'link.yaml')).isFile()).toBe(true);

    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'outside.yaml'), broken);
    symlinkSync('../outside.yaml', join(dir, 'sub', 'strategy.yaml'));
    const out = mcm(['lint', 'sub/strategy.yaml', '--fix']);
    expect(out.code).toBe(2);
    expect(out.err).toContain('Cannot write the fixes to "sub/strategy.yaml": it is a link to a file outside its folder');
    expect(readFileSync(join(dir, 'outside.yaml'), 'utf8')).toBe(broken);

    expect(mcm(['lint', '-', '--fix'], broken)).toEqual({ code: 2, out: '', err: 'mcm: --fix cannot write back to standard input: use --fix-dry-run, which prints the fixed text.\n' });
    writeFileSync(join(dir, 'strategy.yaml'), broken);
    expect(mcm(['lint', '--fix-type', 'layout']).code).toBe(2);
    expect(mcm(['lint', '--fix', '--fix-type', 'style'])).toEqual({ code: 2, out: '', err: 'mcm: --fix-type takes problem, suggestion or layout (several separated by commas); got "style".\n' });
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe(broken);
  });

  test('a FIFO, a device or a folder is never replaced', async () => {
    const { writeFixed } = await import('../../src/cli/commands/lint-fix.js');
    const fifo = join(dir, 'pipe.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(() => writeFixed(fifo, 'pipe.yaml', fixed)).toThrow('Cannot write the fixes to "pipe.yaml": it is not a regular file.');
    const device = join(dir, 'null.yaml');
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    expect(() => writeFixed(device, 'null.yaml', fixed)).toThrow('Cannot write the fixes to "null.yaml": it is not a regular file.');
    mkdirSync(join(dir, 'folder.yaml'));
    expect(() => writeFixed(join(dir, 'folder.yaml'), 'folder.yaml', fixed)).toThrow('it is not a regular file');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });
});
