import { closest } from '../text/suggest.js';
import type { AgeRange } from '../strategy/types.js';
import { not, t, wizardLocale } from './messages.js';
import { dayShown } from './words.js';
import { latin, metricFromName, parseAgeRange, parseDate, parseDateRange, parseNumber, parseRatio } from './natural.js';

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

export const isBlank = (raw: unknown) => raw === undefined || raw === null || (typeof raw === 'string' && (raw.trim() === '' || raw.trim() === NONE));

/** Required text on one line. `what` starts the sentence: "The goal". */
export function text(what: string, example: string): Reader<string> {
  return (raw) => {
    const value = asText(raw);
    if (value === undefined) return { error: t('err.text', { what, example }) };
    if (!value) return { error: t('err.empty', { what, example }) };
    if (CONTROL.test(value)) return { error: t('err.line', { what }) };
    if (LONE_SURROGATE.test(value)) return { error: t('err.surrogate', { what }) };
    return { value };
  };
}

/** Text that may be left out: empty, or "-" to clear a suggested value. */
export function optionalText(what: string, example: string): Reader<string | undefined> {
  const required = text(what, example);
  return (raw) => (isBlank(raw) ? { value: undefined } : required(raw));
}

/** A list of words or phrases: a YAML list, or one text with commas between the items. */
export function list(what: string, example: string): Reader<string[]> {
  const item = text(what, example);
  return (raw) => {
    if (isBlank(raw)) return { value: [] };
    const items = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : raw;
    if (!Array.isArray(items)) return { error: t('err.list', { what, example }) };
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
  /** A rate: a fraction from 0 to 1, also written "5%" or "5". */
  rate?: boolean;
  /** Where the number was written: "1,500" is 1500 in English, 1.5 in Polish. */
  locale?: string;
}

/** A number as people write it: "12000", "12,000", "12 000", "1.500,00", "0.05", or "5%" where rates are asked. */
export function number(what: string, example: string, rules: NumberRules = {}): Reader<number> {
  return (raw) => {
    let value: number | undefined;
    if (typeof raw === 'number') value = rules.rate && raw > 1 && raw <= 100 ? Number(`${raw}e-2`) : raw;
    else if (typeof raw === 'string') value = rules.rate ? parseRatio(raw, rules.locale) : parseNumber(raw, rules.locale);
    if (value === undefined || !Number.isFinite(value)) return { error: t('err.number', { what, not: not(raw), example }) };
    if (rules.rate && (value < 0 || value > 1)) return { error: t('err.rate', { what, value: typeof raw === 'string' ? raw.trim() : String(raw) }) };
    if (rules.integer && !Number.isInteger(value)) return { error: t('err.integer', { what, example }) };
    if (rules.min !== undefined && value < rules.min) return { error: t('err.min', { what, min: rules.min }) };
    if (rules.max !== undefined && value > rules.max) return { error: t('err.max', { what, max: rules.max }) };
    return { value };
  };
}

export function optionalNumber(what: string, example: string, rules: NumberRules = {}): Reader<number | undefined> {
  const required = number(what, example, rules);
  return (raw) => (isBlank(raw) ? { value: undefined } : required(raw));
}

const dateText = (raw: unknown) => (raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.toISOString().slice(0, 10) : asText(raw));

/** A calendar day in any common spelling ("30 Sept 2026", "30.09.2026"), on or after `today` (YYYY-MM-DD). */
export function date(what: string, today: string, locale = 'en'): Reader<string> {
  return (raw) => {
    const written = dateText(raw);
    const next = Number(today.slice(0, 4)) + 1;
    const example = wizardLocale() === 'en' ? `30.06.${next}` : dayShown(`${next}-06-30`);
    const value = written ? parseDate(written, locale, today) : undefined;
    if (!value) return { error: t('err.date', { what, example, not: not(written) }) };
    if (value < today) return { error: t('err.past', { what, value: dayShown(value), today: dayShown(today) }) };
    return { value };
  };
}

/** Two days, the first not after the second: "1 Oct 2026 to 31 Dec 2026"; or { start, end }. */
export function dateRange(what: string, today: string, locale = 'en', within?: { start: string; end: string }): Reader<{ start: string; end: string }> {
  return (raw) => {
    const year = Number(today.slice(0, 4)) + 1;
    const example = wizardLocale() === 'en' ? `1.01.${year} to 31.03.${year}` : t('range', { start: dayShown(`${year}-01-01`), end: dayShown(`${year}-03-31`) });
    let range: { start: string; end: string } | undefined;
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      const { start, end } = raw as Record<string, unknown>;
      const s = dateText(start);
      const e = dateText(end);
      const a = s ? parseDate(s, locale, today) : undefined;
      const b = e ? parseDate(e, locale, today) : undefined;
      range = a && b ? { start: a, end: b } : undefined;
    } else {
      const written = asText(raw);
      range = written ? parseDateRange(written, locale, today) : undefined;
    }
    if (!range) return { error: t('err.range', { what, example, not: typeof raw === 'string' ? not(raw) : '' }) };
    if (range.end < range.start) return { error: t('err.range.order', { what, start: dayShown(range.start), end: dayShown(range.end) }) };
    if (within && (range.start < within.start || range.end > within.end)) return { error: t('err.outside', { what, start: dayShown(within.start), end: dayShown(within.end) }) };
    return { value: range };
  };
}

