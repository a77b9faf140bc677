import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Prompter } from '../../src/core/init/asker.js';
import type { Question } from '../../src/core/init/question.js';
import { run } from '../../src/cli/run.js';
import { lint } from '../../src/core/lint/engine.js';
import { scriptedPrompter, type Asked } from '../core/init/scripted-prompter.js';
import { fakeIo } from './fake-io.js';

// The terminal prompts are replaced by a script; everything else runs as in a terminal.
const terminal = vi.hoisted((): { prompter?: Prompter; color?: boolean } => ({}));
vi.mock('../../src/cli/prompt.js', () => {
  class PromptCancelled extends Error {
    override name = 'PromptCancelled';
  }
  return {
    PromptCancelled,
    terminalPrompter: (color: boolean) => {
      terminal.color = color;
      return terminal.prompter;
    },
  };
});

let dir: string;
let state: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcm-init-tty-'));
  state = mkdtempSync(join(tmpdir(), 'mcm-init-state-'));
});
const drafts = () => (existsSync(join(state, 'mcm', 'drafts')) ? readdirSync(join(state, 'mcm', 'drafts')) : []);

function inTerminal(prompter: Prompter) {
  terminal.prompter = prompter;
  const fake = fakeIo(dir, '', { NO_COLOR: '1', XDG_STATE_HOME: state, LANG: 'en_GB.UTF-8' });
  fake.io.stdinIsTTY = true;
  fake.io.stdoutIsTTY = true;
  return fake;
}

/** Presses Enter until question `stopAt`, then Ctrl-C. */
function cancelAt(stopAt: number) {
  const asked: Asked[] = [];
  const { prompter } = scriptedPrompter();
  const cancelling: Prompter = {
    async ask<T>(question: Question<T>): Promise<T> {
      asked.push({ key: question.key, message: question.message });
      if (asked.length === stopAt) {
        const { PromptCancelled } = await import('../../src/cli/prompt.js');
        throw new PromptCancelled('cancelled');
      }
      return prompter.ask(question);
    },
  };
  return { prompter: cancelling, asked };
}

describe('mcm init in a terminal', () => {
  test('with a preset asked for, Enter at every prompt writes it; the draft goes once the file is written', async () => {
    const script = scriptedPrompter({ name: ['Winter tyre week'] });
    const fake = inTerminal(script.prompter);
    expect(await run(['init', '--preset', 'local-service'], fake.io)).toBe(0);
    expect(fake.stdout()).toMatch(/^Drafting strategy\.yaml\. Enter keeps the suggested answer; Ctrl-C stops, and your answers are kept for mcm init --resume\.\n\n✔ Wrote strategy\.yaml: 2 personas, 4 channels, 4 funnel stages\.\n/);
    expect(terminal.color).toBe(false);
    expect(script.asked).toHaveLength(53);
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(text).toContain('\nname: Winter tyre week\n');
    expect(lint(text).diagnostics).toEqual([]);
    expect(drafts()).toEqual([]);
  });

  test('Ctrl-C at any prompt exits 130 with one line, writes no strategy, and keeps the answers given', async () => {
    for (const stopAt of [1, 12, 40]) {
      const { prompter, asked } = cancelAt(stopAt);
      const fake = inTerminal(prompter);
      expect(await run(['init', '--preset', 'local-service'], fake.io)).toBe(130);
      expect(asked).toHaveLength(stopAt);
      expect(fake.stderr()).toBe(stopAt === 1 ? 'mcm init cancelled: nothing was written.\n' : 'mcm init stopped: nothing was written; your answers are kept. Run mcm init --resume to go on.\n');
      expect(readdirSync(dir)).toEqual([]);
    }
    expect(drafts()).toHaveLength(1);
  });

  test('--resume picks the draft up without asking; a plain start asks first', async () => {
    const first = cancelAt(12);
    expect(await run(['init', 'plan.yaml', '--preset', 'local-service'], inTerminal(first.prompter).io)).toBe(130);
    const resumed = scriptedPrompter();
    expect(await run(['init', 'plan.yaml', '--preset', 'local-service', '--resume'], inTerminal(resumed.prompter).io)).toBe(0);
    expect(resumed.asked[0]!.key).toBe(first.asked[11]!.key);
    expect(resumed.asked).toHaveLength(53 - 11);
    expect(drafts()).toEqual([]);

    const again = cancelAt(5);
    expect(await run(['init', 'other.yaml', '--preset', 'local-service'], inTerminal(again.prompter).io)).toBe(130);
    const asked = scriptedPrompter({ resume: [false] });
    expect(await run(['init', 'other.yaml', '--preset', 'local-service'], inTerminal(asked.prompter).io)).toBe(0);
    expect(asked.asked[0]!.message).toMatch(/^You left other\.yaml unfinished on \d{4}-\d\d-\d\d \d\d:\d\d, with 4 answers: go on from there\?$/);
    expect(asked.asked[1]!.key).toBe('business.kind');
  });

  test('asks only what the answers file leaves out', async () => {
    const answers = join(dir, 'answers.yaml');
    writeFileSync(answers, 'name: Winter tyre week\ngoal: { target: 300 }\nchannels: [website, email]\n');
    const script = scriptedPrompter();
    const fake = inTerminal(script.prompter);
    expect(await run(['init', 'out.yaml', '--answers', answers, '--preset', 'local-service'], fake.io)).toBe(0);
    const keys = script.asked.map((a) => a.key);
    expect(keys).not.toContain('name');
    expect(keys).not.toContain('goal.target');
    expect(keys).not.toContain('channels');
    expect(keys).toContain('goal.metric');
    expect(keys.filter((k) => k === 'channels[].content.message')).toHaveLength(2);
    expect(keys.filter((k) => k === 'channels[].kpis')).toHaveLength(2);
  });

  test('refuses an existing file before asking anything', async () => {
    writeFileSync(join(dir, 'strategy.yaml'), 'mine\n');
    const script = scriptedPrompter();
    const fake = inTerminal(script.prompter);
    expect(await run(['init'], fake.io)).toBe(2);
    expect(script.asked).toEqual([]);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe('mine\n');
  });

  test('--yes takes the suggestions without prompting, even in a terminal', async () => {
    const script = scriptedPrompter();
    const fake = inTerminal(script.prompter);
    expect(await run(['init', '--yes', '--preset', 'ecommerce'], fake.io)).toBe(0);
    expect(script.asked).toEqual([]);
    expect(existsSync(join(dir, 'strategy.yaml'))).toBe(true);
  });
});
