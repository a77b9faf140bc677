import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { goldenForm } from '../report/golden.js';

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
    expect(goldenForm(run.out)).toBe(fixture('report/kyiv-roastery/expected.uk.html'));
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

describe('mcm track and mcm track import: refusals and notes in the chosen language', () => {
  const META = ['track', 'import', '--from', 'meta-ads', 'examples/results/meta-ads.csv'];
  const BAKERY = ['--strategy', 'examples/local-bakery.yaml'];
  const refusals = (locale: string) => [
    [...KYIV, '--as-of', '2027-02-30'],
    [...META, '--map', 'bad'],
    [...META, ...BAKERY, '--channel', 'facebok-local'],
    [...META, ...BAKERY],
    [...META, ...BAKERY, '--channel', 'instagram', '--out', 'examples/results/meta-ads.csv'],
  ].map((args) => {
    const run = mcm([...args, '--locale', locale]);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    return run.err.trimEnd().split('\n').at(-1);
  });

  it('words the refusals in Ukrainian, with exit 2', () => {
    expect(refusals('uk')).toEqual([
      'mcm: --as-of приймає дату у форматі РРРР-ММ-ДД, наприклад 2027-04-15; отримано «2027-02-30».',
      'mcm: --map приймає «Назва стовпця=metric_id», наприклад --map "Landing page views=sessions"; отримано «bad».',
      'mcm: --channel: «facebok-local» — не канал стратегії examples/local-bakery.yaml; можливо, ви мали на увазі «facebook-local»?',
      'mcm: Потрібен --channel: який канал стратегії дав ці результати з meta-ads? Наприклад, --channel website.',
      'mcm: --out вказує на сам експорт: запишіть рядки в інший файл.',
    ]);
  });

  it('words the refusals in Irish, with exit 2', () => {
    expect(refusals('ga')).toEqual([
      'mcm: Glacann --as-of le dáta mar BBBB-MM-LL, mar shampla 2027-04-15; fuarthas “2027-02-30”.',
      'mcm: Glacann --map le “Ainm an cholúin=metric_id”, mar shampla --map "Landing page views=sessions"; fuarthas “bad”.',
      'mcm: --channel: ní cainéal de chuid examples/local-bakery.yaml é “facebok-local”; an raibh “facebook-local” i gceist agat?',
      'mcm: Tá --channel de dhíth: cén cainéal den straitéis a thug na torthaí meta-ads seo? Mar shampla --channel website.',
      'mcm: Ainmníonn --out an easpórtáil féin: scríobh na sraitheanna chuig comhad eile.',
    ]);
  });

  it('says what it imported and left out in Ukrainian, and in English as before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-track-import-'));
    temporary.push(dir);
    const run = (locale: string) => mcm([...META, ...BAKERY, '--channel', 'facebook-local', '--out', join(dir, `${locale}.csv`), '--locale', locale]);
    expect(run('uk')).toEqual({
      code: 0,
      out: '',
      err: 'Стовпець «Results» рахує те, під що оптимізована кожна кампанія: читайте його через --map "Results=METRIC" (наприклад, leads або conversions).\n'
        + 'Пропущено clicks, impressions: канал facebook-local не має KPI для цих показників.\n'
        + `Записано 20 рядків у ${join(dir, 'uk.csv')}.\n`,
    });
    expect(run('en')).toEqual({
      code: 0,
      out: '',
      err: 'The "Results" column counts whatever each campaign optimises for: read it with --map "Results=METRIC" (for example leads or conversions).\n'
        + 'Left out clicks, impressions: facebook-local has no KPI measuring them.\n'
        + `Wrote 20 rows to ${join(dir, 'en.csv')}.\n`,
    });
    expect(readFileSync(join(dir, 'uk.csv'), 'utf8')).toBe(readFileSync(join(dir, 'en.csv'), 'utf8'));
  });

  it('says in Ukrainian that a results file is missing, and still reads the others', () => {
    const run = mcm([...KYIV, '--results', 'nowhere.csv', '--locale', 'uk']);
    expect(run.code).toBe(0);
    expect(run.err).toBe('nowhere.csv:1:1: Не вдається знайти «nowhere.csv».\n1 проблема у результатах: ці рядки не враховано в картці показників.\n');
    expect(mcm([...KYIV, '--results', 'nowhere.csv', '--locale', 'en']).err).toBe('nowhere.csv:1:1: Cannot find "nowhere.csv".\nOne problem in the results: those rows are left out of the scorecard.\n');
  });

  it('words the problems of an export in Polish, at their rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-track-import-'));
    temporary.push(dir);
    const file = join(dir, 'meta.csv');
    writeFileSync(file, 'Day,Amount spent (EUR),Impressions\n2027-03-01,12.50,1000\nyesterday,3,4\n2027-03-02,lots,5\n');
    const run = mcm(['track', 'import', '--from', 'meta-ads', file, '--channel', 'instagram', '--locale', 'pl']);
    expect(run.code).toBe(0);
    expect(run.err).toBe(`${file}:3: „yesterday” nie jest datą.\n${file}:4: Amount spent (EUR): „lots” nie jest liczbą.\n`);
  });
});
