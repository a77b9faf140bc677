import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { argumentNames, plurals } from './table-check.js';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, test } from 'vitest';
import { createCatalogue, FORMATTER_KEYS, SARIF_KEYS, SUMMARY_KEYS } from '../../../src/core/i18n/catalogue.js';
import { sarif } from '../../../src/core/formatters/sarif.js';
import { summaryText } from '../../../src/core/formatters/summary.js';
import type { Diagnostic } from '../../../src/core/lint/diagnostic.js';
import { lint } from '../../../src/core/lint/engine.js';
import { descriptionKey, messageKey } from '../../../src/core/lint/messages.js';
import { rules } from '../../../src/core/rules/index.js';

const ROOT = join(import.meta.dirname, '../../..');
const LANGUAGES = ['uk', 'pl', 'ru', 'ga'] as const;
const tables = Object.fromEntries(LANGUAGES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, 'locales', `${l}.json`), 'utf8')) as Record<string, string>]));
const catalogues = Object.fromEntries(LANGUAGES.map((l) => [l, createCatalogue(l, tables[l]!, IntlMessageFormat)]));

// English: each rule's own table, and the summary line of the stylish format.
const english = new Map<string, string>([
  ...rules.flatMap((rule) => Object.entries(rule.messages).map(([id, template]) => [messageKey(rule.id, id), String(template)] as const)),
  [SUMMARY_KEYS.problems, '{{problems}} {{errors}} {{warnings}} {{infos}} {{files}}'],
  [SUMMARY_KEYS.none, '{{files}}'],
  // Each rule's description, under a key no ruleId/messageId can take, and SARIF's sentence on default severities.
  ...rules.map((rule) => [descriptionKey(rule.id), rule.description] as const),
  ...Object.values(SARIF_KEYS).map(([key, template]) => [key, template] as const),
  // The formatters' own words: stylish's severity column, the Markdown report's title, table and labels.
  ...Object.values(FORMATTER_KEYS).map(([key, template]) => [key, template] as const),
]);
const englishNames = (template: string) => new Set([...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!));

describe.each(LANGUAGES)('the %s catalogue', (locale) => {
  const table = tables[locale]!;

  test('has every key of the English tables and nothing else', () => {
    expect(Object.keys(table).sort()).toEqual([...english.keys()].sort());
  });

  test('every message is valid ICU MessageFormat with the placeholders of the English one', () => {
    const mismatched = [...english].flatMap(([key, template]) => {
      const names = [...argumentNames(parse(table[key]!))].sort();
      const expected = [...englishNames(template)].sort();
      return JSON.stringify(names) === JSON.stringify(expected) ? [] : [`${key}: ${names.join(',')} ≠ ${expected.join(',')}`];
    });
    expect(mismatched).toEqual([]);
  });

  test('every plural gives each category of the language', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const required = { uk: ['one', 'few', 'many', 'other'], ru: ['one', 'few', 'many', 'other'], pl: ['one', 'few', 'many', 'other'], ga: ['one', 'two', 'few', 'many', 'other'] }[locale];
    expect([...categories].sort()).toEqual([...required].sort());
    const incomplete = Object.entries(table).flatMap(([key, message]) => plurals(parse(message)).filter((options) => !required.every((c) => options.includes(c))).map((options) => `${key}: ${options.join(',')}`));
    expect(incomplete).toEqual([]);
    expect(Object.values(table).filter((m) => m.includes(', plural,')).length).toBeGreaterThanOrEqual(7);
  });
});

