import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;
const mcm = (args: string[], input?: string | Buffer, env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('the mcm binary', () => {
  test('--version and --help follow commander conventions', () => {
    expect(mcm(['--version'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
    const help = mcm(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: mcm [options] [command]');
    expect(help.out).toMatch(/lint \[options\] \[files\.\.\.\]\s+check strategy files against the schema and the\s+marketing rules/);
    const lintHelp = mcm(['lint', '--help']);
    expect(lintHelp.code).toBe(0);
    expect(lintHelp.out).toContain('--max-warnings <n>');
    expect(lintHelp.out).toContain('Exit status: 0 no errors, 1 errors found (or too many warnings), 2 usage, input or configuration problem.');
  });

  test('lints the SPEC example clean, from a file and from standard input', () => {
    // No error and no warning; the one info is link-tracking's, for the facebook link without UTM tags.
    const report = (file: string) => [
      file,
      '  42:13  info  The link of "facebook-page" carries no utm_source, utm_medium or utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_source=facebook&utm_medium=social&utm_campaign=spring-oil-change-promo to it.  link-tracking',
      '',
      '✖ 1 problem (0 errors, 0 warnings, 1 info) in 1 file',
      '',
    ].join('\n');
    expect(mcm(['lint', 'test/fixtures/strategies/spec-example.yaml'])).toEqual({ code: 0, out: report('test/fixtures/strategies/spec-example.yaml'), err: '' });
    const piped = mcm(['lint', '-'], readFileSync(new URL('../fixtures/strategies/spec-example.yaml', import.meta.url)));
    expect(piped).toEqual({ code: 0, out: report('<stdin>'), err: '' });
  });

  test('colours only when asked or on a terminal', () => {
    const text = 'mcm: 1\nname: a\nname: b\n';
    expect(mcm(['lint', '-'], text).out).not.toContain('\u001b[');
    expect(mcm(['lint', '-'], text, { FORCE_COLOR: '1' }).out).toContain('\u001b[31merror\u001b[39m');
    expect(mcm(['lint', '-', '--no-color'], text, { FORCE_COLOR: '1' }).out).not.toContain('\u001b[');
  });

  test('an unknown command or option exits 2 without a stack trace', () => {
    const unknown = mcm(['lnt']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe("error: unknown command 'lnt'\n(Did you mean lint?)\n");
    const option = mcm(['lint', '--fromat', 'json']);
    expect(option.code).toBe(2);
    expect(option.err).toBe("error: unknown option '--fromat'\n(Did you mean --format?)\n");
  });

  test('a binary file is a diagnostic, not a crash', () => {
    const result = mcm(['lint', '-', '--stdin-filename', 'logo.png'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]));
    expect(result).toEqual({
      code: 1,
      out: 'logo.png\n  1:1  error  This file is not UTF-8 text: save it as UTF-8 (most editors offer it under "Save with encoding").  yaml-syntax\n\n✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file\n',
      err: '',
    });
  });
});
