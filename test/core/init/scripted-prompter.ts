import type { Prompter } from '../../../src/core/init/asker.js';
import type { Question } from '../../../src/core/init/question.js';

export interface Asked {
  key: string;
  message: string;
}

/**
 * A person at the keyboard, by script: for each question key, the answers to type in turn (text for an
 * input, values for a checkbox or select, a boolean for a confirm); Enter (the default) when the script
 * has none left. An answer the question refuses fails the test with the question's message.
 */
export function scriptedPrompter(script: Record<string, unknown[]> = {}) {
  const asked: Asked[] = [];
  const refused: string[] = [];
  const prompter: Prompter = {
    async ask<T>(question: Question<T>, earlier?: T): Promise<T> {
      asked.push({ key: question.key, message: question.message });
      const queue = script[question.key];
      const typed = queue?.length ? inChoiceOrder(question, queue.shift()) : enter(earlier === undefined ? question : { ...question, default: earlier });
      const verdict = question.validate(typed);
      if (verdict !== true) {
        refused.push(`${question.key}: ${verdict}`);
        throw new Error(`${question.key} refused ${JSON.stringify(typed)}: ${verdict}`);
      }
      return question.parse(typed);
    },
  };
  return { prompter, asked, refused };
}

/** What pressing Enter gives, as inquirer does it: the default as shown, or the pre-checked choices. */
function enter<T>(question: Question<T>): unknown {
  switch (question.type) {
    case 'input':
      return question.default === undefined ? '' : question.show(question.default);
    case 'checkbox':
      return (question.choices ?? []).map((c) => c.value).filter((v) => Array.isArray(question.default) && question.default.includes(v));
    default:
      return question.default;
  }
}

/** A checkbox gives the picked values in the order of its choices, whatever order they were picked in. */
function inChoiceOrder<T>(question: Question<T>, typed: unknown): unknown {
  if (question.type !== 'checkbox' || !Array.isArray(typed)) return typed;
  const values = (question.choices ?? []).map((c) => c.value);
  return [...values.filter((v) => typed.includes(v)), ...typed.filter((v) => !values.includes(v))];
}
