import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ANSWERS_SHAPE, givenAnswers, type Shape } from '../../../src/core/init/answers-file.js';
import { createAsker } from '../../../src/core/init/asker.js';
import { ANSWER_FLAGS } from '../../../src/core/init/flags.js';
import { collectAnswers } from '../../../src/core/init/flow.js';
import { MESSAGES } from '../../../src/core/init/messages.js';
import { metricFromName, parseAgeRange, parseDate, parseDateRange, parseMoney, parseNumber, parsePlace, parseRatio } from '../../../src/core/init/natural.js';
import { budgetQuestions, kpisReader, personaQuestions, type Context } from '../../../src/core/init/questions.js';
import { scriptedPrompter } from './scripted-prompter.js';

const today = '2026-05-10';
const ctx: Context = { today, kind: 'education', locale: 'en-GB', currency: 'EUR' };

/** "goal.target", "personas[].name", and the lists themselves ("channels", "channels[].kpis"). */
function answerKeys(shape: Shape, prefix = ''): string[] {
  if (shape === null) return [prefix];
  if (Array.isArray(shape)) return [prefix, ...answerKeys(shape[0], `${prefix}[]`).filter((k) => k !== `${prefix}[]`)];
  return Object.entries(shape).flatMap(([key, child]) => answerKeys(child, prefix ? `${prefix}.${key}` : key));
}

test('every question asked has an answers-file key, and every flag answers one', async () => {
  const { prompter, asked } = scriptedPrompter({
    'business.kind': ['education'], name: ['Plan'], 'goal.statement': ['Enrol 20 students'], usp: ['Small groups'], approach: ['cross-channel'],
    'personas[].name': ['Ann, the learner'], personas: [false], 'channels[].content.message': ['One', 'Two two', 'Three three three', 'Four four four four', 'Five five five five five'],
  });
  await collectAnswers(createAsker(givenAnswers(undefined, []), prompter), { today, systemLocale: 'en-GB' });
  const keys = new Set(answerKeys(ANSWERS_SHAPE));
  // The choices of a session, not answers: which channels run all period, and how the budget splits (channels[].budget).
  const sessionOnly = ['schedule.whole', 'budget.split', 'personas'];
  expect([...new Set(asked.map((a) => a.key))].filter((k) => !keys.has(k) && !sessionOnly.includes(k))).toEqual([]);
  expect(ANSWER_FLAGS.map((f) => f.key).filter((k) => !keys.has(k))).toEqual([]);
});

test('every sentence of the wizard is in the message table, with its placeholders', () => {
  expect(Object.values(MESSAGES).every((m) => typeof m === 'string' && m.length > 0)).toBe(true);
  expect(MESSAGES['persona.name.q']).toBe('Persona {n}: who is it? A first name and a role.');
});

