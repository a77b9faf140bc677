import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// The built package: bundled files, the code cache bin/mcm.js keeps, and worker threads for many files.
const ROOT = new URL('../..', import.meta.url).pathname;
const bin = join(ROOT, 'bin/mcm.js');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};
const mcm = (args: string[], env: Record<string, string> = {}, cwd = ROOT, binary = bin) => {
  const result = spawnSync(process.execPath, [binary, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('the bundled build', () => {
  test('answers --version, -v and -V alike, and the API is importable from the package', () => {
    for (const flag of ['--version', '-v', '-V']) expect(mcm([flag])).toEqual({ code: 0, out: `${version}\n`, err: '' });
    const probe = spawnSync(process.execPath, ['--input-type=module', '-e', `
      const { lint, rules } = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
      const result = lint('mcm: 1\\nname: x\\n', { file: 'x.yaml' });
      process.stdout.write(JSON.stringify({ rules: rules.length > 10, first: result.diagnostics[0].ruleId }));
    `], { encoding: 'utf8' });
    expect(probe.stdout).toBe('{"rules":true,"first":"schema"}');
  }, 120_000);

  test('gives the same output with and without the code cache, and never fails when the cache cannot be written', () => {
    const file = join(ROOT, 'examples/oil-change.yaml');
    const plain = mcm(['lint', file, '--format', 'json'], { MCM_CODE_CACHE: 'off' });
    expect(mcm(['lint', file, '--format', 'json'])).toEqual(plain);
    // A copy of the package where neither cache folder can be made (a file stands where each would go,
    // which stops root as well as anyone): the same answer, and nothing written.
    const copy = temp('mcm-nocache-');
    for (const part of ['bin', 'dist', 'package.json', 'schemas', 'templates', 'docs']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    rmSync(join(copy, 'dist/.cache'), { recursive: true, force: true });
    writeFileSync(join(copy, 'dist/.cache'), '');
    symlinkModules(copy);
    const home = temp('mcm-home-');
    writeFileSync(join(home, 'blocker'), '');
    const env = { XDG_CACHE_HOME: join(home, 'blocker', 'cache'), HOME: home };
    expect(mcm(['lint', file, '--format', 'json'], env, ROOT, join(copy, 'bin/mcm.js'))).toEqual(plain);
    expect(readFileSync(join(copy, 'dist/.cache'), 'utf8')).toBe('');
    expect(readdirSync(home)).toEqual(['blocker']);
  }, 120_000);
});

function symlinkModules(copy: string) {
  spawnSync('ln', ['-s', join(ROOT, 'node_modules'), join(copy, 'node_modules')]);
}

describe('worker threads for many files', () => {
  const folder = temp('mcm-pool-');
  const base = readFileSync(join(ROOT, 'examples/oil-change.yaml'), 'utf8');
  for (let i = 0; i < 70; i++) {
    const kind = i % 7;
    const text = kind === 1 ? base.replace('usp:', 'usp_typo:') // a schema error
      : kind === 2 ? `${base}\nbroken: [unclosed\n` // a syntax error
        : kind === 3 ? base.replace(/budget: \d+/, 'budget: x') // a type error
          : kind === 4 ? base.replace(/^ {6}message: .*$/gm, '      message: The same message on every channel, word for word.') // identical messages
            : base;
    writeFileSync(join(folder, `s-${String(i).padStart(2, '0')}.yaml`), text);
  }

  test('gives the output and exit code of the single-thread path, in every format, files in the same order', () => {
    for (const format of ['stylish', 'json', 'junit']) {
      const one = mcm(['lint', folder, '--format', format], { MCM_WORKERS: '0' }, folder);
      const pooled = mcm(['lint', folder, '--format', format], { MCM_WORKERS: '2' }, folder);
      expect(one.code).toBe(1);
      expect(pooled).toEqual(one);
    }
    const quiet = mcm(['lint', folder, '--quiet'], { MCM_WORKERS: '0' }, folder);
    expect(mcm(['lint', folder, '--quiet'], { MCM_WORKERS: '3' }, folder)).toEqual(quiet);
  }, 300_000);

  test('stops on an unreadable file with the same message as the single-thread path', () => {
    const broken = temp('mcm-pool-broken-');
    cpSync(folder, broken, { recursive: true });
    writeFileSync(join(broken, 's-50.yaml'), Buffer.from([0xff, 0xfe, 0x00]));
    rmSync(join(broken, 's-40.yaml'));
    spawnSync('ln', ['-s', join(broken, 'missing-target.yaml'), join(broken, 's-40.yaml')]);
    const one = mcm(['lint', broken], { MCM_WORKERS: '0' }, broken);
    const pooled = mcm(['lint', broken], { MCM_WORKERS: '2' }, broken);
    expect(pooled).toEqual(one);
  }, 120_000);
});
