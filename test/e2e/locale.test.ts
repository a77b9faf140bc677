import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
