import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The built binary (npm run build) writing briefs in the language chosen as for lint.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/mcm.js');
const FIXTURES = join(ROOT, 'test/fixtures/brief');

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workspace(strategy: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-brief-locale-'));
  temporary.push(dir);
  writeFileSync(join(dir, 'strategy.yaml'), strategy);
  return dir;
}

// No language of the machine reaches the run unless a test gives one.
const QUIET = { NO_COLOR: '1', FORCE_COLOR: '', LC_ALL: '', LC_MESSAGES: '', LANG: '', MCM_LOCALE: '' };

function mcm(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...QUIET, ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

const strategyOf = (name: string) => readFileSync(join(FIXTURES, name, 'strategy.yaml'), 'utf8');
const POLISH = strategyOf('online-shop.pl');
const UKRAINIAN = strategyOf('kyiv-roastery');

/** Every brief written equals the golden file of the case. */
function expectGolden(dir: string, name: string): void {
  const golden = join(FIXTURES, name, 'expected');
  expect(tree(join(dir, 'briefs'))).toEqual(['.mcm-brief.json', ...tree(golden)].sort());
  for (const file of tree(golden)) expect(readFileSync(join(dir, 'briefs', file), 'utf8'), file).toBe(readFileSync(join(golden, file), 'utf8'));
}

const POLISH_BRIEFS = ['overview.md', 'channels/website.md', 'channels/instagram.md', 'channels/tiktok.md', 'channels/google-search.md', 'channels/email.md', 'channels/sms.md', 'channels/referral.md', 'personas/conscious-commuter.md', 'personas/practical-parent.md', 'personas/eco-student.md'];

describe('mcm brief in the chosen language', () => {
  it('--locale pl writes every brief in Polish and says so in Polish', () => {
    const dir = workspace(POLISH);
    expect(mcm(dir, ['brief', '--locale', 'pl'])).toEqual({
      code: 0,
      out: `Zapisano 11 briefów w briefs/:\n${POLISH_BRIEFS.map((f) => `  briefs/${f}\n`).join('')}Przegląd wymienia 0 ostrzeżeń i 1 uwagę, które mcm lint zostawia otwarte.\n`,
      err: '',
    });
    expectGolden(dir, 'online-shop.pl');
  });

  it('takes the strategy\'s own locale: key when neither --locale nor MCM_LOCALE is given', () => {
    const dir = workspace(UKRAINIAN);
    const run = mcm(dir, ['brief'], { LANG: 'pl_PL.UTF-8' });
    expect(run.code).toBe(0);
    expect(run.out.split('\n')[0]).toBe('Записано 9 брифів у briefs/:');
    expect(run.err).toBe('');
    expectGolden(dir, 'kyiv-roastery');
  });

  it('MCM_LOCALE comes before the strategy\'s key, --locale before both', () => {
    const dir = workspace(UKRAINIAN);
    expect(mcm(dir, ['brief', '--only', 'overview'], { MCM_LOCALE: 'ru' }).out).toBe('Записан 1 бриф в briefs/:\n  briefs/overview.md\n');
    expect(readFileSync(join(dir, 'briefs/overview.md'), 'utf8').split('\n')[0]).toBe('# Весняні підписки на каву «Зерно з Подолу» — обзор стратегии');
    expect(mcm(dir, ['brief', '--only', 'overview', '--locale', 'en'], { MCM_LOCALE: 'ru' }).out).toBe('Wrote 1 brief to briefs/:\n  briefs/overview.md\n');
    expect(readFileSync(join(dir, 'briefs/overview.md'), 'utf8').split('\n')[0]).toBe('# Весняні підписки на каву «Зерно з Подолу» — strategy overview');
  });

  it('the system\'s language when nothing else says, then English', () => {
    const dir = workspace(POLISH);
    expect(mcm(dir, ['brief', '--only', 'overview'], { LC_ALL: 'ga_IE.UTF-8' }).out).toBe('Scríobhadh 1 achoimre chuig briefs/:\n  briefs/overview.md\nLiostaíonn an forléargas 0 rabhadh agus 1 nóta a fhágann mcm lint oscailte.\n');
    expect(mcm(dir, ['brief', '--only', 'overview'], { LANG: 'de_DE.UTF-8' }).out.split('\n')[0]).toBe('Wrote 1 brief to briefs/:');
  });

  it('refuses a language mcm does not speak, listing the five, and writes nothing', () => {
    const dir = workspace(POLISH);
    expect(mcm(dir, ['brief', '--locale', 'de'])).toEqual({ code: 2, out: '', err: 'mcm: --locale is "de", a language mcm does not speak: use one of en, uk, pl, ru, ga.\n' });
    expect(mcm(dir, ['brief'], { MCM_LOCALE: 'fr' })).toEqual({ code: 2, out: '', err: 'mcm: MCM_LOCALE is "fr", a language mcm does not speak: use one of en, uk, pl, ru, ga.\n' });
    expect(existsSync(join(dir, 'briefs'))).toBe(false);
  });

  it('knows a brief it wrote in any language by its footer, wrapped or not, and says so in the run\'s language', () => {
    const dir = workspace(POLISH);
    const polishFooter = 'Wygenerowane przez mcm brief z `strategy.yaml`. Zamiast edytować ten\nplik, zmień strategię i uruchom ponownie `mcm brief`.\n';
    const englishFooter = 'Generated by mcm brief from `strategy.yaml`. Edit the strategy and run\n`mcm brief` again rather than editing this file.\n';
    mkdirSync(join(dir, 'briefs/channels'), { recursive: true });
    writeFileSync(join(dir, 'briefs/channels/podcast.md'), `# Podcast — brief kanału\n\n---\n\n${polishFooter}`);
    writeFileSync(join(dir, 'briefs/channels/radio.md'), `# Radio — channel brief\n\n---\n\n${englishFooter}`);
    writeFileSync(join(dir, 'briefs/channels/notatki.md'), '# Notatki zespołu\n\nZamiast edytować ten plik, zmień strategię.\n');
    const run = mcm(dir, ['brief', '--locale', 'pl', '--only', 'overview']);
    expect(run.err).toBe('Te briefy należą do kanału lub persony, których nie ma już w strategii:\n  briefs/channels/podcast.md\n  briefs/channels/radio.md\nUruchom mcm brief --clean, aby je usunąć.\n');
    expect(mcm(dir, ['brief', '--locale', 'pl', '--only', 'overview', '--clean']).out.split('\n').slice(-4)).toEqual(['Usunięto 2 nieaktualne briefy:', '  briefs/channels/podcast.md', '  briefs/channels/radio.md', '']);
    expect(tree(join(dir, 'briefs'))).toEqual(['.mcm-brief.json', 'channels/notatki.md', 'overview.md']);
  });

  it('says in Polish that lint errors stop the briefs', () => {
    const dir = workspace(POLISH.replace('approach: cross-channel', 'approach: everywhere'));
    const run = mcm(dir, ['brief', '--locale', 'pl']);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.trimEnd().split('\n').at(-1)).toBe('mcm: nie zapisano briefów: strategy.yaml ma 1 błąd lintera. Popraw go i uruchom mcm brief ponownie.');
    expect(existsSync(join(dir, 'briefs'))).toBe(false);
  });
});

