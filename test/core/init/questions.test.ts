import { describe, expect, test } from 'vitest';
import { ANSWERS_SHAPE, givenAnswers, type Shape } from '../../../src/core/init/answers-file.js';
import { createAsker } from '../../../src/core/init/asker.js';
import { channelTypesQuestion, contentQuestions, kpiQuestions } from '../../../src/core/init/channel-questions.js';
import { ANSWER_FLAGS } from '../../../src/core/init/flags.js';
import { collectAnswers } from '../../../src/core/init/flow.js';
import { preset } from '../../../src/core/init/presets/index.js';
import { budgetQuestions, personaQuestions, strategyQuestions } from '../../../src/core/init/questions.js';
import { scriptedPrompter } from './scripted-prompter.js';

const today = '2026-05-10';
const local = preset('local-service', today);

/** "goal.target", "personas[].name", and the lists themselves ("channels", "channels[].kpis"). */
function answerKeys(shape: Shape, prefix = ''): string[] {
  if (shape === null) return [prefix];
  if (Array.isArray(shape)) return [prefix, ...answerKeys(shape[0], `${prefix}[]`).filter((k) => k !== `${prefix}[]`)];
  return Object.entries(shape).flatMap(([key, child]) => answerKeys(child, prefix ? `${prefix}.${key}` : key));
}

test('every question has an answers-file key, and every key is a question', async () => {
  const { prompter, asked } = scriptedPrompter({ approach: ['cross-channel'], 'funnel.advocacy.channels': [['website']] });
  await collectAnswers(createAsker(givenAnswers(undefined, []), prompter), local, today);
  const keys = new Set(asked.map((a) => a.key));
  expect([...keys].filter((k) => !answerKeys(ANSWERS_SHAPE).includes(k))).toEqual([]);
  // A channel's type and a KPI's metric are what the list questions "channels" and "channels[].kpis" pick.
  const pickedByTheList = ['channels[].type', 'channels[].kpis[].metric'];
  expect(answerKeys(ANSWERS_SHAPE).filter((k) => !keys.has(k) && !pickedByTheList.includes(k))).toEqual([]);
});

test('every question asked once has its flag', () => {
  const q = strategyQuestions(local, today);
  const once = [q.name, q.statement, q.metric(''), q.target('', 'x'), q.baseline('', 'x'), q.deadline, q.usp, q.approach, q.crm, q.voice, q.coreMessage(''),
    channelTypesQuestion(local.personas, []), budgetQuestions(local).total, budgetQuestions(local).currency];
  expect(once.map((question) => [question.flag, question.key])).toEqual(ANSWER_FLAGS.map((f) => [f.flag, f.key]));
});

