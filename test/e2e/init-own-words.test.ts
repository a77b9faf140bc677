import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { KEY, Session } from './pty-session.js';

// mcm init answered in a marketer's own words: a goal's measure, a persona's name, a place with its city;
// answers that would make a strategy mcm cannot write; and what to run next.

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const { LANG: _lang, LC_ALL: _all, LC_MESSAGES: _messages, MCM_LOCALE: _mcm, ...baseEnv } = process.env;
const tempDir = () => mkdtempSync(join(tmpdir(), 'mcm-init-words-'));
const mcm = (cwd: string, args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input: '', encoding: 'utf8', env: { ...baseEnv, NO_COLOR: '1', FORCE_COLOR: '', XDG_STATE_HOME: join(cwd, 'state') } });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

const sessions: Session[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

describe('mcm init --locale uk in a terminal, answered in Ukrainian', () => {
  const start = (dir: string) => {
    const s = new Session(['init', '--locale', 'uk', 'plan.yaml'], dir, { XDG_STATE_HOME: join(dir, 'state') });
    sessions.push(s);
    return s;
  };
  const goal = async (s: Session, metric: string) => {
    await s.answer('Який у вас бізнес?', KEY.down, KEY.down, KEY.down, KEY.enter);
    await s.waitFor('✔ Який у вас бізнес? Освіта');
    await s.answer('Де працює бізнес і якою мовою читають його клієнти?', 'Україна, Львів', KEY.enter);
    await s.waitFor('✔ Де працює бізнес і якою мовою читають його клієнти? Україна, Львів → Україна · UAH · українська\n');
    await s.answer('Як називається стратегія або кампанія?', 'Англійська для IT', KEY.enter);
    await s.answer("Яка одна мета об'єднує всі канали? Одним реченням.", 'Записати 200 студентів на курс', KEY.enter);
    await s.answer('Який показник скаже, що мету досягнуто?', metric, KEY.enter);
  };

  test('«записи на курс» are the catalog\'s registrations, and a city after the country is the country', async () => {
    const dir = tempDir();
    const s = start(dir);
    await goal(s, 'записи на курс');
    await s.waitFor('✔ Який показник скаже, що мету досягнуто? записи на курс → registrations\n');
    await s.answer('Скільки за показником «реєстрації» на кінець періоду? (200)', KEY.enter);
    await s.answer('А скільки за показником «реєстрації» зараз?', KEY.ctrlC);
    expect(await s.exit).toBe(130);
  }, 60_000);

  test('a measure of their own is asked about in their words, the id only going into the file', async () => {
    const dir = tempDir();
    const s = start(dir);
    await goal(s, 'пробні уроки');
    await s.waitFor('✔ Який показник скаже, що мету досягнуто? пробні уроки → probni_uroky\n');
    await s.answer('Скільки за показником «пробні уроки» на кінець періоду? (200)', KEY.enter);
    await s.answer('А скільки за показником «пробні уроки» зараз?', KEY.ctrlC);
    expect(await s.exit).toBe(130);
    expect(s.text()).not.toContain('probni uroky');
  }, 60_000);
});

describe('mcm init --answers --yes in the person\'s words', () => {
  test('a persona\'s id is its name, a place may name its city, and the next steps need no --locale', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), [
      'goal: {metric: записи на курс}',
      'personas:',
      '  - name: Андрій, айтішник, якому потрібна англійська для роботи',
      '  - name: Андрій, тімлід',
      '',
    ].join('\n'));
    const written = mcm(dir, ['init', '--locale', 'uk', '--answers', 'a.yaml', '--where', 'Україна, Львів', '--yes', 'plan.yaml']);
    expect(written.err).toBe('');
    expect(written.code).toBe(0);
    expect(written.out.split('\n').slice(-4)).toEqual([
      'Далі:',
      '  mcm lint plan.yaml    перевіряйте її після кожної правки (редактори теж перевіряють — за її першим рядком)',
      '  mcm brief plan.yaml   напишіть бриф для кожного каналу й персони покупця в теку briefs/',
      '',
    ]);
    const strategy = parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'));
    expect(strategy.locale).toBe('uk');
    expect(strategy.goal.metric).toBe('registrations');
    expect(strategy.budget.currency).toBe('UAH');
    expect(strategy.personas.map((p: { id: string; name: string }) => [p.id, p.name])).toEqual([
      ['andrii', 'Андрій, айтішник, якому потрібна англійська для роботи'],
      ['andrii-timlid', 'Андрій, тімлід'],
    ]);
  });

  test.each([
    ['en', 'mcm: In a.yaml, channels[0].budget: The budget of Customer emails cannot be less than 0.\n'],
    ['uk', 'mcm: У файлі a.yaml, channels[0].budget: Бюджет каналу «Листи клієнтам»: не може бути менше за 0.\n'],
  ])('%s: a channel budget below zero is named as the file names it, exit 2, nothing written', (locale, err) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'channels:\n  - type: email\n    budget: -5\n  - type: website\n    budget: 10\n');
    expect(mcm(dir, ['init', '--locale', locale, '--answers', 'a.yaml', '--yes', 's.yaml'])).toEqual({ code: 2, out: '', err });
    expect(readdirSync(dir).sort()).toEqual(['a.yaml']);
  });

  test.each([
    ['budget:\n  total: {amount: -5, currency: EUR}\n', 'mcm: У файлі a.yaml, budget.total: Бюджет: не може бути менше за 0.\n'],
    ['budget:\n  total: {amount: 500, currency: eu}\n', 'mcm: У файлі a.yaml, budget.total: Валюта — це трилітерний код, наприклад UAH, EUR або USD, а не «eu».\n'],
  ])('a total given as an amount is checked like a typed one: %j', (answers, err) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), answers);
    expect(mcm(dir, ['init', '--locale', 'uk', '--answers', 'a.yaml', '--yes', 's.yaml'])).toEqual({ code: 2, out: '', err });
    expect(readdirSync(dir).sort()).toEqual(['a.yaml']);
  });

  test('a total below what the preset would spend keeps the total; the preset\'s channel budgets are not forced on it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'budget:\n  total: 500\n');
    const written = mcm(dir, ['init', '--answers', 'a.yaml', '--yes', 's.yaml']);
    expect([written.code, written.err]).toEqual([0, '']);
    const strategy = parse(readFileSync(join(dir, 's.yaml'), 'utf8'));
    expect(strategy.budget.total).toBe(500);
    expect(strategy.channels.reduce((sum: number, c: { budget?: number }) => sum + (c.budget ?? 0), 0)).toBeLessThanOrEqual(500);
  });
});
