import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rules } from '../src/core/rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('README lists every rule with its severities, description and page', () => {
  const rows = readme.split('\n').filter((line) => line.startsWith('| [`'));
  expect(rows).toEqual(rules.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.severity.recommended} | ${r.severity.strict} | ${r.description} |`));
});

test('README tells a new user the two commands', () => {
  expect(readme).toContain('npm install');
  expect(readme).toContain('npm test');
  expect(readme).toContain('npx mcm lint examples/oil-change.yaml');
});

describe('README: the language sections', () => {
  const bin = new URL('../bin/mcm.js', import.meta.url).pathname;
  const root = new URL('..', import.meta.url).pathname;
  const section = (heading: string) => {
    const start = readme.indexOf(`\n### ${heading}\n`);
    expect(start, heading).toBeGreaterThan(readme.indexOf('\n## Languages\n'));
    const rest = readme.slice(start + heading.length + 6);
    return rest.slice(0, rest.search(/\n##/));
  };
  // Each section's command, run as written, speaks its language: a word of it that no other language uses.
  test.each([
    ['English', 'en', /No problems found in 1 file\./],
    ['Українською', 'uk', /Проблем не знайдено у 1 файлі\./],
    ['Po polsku', 'pl', /Nie znaleziono problemów w 1 pliku\./],
    ['По-русски', 'ru', /Использование: mcm lint/],
    ['As Gaeilge', 'ga', /✖ 15 fadhb \(6 earráid, 8 rabhadh, 1 nóta\) i 1 chomhad/],
  ])('%s: one example command, which runs in that language', (heading, locale, expected) => {
    const text = section(heading);
    const blocks = [...text.matchAll(/```sh\n(.*)\n```/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    const [, env = '', args = ''] = /^((?:[A-Z_]+=\S+ )*)npx mcm (.*)$/.exec(blocks[0]!) ?? [];
    expect(args, blocks[0]).not.toBe('');
    expect(text).toContain(`--locale ${locale}`);
    expect(text).toContain(`MCM_LOCALE=${locale}`);
    expect(text).toContain(`locale: ${locale}`);
    const vars = Object.fromEntries(env.trim().split(/\s+/).filter(Boolean).map((pair) => pair.split('=') as [string, string]));
    const run = spawnSync(process.execPath, [bin, ...args.split(' ')], {
      cwd: root, encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', MCM_LOCALE: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...vars },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(expected);
  });
});