describe('checks in the words of the question', () => {
  const persona = personaQuestions(1, undefined, ['emma']);
  test('age ranges', () => {
    const age = persona.age('Bob', false);
    expect(['28-40', '28 – 40', '45+', '30', 30, { min: 20 }].map((a) => age.parse(a))).toEqual([{ min: 28, max: 40 }, { min: 28, max: 40 }, { min: 45 }, { min: 30, max: 30 }, { min: 30, max: 30 }, { min: 20 }]);
    expect(age.validate('40-28')).toBe('The youngest age (40) is above the oldest (28): write youngest-oldest, like 28-40.');
    expect(age.validate('about 30')).toBe('The age range must look like 28-40 (youngest-oldest) or 45+, not "about 30".');
    expect(age.validate({ min: 20, oldest: 40 })).toBe('The age range takes min and max, not "oldest".');
    expect(age.validate('20-130')).toBe('An age cannot be more than 120.');
    expect([age.show({ min: 28, max: 40 }), age.show({ min: 45 })]).toEqual(['28-40', '45+']);
  });

  test('ids suggested from the name, never taken twice', () => {
    expect(persona.id('Emma', false).default).toBe('emma-2');
    expect(persona.id('Émilie, la cheffe', false).default).toBe('emilie-la-cheffe');
    expect(persona.id('Emma', false).validate('emma')).toBe('"emma" is already the id of another persona: pick another one.');
  });

  test('currency and budget split', () => {
    const budget = budgetQuestions(local);
    expect(budget.currency.parse(' usd ')).toBe('USD');
    expect(budget.currency.validate('EURO')).toBe('The currency must be a three-letter ISO code, like EUR, USD or GBP, not "EURO".');
    const split = budget.split('email', 500, 'EUR', 250);
    expect([split.hint, split.parse('500'), split.parse('')]).toEqual(['500 EUR left; optional', 500, undefined]);
    expect(split.validate('501')).toBe('The channel budgets would add up to more than the total budget: 500 EUR is left for "email".');
  });

  test('messages: the hard limit of the format, and never the same as another channel', () => {
    const earlier = [{ id: 'facebook-page', message: 'Your oil change in 30 minutes, booked from your phone.' }];
    const sms = contentQuestions('sms', 'sms', undefined, [], earlier).message('text-message');
    expect(sms.hint).toBe('text message (one segment) up to 160 characters (70 if it uses emoji or letters outside the SMS alphabet)');
    expect(sms.validate('a'.repeat(160))).toBe(true);
    expect(sms.validate('a'.repeat(161))).toBe('The message is 161 characters long; the text message (one segment) holds 160: shorten it by 1.');
    expect(sms.validate(`☕ ${'a'.repeat(70)}`)).toBe('The message is 72 characters long; the text message (one segment) holds 70 with these characters: shorten it by 2.');
    expect(sms.validate('Your oil change in 30 minutes, booked from your phone!')).toBe('This is the same message as channel "facebook-page": adapt it to Text message (SMS), its format and its audience.');
    const ad = contentQuestions('search-ads', 'ppc-search', undefined, [], []);
    expect(ad.headline('search-ad', 'x').validate('Oil change in 30 minutes, no wait')).toBe('The headline is 33 characters long; the headline holds 30: shorten it by 3.');
    expect([ad.headline('other', 'x').skip, ad.headline('other', 'x').validate('Any length is fine where the format sets none')]).toEqual([true, true]);
  });

  test('tone: one of the brand voice words, and nothing without them', () => {
    expect(contentQuestions('email', 'email', undefined, ['warm', 'bold'], []).tone.validate('warn')).toBe('The tone of "email" cannot be "warn"; did you mean "warm"?');
    const silent = contentQuestions('email', 'email', undefined, [], []).tone;
    expect([silent.skip, silent.default, silent.validate(undefined)]).toEqual([true, undefined, true]);
    expect(silent.validate('warm')).toBe('A channel\'s tone is one of the brand voice words: give them first, under brand.voice.');
  });

  test('KPIs: catalog suggestions first, rates as fractions, each metric once', () => {
    const kpis = kpiQuestions('email', 'email', undefined, ['open_rate', 'click_rate']);
    expect(kpis.metrics.choices!.slice(0, 3).map((c) => c.name)).toEqual(['Open rate (open_rate)', 'Click rate (click_rate)', 'Click-through rate (click_through_rate)']);
    expect(kpis.metrics.validate(['open_rate', 'open_rate'])).toBe('The KPI open_rate is listed twice for "email": keep one.');
    expect(kpis.metrics.validate([])).toBe('Pick at least one KPI for "email": every channel needs a number that says whether it works.');
    expect(kpis.metrics.validate(['Open Rate'])).toBe('The KPI "Open Rate" is not a metric id: write it in lowercase with underscores, like "open_rate".');
    expect(kpis.target('open_rate').parse('35%')).toBe(0.35);
    expect(kpis.target('open_rate').default).toBe(0.35);
    expect(kpis.target('nps').validate('-20')).toBe(true);
    expect(kpis.target('my_metric').default).toBeUndefined();
  });
});
