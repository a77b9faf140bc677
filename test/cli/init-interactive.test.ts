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
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcm-init-tty-'));
});

function inTerminal(prompter: Prompter) {
  terminal.prompter = prompter;
  const fake = fakeIo(dir, '', { NO_COLOR: '1' });
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
  test('asks every question and writes the answers', async () => {
    const script = scriptedPrompter({ name: ['Winter tyre week'] });
    const fake = inTerminal(script.prompter);
    expect(await run(['init'], fake.io)).toBe(0);
    expect(fake.stdout()).toMatch(/^Drafting strategy\.yaml\. Enter keeps the suggested answer; Ctrl-C stops, and nothing is written\.\n\n✔ Wrote strategy\.yaml: 2 personas, 4 channels, 4 funnel stages\.\n/);
    expect(terminal.color).toBe(false);
    expect(script.asked).toHaveLength(98);
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(text).toContain('\nname: Winter tyre week\n');
    expect(lint(text).diagnostics).toEqual([]);
  });

  test('Ctrl-C at any prompt exits 130 with one line, and writes nothing', async () => {
    for (const stopAt of [1, 12, 40, 98]) {
      const { prompter, asked } = cancelAt(stopAt);
      const fake = inTerminal(prompter);
      expect(await run(['init'], fake.io)).toBe(130);
      expect(asked).toHaveLength(stopAt);
      expect(fake.stderr()).toBe('mcm init cancelled: nothing was written.\n');
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  test('asks only what the answers file leaves out', async () => {
    const answers = join(dir, 'answers.yaml');
    writeFileSync(answers, 'name: Winter tyre week\ngoal: { target: 300 }\nchannels: [website, email]\n');
    const script = scriptedPrompter();
    const fake = inTerminal(script.prompter);
    expect(await run(['init', 'out.yaml', '--answers', answers], fake.io)).toBe(0);
    const keys = script.asked.map((a) => a.key);
    expect(keys).not.toContain('name');
    expect(keys).not.toContain('goal.target');
    expect(keys).not.toContain('channels');
    expect(keys).toContain('goal.metric');
    expect(keys.filter((k) => k === 'channels[].content.message')).toHaveLength(2);
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