describe('rule descriptions', () => {
  test('have keys of their own, which no ruleId/messageId key can be, translated in every language', () => {
    const messageKeys = new Set(rules.flatMap((rule) => Object.keys(rule.messages).map((id) => messageKey(rule.id, id))));
    expect(rules.map((rule) => descriptionKey(rule.id)).filter((key) => messageKeys.has(key))).toEqual([]);
    expect(descriptionKey('acme/utm-on-every-link')).toBe('description:acme/utm-on-every-link');
    for (const locale of LANGUAGES) {
      expect(rules.filter((rule) => !tables[locale]![descriptionKey(rule.id)] || tables[locale]![descriptionKey(rule.id)] === rule.description).map((r) => `${locale} ${r.id}`)).toEqual([]);
    }
  });
});

describe('SARIF under a locale', () => {
  test('describes each rule in the language; ids stay English', () => {
    const result = lint('mcm: 1\nname: x\n', { file: 'strategy.yaml' });
    const log = JSON.parse(sarif([result], { color: false, cwd: '/tmp', version: '1.0.0', messages: catalogues.uk })) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string } }[] } } }[] };
    const owner = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'channel-owner')!;
    expect(owner.shortDescription.text).toBe('Кожен канал має відповідального.');
    expect(owner.fullDescription.text).toBe('Кожен канал має відповідального. Типова серйозність: вимкнено у наборі recommended, попередження у наборі strict.');
    const budget = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'budget-total')!;
    expect(budget.fullDescription.text).toBe('Бюджети каналів разом не перевищують загального бюджету. Типова серйозність: помилка у наборах recommended і strict.');
    const english = JSON.parse(sarif([result], { color: false, cwd: '/tmp', version: '1.0.0' })) as typeof log;
    expect(english.runs[0]!.tool.driver.rules.find((r) => r.id === 'budget-total')!.fullDescription.text).toBe('The channel budgets do not add up to more than the total budget. Default severity: error, in the recommended and the strict presets.');
  });
});

describe('the summary line', () => {
  // 1, 2, 5 and 22 problems, in as many files: every plural category of the four languages is met.
  const counts = [
    { errors: 1, warnings: 0, infos: 0, files: 1 },
    { errors: 1, warnings: 1, infos: 0, files: 2 },
    { errors: 2, warnings: 2, infos: 1, files: 5 },
    { errors: 11, warnings: 10, infos: 1, files: 22 },
  ];
  const expected: Record<string, string[]> = {
    en: ['1 problem (1 error, 0 warnings, 0 infos) in 1 file', '2 problems (1 error, 1 warning, 0 infos) in 2 files', '5 problems (2 errors, 2 warnings, 1 info) in 5 files', '22 problems (11 errors, 10 warnings, 1 info) in 22 files'],
    uk: ['1 проблема (1 помилка, 0 попереджень, 0 приміток) у 1 файлі', '2 проблеми (1 помилка, 1 попередження, 0 приміток) у 2 файлах', '5 проблем (2 помилки, 2 попередження, 1 примітка) у 5 файлах', '22 проблеми (11 помилок, 10 попереджень, 1 примітка) у 22 файлах'],
    pl: ['1 problem (1 błąd, 0 ostrzeżeń, 0 informacji) w 1 pliku', '2 problemy (1 błąd, 1 ostrzeżenie, 0 informacji) w 2 plikach', '5 problemów (2 błędy, 2 ostrzeżenia, 1 informacja) w 5 plikach', '22 problemy (11 błędów, 10 ostrzeżeń, 1 informacja) w 22 plikach'],
    ru: ['1 проблема (1 ошибка, 0 предупреждений, 0 заметок) в 1 файле', '2 проблемы (1 ошибка, 1 предупреждение, 0 заметок) в 2 файлах', '5 проблем (2 ошибки, 2 предупреждения, 1 заметка) в 5 файлах', '22 проблемы (11 ошибок, 10 предупреждений, 1 заметка) в 22 файлах'],
    ga: ['1 fhadhb (1 earráid, 0 rabhadh, 0 nóta) i 1 chomhad', '2 fhadhb (1 earráid, 1 rabhadh, 0 nóta) i 2 chomhad', '5 fhadhb (2 earráid, 2 rabhadh, 1 nóta) i 5 chomhad', '22 fadhb (11 earráid, 10 rabhadh, 1 nóta) i 22 comhad'],
  };
  const none: Record<string, string[]> = {
    en: ['No problems found in 1 file.', 'No problems found in 2 files.', 'No problems found in 5 files.', 'No problems found in 22 files.'],
    uk: ['Проблем не знайдено у 1 файлі.', 'Проблем не знайдено у 2 файлах.', 'Проблем не знайдено у 5 файлах.', 'Проблем не знайдено у 22 файлах.'],
    pl: ['Nie znaleziono problemów w 1 pliku.', 'Nie znaleziono problemów w 2 plikach.', 'Nie znaleziono problemów w 5 plikach.', 'Nie znaleziono problemów w 22 plikach.'],
    ru: ['Проблем не найдено в 1 файле.', 'Проблем не найдено в 2 файлах.', 'Проблем не найдено в 5 файлах.', 'Проблем не найдено в 22 файлах.'],
    ga: ['Níor aimsíodh aon fhadhb i 1 chomhad.', 'Níor aimsíodh aon fhadhb i 2 chomhad.', 'Níor aimsíodh aon fhadhb i 5 chomhad.', 'Níor aimsíodh aon fhadhb i 22 comhad.'],
  };

  test.each(['en', ...LANGUAGES])('in %s, for 1, 2, 5 and 22 problems and files', (locale) => {
    const messages = locale === 'en' ? undefined : catalogues[locale];
    expect(counts.map((c) => summaryText(c, messages))).toEqual(expected[locale]);
    expect(counts.map((c) => summaryText({ errors: 0, warnings: 0, infos: 0, files: c.files }, messages))).toEqual(none[locale]);
  });

  test('numbers are written the way the language writes them', () => {
    expect(summaryText({ errors: 1500, warnings: 0, infos: 0, files: 1 }, catalogues.uk)).toBe('1\u00a0500 проблем (1\u00a0500 помилок, 0 попереджень, 0 приміток) у 1 файлі');
    expect(summaryText({ errors: 0, warnings: 0, infos: 0, files: 7 }, catalogues.ga)).toBe('Níor aimsíodh aon fhadhb i 7 gcomhad.');
  });
});

