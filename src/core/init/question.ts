import type { Reader } from './validate.js';

export interface Choice {
  value: string;
  name: string;
  description?: string;
}

/**
 * One question of the wizard, as data. The same `validate` checks a prompt's input, a flag's value and an
 * answers file's value, so every way of answering is held to the same rules.
 */
export interface Question<T> {
  /** Where the answer goes in an answers file: "goal.metric", "channels[].content.message". */
  key: string;
  /** The command-line flag that answers it (questions asked once only). */
  flag?: string;
  type: 'input' | 'select' | 'checkbox' | 'confirm';
  message: string;
  /** A short note after the message: a limit, the expected form. */
  hint?: string;
  choices?: Choice[];
  /** The suggested answer: the prompt's default, and the answer taken with --yes. */
  default?: T;
  /** Not worth a prompt (one possible answer): the default is taken, unless an answer is given. */
  skip?: boolean;
  /** Left to the review: the default is taken on the first pass, and asked when the section is changed. */
  later?: boolean;
  /** Neither kept in the draft nor replayed from it: the choice made at the review. */
  transient?: boolean;
  /** Taken when nobody is there to ask (--yes) and there is no default: a draft to rewrite. */
  fallback?: T;
  /** Shown after the text while it is typed: how much of a limit it uses. */
  live?(typed: string): string;
  /** The answer as mcm reads it, shown back when it differs from what was typed: "35%" → 0.35. */
  echo?(value: T): string;
  /** true, or what is wrong in the user's words. */
  validate(value: unknown): true | string;
  /** The answer from a value `validate` accepted. */
  parse(value: unknown): T;
  /** The answer as the prompt shows it for editing. */
  show(value: T): string;
}

export interface QuestionSpec<T> extends Omit<Question<T>, 'validate' | 'parse' | 'show'> {
  read: Reader<T>;
  show?(value: T): string;
}

export function question<T>(spec: QuestionSpec<T>): Question<T> {
  const { read, show, ...rest } = spec;
  return {
    ...rest,
    validate: (value) => {
      const result = read(value);
      return 'error' in result ? result.error : true;
    },
    parse: (value) => {
      const result = read(value);
      if ('error' in result) throw new Error(`parse() called on a value validate() refused: ${result.error}`);
      return result.value;
    },
    show: show ?? ((value) => (value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value))),
  };
}

/** A concrete place in an answers file: ['channels', 2, 'content', 'message']. */
export type AnswerPath = (string | number)[];

/** Answers a question: from the answers given, by prompting, or with the default. */
export interface Asker {
  /** true when a person answers. */
  readonly interactive: boolean;
  /** Tells the person something between questions (a summary); nothing without a person. */
  say(text: string): void;
  /** Runs `section` asking every question again, even those left to the review, each with its earlier answer as the default. */
  revisit<T>(section: () => Promise<T>): Promise<T>;
  /** Forgets the answers of item `index` of the list at `path`, moving the later items up. */
  removeItem(path: AnswerPath, index: number): void;
  /** Keeps `value` in the draft as the answer at `path`. */
  remember(path: AnswerPath, value: unknown): void;
  /** `pick` takes what the question answers out of a given value (the types out of a list of channels). */
  ask<T>(question: Question<T>, path: AnswerPath, pick?: (given: unknown) => unknown): Promise<T>;
  /** How many items the given answers hold for a list, or undefined when they do not give it. */
  count(path: AnswerPath): number | undefined;
}

/** "channels[2].content.message" */
export function formatPath(path: AnswerPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
