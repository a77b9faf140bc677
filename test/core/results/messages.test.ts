import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../../src/core/i18n/translate.js';
import { TRACK_MESSAGES, type TrackKey } from '../../../src/core/results/messages.js';
import { parseResults } from '../../../src/core/results/parse.js';
import { LANGUAGES, tableProblems } from '../i18n/table-check.js';

const table = (locale: string) => JSON.parse(readFileSync(new URL(`../../../locales/track.${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const translator = (locale: string) => createTranslator(TRACK_MESSAGES, IntlMessageFormat, { locale, table: table(locale) });

// Words that are the same in the language as in English: ids, abbreviations, a column named after a term.
const SAME = new Set(['table.kpi', 'table.status', 'table.channel']);

describe.each(LANGUAGES)('locales/track.%s.json', (locale) => {
  test('has every key of the English table, with the same placeholders and complete plurals', () => {
    expect(tableProblems(TRACK_MESSAGES, table(locale), locale)).toEqual([]);
  });

  test('translates every sentence (no English one is copied)', () => {
    const own = table(locale);
    const copied = (Object.keys(TRACK_MESSAGES) as TrackKey[]).filter((key) => !SAME.has(key) && own[key] === TRACK_MESSAGES[key]);
    expect(copied).toEqual([]);
  });
});

describe('plurals', () => {
  test('Ukrainian, Polish, Russian and Irish count problems and rows for 1, 2, 5 and 22', () => {
    const counts = [1, 2, 5, 22];
    const say = (locale: string, key: TrackKey) => counts.map((count) => translator(locale).t(key, { count, message: 'X' }));
    expect(say('uk', 'cli.problems').map((s) => s.split(' у ')[0])).toEqual(['1 проблема', '2 проблеми', '5 проблем', '22 проблеми']);
    expect(say('uk', 'repeated')).toEqual(['X (1 рядок, перший — тут)', 'X (2 рядки, перший — тут)', 'X (5 рядків, перший — тут)', 'X (22 рядки, перший — тут)']);
    expect(say('uk', 'count.off-track')).toEqual(['1 відстає', '2 відстають', '5 відстають', '22 відстають']);
    expect(say('pl', 'cli.problems').map((s) => s.split(' w ')[0])).toEqual(['1 problem', '2 problemy', '5 problemów', '22 problemy']);
    expect(say('pl', 'markdown.leftOut')).toEqual(['Pominięto 1 wiersz wyników:', 'Pominięto 2 wiersze wyników:', 'Pominięto 5 wierszy wyników:', 'Pominięto 22 wiersze wyników:']);
    expect(say('ru', 'repeated')).toEqual(['X (1 строка, первая — здесь)', 'X (2 строки, первая — здесь)', 'X (5 строк, первая — здесь)', 'X (22 строки, первая — здесь)']);
    expect(say('ru', 'count.met')).toEqual(['1 достигнут', '2 достигнуты', '5 достигнуто', '22 достигнуты']);
    expect(say('ga', 'cli.problems').map((s) => s.split(' sna ')[0])).toEqual(['1 fhadhb', '2 fhadhb', '5 fhadhb', '22 fadhb']);
    expect(translator('ga').t('repeated', { count: 8, message: 'X' })).toBe('X (8 sraith, an chéad cheann anseo)');
  });

  test('English keeps its own words', () => {
    const t = createTranslator(TRACK_MESSAGES, IntlMessageFormat).t;
    expect([1, 2].map((count) => t('cli.problems', { count }))).toEqual([
      'One problem in the results: those rows are left out of the scorecard.',
      '2 problems in the results: those rows are left out of the scorecard.',
    ]);
  });
});

describe('parseResults in a language', () => {
  const strategy = { period: { start: '2027-03-01', end: '2027-05-31' }, channels: [{ id: 'instagram', type: 'instagram', kpis: [{ metric: 'reach', target: 100 }] }] } as never;
  const csv = 'date,channel,metric,value\n2027-02-27,instagram,reach,5\n2027-03-02,instagran,reach,5\n2027-03-03,instagran,reach,5\n2027-03-04,instagram,reach,1,234\n';

  test('says each problem in Ukrainian, at the same row and column, with local dates', () => {
    const { problems } = parseResults(csv.replace('1,234', '"1,234"'), 'r.csv', strategy, translator('uk'));
    expect(problems).toEqual([
      { file: 'r.csv', row: 2, column: 1, message: '27 лютого 2027 р. — раніше за період стратегії (1 березня 2027 р. – 31 травня 2027 р.): рядок пропущено.' },
      { file: 'r.csv', row: 3, column: 2, message: '«instagran» — не канал стратегії: можливо, ви мали на увазі «instagram»? (2 рядки, перший — тут)' },
      { file: 'r.csv', row: 5, column: 4, message: '«1,234» може бути 1.234 (десяткова кома) або 1234 (роздільник тисяч): запишіть 1.234 або 1234.' },
    ]);
  });

  test('English is as it always was: ISO dates as written', () => {
    const { problems } = parseResults(csv, 'r.csv', strategy);
    expect(problems[0]!.message).toBe('2027-02-27 is before the strategy period (2027-03-01 to 2027-05-31): the row is left out.');
  });
});
