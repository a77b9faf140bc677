import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;
// The machine's own language never leaks into these runs: each one sets what it tests.
const mcm = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root, encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', MCM_LOCALE: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const DRAFT = 'examples/problems/agency-draft.yaml';
const golden = (locale: string) => readFileSync(new URL(`./golden/agency-draft.${locale}.txt`, import.meta.url), 'utf8');

interface JsonDiagnostic { ruleId: string; severity: string; path: string; line: number; column: number; endLine: number; endColumn: number; message: string }
const diagnosticsOf = (stdout: string) => (JSON.parse(stdout) as { files: { diagnostics: JsonDiagnostic[] }[] }).files[0]!.diagnostics;
const place = (d: JsonDiagnostic) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.ruleId} ${d.path}`;

describe.each(['uk', 'pl', 'ru', 'ga'])('mcm lint --locale %s', (locale) => {
  test('prints the stylish report in the language, exactly as its golden file', () => {
    const run = mcm(['lint', DRAFT, '--locale', locale]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(golden(locale));
  });

  test('reports the same findings at the same positions as English, each message translated; ids stay English', () => {
    const english = diagnosticsOf(mcm(['lint', DRAFT, '--format', 'json']).stdout);
    const translated = diagnosticsOf(mcm(['lint', DRAFT, '--format', 'json', '--locale', locale]).stdout);
    expect(translated.map(place).sort()).toEqual(english.map(place).sort());
    expect(english.length).toBe(15);
    const byPlace = new Map(english.map((d) => [place(d), d.message]));
    expect(translated.filter((d) => d.message === byPlace.get(place(d))).map(place)).toEqual([]);
  });

  test('the global option, MCM_LOCALE and the system language choose it too', () => {
    expect(mcm(['--locale', locale, 'lint', DRAFT]).stdout).toBe(golden(locale));
    expect(mcm(['lint', DRAFT], { MCM_LOCALE: locale }).stdout).toBe(golden(locale));
    expect(mcm(['lint', DRAFT], { LANG: `${locale}_XX.UTF-8` }).stdout).toBe(golden(locale));
  });

  test('SARIF keeps the rule ids and carries the text in the language', () => {
    const sarif = JSON.parse(mcm(['lint', DRAFT, '--format', 'sarif', '--locale', locale]).stdout) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    const lines = golden(locale).split('\n');
    const results = sarif.runs[0]!.results;
    expect(results.length).toBe(15);
    for (const r of results) {
      expect(r.ruleId).toMatch(/^[a-z-]+$/);
      expect(lines.some((line) => line.includes(r.message.text))).toBe(true);
    }
  });
});

describe('which language wins', () => {
  test('--locale over MCM_LOCALE over the system language; LC_ALL=C is English', () => {
    expect(mcm(['lint', DRAFT, '--locale', 'pl'], { MCM_LOCALE: 'ru', LANG: 'uk_UA.UTF-8' }).stdout).toBe(golden('pl'));
    expect(mcm(['lint', DRAFT], { MCM_LOCALE: 'ru', LANG: 'uk_UA.UTF-8' }).stdout).toBe(golden('ru'));
    expect(mcm(['lint', DRAFT], { LC_ALL: 'ga_IE.UTF-8', LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'uk_UA.UTF-8' }).stdout).toBe(golden('ga'));
    expect(mcm(['lint', DRAFT], { LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'uk_UA.UTF-8' }).stdout).toBe(golden('pl'));
    const english = mcm(['lint', DRAFT], { LC_ALL: 'C', LANG: 'uk_UA.UTF-8' }).stdout;
    expect(english.trimEnd().split('\n').at(-1)).toBe('✖ 15 problems (6 errors, 8 warnings, 1 info) in 1 file');
    expect(mcm(['lint', DRAFT, '--locale', 'en'], { MCM_LOCALE: 'uk' }).stdout).toBe(english);
  });

  test('the strategy\'s own locale: key comes after MCM_LOCALE and before the system language', () => {
    expect(mcm(['lint', 'examples/kyiv-roastery.yaml']).stdout).toBe('✔ Проблем не знайдено у 1 файлі.\n');
    expect(mcm(['lint', 'examples/kyiv-roastery.yaml'], { MCM_LOCALE: 'en' }).stdout).toBe('✔ No problems found in 1 file.\n');
    expect(mcm(['lint', 'examples/kyiv-roastery.yaml'], { LANG: 'pl_PL.UTF-8' }).stdout).toBe('✔ Проблем не знайдено у 1 файлі.\n');
  });

  test('a language mcm does not speak is exit 2, listing the five', () => {
    for (const [args, env, where, value] of [
      [['lint', DRAFT, '--locale', 'de'], {}, '--locale', 'de'],
      [['--locale', 'xx', 'lint', DRAFT], {}, '--locale', 'xx'],
      [['lint', DRAFT], { MCM_LOCALE: 'fr' }, 'MCM_LOCALE', 'fr'],
      [['brief', DRAFT, '--locale', 'de'], {}, '--locale', 'de'],
    ] as const) {
      const run = mcm([...args], env);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`mcm: ${where} is "${value}", a language mcm does not speak: use one of en, uk, pl, ru, ga.\n`);
    }
  });
});

describe('an example strategy written in each language', () => {
  test.each([
    ['examples/kyiv-roastery.yaml', 'uk', '✔ Проблем не знайдено у 1 файлі.\n'],
    ['examples/krakow-dental.yaml', 'pl', '✔ Nie znaleziono problemów w 1 pliku.\n'],
    ['examples/riga-online-school.yaml', 'ru', '✔ Проблем не найдено в 1 файле.\n'],
    ['examples/gaeltacht-summer-college.yaml', 'ga', '✔ Níor aimsíodh aon fhadhb i 1 chomhad.\n'],
  ])('%s sets locale: %s and lints clean under the recommended rules, in its language and in English', (file, locale, clean) => {
    expect(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')).toMatch(new RegExp(`^locale: ${locale}$`, 'm'));
    const own = mcm(['lint', file]);
    expect([own.code, own.stdout, own.stderr]).toEqual([0, clean, '']);
    const english = mcm(['lint', file, '--locale', 'en', '--format', 'json']);
    expect(english.code).toBe(0);
    expect((JSON.parse(english.stdout) as { errorCount: number; warningCount: number; infoCount: number })).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 0 });
  });
});

describe('the CLI\'s own errors follow --locale, MCM_LOCALE and the system language', () => {
  test('a missing file, in each language', () => {
    expect(mcm(['lint', 'nope.yaml', '--locale', 'uk']).stderr).toBe('mcm: Не вдається знайти «nope.yaml».\n');
    expect(mcm(['lint', 'nope.yaml'], { MCM_LOCALE: 'pl' }).stderr).toBe('mcm: Nie można znaleźć „nope.yaml”.\n');
    expect(mcm(['lint', 'nope.yaml'], { LANG: 'ru_RU.UTF-8' }).stderr).toBe('mcm: Не удаётся найти «nope.yaml».\n');
    expect(mcm(['--locale', 'ga', 'lint', 'nope.yaml']).stderr).toBe('mcm: Ní féidir “nope.yaml” a aimsiú.\n');
    expect(mcm(['lint', 'nope.yaml']).stderr).toBe('mcm: Cannot find "nope.yaml".\n');
  });

  test('an unknown --locale is told in the language of MCM_LOCALE or the system', () => {
    const run = mcm(['lint', DRAFT, '--locale', 'de'], { LANG: 'pl_PL.UTF-8' });
    expect([run.code, run.stderr]).toEqual([2, 'mcm: --locale ma wartość „de”, a w tym języku mcm nie mówi: użyj jednego z en, uk, pl, ru, ga.\n']);
  });

  test('the output closed early (| head) or a full disk is told in the language, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-locale-out-'));
    writeFileSync(join(dir, 'big.yaml'), `mcm: 1\nname: x\nchannels:\n${'  - id: 5\n    type: 7\n'.repeat(20_000)}`);
    execFileSync('mknod', [join(dir, 'full'), 'c', '1', '7']);
    const sh = (script: string) => spawnSync('/bin/bash', ['-c', script], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', MCM_LOCALE: 'uk', LC_ALL: '', LANG: 'C.UTF-8', MCM: `"${process.execPath}" "${bin}"` },
    });
    const head = sh('eval $MCM lint big.yaml --format json | head -c 10 > /dev/null; echo "status ${PIPESTATUS[0]}"');
    expect([head.stdout, head.stderr]).toEqual(['status 2\n', 'mcm: виведення зупинилося: програма, що читала виведення (| head, | less…), закрила його до кінця.\n']);
    const full = sh('eval $MCM lint big.yaml --format json --locale pl > full; echo "status $?"');
    expect([full.stdout, full.stderr]).toEqual(['status 2\n', 'mcm: wyjście zostało przerwane: dysk jest pełny.\n']);
  });

  test('--help of the command is in the language; option names stay English', () => {
    const help = mcm(['brief', '--help'], { MCM_LOCALE: 'pl' });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Użycie: mcm brief \[options\] \[file\]\n\nzamień strategię na briefy w Markdown/);
    expect(help.stdout).toContain('  -o, --out <dir>        folder, do którego zapisać briefy (domyślnie: "briefs")\n');
    expect(help.stdout).toContain('\nPrzykłady:\n  mcm brief\n');
  });
});

test('mcm schema --write says what it wrote in the language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-locale-schema-'));
  const result = spawnSync(process.execPath, [bin, 'schema', '--write', dir, '--locale', 'pl'], { cwd: root, encoding: 'utf8', env: { ...process.env, MCM_LOCALE: '', LANG: 'C.UTF-8' } });
  expect([result.status, result.stderr]).toEqual([0, '']);
  expect(result.stdout).toBe(`Zapisano ${relative(root, join(dir, 'strategy.schema.json'))}. Strategię w tym folderze, której pierwsza linia to\n  # yaml-language-server: $schema=./strategy.schema.json\nedytory sprawdzają według niego, bez internetu.\n`);
});