/** "25 to 35", "25-35", "45+", or { min, max }; nothing for no range. */
export const ageRange: Reader<AgeRange | undefined> = (raw) => {
  if (isBlank(raw)) return { value: undefined };
  let age: AgeRange | undefined;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const record = raw as Record<string, unknown>;
    const extra = Object.keys(record).find((k) => k !== 'min' && k !== 'max');
    if (extra) return { error: t('err.age.keys', { key: extra }) };
    const ok = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v));
    if (!ok(record.min) || !ok(record.max)) return { error: t('err.age.value') };
    age = {};
    if (record.min !== undefined) age.min = record.min as number;
    if (record.max !== undefined) age.max = record.max as number;
  } else {
    const written = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '';
    age = parseAgeRange(written);
    if (!age) return { error: t('err.age', { not: not(written) }) };
  }
  if ([age.min, age.max].some((v) => v !== undefined && (v < 0 || v > 120))) return { error: t('err.age.value') };
  if (age.min !== undefined && age.max !== undefined && age.min > age.max) return { error: t('err.age.order', { min: age.min, max: age.max }) };
  return { value: age };
};

export function showAge(age: AgeRange | undefined): string {
  if (!age) return '';
  if (age.max === undefined) return `${age.min ?? 0}+`;
  if (age.min === undefined) return t('age.under', { max: age.max });
  return age.min === age.max ? String(age.min) : t('age.range', { min: age.min, max: age.max });
}

/** A measure in the user's words: the catalog metric it names, or an id made of its words. */
export function metric(what: string): Reader<string> {
  const required = text(what, t('what.metric.example'));
  return (raw) => {
    const read = required(raw);
    if ('error' in read) return read;
    const id = metricFromName(read.value);
    return id ? { value: id } : { error: t('err.metric', { what, value: read.value }) };
  };
}

/** An id: kebab-case, at most 64 characters, not one of `taken`. */
export function id(what: string, taken: readonly string[], takenBy: string): Reader<string> {
  return (raw) => {
    const value = asText(raw);
    if (!value) return { error: t('err.id', { what }) };
    if (!ID.test(value) || value.length > 64) {
      const suggestion = slug(value);
      return { error: t('err.id.form', { value, what: what.toLowerCase(), like: suggestion ? t('like', { value: suggestion }) : '' }) };
    }
    if (taken.includes(value)) return { error: t('err.id.taken', { value, takenBy }) };
    return { value };
  };
}

/** Turns a name into an id: "Emma, the busy commuter" → "emma-the-busy-commuter". */
export function slug(name: string): string {
  const words = latin(name).replace(/[^a-z0-9]+/g, ' ').trim();
  return words.split(' ').filter(Boolean).join('-').slice(0, 64).replace(/-+$/, '');
}

/** One of `values`, with a did-you-mean. */
export function oneOf<V extends string>(what: string, values: readonly V[]): Reader<V> {
  return (raw) => {
    const value = asText(raw);
    const found = values.find((v) => v === value);
    if (found !== undefined) return { value: found };
    const hint = value ? closest(value, values) : undefined;
    if (hint) return { error: t('err.oneof', { what, value, hint }) };
    return { error: t('err.oneof.list', { what, values: values.join(', '), not: not(value) }) };
  };
}

/**
 * Some of `values` (a list, or one text with commas), at least `min`. `each` names one item: "A channel
 * type". Repeats are dropped, unless `repeats` allows them (two email channels).
 */
export function someOf<V extends string>(what: string, each: string, values: readonly V[], min: number, tooFew: string, repeats = false): Reader<V[]> {
  return (raw) => {
    const items = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : raw ?? [];
    if (!Array.isArray(items)) return { error: t('err.listof', { what, example: values.slice(0, 2).join(', ') }) };
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

// Yes and no in the five languages, and their first letters: "так/ні", "tak/nie", "да/нет", "tá/níl", "sea/ní hea".
const YES = new Set(['yes', 'y', 'true', 'так', 'т', 'tak', 't', 'да', 'д', 'tá', 'ta', 'sea', 's']);
const NO = new Set(['no', 'n', 'false', 'ні', 'н', 'nie', 'нет', 'níl', 'nil', 'ní hea', 'ni hea', 'ní', 'ni']);

/** A yes or a no: true or false, or the word in any of the five languages. */
export const yesNo: Reader<boolean> = (raw) => {
  if (typeof raw === 'boolean') return { value: raw };
  const word = typeof raw === 'string' ? raw.trim().toLowerCase().replace(/[.!]$/, '') : '';
  if (YES.has(word)) return { value: true };
  if (NO.has(word)) return { value: false };
  return { error: t('err.yesno') };
};
