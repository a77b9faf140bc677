import { afterEach, describe, expect, test } from 'vitest';
import { channelTypes } from '../../../src/core/catalog/index.js';
import { FORMAT_IDS } from '../../../src/core/catalog/ids.js';
import { givenAnswers } from '../../../src/core/init/answers-file.js';
import { createAsker } from '../../../src/core/init/asker.js';
import { buildStrategy, renderStrategy } from '../../../src/core/init/build-strategy.js';
import { collectAnswers } from '../../../src/core/init/flow.js';
import { measure } from '../../../src/core/init/length.js';
import { t, useTranslator } from '../../../src/core/init/messages.js';
import { metricFromName, metricWords, parseAgeRange, parseDate, parseDateRange, parseMoney, parseNumber, parsePlace } from '../../../src/core/init/natural.js';
import { PRESET_NAMES, preset } from '../../../src/core/init/presets/index.js';
import { kpisReader, showRange, strategyQuestions } from '../../../src/core/init/questions.js';
import { repeated } from '../../../src/core/init/suggest.js';
import { slug, yesNo } from '../../../src/core/init/validate.js';
import { draftOf, useCatalog } from '../../../src/core/init/words.js';
import { lint } from '../../../src/core/lint/engine.js';
import { LANGUAGES } from '../i18n/table-check.js';
import { speak } from './messages.test.js';

// The wizard in Ukrainian, Polish, Russian and Irish: its drafts fit the formats, its presets lint clean,
// and answers are read as each language writes them.

const today = '2026-05-10';
afterEach(() => {
  useTranslator();
  useCatalog();
});

describe.each(LANGUAGES)('%s', (locale) => {
  test('every draft fits every message limit of its format, and no two are the same message', () => {
    speak(locale);
    const drafts = FORMAT_IDS.map((format) => draftOf(format).message);
    for (const type of Object.values(channelTypes)) {
      for (const format of FORMAT_IDS) {
        for (const limit of (type.formats[format]?.limits ?? []).filter((l) => l.field === 'message')) {
          const { used, max } = measure(draftOf(format).message, limit);
          expect(used, `${type.id} ${format}: ${draftOf(format).message}`).toBeLessThanOrEqual(max);
        }
      }
    }
    drafts.forEach((message, i) => expect(repeated(message, drafts.slice(0, i).map((m, j) => ({ id: String(j), message: m }))), message).toBeUndefined());
  });

  test.each(PRESET_NAMES)('--yes with --preset %s writes a strategy in the language that lints without a finding', async (name) => {
    speak(locale);
    const answers = await collectAnswers(createAsker(givenAnswers(undefined, []), undefined), { today, preset: preset(name, today), language: locale });
    const text = renderStrategy(buildStrategy(answers), 'schema.json');
    expect(text).toContain(`\nlocale: ${locale}\n`);
    expect(lint(text, { today }).diagnostics).toEqual([]);
  });

  test('yes and no in the language and in English', () => {
    speak(locale);
    expect(yesNo(t('yes'))).toEqual({ value: true });
    expect(yesNo(t('no'))).toEqual({ value: false });
    expect(yesNo('yes')).toEqual({ value: true });
    expect(yesNo('maybe')).toEqual({ error: t('err.yesno') });
  });
});