describe('mcm brief errors in the chosen language', () => {
  // Each run refuses with exit 2, one line on stderr, nothing on stdout and no briefs written.
  const refusals = (locale: string) => {
    const dir = workspace(UKRAINIAN);
    writeFileSync(join(dir, 'notes.txt'), 'not a folder\n');
    const said = (args: string[]) => {
      const run = mcm(dir, ['brief', '--locale', locale, ...args]);
      expect(run.out).toBe('');
      expect(run.code).toBe(2);
      return run.err;
    };
    const lines = [
      said(['--logo', 'logo.png']),
      said(['--format', 'html', '--brand-color', 'red']),
      said(['--out', 'notes.txt']),
      said(['--templates', 'nowhere']),
      said(['--format', 'html', '--only', 'overview']),
      said(['--format', 'html', '--logo', 'missing.png']),
      said(['--format', 'html', '--logo', 'notes.txt']),
    ];
    expect(tree(dir)).toEqual(['notes.txt', 'strategy.yaml']);
    return lines;
  };

  it('words the refusals in Ukrainian, with exit 2', () => {
    expect(refusals('uk')).toEqual([
      'mcm: --logo стосується HTML-звіту: додайте --format html.\n',
      'mcm: --brand-color: «red» — не колір; запишіть його в шістнадцятковому форматі, як-от «#e4572e».\n',
      'mcm: --out: «notes.txt» — це файл, а не папка.\n',
      'mcm: --templates: «nowhere» — не папка з шаблонами.\n',
      'mcm: --only стосується брифів у Markdown; HTML-звіт — це завжди одна цілісна сторінка.\n',
      'mcm: Логотип «missing.png»: такого файлу немає.\n',
      'mcm: Логотип «notes.txt»: використайте файл PNG, JPEG, GIF, WebP чи SVG або URI data:image/….\n',
    ]);
  });

  it('words the refusals in Irish, with exit 2', () => {
    expect(refusals('ga')).toEqual([
      'mcm: Baineann --logo leis an tuairisc HTML: cuir --format html leis.\n',
      'mcm: --brand-color: ní dath é “red”; scríobh é mar dhath heicsidheachúlach, mar shampla “#e4572e”.\n',
      'mcm: --out: is comhad é “notes.txt”, ní fillteán.\n',
      'mcm: --templates: ní fillteán teimpléad é “nowhere”.\n',
      'mcm: Baineann --only leis na hachoimrí Markdown; is leathanach iomlán amháin í an tuairisc HTML i gcónaí.\n',
      'mcm: Lógó “missing.png”: níl a leithéid de chomhad ann.\n',
      'mcm: Lógó “notes.txt”: úsáid comhad PNG, JPEG, GIF, WebP nó SVG, nó URI data:image/….\n',
    ]);
  });

  it('keeps the English sentences as they were', () => {
    expect(refusals('en')).toEqual([
      'mcm: --logo belongs to the HTML report: add --format html.\n',
      'mcm: --brand-color: "red" is not a colour; write it as a hex colour such as "#e4572e".\n',
      'mcm: --out: "notes.txt" is a file, not a folder.\n',
      'mcm: --templates: "nowhere" is not a folder of templates.\n',
      'mcm: --only belongs to the Markdown briefs; the HTML report is always one whole page.\n',
      'mcm: Logo "missing.png": no such file.\n',
      'mcm: Logo "notes.txt": use a PNG, JPEG, GIF, WebP or SVG file, or a data:image/… URI.\n',
    ]);
  });
});

