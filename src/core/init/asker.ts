import { initError } from '../messages/init-errors.js';
import type { GivenAnswers } from './answers-file.js';
import { formatPath, type AnswerPath, type Asker, type Question } from './question.js';

/** Puts a question to a person: implemented in the CLI with inquirer. */
export interface Prompter {
  ask<T>(question: Question<T>, earlier?: T): Promise<T>;
  say?(text: string): void;
}

/**
 * The answers given so far, by the place of each in an answers file ("channels[2].content.message"): a
 * typed answer as text, a choice as its value. Saved after every answer, so nothing is lost when the
 * wizard stops; replayed to pick up where it stopped.
 */
export interface Draft {
  answers: Record<string, unknown>;
  /** Called after every change. */
  save(): void;
}

export function memoryDraft(answers: Record<string, unknown> = {}): Draft {
  return { answers, save() {} };
}

/**
 * Answers each question from the given answers (flags, answers file) when they hold it, then from the
 * draft of an earlier session, else by prompting when a person is there, else with the suggested answer.
 * A given answer that `validate` refuses, or a missing one with no suggestion, stops with a message
 * naming the answer.
 */
export function createAsker(given: GivenAnswers, prompter: Prompter | undefined, draft: Draft = memoryDraft()): Asker {
  let revisiting = 0;
  const record = <T>(question: Question<T>, key: string, value: T) => {
    draft.answers[key] = question.type === 'input' ? question.show(value) : value;
    draft.save();
  };
  const earlier = <T>(question: Question<T>, key: string): T | undefined => {
    if (!Object.hasOwn(draft.answers, key)) return undefined;
    const stored = draft.answers[key];
    return question.validate(stored) === true ? question.parse(stored) : undefined;
  };
  return {
    interactive: prompter !== undefined,
    say(text) {
      prompter?.say?.(text);
    },
    count(path) {
      const value = given.get(path);
      return Array.isArray(value) ? value.length : undefined;
    },
    async ask<T>(question: Question<T>, path: AnswerPath, pick?: (value: unknown) => unknown): Promise<T> {
      const key = formatPath(path);
      const value = given.get(path);
      if (value !== undefined && !(revisiting && prompter)) {
        const answer = value === null ? undefined : pick ? pick(value) : value;
        const verdict = question.validate(answer);
        if (verdict !== true) throw initError('init.answer.bad', { where: given.where(path), why: verdict });
        return question.parse(answer);
      }
      const before = question.transient ? undefined : earlier(question, key);
      if (before !== undefined && (!revisiting || question.skip)) return before;
      if (!question.transient && !revisiting && Object.hasOwn(draft.answers, key) && question.validate(draft.answers[key]) === true) return question.parse(draft.answers[key]);
      if (prompter && !question.skip && (!question.later || revisiting)) {
        const answer = await prompter.ask(question, before);
        if (!question.transient) record(question, key, answer);
        return answer;
      }
      const fallback = question.default === undefined && !prompter ? question.fallback : question.default;
      const verdict = question.validate(fallback);
      if (verdict === true) {
        const answer = question.parse(fallback);
        if (prompter && !question.transient) record(question, key, answer);
        return answer;
      }
      throw fallback === undefined
        ? initError('init.missing', { question: question.message, key, flag: question.flag ? { messageId: 'init.missing.flag', values: { flag: question.flag } } : '' })
        : initError('init.suggested.bad', { key, why: verdict });
    },
    async revisit<T>(section: () => Promise<T>): Promise<T> {
      revisiting++;
      try {
        return await section();
      } finally {
        revisiting--;
      }
    },
    remember(path, value) {
      draft.answers[formatPath(path)] = value;
      draft.save();
    },
    removeItem(path, index) {
      const prefix = formatPath(path);
      const moved: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(draft.answers)) {
        const match = key.startsWith(`${prefix}[`) ? /^\[(\d+)\](.*)$/.exec(key.slice(prefix.length)) : null;
        if (!match) {
          moved[key] = value;
          continue;
        }
        const i = Number(match[1]);
        if (i < index) moved[key] = value;
        else if (i > index) moved[`${prefix}[${i - 1}]${match[2]}`] = value;
      }
      for (const key of Object.keys(draft.answers)) delete draft.answers[key];
      Object.assign(draft.answers, moved);
      draft.save();
    },
  };
}
