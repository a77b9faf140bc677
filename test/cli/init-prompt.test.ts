import { PassThrough } from 'node:stream';
import { checkbox, input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, test, vi } from 'vitest';
import { promptConfig, PromptCancelled, terminalPrompter } from '../../src/cli/prompt.js';
import { channelTypesQuestion, contentQuestions } from '../../src/core/init/channel-questions.js';
import { preset } from '../../src/core/init/presets/index.js';
import { strategyQuestions } from '../../src/core/init/questions.js';

const local = preset('local-service', '2026-05-10');
/** The screen with its lines joined: the test renderer wraps at 80 columns. */
const flat = (screen: string) => screen.replace(/\s*\n\s*/g, ' ');

describe('prompts built from the questions', () => {
  test('a message prompt shows the limit, and refuses text over it until it is shortened', async () => {
    const question = contentQuestions('search-ads', 'ppc-search', undefined, [], []).message('search-ad');
    const { answer, events, getScreen } = await render(input, promptConfig(question, false).input);
    expect(flat(getScreen())).toBe('? "search-ads": the message, as it will be published? — description up to 90 characters (Compare the options in minutes and pick what suits you. Free to try, no commitment.)');
    events.type('x'.repeat(95));
    events.keypress('enter');
    await vi.waitFor(() => expect(flat(getScreen())).toContain('> The message is 95 characters long; the description holds 90: shorten it by 5.'));
    for (let i = 0; i < 10; i++) events.keypress('backspace');
    events.keypress('enter');
    expect(question.parse(await answer)).toBe('x'.repeat(85));
  });

  test('Enter takes the suggestion', async () => {
    const question = strategyQuestions(local, '2026-05-10').deadline;
    const { answer, events } = await render(input, promptConfig(question, false).input);
    events.keypress('enter');
    expect(question.parse(await answer)).toBe('2026-09-30');
  });

  test('the channel checkbox starts with the preferred channels checked, and wants two', async () => {
    const question = channelTypesQuestion(local.personas, ['website']);
    const { answer, events, getScreen } = await render(checkbox, promptConfig(question, false).checkbox);
    expect(getScreen().split('\n').slice(0, 6)).toEqual([
      '? Which channels will carry the message? — pre-selected from your personas',
      '❯◉ Website',
      ' ◯ Facebook',
      ' ◯ Email',
      ' ◯ Google Ads search (ppc-search)',
      ' ◯ Blog',
    ]);
    expect(getScreen()).toContain('\npreferred by Emma, the busy commuter and Lucas, the first-car owner\n');
    events.keypress('enter');
    await vi.waitFor(() => expect(flat(getScreen())).toContain('> Pick at least two channels: a multichannel strategy reaches people in more than one place.'));
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    expect(question.parse(await answer)).toEqual(['website', 'facebook']);
  });

  test('the approach select explains each choice', async () => {
    const question = strategyQuestions(local, '2026-05-10').approach;
    const { answer, events, getScreen } = await render(select, promptConfig(question, false).select);
    events.keypress('down');
    expect(flat(getScreen())).toContain('❯ Cross-channel Omnichannel channels hand a customer over to each other (an ad leads to an email, then a text)');
    events.keypress('enter');
    expect(question.parse(await answer)).toBe('cross-channel');
  });

  test('the hint shows while answering, dimmed with colour on, and goes once answered', () => {
    const question = strategyQuestions(local, '2026-05-10').deadline;
    const style = (color: boolean, status: string) => promptConfig(question, color).input.theme.style.message(question.message, status);
    expect(style(true, 'idle')).toBe('\u001b[1mBy when?\u001b[22m \u001b[2m— YYYY-MM-DD\u001b[22m');
    expect(style(false, 'idle')).toBe('By when? — YYYY-MM-DD');
    expect(style(false, 'done')).toBe('By when?');
  });
});

test('Ctrl-C at a prompt becomes PromptCancelled', async () => {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  const output = new PassThrough();
  const asking = terminalPrompter(false, { input: stdin, output }).ask(strategyQuestions(local, '2026-05-10').name);
  stdin.write('\u0003');
  await expect(asking).rejects.toBeInstanceOf(PromptCancelled);
});