describe('answers as each language writes them', () => {
  test('yes and no: так/ні, tak/nie, да/нет, tá/níl, sea/ní hea', () => {
    for (const yes of ['так', 'Tak', 'да', 'tá', 'sea', 'y', 'T']) expect(yesNo(yes), yes).toEqual({ value: true });
    for (const no of ['ні', 'nie', 'Нет', 'níl', 'ní hea', 'n']) expect(yesNo(no), no).toEqual({ value: false });
  });

  test('numbers with local separators', () => {
    expect(parseNumber('1 200,50', 'ru-RU')).toBe(1200.5);
    expect(parseNumber('1\u00a0200,50', 'uk-UA')).toBe(1200.5);
    expect(parseNumber('12 000', 'pl-PL')).toBe(12000);
    expect(parseNumber('1.500,00', 'pl-PL')).toBe(1500);
    expect(parseNumber('1,5', 'pl-PL')).toBe(1.5);
    expect(parseNumber('1,500', 'ga-IE')).toBe(1500);
    expect(parseMoney('12 000 zł', 'pl-PL', 'PLN')).toEqual({ amount: 12000, currency: 'PLN' });
    expect(parseMoney('50 000 грн', 'uk-UA', 'UAH')).toEqual({ amount: 50000, currency: 'UAH' });
    expect(parseMoney('300 000 ₽', 'ru-RU', 'RUB')).toEqual({ amount: 300000, currency: 'RUB' });
  });

  test('dates with month names in the five languages', () => {
    expect(parseDate('30 вересня 2027', 'uk-UA', today)).toBe('2027-09-30');
    expect(parseDate('30 września 2027', 'pl-PL', today)).toBe('2027-09-30');
    expect(parseDate('30 wrz 2027', 'pl-PL', today)).toBe('2027-09-30');
    expect(parseDate('30 сентября 2027 г.', 'ru-RU', today)).toBe('2027-09-30');
    expect(parseDate('30 Meán Fómhair 2027', 'ga-IE', today)).toBe('2027-09-30');
    expect(parseDate('1 marca', 'pl-PL', today)).toBe('2027-03-01');
    expect(parseDate('30.09.2027', 'ru-RU', today)).toBe('2027-09-30');
    expect(parseDateRange('1 березня 2027 – 30 червня 2027', 'uk-UA', today)).toEqual({ start: '2027-03-01', end: '2027-06-30' });
    expect(parseDateRange('od 1.03.2027 do 30.06.2027', 'pl-PL', today)).toEqual({ start: '2027-03-01', end: '2027-06-30' });
    expect(parseDateRange('с 1 марта 2027 по 30 июня 2027', 'ru-RU', today)).toEqual({ start: '2027-03-01', end: '2027-06-30' });
    expect(parseDateRange('1 Márta 2027 go 30 Meitheamh 2027', 'ga-IE', today)).toEqual({ start: '2027-03-01', end: '2027-06-30' });
  });

  test('countries in the language, with their currency', () => {
    expect(parsePlace('Україна')).toEqual({ country: 'UA', currency: 'UAH', locale: 'uk-UA' });
    expect(parsePlace('Polska')).toEqual({ country: 'PL', currency: 'PLN', locale: 'pl-PL' });
    expect(parsePlace('Россия', 'ru')).toEqual({ country: 'RU', currency: 'RUB', locale: 'ru-RU' });
    expect(parsePlace('Russia')).toEqual({ country: 'RU', currency: 'RUB', locale: 'ru-RU' });
    expect(parsePlace('Éire', 'ga')).toEqual({ country: 'IE', currency: 'EUR', locale: 'ga-IE' });
    expect(parsePlace('Польща', 'uk')).toEqual({ country: 'PL', currency: 'PLN', locale: 'pl-PL' });
    expect(parsePlace('Польша, русский')).toEqual({ country: 'PL', currency: 'PLN', locale: 'ru-PL' });
    expect(parsePlace('Niemcy, polski')).toEqual({ country: 'DE', currency: 'EUR', locale: 'pl-DE' });
    expect(parsePlace('an Pholainn')).toEqual({ country: 'PL', currency: 'PLN', locale: 'pl-PL' });
  });

  test('ages', () => {
    expect(parseAgeRange('від 25 до 35')).toEqual({ min: 25, max: 35 });
    expect(parseAgeRange('25–35 lat')).toEqual({ min: 25, max: 35 });
    expect(parseAgeRange('старше 45')).toEqual({ min: 45 });
    expect(parseAgeRange('faoi 25')).toEqual({ max: 25 });
  });

  test('metrics named in the language, and ids in Latin letters', () => {
    speak('ru');
    expect(metricFromName('Охват')).toBe('reach');
    expect(metricFromName('доля открытий')).toBe('open_rate');
    expect(metricFromName('CTR')).toBe('click_through_rate');
    expect(metricFromName('записи на курс')).toBe('registrations');
    expect(metricFromName('проданные билеты')).toBe('prodannye_bilety');
    expect(metricWords('prodannye_bilety')).toBe('проданные билеты');
    expect(metricWords('appointments_booked')).toBe('записи на встречу');
    expect(slug('Анна, молодая специалистка')).toBe('anna-molodaya-spetsialistka');
    speak('pl');
    expect(metricFromName('współczynnik otwarć')).toBe('open_rate');
    expect(slug('Łukasz, właściciel auta')).toBe('lukasz-wlasciciel-auta');
    speak('uk');
    const read = kpisReader('Instagram', 'uk-UA')('охоплення 20 000; рівень залученості 3% (зараз 2%)');
    expect(read).toEqual({ value: [{ metric: 'reach', target: 20000 }, { metric: 'engagement_rate', target: 0.03, baseline: 0.02 }] });
  });

  test('hints show days and numbers as the language writes them', () => {
    speak('ru');
    expect(showRange({ start: '2027-01-01', end: '2027-03-31' })).toBe('01.01.2027 – 31.03.2027');
    const q = strategyQuestions({ today, kind: 'local-service', locale: 'ru-RU', currency: 'RUB' });
    expect(q.period({ start: '2027-01-01', end: '2027-03-31' }).hint).toBe('с первого по последний день, например «01.01.2027 – 31.03.2027»');
    expect(q.period({ start: '2027-01-01', end: '2027-03-31' }).validate('31 марта 2027 – 1 января 2027')).toBe('Период: конец (01.01.2027) раньше начала (31.03.2027) — укажите сначала первый день.');
    speak('ga');
    expect(showRange({ start: '2027-01-01', end: '2027-03-31' })).toBe('01/01/2027 – 31/03/2027');
  });
});
