import { describe, expect, test } from 'vitest';
import { givenAnswers } from '../../../src/core/init/answers-file.js';
import { createAsker, memoryDraft, type Prompter } from '../../../src/core/init/asker.js';
import { buildStrategy, renderStrategy } from '../../../src/core/init/build-strategy.js';
import { collectAnswers } from '../../../src/core/init/flow.js';
import { BUSINESS_KINDS, KINDS } from '../../../src/core/init/kinds.js';
import { PRESET_NAMES, preset } from '../../../src/core/init/presets/index.js';
import type { Question } from '../../../src/core/init/question.js';
import { lint } from '../../../src/core/lint/engine.js';
import { scriptedPrompter } from './scripted-prompter.js';

const today = '2026-05-10';
const nothingGiven = givenAnswers(undefined, []);
const fromFile = (data: Record<string, unknown>) => givenAnswers({ name: 'answers.yaml', data }, []);
const lints = (answers: Awaited<ReturnType<typeof collectAnswers>>) => lint(renderStrategy(buildStrategy(answers), 'schema.json')).diagnostics;

/** What a person types where nothing can be suggested: the name, goal, USP, personas and messages. */
const typed = {
  name: ['Plan A'],
  'goal.statement': ['Reach 300 of them this season'],
  usp: ['Our promise'],
  'personas[].name': ['Alpha, the first persona', 'Beta, the second persona'],
  'channels[].content.message': Array.from({ length: 12 }, (_, i) => `Message number ${i + 1}: ${'one two three four five six seven eight nine ten'.split(' ').slice(i % 10).join(' ')} ${'x'.repeat(i)}`.slice(0, 85)),
};

describe('presets', () => {
  test.each(PRESET_NAMES)('--yes with --preset %s drafts the preset, which lints clean', async (name) => {
    const plan = preset(name, today);
    const answers = await collectAnswers(createAsker(nothingGiven, undefined), { today, preset: plan });
    expect([answers.name, answers.goal, answers.usp, answers.personas, answers.funnel]).toEqual(JSON.parse(JSON.stringify([plan.name, plan.goal, plan.usp, plan.personas, plan.funnel])));
    expect(answers.channels.map((c) => [c.id, c.content, c.kpis, c.budget])).toEqual(JSON.parse(JSON.stringify(plan.channels.map((c) => [c.id, c.content, c.kpis, c.budget]))));
    expect(lints(answers)).toEqual([]);
  });

  test('pressing Enter at every prompt with a preset asked for drafts that preset', async () => {
    const { prompter } = scriptedPrompter();
    const plan = preset('b2b-saas', today);
    const answers = await collectAnswers(createAsker(nothingGiven, prompter), { today, preset: plan, systemLocale: 'en-US' });
    expect(answers.channels.map((c) => c.id)).toEqual(plan.channels.map((c) => c.id));
    expect(answers.business?.kind).toBe('b2b');
  });
});

