import { PassThrough } from 'node:stream';
import { checkbox, input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, test, vi } from 'vitest';
import { promptConfig, PromptCancelled, terminalPrompter } from '../../src/cli/prompt.js';
import { channelTypesQuestion, contentQuestions, kpiQuestion, strategyQuestions, type Context } from '../../src/core/init/questions.js';
import { preset } from '../../src/core/init/presets/index.js';

const ctx: Context = { today: '2026-05-10', kind: 'education', locale: 'en-GB', currency: 'EUR' };
const local = preset('local-service', '2026-05-10');
/** The screen with its lines joined: the test renderer wraps at 80 columns. */
const flat = (screen: string) => screen.replace(/\s*\n\s*/g, ' ');

describe('prompts built from the questions', () => {
  test('a message prompt shows the limit while typing, and refuses text over it until it is shortened', async () => {
    const question = contentQuestions('Search ads', 'ppc-search', [], []).message('search-ad');
    const { answer, events, getScreen } = await render(input, promptConfig(question, false).input);
    expect(flat(getScreen())).toBe('? Search ads: the message, as it will be published? — description up to 90 characters');
    events.type('x'.repeat(95));
    expect(getScreen().replace(/\s/g, '')).toContain(`${'x'.repeat(95)}95/90`);
    events.keypress('enter');
    await vi.waitFor(() => expect(flat(getScreen())).toContain('> The message is 95 characters long; the description holds 90: shorten it by 5.'));
    for (let i = 0; i < 10; i++) events.keypress('backspace');
    events.keypress('enter');
    expect(question.parse(await answer)).toBe('x'.repeat(85));
  });

  test('an answer in the user\'s words is shown back as mcm reads it', async () => {
    const question = kpiQuestion('Email', 'email', ['retention'], { metric: 'enrolments', target: 10 }, ctx);
    const { answer, events, getScreen } = await render(input, promptConfig(question, false).input);
    expect(flat(getScreen())).toContain('(open rate 35%; click rate 4%)');
    events.type('Open rate 35% (now 28%); CTR 2%');
    events.keypress('enter');
    expect(question.parse(await answer)).toEqual([{ metric: 'open_rate', target: 0.35, baseline: 0.28 }, { metric: 'click_through_rate', target: 0.02 }]);
    expect(flat(getScreen())).toContain('✔ Email: which KPIs measure it, and their targets? Open rate 35% (now 28%); CTR 2% → open_rate: 0.35 (baseline 0.28) · click_through_rate: 0.02');
  });

  test('Enter takes the suggestion, and an earlier answer comes back as the default', async () => {
    const question = strategyQuestions(ctx).period({ start: '2026-06-01', end: '2026-08-31' });
    const first = await render(input, promptConfig(question, false).input);
    first.events.keypress('enter');
    expect(question.parse(await first.answer)).toEqual({ start: '2026-06-01', end: '2026-08-31' });
    const again = await render(input, promptConfig(question, false, { start: '2026-07-01', end: '2026-07-31' }).input);
    expect(flat(again.getScreen())).toContain('(2026-07-01 to 2026-07-31)');
    again.events.keypress('enter');
    expect(question.parse(await again.answer)).toEqual({ start: '2026-07-01', end: '2026-07-31' });
  });

  test('the channel checkbox starts with the personas\' and the business\'s channels checked, and wants two', async () => {
    const question = channelTypesQuestion([local.personas[0]!], { ...ctx, kind: 'local-service' });
    const { answer, events, getScreen } = await render(checkbox, promptConfig(question, false).checkbox);
    expect(getScreen().split('\n').slice(0, 5)).toEqual([
      '? Which channels will carry the message? — pre-selected from your personas and',
      'your kind of business',
      '❯◉ Website',
      ' ◉ Facebook',
      ' ◉ Email',
    ]);
    expect(getScreen()).toContain('\nused by Emma\n');
    events.keypress('a');
    events.keypress('i');
    events.keypress('enter');
    await vi.waitFor(() => expect(flat(getScreen())).toContain('> Pick at least two channels: a multichannel strategy reaches people in more than one place.'));
    events.keypress('space');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    expect(question.parse(await answer)).toEqual(['website', 'facebook']);
  });

  test('the approach select explains each choice', async () => {
    const question = strategyQuestions(ctx).approach;
    const { answer, events, getScreen } = await render(select, promptConfig(question, false).select);
    events.keypress('down');
    expect(flat(getScreen())).toContain('❯ Cross-channel Omnichannel channels hand a customer over to each other (an ad leads to an email, then a text)');
    events.keypress('enter');
    expect(question.parse(await answer)).toBe('cross-channel');
  });

  test('the hint shows while answering, dimmed with colour on, and goes once answered', () => {
    const question = strategyQuestions(ctx).usp;
    const style = (color: boolean, status: string) => promptConfig(question, color).input.theme.style.message(question.message, status);
    expect(style(true, 'idle')).toBe('\u001b[1mWhy do customers pick you over the alternatives?\u001b[22m \u001b[2m— your unique selling proposition, like "Small groups and a free trial lesson"\u001b[22m');
    expect(style(false, 'done')).toBe('Why do customers pick you over the alternatives?');
  });
});

test('Ctrl-C at a prompt becomes PromptCancelled', async () => {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  const output = new PassThrough();
  const asking = terminalPrompter(false, { input: stdin, output }).ask(strategyQuestions(ctx).name);
  stdin.write('\u0003');
  await expect(asking).rejects.toBeInstanceOf(PromptCancelled);
});
