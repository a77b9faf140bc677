import { describe, expect, test } from 'vitest';
import { givenAnswers } from '../../../src/core/init/answers-file.js';
import { createAsker } from '../../../src/core/init/asker.js';
import { collectAnswers } from '../../../src/core/init/flow.js';
import { PRESET_NAMES, preset } from '../../../src/core/init/presets/index.js';
import { UserError } from '../../../src/core/errors.js';
import { scriptedPrompter } from './scripted-prompter.js';

const today = '2026-05-10';
const nothingGiven = givenAnswers(undefined, []);
const fromFile = (data: Record<string, unknown>) => givenAnswers({ name: 'answers.yaml', data }, []);

describe('the wizard', () => {
  test.each(PRESET_NAMES)('pressing Enter at every prompt drafts the %s preset', async (name) => {
    const { prompter, asked } = scriptedPrompter();
    const answers = await collectAnswers(createAsker(nothingGiven, prompter), preset(name, today), today);
    expect(answers).toEqual(JSON.parse(JSON.stringify(preset(name, today))));
    expect(asked[0]).toEqual({ key: 'name', message: 'What is the strategy or campaign called?' });
  });

  test('asks in the order of the method', async () => {
    const { prompter, asked } = scriptedPrompter({ channels: [['website', 'email']] });
    await collectAnswers(createAsker(nothingGiven, prompter), preset('local-service', today), today);
    const firsts = [...new Set(asked.map((a) => a.key.replace(/\.\w+$/, '').replace(/\[\]$/, '')))];
    expect(firsts).toEqual([
      'name', 'goal', 'usp', 'approach', 'brand', 'personas', 'channels',
      'funnel.awareness', 'funnel.consideration', 'funnel.conversion', 'funnel.retention', 'funnel.advocacy',
      'channels[].content', 'channels[].kpis', 'budget',
    ]);
  });

  test('the CRM is asked only for cross-channel and omnichannel strategies', async () => {
    const multi = scriptedPrompter();
    await collectAnswers(createAsker(nothingGiven, multi.prompter), preset('local-service', today), today);
    expect(multi.asked.some((a) => a.key === 'stack.crm')).toBe(false);
    const cross = scriptedPrompter({ approach: ['omnichannel'], 'stack.crm': ['Salesforce'] });
    const answers = await collectAnswers(createAsker(nothingGiven, cross.prompter), preset('local-service', today), today);
    expect([answers.approach, answers.crm]).toEqual(['omnichannel', 'Salesforce']);
  });

  test('two new personas: channels, audiences, funnel, KPIs and budgets are suggested from them', async () => {
    const { prompter, asked } = scriptedPrompter({
      'personas[].name': ['Nora, the night-shift nurse', 'Bram, the bakery owner'],
      'personas[].segment': ['b2c', 'b2b'],
      'personas[].age': ['30-45', '50+'],
      'personas[].preferred_channels': [['sms', 'instagram'], ['linkedin']],
      personas: [true, false],
    });
    const answers = await collectAnswers(createAsker(nothingGiven, prompter), preset('local-service', today), today);
    expect(answers.personas.map((p) => [p.id, p.segment, p.age, p.description, p.preferred_channels])).toEqual([
      ['nora-the-night-shift-nurse', 'b2c', { min: 30, max: 45 }, undefined, ['instagram', 'sms']],
      ['bram-the-bakery-owner', 'b2b', { min: 50 }, undefined, ['linkedin']],
    ]);
    // Channels pre-selected from the preferred ones; each targets the personas who prefer it.
    expect(answers.channels.map((c) => [c.id, c.personas, c.content.format, c.kpis.map((k) => `${k.metric}=${k.target}`)])).toEqual([
      ['instagram', ['nora-the-night-shift-nurse'], 'image-post', ['reach=20000', 'engagement_rate=0.03']],
      ['sms', ['nora-the-night-shift-nurse'], 'text-message', ['click_rate=0.04', 'conversions=200']],
      ['linkedin', ['bram-the-bakery-owner'], 'text-post', ['engagement_rate=0.03', 'leads=100']],
    ]);
    expect(answers.funnel.map((s) => `${s.stage}: ${s.channels.join(', ')}`)).toEqual([
      'awareness: instagram, linkedin',
      'consideration: instagram, sms, linkedin',
      'conversion: instagram, sms, linkedin',
      'retention: instagram, sms, linkedin',
      'advocacy: instagram, sms, linkedin',
    ]);
    expect(new Set(answers.channels.map((c) => c.content.message)).size).toBe(3);
    expect(answers.channels.map((c) => c.budget)).toEqual([4000, 4000, 4000]);
    expect(asked.filter((a) => a.key === 'personas[].name').map((a) => a.message)).toEqual([
      'Persona 1: who is it? A first name and a role.',
      'Persona 2: who is it? A first name and a role.',
    ]);
  });

  test('a channel whose only persona is obvious is not asked whom it speaks to', async () => {
    const { prompter, asked } = scriptedPrompter({ personas: [false] });
    const answers = await collectAnswers(createAsker(nothingGiven, prompter), preset('local-service', today), today);
    expect(answers.personas).toHaveLength(1);
    expect(asked.some((a) => a.key === 'channels[].personas')).toBe(false);
    expect(answers.channels.map((c) => c.personas)).toEqual([['busy-commuter'], ['busy-commuter'], ['busy-commuter']]);
  });
});

