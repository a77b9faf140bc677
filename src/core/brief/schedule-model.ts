import type { Channel } from '../strategy/types.js';
import { dayOf, isoOf } from '../results/dates.js';
import { formatMoney } from './format.js';
import { shorten, type BriefContext, type BriefLanguage } from './model.js';

export interface FlightView {
  /** The flight's label, or "Flight 2" after its place in the schedule. */
  label: string;
  start: string;
  end: string;
  /** Days live, both ends included. */
  days: number;
  budgetText: string | null;
}

export interface DeliverableView {
  asset: string;
  count: number | null;
  spec: string | null;
  due: string | null;
  owner: string | null;
}

/** The link's tracking tags, as analytics reads them. */
export interface LinkView {
  address: string;
  /** "utm_source=instagram, utm_medium=social, utm_campaign=spring"; null without utm_ parameters. */
  tags: string | null;
}

/** A Mermaid Gantt chart of every flight: one section per channel with a schedule. */
export interface TimelineView {
  /** The chart's date axis, as Mermaid's d3 formats write it. */
  axisFormat: string;
  period: { start: string; days: number } | null;
  sections: { title: string; tasks: { id: string; label: string; start: string; days: number }[] }[];
}

export function flightViews(channel: Channel, currency: string | null, { t, locale }: BriefLanguage): FlightView[] {
  return (channel.schedule ?? []).flatMap((flight, j) => {
    const start = flight ? dayOf(String(flight.start)) : undefined;
    const end = flight ? dayOf(String(flight.end)) : undefined;
    if (start === undefined || end === undefined || end < start) return [];
    return [{
      label: flight.label?.trim() ? flight.label : t.t('schedule.flightNumber', { number: j + 1 }), start: isoOf(start), end: isoOf(end), days: end - start + 1,
      budgetText: typeof flight.budget === 'number' ? formatMoney(flight.budget, currency, { locale }) : null,
    }];
  }).sort((a, b) => a.start.localeCompare(b.start));
}

export function deliverableViews(channel: Channel): DeliverableView[] {
  return (channel.content?.deliverables ?? []).filter((d) => d && typeof d.asset === 'string').map((d) => ({
    asset: d.asset,
    count: typeof d.count === 'number' ? d.count : null,
    spec: d.spec?.trim() ? d.spec : null,
    due: typeof d.due === 'string' && dayOf(d.due) !== undefined ? d.due : null,
    owner: d.owner?.trim() ? d.owner : null,
  })).sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}

export function linkView(link: string | undefined): LinkView | null {
  if (typeof link !== 'string') return null;
  let tags: string | null = null;
  try {
    const params = new URL(link.trim()).searchParams;
    const found = [...params].filter(([name, value]) => name.toLowerCase().startsWith('utm_') && value.trim() !== '').map(([name, value]) => `${name}=${value}`);
    tags = found.length ? found.join(', ') : null;
  } catch {
    tags = null;
  }
  return { address: link, tags };
}

/** Gantt task labels and section titles end at ":" and "#", so those become spaces. */
function ganttText(text: string, fallback: string): string {
  return shorten(text.replace(/[:#;\r\n\t]+/g, ' ').replace(/\s+/g, ' ').trim()) || fallback;
}

export function timelineView(context: BriefContext): TimelineView | null {
  const sections = context.channels.flatMap((channel, i) => {
    const flights = flightViews(channel, context.currency, context);
    if (!flights.length) return [];
    const flight = context.t.t('schedule.flight');
    const title = ganttText(context.channelRef(channel.id, 'root')!.title, flight);
    return [{
      title,
      tasks: flights.map((f, j) => ({ id: `f${i}_${j}`, label: ganttText(f.label, flight), start: f.start, days: f.days })),
    }];
  });
  if (!sections.length) return null;
  const start = dayOf(String(context.strategy.period?.start ?? ''));
  const end = dayOf(String(context.strategy.period?.end ?? ''));
  const period = start !== undefined && end !== undefined && start <= end ? { start: isoOf(start), days: end - start + 1 } : null;
  return { axisFormat: axisFormat(context.locale), period, sections };
}

/**
 * The axis of the chart: "05 Mar" in English. Mermaid knows only English month names, so another language
 * writes day and month as numbers, in its own order and with its own separator ("05.03", "05/03").
 */
export function axisFormat(locale: string): string {
  if (locale === 'en') return '%d %b';
  try {
    const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2027, 2, 5)));
    return parts.map((part) => (part.type === 'day' ? '%d' : part.type === 'month' ? '%m' : part.value.replace(/%/g, '%%'))).join('');
  } catch {
    return '%d.%m';
  }
}