describe('a count that is the subject of a sentence', () => {
  test('in Polish, 2 to 4 (and 22 to 24) take the plural verb, 5 and up the singular', () => {
    const format = new IntlMessageFormat(tables.pl!['no-identical-content/mostChannels']!, 'pl');
    const verb = (count: number) => / (niosą|niesie) /.exec(String(format.format({ count, total: 30, channels: 'a, b', alike: 'ten sam komunikat' })))![1];
    expect([2, 4, 5, 12, 22].map(verb)).toEqual(['niosą', 'niosą', 'niesie', 'niesie', 'niosą']);
  });
});

/** Every strategy text in the repository: the rules' findings on it reach most messages. */
function corpus(): { name: string; text: string }[] {
  const yamlIn = (dir: string) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f)).map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }));
  const pages = readdirSync(join(ROOT, 'docs/rules')).flatMap((f) => [...readFileSync(join(ROOT, 'docs/rules', f), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m, i) => ({ name: `docs/rules/${f} #${i + 1}`, text: m[1]! })));
  return [...yamlIn('examples'), ...yamlIn('test/fixtures/bad'), ...yamlIn('test/fixtures/strategies'), ...pages];
}

// Words of the strategy format, commands and standards: they stay as the user writes them in every language.
const FORMAT_WORDS = new Set(['mcm', 'init', 'schema', 'rules', 'YAML', 'UTF', 'KPI', 'KPIanna', 'CRM', 'GSM', 'SMS', 'GA4', 'USP', 'EUR', 'USD', 'YYYY', 'MM', 'DD', 'rate', 'snake_case', 'kebab',
  'case', 'https', 'example', 'com', 'page', 'yaml', 'language', 'server', 'true', 'false', 'null', 'nan', 'inf', 'custom', 'email', 'instagram', 'website', 'blog',
  'awareness', 'consideration', 'conversion', 'retention', 'advocacy', 'conversions', 'conversion_rate', 'leads', 'utm_medium', 'name', 'stage', 'funnel', 'channels',
  'personas', 'kpis', 'goal', 'owner', 'content', 'cta', 'brand', 'voice', 'budget', 'total', 'stack', 'crm', 'preferred_channels', 'period', 'start', 'end', 'type',
  // Names and standards that stay as they are: the survey cited, B2B, X, CTR, UCS-2, QR, CJK, SEO, GRP, push, display.
  'Pew', 'Research', 'Center', 'B2B', 'UCS', 'push']);

