import * as chrono from 'chrono-node';
import { countries, type TCountryCode } from 'countries-list';
import { metrics } from '../catalog/index.js';
import type { AgeRange } from '../strategy/types.js';
import { wizardLocale } from './messages.js';
import { metricLabel } from './words.js';

// Answers as people write them, turned into the values a strategy file holds: numbers by the
// conventions of the business's locale, dates in any common spelling, age ranges, metric names, places.

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** The group and decimal separators of a locale, as Intl writes numbers there. */
function separators(locale: string): { group: string; decimal: string } {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  } catch {
    parts = new Intl.NumberFormat('en').formatToParts(12345.6);
  }
  return { group: parts.find((p) => p.type === 'group')?.value ?? ',', decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
}

/**
 * A number as written in `locale`: "1,500" and "1 500" in English, "1.500,00" or "1 500,5" in Polish.
 * With both a point and a comma, the last one is the decimal mark; with one of them once, it is the
 * locale's decimal mark, or a thousands separator when three digits follow and the locale does not use
 * it for decimals. undefined when the text is not a number.
 */
export function parseNumber(text: string, locale = 'en'): number | undefined {
  let s = text.trim().replace(/^\+/, '').replace(SPACES, '');
  const negative = /^[-−]/.test(s);
  if (negative) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let decimal: string | undefined;
  if (dots && commas) decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const after = s.length - s.indexOf(mark) - 1;
    decimal = mark === separators(locale).decimal || after !== 3 ? mark : undefined;
  } else if (dots + commas > 1) decimal = undefined;
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : dots ? '.' : ',';
  const [whole, fraction, extra] = decimal ? s.split(decimal) : [s];
  if (extra !== undefined || fraction?.includes(group)) return undefined;
  // Groups of three digits after the first: "1,500,000", never "1,50".
  const groups = whole!.split(group);
  if (groups.length > 1 && (groups.slice(1).some((g) => g.length !== 3) || !groups[0] || groups[0].length > 3)) return undefined;
  if (!whole && !fraction) return undefined;
  const value = Number(`${groups.join('') || '0'}${fraction !== undefined ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? (negative ? -value : value) : undefined;
}

/** A ratio: "35%", "35 %", "0.35", or "35" (more than 1, so a percentage). The fraction, 0.35. */
export function parseRatio(text: string, locale = 'en'): number | undefined {
  const trimmed = text.trim();
  const percent = /\s*%$/.test(trimmed);
  const value = parseNumber(trimmed.replace(/\s*%$/, ''), locale);
  if (value === undefined) return undefined;
  // "1.1 %" → 0.011 without the float noise of dividing by 100.
  const asFraction = (n: number) => Number(`${n}e-2`);
  return percent || value > 1 ? asFraction(value) : value;
}

/** The currency codes Intl knows, each with the symbols people write for it in `locale`. */
function currencySymbols(locale: string): Map<string, string> {
  const symbols = new Map<string, string>();
  const all = Intl.supportedValuesOf('currency');
  for (const code of all) symbols.set(code.toLowerCase(), code);
  // The most used currencies claim a shared symbol ("$", "kr") first.
  const common = ['USD', 'EUR', 'GBP', 'PLN', 'UAH', 'RUB', 'CHF', 'JPY', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'RON'];
  for (const where of [locale, 'en']) {
    for (const code of [...common, ...all]) {
      for (const display of ['symbol', 'narrowSymbol'] as const) {
        try {
          const part = new Intl.NumberFormat(where, { style: 'currency', currency: code, currencyDisplay: display }).formatToParts(1).find((p) => p.type === 'currency');
          if (part && !symbols.has(part.value.toLowerCase())) symbols.set(part.value.toLowerCase(), code);
        } catch {
          // A code this Intl cannot format: its code still counts.
        }
      }
    }
  }
  return symbols;
}

/**
 * An amount of money: "12000", "12,000 EUR", "1.500,00 zł", "€1,500", "$ 2k" is not read (write the digits).
 * `currency` is the code the amount names, when it names one.
 */
export function parseMoney(text: string, locale = 'en', preferred?: string): { amount: number; currency?: string } | undefined {
  const trimmed = text.trim();
  const match = /^([^\d\s.,+\-−]*)\s*([-−+]?[\d\s\u00a0\u202f.,']+?)\s*([^\d\s.,]*)$/u.exec(trimmed);
  if (!match) return undefined;
  const symbol = (match[1] || match[3] || '').toLowerCase();
  const amount = parseNumber(match[2]!, locale);
  if (amount === undefined) return undefined;
  if (!symbol) return { amount };
  const symbols = currencySymbols(locale);
  // "$" is the dollar of the business's country when it has one (AUD in Australia).
  if (preferred) {
    for (const display of ['symbol', 'narrowSymbol'] as const) {
      try {
        const own = new Intl.NumberFormat(locale, { style: 'currency', currency: preferred, currencyDisplay: display }).formatToParts(1).find((p) => p.type === 'currency');
        if (own?.value.toLowerCase() === symbol) return { amount, currency: preferred };
      } catch {
        break;
      }
    }
  }
  const code = symbols.get(symbol) ?? LOCAL_SYMBOLS[symbol.replace(/\.$/, '')];
  return code ? { amount, currency: code } : undefined;
}

/** Currencies as people write them after an amount, where Intl has another symbol. */
const LOCAL_SYMBOLS: Record<string, string> = {
  грн: 'UAH', гривень: 'UAH', гривні: 'UAH', гривня: 'UAH', '₴': 'UAH', руб: 'RUB', р: 'RUB', рублей: 'RUB', рубля: 'RUB', рубль: 'RUB', '₽': 'RUB',
  zł: 'PLN', zl: 'PLN', złotych: 'PLN', złote: 'PLN', euro: 'EUR', евро: 'EUR', євро: 'EUR', '€': 'EUR',
};

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function chronoFor(locale: string): chrono.Chrono {
  const [language, region] = locale.split('-');
  if (language === 'uk') return chrono.uk.casual;
  if (language === 'ru') return chrono.ru.casual;
  if (language === 'de') return chrono.de.casual;
  if (language === 'fr') return chrono.fr.casual;
  if (language === 'es') return chrono.es.casual;
  if (language === 'it') return chrono.it.casual;
  if (language === 'nl') return chrono.nl.casual;
  if (language === 'pt') return chrono.pt.casual;
  return region === 'US' ? chrono.en.casual : chrono.en.GB;
}

/**
 * A calendar day in any common spelling: 2026-09-30, 30.09.2026, 30/09/2026 (09/30/2026 in the US),
 * "30 Sept 2026", "Sept 30, 2026", "30 вересня 2026". `today` (YYYY-MM-DD) completes a date without a year
 * with the next such day. The ISO date, or undefined.
 */
export function parseDate(text: string, locale = 'en', today?: string): string | undefined {
  const s = text.trim().replace(/[.,]$/, '').replace(/\s+(?:r\.|roku|г\.?|года|року|р\.)$/iu, '');
  const iso = ISO_DATE.exec(s);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_DATE.exec(s);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const us = locale.endsWith('-US') && s.includes('/');
    return isoOf(Number(numeric[3]), us ? a : b, us ? b : a);
  }
  if (!/\p{L}/u.test(s)) return undefined;
  const named = namedMonthDate(s, locale, today);
  if (named) return named;
  const reference = today ? new Date(`${today}T12:00:00Z`) : new Date();
  const results = chronoFor(locale).parse(s, reference, { forwardDate: true });
  const result = results[0];
  // The whole answer must be the date: "lots of days" is not a date.
  if (!result || results.length > 1 || result.end || result.text.length < s.replace(/^(on|by|until|till)\s+/i, '').length) return undefined;
  if (!result.start.isCertain('day') || !result.start.isCertain('month')) return undefined;
  return isoOf(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!);
}

/** The languages whose month names a date may use, whatever the locale of the business. */
const MONTH_LANGUAGES = ['en', 'uk', 'pl', 'ru', 'ga'];
let monthNames: [string, number][] | undefined;

/** Every spelling of each month in the five languages: "września", "wrzesień", "вересня", "Meán Fómhair", "Sept". */
function monthsByName(): [string, number][] {
  if (monthNames) return monthNames;
  const names = new Map<string, number>();
  for (const language of MONTH_LANGUAGES) {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2027, month - 1, 15));
      for (const options of [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }] as Intl.DateTimeFormatOptions[]) {
        const parts = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).formatToParts(date);
        const name = parts.find((p) => p.type === 'month')?.value;
        if (name) names.set(fold(name), month);
      }
    }
  }
  monthNames = [...names].sort((a, b) => b[0].length - a[0].length);
  return monthNames;
}

/** "30 września 2027", "30 вересня", "30 Meán Fómhair 2027": a day, a month by name, and a year or not. */
function namedMonthDate(text: string, locale: string, today?: string): string | undefined {
  const m = /^(\d{1,2})\.?\s+(.+?)(?:\s+(\d{4}))?$/u.exec(text.trim());
  if (!m) return undefined;
  const word = fold(m[2]!);
  const found = monthsByName().find(([name]) => name === word || (word.length >= 3 && name.startsWith(word)));
  if (!found) return undefined;
  const day = Number(m[1]);
  if (m[3]) return isoOf(Number(m[3]), found[1], day);
  const now = today ?? new Date().toISOString().slice(0, 10);
  const year = Number(now.slice(0, 4));
  const thisYear = isoOf(year, found[1], day);
  return thisYear && thisYear >= now ? thisYear : isoOf(year + 1, found[1], day);
}

const RANGE_SEPARATOR = /\s+(?:to|until|till|through|–|—|-|до|по|do|go|dtí|go dtí)\s+|\s*[–—]\s*/i;

/** Two dates: "1 Jan 2027 to 31 Mar 2027", "2027-01-01 – 2027-03-31", "1.03.2027 - 30.06.2027". */
export function parseDateRange(text: string, locale = 'en', today?: string): { start: string; end: string } | undefined {
  const s = text.trim().replace(/^(?:from|od|з|с|від|от|ó|ón)\s+/i, '');
  const parts = s.split(RANGE_SEPARATOR);
  if (parts.length === 2) {
    let start = parseDate(parts[0]!, locale, today);
    const end = parseDate(parts[1]!, locale, today);
    // "1 March to 30 June 2027": the first date takes the year of the second.
    if (end && !start) {
      const year = end.slice(0, 4);
      start = parseDate(`${parts[0]} ${year}`, locale, today) ?? parseDate(`${parts[0]}.${year}`, locale, today);
    }
    if (start && end) return { start, end };
  }
  const reference = today ? new Date(`${today}T12:00:00Z`) : new Date();
  const result = chronoFor(locale).parse(s, reference, { forwardDate: true })[0];
  if (!result?.end || result.text.length < s.length || !result.start.isCertain('day') || !result.end.isCertain('day')) return undefined;
  const start = isoOf(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!);
  const end = isoOf(result.end.get('year')!, result.end.get('month')!, result.end.get('day')!);
  return start && end ? { start, end } : undefined;
}

/** "25 to 35", "25-35", "25–35", "45+", "over 45", "under 25", "30". */
export function parseAgeRange(text: string): AgeRange | undefined {
  const s = text.trim().toLowerCase().replace(/\s*(?:years?(?: old)?|y\.?o\.?|lat|lata|roku|років|роки|рік|лет|года|год|bliana|bliain)$/u, '').replace(/^(?:od|від|от|ó)\s+(?=\d{1,3}\s*(?:-|–|—|do|до|go)\s*\d)/u, '');
  let m = /^(\d{1,3})\s*(?:-|–|—|to|until|and|do|до|go)\s*(\d{1,3})$/u.exec(s);
  if (m) return { min: Number(m[1]), max: Number(m[2]) };
  m = /^(?:(\d{1,3})\s*\+|(?:over|above|from|at least|od|powyżej|від|понад|старше|от|os cionn|ó)\s+(\d{1,3}))$/u.exec(s);
  if (m) return { min: Number(m[1] ?? m[2]) };
  m = /^(?:under|below|up to|until|do|poniżej|до|молодше|младше|faoi)\s+(\d{1,3})$/u.exec(s);
  if (m) return { max: Number(m[1]) };
  m = /^(\d{1,3})$/.exec(s);
  if (m) return { min: Number(m[1]), max: Number(m[1]) };
  return undefined;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Common short names of catalog metrics. */
const METRIC_ALIASES: Record<string, string> = {
  ctr: 'click_through_rate', cpc: 'cost_per_click', cpa: 'cost_per_acquisition', cpl: 'cost_per_lead',
  roas: 'return_on_ad_spend', aov: 'average_order_value', clv: 'customer_lifetime_value', ltv: 'customer_lifetime_value',
  grp: 'gross_rating_points', grps: 'gross_rating_points', views: 'video_views', bookings: 'appointments_booked',
  appointments: 'appointments_booked', sales: 'conversions', visits: 'sessions', installs: 'app_installs',
};

/**
 * The metric a name stands for: the catalog metric it names ("Open rate", "CTR", "open_rate"), else an id
 * made of its words ("Course enrolments" → course_enrolments). undefined when it has no letters.
 */
export function metricFromName(name: string): string | undefined {
  const words = fold(name);
  if (!words || !/\p{L}/u.test(words)) return undefined;
  const id = words.replace(/ /g, '_');
  if (Object.hasOwn(metrics, id)) return id;
  if (Object.hasOwn(METRIC_ALIASES, id)) return METRIC_ALIASES[id];
  const singular = (w: string) => w.replace(/s$/, '');
  for (const [metricId, facts] of Object.entries(metrics)) {
    const label = fold(facts.label);
    if (label === words || singular(label) === singular(words) || label.replace(/ \(.*\)$/, '') === words) return metricId;
  }
  // The catalog's names in the wizard's language: "współczynnik otwarć", "охоплення".
  if (wizardLocale() !== 'en') {
    for (const metricId of Object.keys(metrics)) {
      const label = fold(metricLabel(metricId));
      if (label === words || label.replace(/ \(.*\)$/, '') === words || /\(([^)]*)\)$/.exec(label)?.[1] === words) return metricId;
    }
  }
  const synonym = metricOfWords(words);
  if (synonym) return synonym;
  const ascii = latin(fold(name)).replace(/[^a-z0-9 ]/g, '').trim();
  const own = (ascii || words).replace(/ /g, '_').replace(/^[0-9_]+/, '');
  if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(own)) return undefined;
  const custom = own.slice(0, 64);
  // The id is for the file; the person goes on seeing their own words.
  if (own.replace(/_/g, ' ') !== words) ownWords.set(custom, name.trim().replace(/\s+/g, ' '));
  return custom;
}

/** The words each custom metric was named with, by its id: "zapysy_na_kurs" → "записи на курс". */
const ownWords = new Map<string, string>();

/**
 * What people call catalog metrics in the five languages, beyond the catalog's own names: each entry is the
 * stems of the words that begin the answer ("записи на прийом", "sign-ups", "rejestracje na kurs"), folded
 * (no marks, lower case). A word matches a stem it begins with, when at most four letters of ending follow;
 * the words after the matched ones only say what is counted ("записи на курс" are registrations).
 */
const METRIC_WORDS: [metric: string, stems: string][] = [
  // Appointments first: "записи на прийом" are bookings, "записи" alone are sign-ups.
  ['appointments_booked', 'запис на прийом|запис на прием|запис на зустріч|запис на встреч|запис на консультац|запис на візит|запис на визит|запис до лікаря|запис к врач|zapis na wizyt|zapis na konsultacj|umowion wizyt|wizyt|booked appointment|booking|appointment|coinn|choinn'],
  ['registrations', 'запис|реєстрац|регистрац|zapis|rejestracj|registration|sign up|signup|zapisani|записан|cláruch|chláruch'],
  ['leads', 'лід|лид|lead|enquir|inquir|заявк|zgłoszen|zapytan|leid|leideann'],
  ['calls', 'дзвінк|звонк|call|połączen|telefon|glao|ghlao'],
  ['conversions', 'конверс|konwersj|conversion|tiontu'],
  ['revenue', 'дохід|доход|виручк|выручк|revenue|przychod|przychód|obrot|obrót|ioncam'],
  ['subscribers', 'підписник розсилк|подписчик рассылк|subskrybent|subscriber|sintiusoir'],
  ['followers', 'підписник|подписчик|obserwując|follower|leantoir'],
  ['qr_scans', 'скан qr|сканування qr|сканирован qr|skan qr|skany qr|qr scan|qr skan|scanadh qr|qr'],
  ['direction_requests', 'запит маршрут|запрос маршрут|прокладан маршрут|wskazówk dojazd|direction request|direction|treoir|threoir'],
  ['foot_traffic', 'відвідувач магазин|посетител магазин|відвідуваніст|посещаемост|ruch w sklep|foot traffic|footfall|cuairteoir'],
  ['attendees', 'учасник|участник|uczestnik|attendee'],
  ['app_installs', 'встановлен застосунк|установк приложен|instalacj aplikacj|app install'],
];

let metricStems: { metric: string; stems: string[] }[] | undefined;

function stemsOfMetrics(): { metric: string; stems: string[] }[] {
  // The longest phrases are tried first, so that "записи на прийом" is not read as "записи".
  metricStems ??= METRIC_WORDS.flatMap(([metric, all]) => all.split('|').map((phrase) => ({ metric, stems: fold(phrase).split(' ') })))
    .sort((a, b) => b.stems.length - a.stems.length);
  return metricStems;
}

/** The catalog metric that folded `words` begin with, by the stems people use: "записи на курс" → registrations. */
function metricOfWords(words: string): string | undefined {
  const given = words.split(' ');
  const fits = (word: string | undefined, stem: string) => word !== undefined && word.startsWith(stem) && word.length - stem.length <= (stem.length < 4 ? 1 : 4);
  for (const start of [0, 1]) {
    // One word before may say which ones: "new sign-ups", "нові записи", "nowe zapisy".
    if (start === 1 && !/^(?:new|нов\p{L}*|now\p{L}*|nua)$/u.test(given[0] ?? '')) continue;
    const found = stemsOfMetrics().find(({ stems }) => stems.every((stem, i) => fits(given[start + i], stem)));
    if (found) return found.metric;
  }
  return undefined;
}

/** The words of a metric, for a person: the catalog label, the words it was named with, or its own id with spaces. */
export function metricWords(metric: string): string {
  if (!Object.hasOwn(metrics, metric)) return ownWords.get(metric) ?? metric.replace(/_/g, ' ');
  // Another language keeps its acronyms: "CTR (кликабельность)", "wskaźnik NPS".
  return wizardLocale() === 'en' ? metrics[metric]!.label.toLowerCase() : metricLabel(metric).replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase());
}

// Cyrillic letters in Latin ones, as ids are written: Ukrainian "охоплення" → "okhoplennia", Russian "охват" → "okhvat".
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'yu', я: 'ya',
  ы: 'y', э: 'e', ъ: '', ё: 'e',
};
// Ukrainian spells some letters its own way (the national transliteration).
const UKRAINIAN: Record<string, string> = { г: 'h', и: 'y', й: 'i', ю: 'iu', я: 'ia' };
const OTHER_LATIN: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ħ: 'h' };

/** Text in Latin letters without marks, for an id: Cyrillic spelled out, diacritics dropped. */
export function latin(text: string): string {
  const lower = text.toLowerCase();
  const ukrainian = /[іїєґ]/.test(lower) || (!/[ыэъё]/.test(lower) && wizardLocale() === 'uk');
  const spelled = lower.replace(/[\u0400-\u04ff]/g, (ch) => (ukrainian ? UKRAINIAN[ch] : undefined) ?? CYRILLIC[ch] ?? ch);
  return spelled.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\u0000-\u007f]/g, (ch) => OTHER_LATIN[ch] ?? ch);
}

export interface Place {
  /** ISO 3166 alpha-2, when a country was named. */
  country?: string;
  currency: string;
  /** A BCP 47 tag: pl-PL, en-IE, ga-IE. */
  locale: string;
}

function languageCode(name: string): string | undefined {
  const folded = fold(name);
  if (/^[a-z]{2,3}$/.test(folded)) {
    try {
      if (new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(folded)) return folded;
    } catch {
      return undefined;
    }
  }
  for (const lang of LANGUAGES) {
    for (const display of ['en', lang, 'uk', 'pl', 'ru', 'ga']) {
      try {
        if (fold(new Intl.DisplayNames([display], { type: 'language' }).of(lang) ?? '') === folded) return lang;
      } catch {
        // skip
      }
    }
  }
  return undefined;
}

const LANGUAGES = ['en', 'uk', 'pl', 'ru', 'ga', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'fi', 'no', 'nb', 'cs', 'sk', 'hu', 'ro', 'bg', 'el', 'tr', 'lt', 'lv', 'et', 'hr', 'sl', 'sr', 'ja', 'zh', 'ko', 'ar', 'he', 'hi'];

function countryCode(name: string): TCountryCode | undefined {
  const folded = fold(name);
  const upper = folded.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && Object.hasOwn(countries, upper)) return upper as TCountryCode;
  const aliases: Record<string, string> = { uk: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', usa: 'US', america: 'US', 'united states of america': 'US', 'the netherlands': 'NL', holland: 'NL', 'czech republic': 'CZ' };
  if (Object.hasOwn(aliases, folded)) return aliases[folded] as TCountryCode;
  for (const [code, facts] of Object.entries(countries)) {
    if (fold(facts.name) === folded || fold(facts.native) === folded) return code as TCountryCode;
  }
  return countryNames().get(folded);
}

let countryNameMap: Map<string, TCountryCode> | undefined;

/** Each country's name in the five languages mcm speaks: "Польща", "Polska", "Польша", "an Pholainn". */
function countryNames(): Map<string, TCountryCode> {
  if (countryNameMap) return countryNameMap;
  countryNameMap = new Map();
  for (const language of ['en', 'uk', 'pl', 'ru', 'ga']) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of Object.keys(countries)) {
      const name = names.of(code);
      if (!name) continue;
      const folded = fold(name);
      if (!countryNameMap.has(folded)) countryNameMap.set(folded, code as TCountryCode);
      // Irish names carry the article: "an Pholainn" is also written "Pholainn".
      const bare = folded.replace(/^an /, '');
      if (!countryNameMap.has(bare)) countryNameMap.set(bare, code as TCountryCode);
    }
  }
  for (const [name, code] of [['россия', 'RU'], ['russia', 'RU'], ['rosja', 'RU'], ['росія', 'RU'], ['eire', 'IE'], ['irlandia', 'IE'], ['ирландия', 'IE'], ['ірландія', 'IE']] as const) countryNameMap.set(fold(name), code);
  return countryNameMap;
}

/**
 * Where the business is and the language it speaks to customers in: "Poland", "Ireland, English",
 * "PLN", "pl-PL", "Україна", "Україна, Львів" (a city after the country says no more than the country). `prefer` is a language to pick among a country's languages (the system's).
 */
export function parsePlace(text: string, prefer?: string): Place | undefined {
  const [first = '', ...rest] = text.split(/[,;/]| and | in /).map((s) => s.trim()).filter(Boolean);
  // After a country, people write its language, or a city or region ("Україна, Львів"): the place stays the country.
  const second = rest.find((part) => languageCode(part)) ?? (countryCode(first) ? undefined : rest[0]);
  const tag = /^([a-z]{2,3})[-_]([a-z]{2})(?:\.[\w-]+)?$/i.exec(first);
  if (tag) {
    const country = tag[2]!.toUpperCase();
    if (!Object.hasOwn(countries, country)) return undefined;
    return { country, currency: countries[country as TCountryCode].currency[0] ?? 'EUR', locale: `${tag[1]!.toLowerCase()}-${country}` };
  }
  const code = countryCode(first);
  const language = second ? languageCode(second) : undefined;
  if (second && !language) return undefined;
  if (code) {
    const facts = countries[code];
    const spoken = facts.languages as string[];
    const lang = language ?? (prefer && spoken.includes(prefer) ? prefer : spoken[0] ?? 'en');
    return { country: code, currency: facts.currency[0] ?? 'EUR', locale: `${lang}-${code}` };
  }
  if (/^[a-z]{3}$/i.test(first) && Intl.supportedValuesOf('currency').includes(first.toUpperCase())) {
    return { currency: first.toUpperCase(), locale: language ?? prefer ?? 'en' };
  }
  return undefined;
}

/** "Польша, польский": the place in the wizard's words, as it reads back. */
export function placeNames(place: Place): string {
  const [language] = place.locale.split('-');
  const name = (type: 'region' | 'language', code: string) => {
    try {
      return new Intl.DisplayNames([wizardLocale()], { type }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  return `${place.country ? name('region', place.country) : place.currency}, ${name('language', language!)}`;
}

/** "Poland · PLN · Polish" */
export function describePlace(place: Place): string {
  const [language] = place.locale.split('-');
  const names = (type: 'region' | 'language', code: string) => {
    try {
      return new Intl.DisplayNames([wizardLocale()], { type }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  return [place.country ? names('region', place.country) : undefined, place.currency, names('language', language!)].filter(Boolean).join(' · ');
}
