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