describe('answers in people\'s words', () => {
  test('numbers by the locale', () => {
    expect(['1,500', '1 500', '1.500,00', '1500', '0.05'].map((s) => parseNumber(s, 'en-GB'))).toEqual([1500, 1500, 1500, 1500, 0.05]);
    expect(['1,5', '1 500', '1.500,00', '1,500'].map((s) => parseNumber(s, 'pl-PL'))).toEqual([1.5, 1500, 1500, 1.5]);
    expect(['lots', '1,50,0', '', '1.2.3,4'].map((s) => parseNumber(s, 'en-GB'))).toEqual([undefined, undefined, undefined, undefined]);
    expect(['35%', '35 %', '0.35', '35', '1.1%'].map((s) => parseRatio(s))).toEqual([0.35, 0.35, 0.35, 0.35, 0.011]);
    expect(parseMoney('1.500,00 zł', 'pl-PL', 'PLN')).toEqual({ amount: 1500, currency: 'PLN' });
    expect(parseMoney('€1,500', 'en-IE', 'EUR')).toEqual({ amount: 1500, currency: 'EUR' });
    expect(parseMoney('12 000', 'pl-PL', 'PLN')).toEqual({ amount: 12000 });
  });

  test('dates and periods', () => {
    expect(['30 Sept 2026', '30.09.2026', '30/09/2026', 'Sept 30, 2026', '2026-09-30'].map((s) => parseDate(s, 'en-GB', today))).toEqual(Array(5).fill('2026-09-30'));
    expect(parseDate('09/30/2026', 'en-US', today)).toBe('2026-09-30');
    expect(parseDate('30 вересня 2026', 'uk-UA', today)).toBe('2026-09-30');
    expect(['lots', '2026-02-30', '31.04.2026', 'next'].map((s) => parseDate(s, 'en-GB', today))).toEqual([undefined, undefined, undefined, undefined]);
    expect(parseDateRange('1 Jan 2027 to 31 Mar 2027', 'en-GB', today)).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(parseDateRange('1.03.2027 - 30.06.2027', 'en-GB', today)).toEqual({ start: '2027-03-01', end: '2027-06-30' });
    expect(parseDateRange('from 1 March to 30 June 2027', 'en-GB', today)).toEqual({ start: '2027-03-01', end: '2027-06-30' });
  });

  test('ages, measures and places', () => {
    expect(['25 to 35', '25-35', '25 – 35', '45+', 'over 45', 'under 25', '30'].map(parseAgeRange)).toEqual([
      { min: 25, max: 35 }, { min: 25, max: 35 }, { min: 25, max: 35 }, { min: 45 }, { min: 45 }, { max: 25 }, { min: 30, max: 30 },
    ]);
    expect(['Course enrolments', 'Open rate', 'CTR', 'open_rate', 'Click-through rate', 'Zapisy na kurs'].map(metricFromName)).toEqual([
      'course_enrolments', 'open_rate', 'click_through_rate', 'open_rate', 'click_through_rate', 'registrations',
    ]);
    expect(parsePlace('Poland')).toEqual({ country: 'PL', currency: 'PLN', locale: 'pl-PL' });
    expect(parsePlace('Ireland, English')).toEqual({ country: 'IE', currency: 'EUR', locale: 'en-IE' });
    expect(parsePlace('Україна')).toEqual({ country: 'UA', currency: 'UAH', locale: 'uk-UA' });
    expect(parsePlace('PLN')).toEqual({ currency: 'PLN', locale: 'en' });
    expect(parsePlace('Atlantis')).toBeUndefined();
  });

  test('KPIs together, and a budget split by channel name', () => {
    const read = kpisReader('Email', 'en-GB');
    expect(read('open rate 35% (now 28%); click rate 4%')).toEqual({ value: [{ metric: 'open_rate', target: 0.35, baseline: 0.28 }, { metric: 'click_rate', target: 0.04 }] });
    expect(read('course enrolments 1,500')).toEqual({ value: [{ metric: 'course_enrolments', target: 1500 }] });
    expect(read('open rate 35%; Open rate 30%')).toEqual({ error: 'The KPI open rate is there twice: keep one.' });
    expect(read('')).toEqual({ error: 'Give Email at least one KPI with its target, like "open rate 35% (now 28%); click rate 4%".' });
    const split = budgetQuestions(ctx).split([{ id: 'website', name: 'Website' }, { id: 'search', name: 'Google Ads search' }], 1000, 'EUR', [undefined, undefined]);
    expect(split.show(split.default!)).toBe('Website 500; Google Ads search 500');
    expect(split.parse('Google Ads search 600; website 400')).toEqual([400, 600]);
    expect(split.validate('Website 800; Google 300')).toBe('The channel budgets add up to 1100 EUR, more than the total of 1000 EUR.');
    expect(split.validate('Radio 100')).toBe('"Radio" is not one of the channels: Website, Google Ads search.');
  });

  test('the age question reads ranges and shows them back', () => {
    const age = personaQuestions(1, ctx, []).age('Bob');
    expect(age.parse('25 to 35')).toEqual({ min: 25, max: 35 });
    expect(age.validate('40-28')).toBe('The youngest age (40) is above the oldest (28): write youngest to oldest, like 28 to 40.');
    expect(age.validate('about 30')).toBe('The age range must look like 25 to 35, 25-35 or 45+, not "about 30".');
    expect(age.show({ min: 25, max: 35 })).toBe('25 to 35');
  });
});

describe('whatever is typed, the readers answer with a value or a sentence, never a crash', () => {
  test('numbers, dates, ranges, ages, places, KPIs', () => {
    const kpis = kpisReader('Email', 'en-GB');
    fc.assert(fc.property(fc.string(), fc.constantFrom('en-GB', 'pl-PL', 'en-US', 'uk-UA', 'ga-IE'), (text, locale) => {
      parseNumber(text, locale);
      parseRatio(text, locale);
      parseMoney(text, locale, 'EUR');
      parseDate(text, locale, today);
      parseDateRange(text, locale, today);
      parseAgeRange(text);
      parsePlace(text);
      metricFromName(text);
      const read = kpis(text);
      expect('value' in read || typeof read.error === 'string').toBe(true);
    }), { numRuns: 300 });
  });

  test('a number Intl writes in a locale reads back as that number', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('en-GB', 'pl-PL', 'de-DE', 'uk-UA', 'en-US', 'fr-FR'), (whole, cents, locale) => {
      const value = whole + cents / 100;
      const written = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
      expect(parseNumber(written, locale)).toBeCloseTo(value, 6);
    }), { numRuns: 300 });
  });

  test('a day Intl writes in a locale reads back as that day', () => {
    fc.assert(fc.property(fc.date({ min: new Date('2026-06-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(...(['en-GB', 'en-US', 'en-IE'] as const).flatMap((l) => (['numeric', 'long', 'short'] as const).map((m) => [l, m] as const)), ['uk-UA', 'numeric'] as const, ['uk-UA', 'long'] as const), (day, [locale, month]) => {
      const iso = day.toISOString().slice(0, 10);
      const written = new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(day).replace(/\s*р\.$/, '');
      expect(parseDate(written, locale, today)).toBe(iso);
    }), { numRuns: 200 });
  });
});
