import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { Prompter } from '../core/init/asker.js';
import { t, wizardLocale } from '../core/init/messages.js';
import type { Question } from '../core/init/question.js';
import { yesNo } from '../core/init/validate.js';
import { chalkFor } from './color.js';

// The only module that imports inquirer: the init action loads it lazily, and tests mock it.

const KEY_ACTIONS: Record<string, 'keys.navigate' | 'keys.select' | 'keys.all' | 'keys.invert' | 'keys.submit'> = {
  navigate: 'keys.navigate', select: 'keys.select', all: 'keys.all', invert: 'keys.invert', submit: 'keys.submit',
};

/** The person pressed Ctrl-C at a prompt. */
export class PromptCancelled extends Error {
  override name = 'PromptCancelled';
}

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Where text between questions goes (the review's summary). */
  say?: (text: string) => void;
}

/**
 * The inquirer settings for a question: kept apart so that tests can render them with @inquirer/testing.
 * `earlier` is the answer given before (when a section is changed at the review): the default then.
 */
export function promptConfig<T>(question: Question<T>, color: boolean, earlier?: T) {
  const c = chalkFor(color);
  // The hint helps while answering; once answered, the line keeps the question and the answer only.
  // The keys under a list, in the wizard's language; English keeps inquirer's own line.
  const keysHelpTip = wizardLocale() === 'en' ? undefined : (keys: [string, string][]) => keys.map(([key, action]) => `${c.bold(key === 'space' ? t('keys.space') : key)} ${c.dim(KEY_ACTIONS[action] ? t(KEY_ACTIONS[action]) : action)}`).join(c.dim(' • '));
  const theme = { style: { message: (text: string, status: string) => (question.hint && status !== 'done' ? `${c.bold(text)} ${c.dim(`— ${question.hint}`)}` : c.bold(text)), ...(keysHelpTip ? { keysHelpTip } : {}) } };
  const message = question.message;
  const start = earlier !== undefined ? earlier : question.default;
  const shown = start === undefined ? '' : question.show(start);
  const checked = (value: string) => Array.isArray(start) && start.includes(value);
  // While typing: the room a limit leaves. Once answered: what mcm read, when it differs from what was typed.
  const transformer = (value: string, { isFinal }: { isFinal: boolean }) => {
    if (!isFinal) return question.live && value ? `${value}  ${c.dim(question.live(value))}` : value;
    if (!question.echo || question.validate(value) !== true) return value;
    const read = question.echo(question.parse(value));
    return read && read !== value.trim() ? `${value} ${c.dim(`→ ${read}`)}` : value;
  };
  return {
    input: { message, theme, default: shown || undefined, validate: (value: string) => question.validate(value), transformer },
    select: { message, theme, choices: question.choices ?? [], default: start, pageSize: 12 },
    checkbox: {
      message,
      theme,
      choices: (question.choices ?? []).map((choice) => ({ ...choice, checked: checked(choice.value) })),
      validate: (chosen: readonly { value: string }[]) => question.validate(chosen.map((choice) => choice.value)),
      pageSize: 12,
    },
    confirm: { message, theme, default: start === true },
    // Inquirer's own yes/no prompt knows only "y" and "n": other languages type their words ("так", "nie").
    yesNo: {
      message,
      theme: { style: { message: (text: string, status: string) => (status !== 'done' ? `${c.bold(text)} ${c.dim(`— ${t('yesno.hint')}`)}` : c.bold(text)) } },
      default: t(start === true ? 'yes' : 'no'),
      validate: (value: string) => {
        const read = yesNo(value);
        return 'error' in read ? read.error : true;
      },
    },
  };
}

/** Asks in the terminal; Ctrl-C becomes PromptCancelled. */
export function terminalPrompter(color: boolean, context: PromptContext = {}): Prompter {
  const { say, ...streams } = context;
  return {
    say,
    async ask<T>(question: Question<T>, earlier?: T): Promise<T> {
      const config = promptConfig(question, color, earlier);
      try {
        switch (question.type) {
          case 'input':
            return question.parse(await input(config.input, streams));
          case 'select':
            return question.parse(await select(config.select, streams));
          case 'checkbox':
            return question.parse(await checkbox(config.checkbox, streams));
          case 'confirm': {
            if (wizardLocale() === 'en') return question.parse(await confirm(config.confirm, streams));
            const read = yesNo(await input(config.yesNo, streams));
            return question.parse('value' in read ? read.value : false);
          }
        }
      } catch (error) {
        // Inquirer rejects with ExitPromptError on Ctrl-C; the class is not exported by @inquirer/prompts.
        if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptCancelled('cancelled');
        throw error;
      }
    },
  };
}
