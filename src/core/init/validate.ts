import { closest } from '../text/suggest.js';

/** A value read from a prompt, a flag or an answers file: the value, or what is wrong in the user's words. */
export type Read<T> = { value: T } | { error: string };
export type Reader<T> = (raw: unknown) => Read<T>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// In a u-flag regex a valid surrogate pair is one code point, so this matches only broken halves.
const LONE_SURROGATE = /\p{Cs}/u;
const NONE = '-';

function asText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return undefined;
}

/** Required text on one line. `what` starts the sentence: "The goal". */
export function text(what: string, example: string): Reader<string> {
  return (raw) => {
    const value = asText(raw);
    if (value === undefined) return { error: `${what} must be text, like "${example}".` };
    if (!value) return { error: `${what} cannot be empty: write it in a few words, like "${example}".` };
    if (CONTROL.test(value)) return { error: `${what} must fit on one line, without tabs or line breaks.` };
    if (LONE_SURROGATE.test(value)) return { error: `${what} holds a broken character (half of an emoji?): retype it.` };
    return { value };
  };
}

/** Text that may be left out: empty, or "-" to clear a suggested value. */
export function optionalText(what: string, example: string): Reader<string | undefined> {
  const required = text(what, example);
  return (raw) => {
    if (raw === undefined || raw === null || (typeof raw === 'string' && (raw.trim() === '' || raw.trim() === NONE))) return { value: undefined };
    return required(raw);
  };
}

/** A list of words or phrases: a YAML list, or one text with commas between the items. */
export function list(what: string, example: string): Reader<string[]> {
  const item = text(what, example);
  return (raw) => {
    if (raw === undefined || raw === null || (typeof raw === 'string' && (raw.trim() === '' || raw.trim() === NONE))) return { value: [] };
    const items = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : raw;
    if (!Array.isArray(items)) return { error: `${what} must be a list, like "${example}".` };
    const values: string[] = [];
    for (const entry of items) {
      const read = item(entry);
      if ('error' in read) return read;
      if (!values.includes(read.value)) values.push(read.value);
    }
    return { value: values };
  };
}

export interface NumberRules {
  min?: number;
  max?: number;
  integer?: boolean;
  /** A rate: a fraction from 0 to 1, also written "5%". */
  rate?: boolean;
}

/** A number written as digits: "12000", "12,000", "12 000", "0.05", or "5%" where rates are asked. */
export function number(what: string, example: string, rules: NumberRules = {}): Reader<number> {
  return (raw) => {
    let value: number | undefined;
    if (typeof raw === 'number') value = raw;
    else if (typeof raw === 'string') value = parseNumber(raw.trim(), rules.rate ?? false);
    if (typeof raw === 'string' && /^\d+,\d{1,2}%?$/.test(raw.trim())) {
      return { error: `${what}: write decimals with a point, like ${raw.trim().replace(',', '.')}.` };
    }
    if (value === undefined || !Number.isFinite(value)) {
      return { error: `${what} must be a number${typeof raw === 'string' && raw.trim() ? `, not "${raw.trim()}"` : ''}: write digits, like ${example}.` };
    }
    if (rules.rate && (value < 0 || value > 1)) return { error: `${what} is a rate, written as a fraction: 0.05 or 5% for 5 %, not ${value}.` };
    if (rules.integer && !Number.isInteger(value)) return { error: `${what} must be a whole number, like ${example}.` };
    if (rules.min !== undefined && value < rules.min) return { error: `${what} cannot be less than ${rules.min}.` };
    if (rules.max !== undefined && value > rules.max) return { error: `${what} cannot be more than ${rules.max}.` };
    return { value };
  };
}

function parseNumber(text: string, percent: boolean): number | undefined {
  const match = /^(-?)(\d{1,3}(?:[, ]\d{3})+|\d+)?(\.\d+)?(\s?%)?$/.exec(text);
  if (!match || (!match[2] && !match[3]) || (match[4] && !percent)) return undefined;
  // "e-2" rather than dividing by 100, which gives 0.011000000000000001 for 1.1 %.
  return Number(`${match[1]}${(match[2] ?? '0').replace(/[, ]/g, '')}${match[3] ?? ''}${match[4] ? 'e-2' : ''}`);
}

export function optionalNumber(what: string, example: string, rules: NumberRules = {}): Reader<number | undefined> {
  const required = number(what, example, rules);
  return (raw) => (raw === undefined || raw === null || (typeof raw === 'string' && (raw.trim() === '' || raw.trim() === NONE)) ? { value: undefined } : required(raw));
}

/** A calendar date as YYYY-MM-DD, on or after `today` (also YYYY-MM-DD). */
export function date(what: string, today: string): Reader<string> {
  return (raw) => {
    const value = raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.toISOString().slice(0, 10) : asText(raw);
    const example = `${Number(today.slice(0, 4)) + 1}-06-30`;
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return { error: `${what} must be a date written YYYY-MM-DD, like ${example}${value ? `, not "${value}"` : ''}.` };
    const parsed = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) return { error: `${value} is not a day of the calendar: check the month and the day.` };
    if (value < today) return { error: `${what} ${value} is already past: pick a date from today (${today}) on.` };
    return { value };
  };
}

/** An id: kebab-case, at most 64 characters, not one of `taken`. */
export function id(what: string, taken: readonly string[], takenBy: string): Reader<string> {
  return (raw) => {
    const value = asText(raw);
    if (!value) return { error: `${what} cannot be empty: use lowercase words joined by hyphens, like "busy-commuter".` };
    if (!ID.test(value) || value.length > 64) {
      const suggestion = slug(value);
      return { error: `"${value}" cannot be ${what.toLowerCase()}: use lowercase letters, digits and single hyphens, at most 64 characters${suggestion ? `, like "${suggestion}"` : ''}.` };
    }
    if (taken.includes(value)) return { error: `"${value}" is already the id of ${takenBy}: pick another one.` };
    return { value };
  };
}

/** Turns a name into an id: "Emma, the busy commuter" → "emma-the-busy-commuter". */
export function slug(name: string): string {
  const words = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return words.split(' ').filter(Boolean).join('-').slice(0, 64).replace(/-+$/, '');
}

/** One of `values`, with a did-you-mean. */
export function oneOf<V extends string>(what: string, values: readonly V[]): Reader<V> {
  return (raw) => {
    const value = asText(raw);
    const found = values.find((v) => v === value);
    if (found !== undefined) return { value: found };
    const hint = value ? closest(value, values) : undefined;
    if (hint) return { error: `${what} cannot be "${value}"; did you mean "${hint}"?` };
    return { error: `${what} must be one of ${values.join(', ')}${value ? `, not "${value}"` : ''}.` };
  };
}

/**
 * Some of `values` (a list, or one text with commas), at least `min`. `each` names one item: "A channel
 * type". Repeats are dropped, unless `repeats` allows them (two email channels).
 */
export function someOf<V extends string>(what: string, each: string, values: readonly V[], min: number, tooFew: string, repeats = false): Reader<V[]> {
  return (raw) => {
    const items = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : raw ?? [];
    if (!Array.isArray(items)) return { error: `${what} must be a list, like ${values.slice(0, 2).join(', ')}.` };
    const chosen: V[] = [];
    for (const item of items) {
      const read = oneOf(each, values)(item);
      if ('error' in read) return read;
      if (repeats || !chosen.includes(read.value)) chosen.push(read.value);
    }
    if (chosen.length < min) return { error: tooFew };
    return { value: chosen };
  };
}
