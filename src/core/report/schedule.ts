import { formatDate, formatMoney } from '../i18n/format.js';
import { ENGLISH_REPORT, type ReportTranslator } from './messages.js';
import type { ChannelRef } from '../brief/model.js';
import type { Channel } from '../strategy/types.js';

/** When a channel is live (SPEC §6): dates inclusive, an optional budget. */
export interface FlightView {
  channel: ChannelRef;
  start: string;
  end: string;
  label: string | null;
  budget: number | null;
  startText: string;
  endText: string;
  budgetText: string | null;
}

export interface PeriodView {
  start: string;
  end: string;
  text: string;
}

export interface MonthSpend {
  /** YYYY-MM. */
  month: string;
  monthLabel: string;
  channel: string;
  amount: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function day(iso: unknown): number | null {
  if (typeof iso !== 'string' || !ISO.test(iso)) return null;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? null : time;
}

export function periodView(period: unknown, translator: ReportTranslator = ENGLISH_REPORT): PeriodView | null {
  if (period === null || typeof period !== 'object') return null;
  const { start, end } = period as { start?: unknown; end?: unknown };
  if (day(start) === null || day(end) === null) return null;
  const { locale } = translator;
  return { start: start as string, end: end as string, text: translator.t('flight.span', { start: formatDate(start as string, locale), end: formatDate(end as string, locale) }) };
}

/** The flights of a channel with readable dates; a flight without two valid dates in order is left out. */
export function flightsOf(channel: Channel, ref: ChannelRef, currency: string | null, locale = 'en'): FlightView[] {
  const schedule: unknown = channel.schedule;
  if (!Array.isArray(schedule)) return [];
  return schedule.flatMap((flight: unknown): FlightView[] => {
    if (flight === null || typeof flight !== 'object') return [];
    const { start, end, budget, label } = flight as Record<string, unknown>;
    const from = day(start);
    const to = day(end);
    if (from === null || to === null || to < from) return [];
    const amount = typeof budget === 'number' && Number.isFinite(budget) ? budget : null;
    return [{
      channel: ref,
      start: start as string,
      end: end as string,
      label: typeof label === 'string' && label.trim() ? label : null,
      budget: amount,
      startText: formatDate(start as string, locale),
      endText: formatDate(end as string, locale),
      budgetText: amount === null ? null : formatMoney(amount, currency, { locale }),
    }];
  });
}

/** Each flight's budget spread evenly over its days, summed by calendar month and channel. */
export function spendByMonth(flights: FlightView[], locale = 'en'): MonthSpend[] {
  const sums = new Map<string, MonthSpend>();
  for (const flight of flights) {
    if (flight.budget === null || flight.budget <= 0) continue;
    const from = day(flight.start)!;
    const to = day(flight.end)!;
    const perDay = flight.budget / ((to - from) / DAY + 1);
    // Month by month rather than day by day: a flight over years costs a few dozen steps.
    for (let t = from; t <= to;) {
      const date = new Date(t);
      const next = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
      const days = (Math.min(next - DAY, to) - t) / DAY + 1;
      const month = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
      const key = `${month}\u0000${flight.channel.id}`;
      const entry = sums.get(key) ?? { month, monthLabel: monthLabel(date, locale), channel: flight.channel.title, amount: 0 };
      entry.amount += perDay * days;
      sums.set(key, entry);
      t = next;
    }
  }
  return [...sums.values()]
    .map((s) => ({ ...s, amount: Math.round(s.amount * 100) / 100 }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.channel.localeCompare(b.channel));
}

/** "Mar 2027" in English; in another language its own short month and year ("бер. 2027 р."). */
function monthLabel(date: Date, locale: string): string {
  if (locale === 'en') return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