describe('each kind of business', () => {
  // Words that name a business: the presets' and each kind's own.
  const presetWords = ['oil', 'car', 'cars', 'driver', 'garage', 'sneaker', 'rota', 'shift', 'payroll', 'bakery', 'bread', 'emma', 'lucas', 'mia', 'tom', 'priya', 'marc'];
  test.each(BUSINESS_KINDS)('%s: no suggestion names another business', async (kind) => {
    const defaults: string[] = [];
    const script = scriptedPrompter({ ...structuredClone(typed), 'business.kind': [kind], personas: [true, false] });
    const recording: Prompter = {
      ask<T>(question: Question<T>, earlier?: T) {
        if (question.default !== undefined) defaults.push(`${question.key}: ${question.show(question.default)}`);
        return script.prompter.ask(question, earlier);
      },
    };
    const answers = await collectAnswers(createAsker(nothingGiven, recording, memoryDraft()), { today, systemLocale: 'en-GB' });
    const written = JSON.stringify({ ...answers, name: '', goal: { ...answers.goal, statement: '' }, usp: '', personas: answers.personas.map((p) => ({ ...p, name: '', id: '' })), channels: answers.channels.map((c) => ({ ...c, content: { ...c.content, message: '' }, personas: [] })) });
    const others = BUSINESS_KINDS.filter((k) => k !== kind).flatMap((k) => KINDS[k].nouns);
    // A kind's nouns are stems ("enrol", "donat"); a preset's words are whole words.
    const stems = others.filter((w) => !KINDS[kind].nouns.includes(w));
    const naming = (text: string) => [...stems.filter((w) => new RegExp(`\\b${w}`, 'i').test(text)), ...presetWords.filter((w) => new RegExp(`\\b${w}s?\\b`, 'i').test(text))];
    expect(defaults.length).toBeGreaterThan(20);
    expect(defaults.filter((d) => naming(d).length)).toEqual([]);
    expect(naming(written)).toEqual([]);
    expect(answers.business?.kind).toBe(kind);
    expect(lints(answers).filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('the flow', () => {
  test('the business first, then the goal, personas, each channel whole, its dates and the budget', async () => {
    const { prompter, asked } = scriptedPrompter({ ...structuredClone(typed), 'business.kind': ['education'], personas: [false] });
    await collectAnswers(createAsker(nothingGiven, prompter), { today, systemLocale: 'pl-PL' });
    const keys = asked.map((a) => a.key);
    expect(keys.slice(0, 11)).toEqual(['business.kind', 'business.place', 'name', 'goal.statement', 'goal.metric', 'goal.target', 'goal.baseline', 'period', 'usp', 'approach', 'brand.voice']);
    // One channel at a time: its questions together, then the next channel's.
    const firstChannel = keys.slice(keys.indexOf('channels') + 1, keys.indexOf('channels[].kpis') + 1);
    expect(firstChannel).toEqual(['channels[].stages', 'channels[].content.format', 'channels[].content.message', 'channels[].content.cta', 'channels[].kpis']);
    expect(keys.slice(-2)).toEqual(['schedule.whole', 'budget.total']);
    expect(asked.map((a) => a.message).filter((m) => /\bids?\b|snake_case|_[a-z]/.test(m))).toEqual([]);
  });

  test('the review changes a channel, then writes', async () => {
    const { prompter, asked } = scriptedPrompter({
      ...structuredClone(typed), 'business.kind': ['education'], personas: [false],
      review: ['channel:1', 'write'], 'channels[].content.message': [...typed['channels[].content.message'].slice(0, 5), 'A better message for the second channel'],
    });
    const shown: string[] = [];
    const answers = await collectAnswers(createAsker(nothingGiven, { ...prompter, say: (text) => shown.push(text) }), { today, systemLocale: 'en-GB', summarize: (a) => `summary of ${a.channels.length} channels` });
    expect(shown).toEqual(['summary of 5 channels', 'summary of 5 channels']);
    expect(answers.channels[1]!.content.message).toBe('A better message for the second channel');
    // The questions left out at first are asked when the channel is changed.
    const second = asked.slice(asked.findIndex((a) => a.key === 'review') + 1);
    expect(second.map((a) => a.key)).toContain('channels[].owner');
    expect(second.map((a) => a.key)).toContain('channels[].content.tone');
  });

  test('a draft replays its answers and asks only what is left', async () => {
    const draft = memoryDraft();
    let count = 0;
    const script = scriptedPrompter({ ...structuredClone(typed), 'business.kind': ['education'], personas: [false] });
    const stopping: Prompter = {
      ask(question, earlier) {
        if (++count > 10) throw Object.assign(new Error('cancelled'), { name: 'PromptCancelled' });
        return script.prompter.ask(question, earlier);
      },
    };
    await expect(collectAnswers(createAsker(nothingGiven, stopping, draft), { today, systemLocale: 'en-GB' })).rejects.toThrow('cancelled');
    expect(draft.answers).toMatchObject({ 'business.kind': 'education', name: 'Plan A', usp: 'Our promise' });
    const rest = scriptedPrompter({ 'personas[].name': ['Alpha, the first persona'], personas: [false], 'channels[].content.message': typed['channels[].content.message'] });
    const answers = await collectAnswers(createAsker(nothingGiven, rest.prompter, draft), { today, systemLocale: 'en-GB' });
    expect(rest.asked[0]!.key).toBe('brand.voice');
    expect([answers.name, answers.usp, answers.business?.kind]).toEqual(['Plan A', 'Our promise', 'education']);
  });
});

describe('answers given ahead', () => {
  test('an answers file in the older shape: a funnel by stage, KPI lists, channel budgets', async () => {
    const answers = await collectAnswers(createAsker(fromFile({
      name: 'Summer promo',
      channels: [{ type: 'email', content: { message: 'Summer is here: book your check-up before the holidays.' }, kpis: [{ metric: 'open_rate', target: 0.3 }], budget: 200 }, { type: 'sms', kpis: ['click_rate'], budget: 100 }],
      funnel: { conversion: ['email', 'sms'], retention: { channels: ['email'], objective: 'They come back' } },
      budget: { total: 1000, currency: 'EUR' },
    }), undefined), { today, given: fromFile({ funnel: { conversion: ['email', 'sms'], retention: { channels: ['email'] } }, channels: [{ budget: 200 }, { budget: 100 }] }), preset: preset('local-service', today) });
    expect(answers.name).toBe('Summer promo');
    expect(answers.channels.map((c) => [c.id, c.stages, c.kpis, c.budget])).toEqual([
      ['email', ['conversion', 'retention'], [{ metric: 'open_rate', target: 0.3 }], 200],
      ['text-message-sms', ['conversion'], [{ metric: 'click_rate', target: 0.04 }], 100],
    ]);
  });

  test('a refused answer stops with the key and the reason', async () => {
    const run = (data: Record<string, unknown>) => collectAnswers(createAsker(fromFile(data), undefined), { today, preset: preset('local-service', today) });
    await expect(run({ goal: { target: 'lots' } })).rejects.toThrow(expect.objectContaining({ name: 'UserError', message: 'In answers.yaml, goal.target: The goal target must be a number, not "lots": write it like 400.' }));
    await expect(run({ channels: ['email'] })).rejects.toThrow(expect.objectContaining({ name: 'UserError', message: 'In answers.yaml, channels: Pick at least two channels: a multichannel strategy reaches people in more than one place.' }));
    await expect(run({ usp: 'Another business' })).rejects.toThrow(expect.objectContaining({ name: 'UserError', message: 'Missing answer to "Persona 1: who is it? A first name and a role.": add personas[0].name to the answers file.' }));
    await expect(run({ period: 'soon' })).rejects.toThrow(expect.objectContaining({ name: 'UserError', message: 'In answers.yaml, period: The period must run from one day to another, like "1.01.2027 to 31.03.2027", not "soon".' }));
  });
});