describe('mcm brief --results in Polish', () => {
  it('writes the scorecard of the overview in Polish, with Polish numbers, money and dates', () => {
    const dir = workspace('');
    const run = mcm(ROOT, ['brief', 'examples/online-shop.yaml', '--results', 'examples/results/online-shop.csv', '--locale', 'pl', '--only', 'overview', '--out', join(dir, 'briefs')]);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    // Polish groups thousands with a no-break space, and puts an ordinary one before the currency sign.
    const lines = readFileSync(join(dir, 'briefs', 'overview.md'), 'utf8').replaceAll('\u00a0', '·').split('\n');
    const at = lines.indexOf('## Karta wyników: Verde Stride 2027 growth plan, stan na 31 marca 2027');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 2, at + 4)).toEqual([
      '| Kanał | KPI | Cel | Wynik | Oczekiwane na dziś | Postęp | Status |',
      '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ]);
    expect(lines).toContain('| website | Sesje | 420·000 | 102·500 | 103·562 | 24% | 🟢 Zgodnie z planem |');
    expect(lines).toContain('| website | Konwersje | 8300 | 2130 | 2047 | 26% | 🟢 Zgodnie z planem |');
    expect(lines).toContain('| email | Przychód | 210·000 € | 49·000 € | 51·780,82 € | 23% | 🟢 Zgodnie z planem |');
    expect(lines).toContain('| google-search | Koszt kliknięcia (CPC) | 0,85 € | 0,82 € | — | 104% | ✅ Osiągnięty |');
    expect(lines).toContain('| tiktok | Wyświetlenia wideo | 2·500·000 | 310·000 | 616·438 | 12% | 🔴 Poniżej planu |');
    expect(lines).toContain('- 21 KPI: 5 osiągniętych, 7 zgodnie z planem, 6 zagrożonych, 3 poniżej planu.');
    expect(lines.join('\n')).not.toMatch(/Scorecard|Expected by now|On track|as of/);
  });
});

describe('the timeline in Ukrainian', () => {
  it('the Mermaid chart writes its dates as Ukrainians do (Mermaid has only English month names); English keeps "%d %b"', () => {
    const dir = workspace('');
    const overview = (locale: string) => {
      const out = join(dir, locale);
      expect(mcm(ROOT, ['brief', 'examples/online-shop.yaml', '--locale', locale, '--only', 'overview', '--out', out]).code).toBe(0);
      const text = readFileSync(join(out, 'overview.md'), 'utf8');
      return text.slice(text.indexOf('gantt'), text.indexOf('section'));
    };
    expect(overview('uk')).toBe('gantt\n  title Хвилі кожного каналу\n  dateFormat YYYY-MM-DD\n  axisFormat %d.%m\n  ');
    expect(overview('ga')).toContain('  axisFormat %d/%m\n');
    expect(overview('en')).toBe('gantt\n  title Flights of each channel\n  dateFormat YYYY-MM-DD\n  axisFormat %d %b\n  ');
  });

  it('the timeline of the HTML report names the months in Ukrainian', () => {
    const dir = workspace('');
    expect(mcm(ROOT, ['brief', 'examples/online-shop.yaml', '--locale', 'uk', '--format', 'html', '--out', dir]).code).toBe(0);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const chart = html.slice(html.indexOf('id="chart-timeline"'));
    const labels = [...chart.slice(0, chart.indexOf('</figure>')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels.slice(0, 13)).toEqual([
      'січ. 2027', 'лют. 2027', 'бер. 2027', 'квіт. 2027', 'трав. 2027', 'черв. 2027', 'лип. 2027',
      'серп. 2027', 'вер. 2027', 'жовт. 2027', 'лист. 2027', 'груд. 2027', 'січ. 2028',
    ]);
  });
});
