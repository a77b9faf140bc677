import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Command } from 'commander';
import { beforeAll, describe, expect, test } from 'vitest';
import { defineProgram, messageLocale, run } from '../../src/cli/run.js';
import { CLI_HELP, CLI_MESSAGES, cliError, englishOf, errorText, type CliKey } from '../../src/cli/messages-cli.js';
import { createTranslator } from '../../src/core/i18n/translate.js';
import { LANGUAGES, tableProblems } from '../core/i18n/table-check.js';
import { specExample } from '../helpers.js';
import { fakeIo } from './fake-io.js';

const table = (locale: string) => JSON.parse(readFileSync(new URL(`../../locales/cli.${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>;

describe('the tables of the CLI\'s sentences', () => {
  test.each(LANGUAGES)('locales/cli.%s.json has every key, the same placeholders and the plurals of the language', (locale) => {
    expect(tableProblems(CLI_MESSAGES, table(locale), locale)).toEqual([]);
  });

  test('the English table is ICU MessageFormat, and filled in without the library it reads the same', () => {
    for (const [key, template] of Object.entries(CLI_MESSAGES)) {
      expect(() => parse(template), key).not.toThrow();
      if (key.startsWith('commander.')) continue; // commander words these itself in English
      const values = Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, `<${m[1]}>`]));
      expect(englishOf({ messageId: key, values }), key).toBe(String(new IntlMessageFormat(template, 'en', undefined, { ignoreTag: true }).format(values)));
    }
  });

  test('a translation says something else than the English (nothing left untranslated by copying)', () => {
    const same = (locale: string) => Object.entries(table(locale))
      // A sentence with no word of its own ("{where}: {why}") reads the same in every language.
      .filter(([key, text]) => text === (CLI_MESSAGES as Record<string, string>)[key] && /[a-z]/i.test(text.replace(/\{\w+\}/g, '')) && key !== 'help.init.approach')
      .map(([key]) => key);
    for (const locale of LANGUAGES) expect(same(locale), locale).toEqual([]);
  });
});

/** Every description and heading commander shows: the commands', their options' and their arguments'. */
function descriptions(command: Command, into: string[] = []): string[] {
  into.push(command.description());
  for (const option of command.options) into.push(option.description);
  for (const argument of command.registeredArguments) into.push(argument.description);
  for (const sub of command.commands) descriptions(sub, into);
  return into.filter(Boolean);
}

const help = async (args: string[], env: Record<string, string> = {}) => {
  const fake = fakeIo(tmpdir(), '', env);
  expect(await run([...args, '--help'], fake.io)).toBe(0);
  return fake.stdout();
};
const COMMANDS = [[], ['init'], ['lint'], ['brief'], ['track'], ['track', 'import'], ['rules'], ['schema'], ['lsp']];
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('--help in every language', () => {
  test('every description of every command is in the table, and every sentence of the table is in the English help', async () => {
    const program = defineProgram({ io: fakeIo(tmpdir()).io, exitCode: 0 });
    const english = new Set(Object.keys(CLI_HELP).map((key) => englishOf({ messageId: key, values: key === 'help.mcm.after' ? { command: '<command>' } : {} })));
    expect(descriptions(program).filter((text) => !english.has(text))).toEqual([]);
    const all = flat((await Promise.all(COMMANDS.map((args) => help(args)))).join('\n'));
    const headings = new Set(['Global Options:', 'choices: {list}', 'default: {value}', 'preset: {value}', 'display help for command']);
    expect([...english].filter((text) => !headings.has(text) && !all.includes(flat(text)))).toEqual([]);
  });

  test.each(LANGUAGES)('%s: no English sentence of the table is left in any command\'s help, and option names stay English', async (locale) => {
    for (const args of COMMANDS) {
      const text = flat(await help(args, { MCM_LOCALE: locale }));
      const left = Object.entries(CLI_HELP)
        .map(([key, english]) => [key, flat(englishOf({ messageId: key, values: key === 'help.mcm.after' ? { command: '<command>' } : {} }))] as const)
        .filter(([key, english]) => english.length > 12 && key !== 'help.init.approach' && text.includes(english));
      expect(left, args.join(' ')).toEqual([]);
      expect(text).toContain('-h, --help');
      expect(text).not.toMatch(/\b(Usage|Options|Commands|Arguments|Examples|default|choices):/);
    }
  });

  test('Ukrainian help of mcm lint, exactly', async () => {
    const text = await help(['lint', '--locale', 'uk']);
    expect(text.split('\n').slice(0, 12).join('\n')).toBe([
      'Використання: mcm lint [options] [files...]',
      '',
      'перевірити файли стратегії за схемою та маркетинговими правилами',
      '',
      'Аргументи:',
      '  files                    файли, папки або шаблони для перевірки; - читає',
      '                           стандартне введення (типово: ["strategy.yaml"])',
      '',
      'Параметри:',
      '  -f, --format <name>      формат виведення (варіанти: "stylish", "json",',
      '                           "sarif", "github", "junit", "markdown", типово:',
      '                           "stylish")',
    ].join('\n'));
  });

  test('English help is commander\'s own, untouched', async () => {
    const text = await help([]);
    expect(text.startsWith('Usage: mcm [options] [command]\n\nKeep a multichannel marketing strategy as a YAML file: draft it, lint it, turn\nit into briefs.\n\nOptions:\n')).toBe(true);
    expect(text.endsWith('\nRun "mcm <command> --help" for the options of a command. Rules: "mcm rules".\n')).toBe(true);
  });
});

describe('the language of errors', () => {
  test('--locale (also as --locale=xx), else MCM_LOCALE, else the system\'s language, else English; a language mcm does not speak is passed over', () => {
    expect(messageLocale(['lint', '--locale', 'pl'], { MCM_LOCALE: 'ru', LANG: 'uk_UA.UTF-8' })).toBe('pl');
    expect(messageLocale(['--locale=ga', 'lint'], { MCM_LOCALE: 'ru' })).toBe('ga');
    expect(messageLocale(['lint'], { MCM_LOCALE: 'ru', LANG: 'uk_UA.UTF-8' })).toBe('ru');
    expect(messageLocale(['lint'], { LC_ALL: 'pl_PL.UTF-8', LANG: 'uk_UA.UTF-8' })).toBe('pl');
    expect(messageLocale(['lint', '--locale', 'de'], { MCM_LOCALE: 'uk' })).toBe('uk');
    expect(messageLocale(['lint', '--locale', 'de'], { MCM_LOCALE: 'xx', LANG: 'ga_IE' })).toBe('ga');
    expect(messageLocale(['lint', '--', '--locale', 'uk'], {})).toBe('en');
    expect(messageLocale([], { LC_ALL: 'C', LANG: 'uk_UA.UTF-8' })).toBe('en');
  });

  test('a UserError keeps its English message and words its key in another language, nested reasons too', async () => {
    const error = cliError('read.cannot', { named: { messageId: 'named.config', values: { file: '.mcmrc.yaml' } }, reason: { messageId: 'fs.EISDIR' } });
    expect(error.message).toBe('Cannot read the configuration file ".mcmrc.yaml": it is a folder.');
    const { IntlMessageFormat: MessageFormat } = await import('intl-messageformat');
    const uk = createTranslator(CLI_MESSAGES, MessageFormat, { locale: 'uk', table: table('uk') });
    expect(errorText(error, uk)).toBe('Не вдається прочитати файл конфігурації «.mcmrc.yaml»: це папка.');
    expect(errorText(error, undefined)).toBe(error.message);
    // A sentence that starts with a capital in English starts with one in the translation.
    const large = cliError('read.tooLarge', { named: { messageId: 'named.answers', values: { file: 'a.yaml' }, capitalize: true }, size: '10' });
    expect(large.message).toBe('The answers file "a.yaml" is larger than 10 MB, the most mcm reads: check that it is the right file.');
    expect(errorText(large, uk)).toBe('Файл відповідей «a.yaml» більший за 10 МБ — найбільше, що читає mcm: перевірте, чи це той файл.');
  });
});

describe('mcm prints its errors in the chosen language', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mcm-cli-messages-'));
    writeFileSync(join(dir, 'plan.yaml'), specExample);
    mkdirSync(join(dir, 'folder'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
  });
  const mcm = async (args: string[], env: Record<string, string> = {}) => {
    const fake = fakeIo(dir, '', env);
    const code = await run(args, fake.io);
    return { code, out: fake.stdout(), err: fake.stderr() };
  };

  const cases: [string, string[], Record<string, string>][] = [
    ['a missing file', ['lint', 'nope.yaml'], {}],
    ['a missing strategy.yaml', ['lint'], {}],
    ['a folder without strategies', ['lint', 'folder'], {}],
    ['a report onto the strategy', ['lint', 'plan.yaml', '--output', 'plan.yaml'], {}],
    ['a report into a pipe that nothing reads', ['lint', 'plan.yaml', '--output', 'pipe'], {}],
    ['a report into a folder', ['lint', 'plan.yaml', '--output', 'folder'], {}],
    ['a bad --rule', ['lint', '--rule', 'x'], {}],
    ['an unknown rule', ['rules', 'budget'], {}],
    ['an unknown --locale', ['lint', '--locale', 'de'], {}],
    ['an unknown command', ['lnt'], {}],
    ['an unknown option', ['lint', '--fromat', 'json'], {}],
    ['a bad choice', ['lint', '--format', 'xml'], {}],
    ['an option without its value', ['lint', '--output'], {}],
    ['too many arguments', ['rules', 'a', 'b'], {}],
    ['a required option left out', ['track', 'import', 'export.csv'], {}],
  ];
  const expected: Record<string, string[]> = {
    uk: [
      'mcm: Не вдається знайти «nope.yaml».\n',
      'mcm: Не вдається знайти «strategy.yaml»: запустіть «mcm init», щоб створити чернетку, або вкажіть файл для перевірки.\n',
      'mcm: У папці «folder» немає файлів .yaml чи .yml.\n',
      'mcm: --output «plan.yaml» — це файл, який перевіряють: звіт замінив би стратегію. Вкажіть інший файл, наприклад lint-report.txt.\n',
      'mcm: Не вдається записати звіт у «pipe»: це канал (FIFO), який ніхто не читає: спершу запустіть читача або вкажіть звичайний файл.\n',
      'mcm: Не вдається записати звіт у «folder»: це папка.\n',
      'mcm: --rule приймає RULE=SEVERITY, наприклад --rule channel-owner=warning (рівень: off, info, warning або error); отримано «x».\n',
      'mcm: Невідоме правило «budget»; можливо, ви мали на увазі «budget-total»? Список правил: «mcm rules».\n',
      'mcm: --locale має значення «de» — цією мовою mcm не говорить: використайте одну з en, uk, pl, ru, ga.\n',
      'помилка: невідома команда «lnt»\n(Можливо, ви мали на увазі lint?)\n',
      'помилка: невідомий параметр «--fromat»\n(Можливо, ви мали на увазі --format?)\n',
      'помилка: параметр «-f, --format <name>» не приймає значення «xml». Допустимі значення: stylish, json, sarif, github, junit, markdown.\n',
      'помилка: параметру «-o, --output <file>» бракує значення\n',
      'помилка: забагато аргументів для «rules». Очікується 1 аргумент, отримано 2.\n',
      'помилка: не вказано обов’язковий параметр «--from <platform>»\n',
    ],
  };

  test.each(cases)('%s: English stays as it was, exit 2', async (_name, args) => {
    const english = await mcm(args);
    expect(english.code).toBe(2);
    expect(english.err).toMatch(/^(mcm: |error: )/);
    expect(english.err).not.toMatch(/[^\x00-\x7f…]/);
  });

  test('Ukrainian, exactly, whichever way the language is chosen', async () => {
    for (const [index, [, args]] of cases.entries()) {
      const run1 = await mcm([...args, '--locale', 'uk']);
      if (args.includes('--locale') || args.at(-1) === '--output') {
        expect((await mcm(args, { MCM_LOCALE: 'uk' })).err, args.join(' ')).toBe(expected.uk![index]);
        continue;
      }
      expect(run1.code, args.join(' ')).toBe(2);
      expect(run1.err, args.join(' ')).toBe(expected.uk![index]);
      expect((await mcm(args, { MCM_LOCALE: 'uk' })).err).toBe(expected.uk![index]);
      expect((await mcm(args, { LANG: 'uk_UA.UTF-8' })).err).toBe(expected.uk![index]);
    }
  });

  test.each(['pl', 'ru', 'ga'])('%s: every error is worded in the language, none is left in English', async (locale) => {
    for (const [, args] of cases) {
      const english = (await mcm(args)).err;
      const translated = await mcm(args, { MCM_LOCALE: locale });
      expect(translated.code).toBe(2);
      expect(translated.err, args.join(' ')).not.toBe(english);
      expect(translated.err).not.toMatch(/\b(Cannot|cannot|error:|Unknown|takes|Did you mean|is invalid|missing)\b/);
    }
  });

  test('the strategy\'s own locale: key does not choose the language of the CLI\'s errors', async () => {
    writeFileSync(join(dir, 'uk.yaml'), 'locale: uk\n');
    expect((await mcm(['lint', 'uk.yaml', '--output', 'uk.yaml'])).err).toBe('mcm: --output "uk.yaml" is the file being linted: the report would replace the strategy. Name another file, such as lint-report.txt.\n');
  });
});