describe('no English sentence reaches a message under another language', () => {
  // Findings at one position are ordered by their text, which differs between languages: pair them by what they report.
  const where = (d: Diagnostic) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId}/${d.messageId} ${JSON.stringify(d.data ?? {})}`;
  const byPlace = (list: Diagnostic[]) => [...list].sort((a, b) => (where(a) < where(b) ? -1 : where(a) > where(b) ? 1 : 0));
  const findings = corpus().flatMap(({ name, text }) => {
    const en = byPlace(lint(text, { file: name, config: { extends: 'strict' } }).diagnostics);
    return LANGUAGES.flatMap((locale) => {
      const translated = byPlace(lint(text, { file: name, config: { extends: 'strict' }, messages: catalogues[locale] }).diagnostics);
      expect(translated.length).toBe(en.length);
      return en.map((d, i) => ({ locale, d, t: translated[i]!, name }));
    });
  });

  test('the corpus reaches most messages, at the same positions in every language', () => {
    expect(new Set(findings.map(({ d }) => messageKey(d.ruleId, d.messageId))).size).toBeGreaterThanOrEqual(60);
    const moved = findings.filter(({ d, t }) => where(d) !== where(t) || t.message === d.message && !/^\{\{\w+\}\}$/.test(String(rules.find((r) => r.id === d.ruleId)!.messages[d.messageId]))).map(({ locale, d, t }) => `${locale}: ${where(d)} → ${where(t)}: ${t.message}`);
    expect(moved).toEqual([]);
  });

  test('no message keeps a run of three English words of its English template', () => {
    const leaks = findings.flatMap(({ locale, d, t }) => {
      const rule = rules.find((r) => r.id === d.ruleId)!;
      const literal = String(rule.messages[d.messageId]).split(/\{\{\s*\w+\s*\}\}/);
      const runs = literal.flatMap((part) => {
        const words = part.match(/[A-Za-z]+/g) ?? [];
        return words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(' '));
      }).filter((run) => !run.split(' ').every((w) => FORMAT_WORDS.has(w)));
      const dataText = JSON.stringify(d.data ?? {});
      const plain = t.message.replace(/[^A-Za-z]+/g, ' ');
      return runs.filter((run) => plain.includes(` ${run} `) && !dataText.includes(run)).map((run) => `${locale} ${d.ruleId}/${d.messageId}: "${run}"`);
    });
    expect([...new Set(leaks)]).toEqual([]);
  });

  test('in Cyrillic languages, every Latin word comes from the data or the strategy format', () => {
    const stray = findings.filter(({ locale }) => locale === 'uk' || locale === 'ru').flatMap(({ locale, d, t }) => {
      const dataText = JSON.stringify(d.data ?? {});
      return (t.message.match(/[A-Za-z][A-Za-z0-9_]{2,}/g) ?? []).filter((w) => !dataText.includes(w) && !FORMAT_WORDS.has(w)).map((w) => `${locale} ${d.ruleId}/${d.messageId}: "${w}"`);
    });
    expect([...new Set(stray)]).toEqual([]);
  });
});
