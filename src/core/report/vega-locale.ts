import type { Locale as VegaLocaleSpec } from 'vega';

// Vega's number and time formats for a language, read from Intl, so that the pictures' axes write numbers and
// months as the rest of the page does ("12 500", "бер. 2027").

export interface VegaLocale {
  number: { decimal: string; thousands: string; grouping: number[]; currency: [string, string] };
  time: {
    dateTime: string; date: string; time: string; periods: [string, string];
    days: string[]; shortDays: string[]; months: string[]; shortMonths: string[];
  };
}

/** The formats of `locale`; none for English, whose formats are Vega's own. */
export function vegaLocale(locale: string): VegaLocaleSpec | undefined {
  if (locale === 'en') return undefined;
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const thousands = parts.find((p) => p.type === 'group')?.value ?? ',';
  const names = (options: Intl.DateTimeFormatOptions, dates: number[]) => {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return dates.map((d) => format.format(new Date(d)));
  };
  const months = Array.from({ length: 12 }, (_, i) => Date.UTC(2000, i, 1));
  // 2 January 2000 was a Sunday, the first day of Vega's week.
  const week = Array.from({ length: 7 }, (_, i) => Date.UTC(2000, 0, 2 + i));
  const spec: VegaLocale = {
    number: { decimal, thousands, grouping: [3], currency: ['', ''] },
    time: {
      dateTime: '%x %X', date: '%d.%m.%Y', time: '%H:%M:%S', periods: ['AM', 'PM'],
      days: names({ weekday: 'long' }, week), shortDays: names({ weekday: 'short' }, week),
      months: names({ month: 'long' }, months), shortMonths: names({ month: 'short' }, months),
    },
  };
  return spec as unknown as VegaLocaleSpec;
}
