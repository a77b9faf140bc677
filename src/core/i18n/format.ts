// Numbers, money, dates, lists and plurals, each for a locale, built on Intl. Output that tests and review
// diffs compare byte for byte (briefs, messages) passes a fixed locale, never the machine's.

/** The language mcm writes when none is chosen. */
export const DEFAULT_LOCALE = 'en';

// mcm's English is written the way its messages always were: US numbers and dates, lists without a serial comma.
const INTL_LOCALE: Record<string, { numbers: string; lists: string }> = { en: { numbers: 'en-US', lists: 'en-GB' } };
const numbersOf = (locale: string) => INTL_LOCALE[locale]?.numbers ?? locale;
const listsOf = (locale: string) => INTL_LOCALE[locale]?.lists ?? locale;

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>(key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value as T;
}

/** 12000 → "12,000"; 0.456 → "0.46". */
export function formatNumber(value: number, locale = DEFAULT_LOCALE): string {
  // Whole numbers read the same in US English without Intl, whose first use costs tens of milliseconds:
  // digits grouped by three with commas, a hyphen-minus before a negative one.
  if (locale === DEFAULT_LOCALE && Number.isSafeInteger(value) && !Object.is(value, -0)) {
    const digits = String(Math.abs(value));
    return `${value < 0 ? '-' : ''}${digits.length > 3 ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits}`;
  }
  return cached(`n:${locale}`, () => new Intl.NumberFormat(numbersOf(locale), { maximumFractionDigits: 2 })).format(value);
}

/** A fraction as a percentage: 0.02 → "2%", 0.0125 → "1.25%". */
export function formatPercent(fraction: number, locale = DEFAULT_LOCALE): string {
  return cached(`p:${locale}`, () => new Intl.NumberFormat(numbersOf(locale), { style: 'percent', maximumFractionDigits: 2 })).format(fraction);
}

/** A signed change: +0.8, −3 (`percent` for +60%). */
export function formatSigned(value: number, { percent = false, locale = DEFAULT_LOCALE } = {}): string {
  const key = `s:${percent}:${locale}`;
  const format = cached(key, () => new Intl.NumberFormat(numbersOf(locale), percent
    ? { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }
    : { maximumFractionDigits: 2, signDisplay: 'exceptZero' }));
  return format.format(value);
}

export interface MoneyOptions {
  locale?: string;
  /** `symbol`: "€3,000" (briefs); `code`: "EUR 3,000" (messages, where the code is what the file says). */
  display?: 'symbol' | 'code';
}

/**
 * An amount in a currency, cents only when there are any: 3000 and "EUR" → "€3,000". Without a currency,
 * a plain number; with a code Intl does not know, the number then the code as written.
 */
export function formatMoney(amount: number, currency?: string | null, { locale = DEFAULT_LOCALE, display = 'symbol' }: MoneyOptions = {}): string {
  const cents = Number.isInteger(amount) ? 0 : 2;
  // Messages write cents out (99.50); briefs keep the shortest form (99.5).
  const plain = () => (cents && display === 'code' ? fixed(amount, locale) : formatNumber(amount, locale));
  if (!currency) return plain();
  let format: Intl.NumberFormat;
  try {
    format = cached(`m:${currency}:${display}:${cents}:${locale}`, () => new Intl.NumberFormat(numbersOf(locale), {
      style: 'currency', currency, currencyDisplay: display, minimumFractionDigits: cents, maximumFractionDigits: cents,
    }));
  } catch {
    return `${plain()} ${currency}`;
  }
  // The space between a currency code and the number differs between ICU builds (space, no-break space).
  return format.formatToParts(amount).map((part) => (part.type === 'literal' && /^\s+$/.test(part.value) ? ' ' : part.value)).join('');
}

function fixed(amount: number, locale: string): string {
  return cached(`f:${locale}`, () => new Intl.NumberFormat(numbersOf(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(amount);
}

/** "2027-06-30" → "June 30, 2027"; anything that is not an ISO date is returned as written. */
export function formatDate(iso: string, locale = DEFAULT_LOCALE): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(numbersOf(locale), { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

/** Words joined as the locale says them: `a`, `a or b`, `a, b or c`. */
export function formatList(items: readonly string[], join: 'and' | 'or', locale = DEFAULT_LOCALE): string {
  // British English joins the last two with the word alone ("a, b and c"), as Intl.ListFormat says, without
  // its first use, which loads list data for tens of milliseconds.
  if (locale === DEFAULT_LOCALE) return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${join} ${items.at(-1)}`;
  const type = join === 'and' ? 'conjunction' : 'disjunction';
  return cached(`l:${type}:${locale}`, () => new Intl.ListFormat(listsOf(locale), { type })).format(items);
}

/** The forms of a word by the locale's plural categories; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The plural category of a count in a locale: "one", "few", "many"… */
export function pluralCategory(count: number, locale = DEFAULT_LOCALE): Intl.LDMLPluralRule {
  // English whole numbers: one for 1, other for the rest (as Intl.PluralRules says, without its start-up).
  if (locale === DEFAULT_LOCALE && Number.isInteger(count) && count >= 0 && !Object.is(count, -0)) return count === 1 ? 'one' : 'other';
  return cached(`r:${locale}`, () => new Intl.PluralRules(numbersOf(locale))).select(count);
}

/**
 * A count with its word: `plural(2, 'file')` → "2 files". A bare word is English, plural with "s";
 * other languages give their forms (`{ one: 'файл', few: 'файли', many: 'файлів', other: 'файла' }`).
 */
export function plural(count: number, word: string | PluralForms, locale = DEFAULT_LOCALE): string {
  const forms: PluralForms = typeof word === 'string' ? { one: word, other: `${word}s` } : word;
  return `${formatNumber(count, locale)} ${forms[pluralCategory(count, locale)] ?? forms.other}`;
}
