import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { Prompter } from '../core/init/asker.js';
import type { Question } from '../core/init/question.js';
import { chalkFor } from './color.js';

// The only module that imports inquirer: the init action loads it lazily, and tests mock it.

/** The person pressed Ctrl-C at a prompt. */
export class PromptCancelled extends Error {
  override name = 'PromptCancelled';
}

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** The inquirer settings for a question: kept apart so that tests can render them with @inquirer/testing. */
export function promptConfig<T>(question: Question<T>, color: boolean) {
  const c = chalkFor(color);
  // The hint helps while answering; once answered, the line keeps the question and the answer only.
  const theme = { style: { message: (text: string, status: string) => (question.hint && status !== 'done' ? `${c.bold(text)} ${c.dim(`— ${question.hint}`)}` : c.bold(text)) } };
  const message = question.message;
  const shown = question.default === undefined ? '' : question.show(question.default);
  const checked = (value: string) => Array.isArray(question.default) && question.default.includes(value);
  return {
    input: { message, theme, default: shown || undefined, validate: (value: string) => question.validate(value) },
    select: { message, theme, choices: question.choices ?? [], default: question.default, pageSize: 10 },
    checkbox: {
      message,
      theme,
      choices: (question.choices ?? []).map((choice) => ({ ...choice, checked: checked(choice.value) })),
      validate: (chosen: readonly { value: string }[]) => question.validate(chosen.map((choice) => choice.value)),
      pageSize: 10,
    },
    confirm: { message, theme, default: question.default === true },
  };
}

/** Asks in the terminal; Ctrl-C becomes PromptCancelled. */
export function terminalPrompter(color: boolean, context: PromptContext = {}): Prompter {
  return {
    async ask<T>(question: Question<T>): Promise<T> {
      const config = promptConfig(question, color);
      try {
        switch (question.type) {
          case 'input':
            return question.parse(await input(config.input, context));
          case 'select':
            return question.parse(await select(config.select, context));
          case 'checkbox':
            return question.parse(await checkbox(config.checkbox, context));
          case 'confirm':
            return question.parse(await confirm(config.confirm, context));
        }
      } catch (error) {
        // Inquirer rejects with ExitPromptError on Ctrl-C; the class is not exported by @inquirer/prompts.
        if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptCancelled('cancelled');
        throw error;
      }
    },
  };
}