describe('answers given ahead', () => {
  test('fill the questions they answer; the preset suggests the rest', async () => {
    const answers = await collectAnswers(createAsker(fromFile({
      name: 'Summer promo',
      goal: { target: 500 },
      channels: [{ type: 'email', content: { message: 'Summer is here: book your check-up before the holidays.' } }, { type: 'sms' }],
    }), undefined), preset('local-service', today), today);
    expect(answers.name).toBe('Summer promo');
    expect(answers.goal).toEqual({ statement: 'Book 400 oil changes online this quarter', metric: 'appointments_booked', target: 500, baseline: 250, deadline: '2026-09-30' });
    expect(answers.channels.map((c) => [c.id, c.name, c.content.message])).toEqual([
      ['email', 'Customer emails', 'Summer is here: book your check-up before the holidays.'],
      ['sms', 'Text message (SMS)', 'Your offer is waiting: reply YES and we will set it up for you. Reply STOP to opt out.'],
    ]);
  });

  test('a refused answer stops with the key and the reason', async () => {
    const run = (data: Record<string, unknown>) => collectAnswers(createAsker(fromFile(data), undefined), preset('local-service', today), today);
    await expect(run({ goal: { target: 'lots' } })).rejects.toThrow(new UserError('In answers.yaml, goal.target: The goal target must be a number, not "lots": write digits, like 400.'));
    await expect(run({ channels: ['email'] })).rejects.toThrow(new UserError('In answers.yaml, channels: Pick at least two channels: a multichannel strategy reaches people in more than one place.'));
    await expect(run({ personas: [{ id: 'bob' }] })).rejects.toThrow(new UserError('Missing answer to "Persona 1: who is it? A first name and a role.": add personas[0].name to the answers file.'));
  });

  test('flags win over the file and name themselves in errors', async () => {
    const given = givenAnswers({ name: 'answers.yaml', data: { name: 'From the file' } }, [{ flag: '--name', path: ['name'], value: 'From the flag' }, { flag: '--goal-deadline', path: ['goal', 'deadline'], value: '2020-01-01' }]);
    await expect(collectAnswers(createAsker(given, undefined), preset('local-service', today), today)).rejects.toThrow(new UserError('--goal-deadline: The deadline 2020-01-01 is already past: pick a date from today (2026-05-10) on.'));
  });
});

test('two channels of one type get their own ids and messages', async () => {
  const answers = await collectAnswers(createAsker(fromFile({ channels: ['email', 'email', 'sms'] }), undefined), preset('local-service', today), today);
  expect(answers.channels.map((c) => [c.id, c.content.format, c.content.message])).toEqual([
    ['email', 'promotional-email', 'Emma, your car is due: book in two taps and keep your 10 % loyalty discount.'],
    ['email-2', 'newsletter', 'This month: one useful tip, one customer story, and what is new on our side.'],
    ['sms', 'text-message', 'Your offer is waiting: reply YES and we will set it up for you. Reply STOP to opt out.'],
  ]);
});

test('another business (another USP) gets the catalog\'s suggestions, not the preset\'s details', async () => {
  const answers = await collectAnswers(createAsker(fromFile({ usp: 'Fresh bread by 8 am', personas: [{ name: 'Emma, the busy commuter' }], channels: ['website', 'email'] }), undefined), preset('local-service', today), today);
  expect(answers.brand.core_message).toBeUndefined();
  // Even a persona named like the preset's takes none of its details.
  expect(answers.personas).toEqual([{ id: 'emma-the-busy-commuter', name: 'Emma, the busy commuter', segment: 'b2c', motivations: [], pain_points: [], preferred_channels: [] }]);
  expect(answers.channels.map((c) => [c.id, c.name, c.owner, c.content.headline, c.content.cta, c.kpis.map((k) => k.metric)])).toEqual([
    ['website', 'Website', undefined, undefined, 'Get started', ['conversion_rate', 'sessions']],
    ['email', 'Email', undefined, undefined, 'Read this issue', ['open_rate', 'click_rate']],
  ]);
  expect(answers.funnel.map((s) => s.objective)).toEqual([
    'People who need us learn that we exist', 'Prospects compare us with the alternatives', 'Prospects take the step and buy or book', 'Customers come back and buy again', 'Customers recommend us to others',
  ]);
});
