import type { LintResult } from '../lint/diagnostic.js';
import type { MessageCatalogue } from '../lint/messages.js';

export interface FormatterOptions {
  color: boolean;
  /** Paths in the output are relative to this folder. */
  cwd: string;
  /** mcm's version, for formats that name the tool. */
  version: string;
  /** The language of the formatter's own words (the summary line); English without one. */
  messages?: MessageCatalogue;
}

export type Formatter = (results: LintResult[], options: FormatterOptions) => string;

/** ANSI colours without a dependency in core: the CLI decides whether colour is on. */
export function paint(on: boolean) {
  const wrap = (open: number, close: number) => (text: string) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}


/** Counts over every file. */
export function totals(results: LintResult[]): { errors: number; warnings: number; infos: number } {
  const sum = (key: 'errorCount' | 'warningCount' | 'infoCount') => results.reduce((n, r) => n + r[key], 0);
  return { errors: sum('errorCount'), warnings: sum('warningCount'), infos: sum('infoCount') };
}
