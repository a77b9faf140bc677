import { UserError } from '../errors.js';
import type { GivenAnswers } from './answers-file.js';
import { formatPath, type Asker, type Question } from './question.js';

/** Puts a question to a person: implemented in the CLI with inquirer. */
export interface Prompter {
  ask<T>(question: Question<T>): Promise<T>;
}

/**
 * Answers each question from the given answers (flags, answers file) when they hold it, else by prompting
 * when a person is there, else with the suggested answer. A given answer that `validate` refuses, or a
 * missing one with no suggestion, stops with a message naming the answer.
 */
export function createAsker(given: GivenAnswers, prompter: Prompter | undefined): Asker {
  return {
    count(path) {
      const value = given.get(path);
      return Array.isArray(value) ? value.length : undefined;
    },
    async ask<T>(question: Question<T>, path: (string | number)[], pick?: (value: unknown) => unknown): Promise<T> {
      const value = given.get(path);
      if (value !== undefined) {
        const answer = value === null ? undefined : pick ? pick(value) : value;
        const verdict = question.validate(answer);
        if (verdict !== true) throw new UserError(`${given.where(path)}: ${verdict}`);
        return question.parse(answer);
      }
      if (prompter && !question.skip) return prompter.ask(question);
      const verdict = question.validate(question.default);
      if (verdict === true) return question.parse(question.default);
      throw new UserError(question.default === undefined
        ? `Missing answer to "${question.message}": add ${formatPath(path)} to the answers file${question.flag ? `, or use ${question.flag}` : ''}.`
        : `The suggested answer to ${formatPath(path)} does not fit: ${verdict}`);
    },
  };
}
