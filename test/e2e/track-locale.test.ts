import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/mcm.js');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// The machine's own language never leaks into these runs: each one sets what it tests.
function mcm(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT, encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', MCM_LOCALE: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures', name), 'utf8');
const KYIV = ['track', 'examples/kyiv-roastery.yaml', '--results', 'examples/results/kyiv-roastery.csv'];
const WITH_PROBLEMS = [...KYIV, '--results', 'test/fixtures/track/kyiv-problems.csv'];
// The file names are the user's; "Status" is Polish as well.
const words = (text: string) => text.replaceAll('kyiv-problems.csv', 'FILE');
const ENGLISH_WORDS = /\b(?:on track|off track|at risk|no data|met|Scorecard|Channel|Target|Actual|Expected|Progress|Goal|Budget|spent|planned|row|column|problems|strategy|not a)\b/;

describe('mcm track in Ukrainian', () => {
  it('prints the scorecard and the problems of the results exactly as their golden files (the strategy says locale: uk)', () => {
    const run = mcm(WITH_PROBLEMS);
    expect(run.code).toBe(0);
    expect(run.out).toBe(fixture('track/kyiv-roastery.uk.txt'));
    expect(run.err).toBe(fixture('track/kyiv-roastery.uk.stderr.txt'));
    expect(mcm([...WITH_PROBLEMS, '--format', 'markdown']).out).toBe(fixture('track/kyiv-roastery.uk.md'));
  });

  it('leaves no English word in the table, the Markdown or the problems, but the user\'s own text and ids', () => {
    for (const format of ['table', 'markdown']) {
      const run = mcm([...WITH_PROBLEMS, '--format', format, '--locale', 'uk']);
      expect(words(`${run.out}\n${run.err}`)).not.toMatch(ENGLISH_WORDS);
    }
  });

  it('writes the HTML report in Ukrainian as its golden file, with <html lang="uk">', () => {
    const run = mcm([...KYIV, '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.out).toBe(fixture('report/kyiv-roastery/expected.uk.html'));
    expect(run.out).toContain('<html lang="uk">');
    expect(run.out).toContain('Результати станом на 15 квітня 2027 р.');
  });

  it('counts problems with Ukrainian plurals: 1, 2, 5 and 22', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-track-uk-'));
    temporary.push(dir);
    const lines = [1, 2, 5, 22].map((count) => {
      const file = join(dir, `bad-${count}.csv`);
      const rows = Array.from({ length: count }, (_, i) => `2027-04-${String(1 + i).padStart(2, '0')},instagram,reach,багато`);
      writeFileSync(file, ['date,channel,metric,value', '2027-04-01,instagram,reach,100', ...rows, ''].join('\n'));
      return mcm(['track', 'examples/kyiv-roastery.yaml', '--results', file]).err.trimEnd().split('\n').at(-1);
    });
    expect(lines).toEqual([
      '1 проблема у результатах: ці рядки не враховано в картці показників.',
      '2 проблеми у результатах: ці рядки не враховано в картці показників.',
      '5 проблем у результатах: ці рядки не враховано в картці показників.',
      '22 проблеми у результатах: ці рядки не враховано в картці показників.',
    ]);
  });
});

describe('choosing the language of mcm track', () => {
  it('--locale, MCM_LOCALE and the system language choose it; the flag wins over the strategy', () => {
    const english = mcm(['track', 'examples/online-shop.yaml', '--results', 'examples/results/online-shop.csv']).out;
    expect(english).toContain('Scorecard of');
    expect(mcm(['track', 'examples/online-shop.yaml', '--results', 'examples/results/online-shop.csv', '--locale', 'uk']).out).toContain('Картка показників: ');
    expect(mcm(['--locale', 'pl', 'track', 'examples/online-shop.yaml', '--results', 'examples/results/online-shop.csv']).out).toContain('Karta wyników: ');
    expect(mcm(['track', 'examples/online-shop.yaml', '--results', 'examples/results/online-shop.csv'], { MCM_LOCALE: 'ru' }).out).toContain('Карта показателей: ');
    expect(mcm(['track', 'examples/online-shop.yaml', '--results', 'examples/results/online-shop.csv'], { LANG: 'ga_IE.UTF-8' }).out).toContain('Cárta scóir: ');
    expect(mcm([...KYIV, '--locale', 'en']).out).toContain('Scorecard of Весняні підписки');
  });

  it('refuses a language mcm does not speak with exit 2, naming the five', () => {
    const run = mcm([...KYIV, '--locale', 'de']);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('en, uk, pl, ru, ga');
  });

  it.each(['pl', 'ru', 'ga'])('speaks %s in the table, with its statuses and its dates; JSON keys and status ids stay English', (locale) => {
    const run = mcm([...WITH_PROBLEMS, '--locale', locale]);
    expect(run.code).toBe(0);
    const said = words(`${run.out}\n${run.err}`);
    expect(said.match(new RegExp(`.{0,30}${ENGLISH_WORDS.source}.{0,10}`))?.[0] ?? null).toBeNull();
    const json = JSON.parse(mcm([...KYIV, '--locale', locale, '--format', 'json']).out) as { asOf: string; kpis: { status: string }[] };
    expect(json.asOf).toBe('2027-04-15');
    expect(new Set(json.kpis.map((k) => k.status))).toEqual(new Set(['met', 'on-track', 'at-risk', 'off-track']));
  });
});
