import { metrics } from '../catalog/metrics.js';
import type { Channel } from '../strategy/types.js';
import { readCsv, type CsvRecord } from './csv.js';
import { dayOf } from './dates.js';
import { SPEND } from './parse.js';
import { formatList, formatNumber } from '../i18n/format.js';
import { ENGLISH, type TrackTranslator } from './messages.js';

export const SOURCES = ['meta-ads', 'google-ads', 'mailchimp', 'ga4'] as const;
export type Source = (typeof SOURCES)[number];

/** One long-format row, as `mcm track --results` reads it. */
export interface LongRow {
  date: string;
  channel: string;
  metric: string;
  value: number;
}

export interface ImportOptions {
  /** The strategy channel the rows belong to (GA4: optional, channel groups are mapped by type). */
  channel?: string;
  /** Column name → metric id, read on top of (and before) the adapter's own columns. */
  map?: Record<string, string>;
  /** The strategy's channels: GA4 maps channel groups to them, and rows of metrics no KPI tracks are left out. */
  channels?: Pick<Channel, 'id' | 'type' | 'kpis' | 'content'>[];
  /** The strategy's currency: an export in another currency is flagged. */
  currency?: string | null;
  /** The language of the notes and problems; English by default. */
  translator?: TrackTranslator;
}

export interface ImportResult {
  rows: LongRow[];
  /** What the adapter read, left out or could not tell, in the user's words. */
  notes: string[];
  /** Lines it could not read, 1-based. */
  problems: { row: number; message: string }[];
}

type Combine = 'sum' | 'mean';

interface Column {
  /** Header names, compared without case; a RegExp for headers with a variable part ("Amount spent (EUR)"). */
  names: (string | RegExp)[];
  metric: string;
}

interface Adapter {
  label: string;
  dateColumns: string[];
  columns: Column[];
  comment?: string;
  /** A cell of a total row ("Total: Account"): the row is not a measurement. */
  isTotal?: (cells: string[]) => boolean;
}

const ADAPTERS: Record<Source, Adapter> = {
  'meta-ads': {
    label: 'Meta Ads Manager',
    dateColumns: ['Day', 'Reporting starts'],
    columns: [
      { names: [/^amount spent \(([a-z]{3})\)$/i, 'Amount spent'], metric: SPEND },
      { names: ['Impressions'], metric: 'impressions' },
      { names: ['Reach'], metric: 'reach' },
      { names: ['Link clicks'], metric: 'clicks' },
      { names: ['Leads'], metric: 'leads' },
      { names: ['Purchases'], metric: 'conversions' },
    ],
  },
  'google-ads': {
    label: 'Google Ads',
    dateColumns: ['Day', 'Date'],
    columns: [
      { names: ['Impr.', 'Impressions'], metric: 'impressions' },
      { names: ['Clicks'], metric: 'clicks' },
      { names: ['Cost'], metric: SPEND },
      { names: ['Conversions'], metric: 'conversions' },
      { names: ['Conv. value', 'Conversion value'], metric: 'revenue' },
    ],
    isTotal: (cells) => cells.some((c) => /^total:/i.test(c.trim())),
  },
  mailchimp: {
    label: 'Mailchimp',
    dateColumns: ['Send Date', 'Send Time'],
    columns: [
      { names: ['Open Rate'], metric: 'open_rate' },
      { names: ['Click Rate'], metric: 'click_rate' },
      { names: ['Unique Clicks'], metric: 'clicks' },
    ],
  },
  ga4: {
    label: 'Google Analytics 4',
    dateColumns: ['Date'],
    comment: '#',
    columns: [
      { names: ['Sessions'], metric: 'sessions' },
      { names: ['Key events', 'Conversions'], metric: 'conversions' },
      { names: ['Total revenue', 'Purchase revenue'], metric: 'revenue' },
    ],
  },
};

/** GA4's default channel groups and the channel types that bring that traffic. */
export const GA4_GROUPS: Record<string, Channel['type'][]> = {
  'organic search': ['seo'],
  'paid search': ['ppc-search'],
  'organic social': ['facebook', 'instagram', 'tiktok', 'linkedin', 'x', 'pinterest', 'snapchat'],
  'paid social': ['facebook', 'instagram', 'tiktok', 'linkedin', 'x', 'pinterest', 'snapchat'],
  'organic video': ['youtube'],
  'paid video': ['youtube'],
  email: ['email'],
  sms: ['sms'],
  'mobile push notifications': ['push'],
  display: ['display'],
  affiliates: ['affiliate'],
  referral: ['referral'],
  audio: ['podcast'],
};
const GROUP_COLUMNS = ['Session default channel group', 'Default channel group', 'First user default channel group', 'Session primary channel group (Default channel group)'];

/** A number as English-language exports write it: "1,234.50", "35.20%" (a fraction: 0.352), "€12.40"; "--" and "" are no value. */
export function exportNumber(text: string): number | null | undefined {
  let t = text.trim().replace(/^[€$£]|[€$£]$/g, '').replace(/\s(EUR|USD|GBP|PLN|UAH)$/i, '').trim();
  if (t === '' || t === '--' || t === '-' || t === '—' || /^n\/?a$/i.test(t)) return null;
  let scale = 1;
  if (t.endsWith('%')) {
    scale = 100;
    t = t.slice(0, -1).trim();
  }
  if (t.startsWith('< ')) return undefined;
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/.test(t)) return undefined;
  const value = Number(t.replace(/,/g, '')) / scale;
  return Number.isFinite(value) ? +value.toPrecision(12) : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar date from "2027-03-01", "2027-03-01 10:00:00", "20270301", "Mar 05, 2027 10:00 am" or "March 5, 2027"; undefined otherwise. */
export function exportDate(text: string): string | undefined {
  const t = text.trim();
  let iso: string | undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$/.exec(t);
  if (m) iso = `${m[1]}-${m[2]}-${m[3]}`;
  m ??= /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!iso && m) iso = `${m[1]}-${m[2]}-${m[3]}`;
  const named = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})\b/i.exec(t);
  if (!iso && named) {
    const month = MONTHS.indexOf(named[1]!.toLowerCase());
    if (month !== -1) iso = `${named[3]}-${String(month + 1).padStart(2, '0')}-${named[2]!.padStart(2, '0')}`;
  }
  return iso !== undefined && dayOf(iso) !== undefined ? iso : undefined;
}

const lower = (s: string) => s.trim().toLowerCase();

/**
 * Turns a platform's own CSV export into long-format rows: one row per date, channel and metric, flows added up
 * over the export's campaigns, rates kept one per row. Pure: takes the export's text, never throws.
 */
export function importExport(source: Source, text: string, options: ImportOptions = {}): ImportResult {
  const adapter = ADAPTERS[source];
  const table = readCsv(text, adapter.comment ? { comment: adapter.comment } : {});
  const notes: string[] = [];
  const translator = options.translator ?? ENGLISH;
  const { t, locale } = translator;
  // English joins names as its notes always did; another language as it writes lists.
  const list = (items: string[], join: 'and' | 'or', separator: string) => (locale === 'en' ? items.join(separator) : formatList(items, join, locale));
  const column = (name: string) => t('import.column', { name });
  const problems: ImportResult['problems'] = table.broken.map((b) => ({ row: b.row, message: t('import.brokenLine') }));
  const dateNames = adapter.dateColumns.map(lower);
  // Banner lines above the header (Google Ads) are skipped: the header is the first line naming a date column.
  const headerAt = table.records.findIndex((r) => r.cells.some((c) => dateNames.includes(lower(c))));
  if (headerAt === -1) {
    problems.push({ row: 1, message: t('import.notExport', { source: adapter.label, columns: list(adapter.dateColumns.map(column), 'or', ' or ') }) });
    return { rows: [], notes, problems };
  }
  const header = table.records[headerAt]!.cells.map(lower);
  const find = (names: (string | RegExp)[]) => {
    for (const name of names) {
      const at = header.findIndex((h) => (typeof name === 'string' ? h === lower(name) : name.test(h)));
      if (at !== -1) return at;
    }
    return -1;
  };

  // Meta: "Day" when the report is broken down by day, else "Reporting starts" when it equals "Reporting ends".
  const dateAt = find(adapter.dateColumns);
  const endsAt = source === 'meta-ads' && header[dateAt] === 'reporting starts' ? header.indexOf('reporting ends') : -1;

  const columns: { at: number; metric: string; name: string }[] = [];
  const taken = new Set<number>();
  for (const [name, metric] of Object.entries(options.map ?? {})) {
    const at = header.indexOf(lower(name));
    if (at === -1) {
      problems.push({ row: table.records[headerAt]!.row, message: t('import.mapMissing', { column: name, columns: table.records[headerAt]!.cells.map((c) => c.trim()).filter(Boolean).join(', ') }) });
      continue;
    }
    columns.push({ at, metric, name });
    taken.add(at);
  }
  for (const column of adapter.columns) {
    const at = find(column.names);
    if (at === -1 || taken.has(at) || columns.some((c) => c.metric === column.metric)) continue;
    columns.push({ at, metric: column.metric, name: table.records[headerAt]!.cells[at]!.trim() });
    taken.add(at);
  }
  if (source === 'meta-ads') {
    const spent = header.find((h) => /^amount spent \(([a-z]{3})\)$/.test(h));
    const currency = spent ? /\(([a-z]{3})\)/.exec(spent)![1]!.toUpperCase() : undefined;
    if (currency && options.currency && currency !== options.currency.toUpperCase()) {
      notes.push(t('import.currencyMeta', { currency, budget: options.currency }));
    }
    if (header.includes('results') && !columns.some((c) => lower(c.name) === 'results')) {
      notes.push(t('import.results'));
    }
  }
  if (source === 'google-ads') {
    const currencyAt = header.indexOf('currency code');
    const currency = currencyAt === -1 ? undefined : table.records[headerAt + 1]?.cells[currencyAt]?.trim();
    if (currency && options.currency && currency.toUpperCase() !== options.currency.toUpperCase()) {
      notes.push(t('import.currencyGoogle', { currency, budget: options.currency }));
    }
  }
  // Mailchimp counts: unsubscribes and deliveries give the unsubscribe and delivery rates.
  const mailchimp = source === 'mailchimp'
    ? { unsubscribes: header.indexOf('unsubscribes'), delivered: header.indexOf('successful deliveries'), recipients: header.indexOf('total recipients') }
    : undefined;
  const groupAt = source === 'ga4' ? find(GROUP_COLUMNS) : -1;
  const groupChannel = source === 'ga4' ? ga4Mapper(options, notes, (items) => list(items, 'and', ' and ')) : undefined;
  if (source === 'ga4' && groupAt === -1 && options.channel === undefined) {
    problems.push({ row: table.records[headerAt]!.row, message: t('import.noGroup') });
  }

  if (!columns.length && !mailchimp) {
    problems.push({ row: table.records[headerAt]!.row, message: t('import.noColumns', { source: adapter.label }) });
  }

  const flows = new Map<string, LongRow>();
  const levels: LongRow[] = [];
  const add = (date: string, channel: string, metric: string, value: number) => {
    const kind = Object.hasOwn(metrics, metric) ? metrics[metric]!.kind : 'flow';
    if (kind === 'level') {
      levels.push({ date, channel, metric, value });
      return;
    }
    const key = `${date}\0${channel}\0${metric}`;
    const row = flows.get(key);
    if (row) row.value = +(row.value + value).toPrecision(12);
    else flows.set(key, { date, channel, metric, value });
  };

  let skippedTotals = 0;
  for (const record of table.records.slice(headerAt + 1)) {
    const { cells, row } = record;
    if (adapter.isTotal?.(cells) || cells.slice(0, 2).some((c) => /^total\b/i.test(c.trim()))) {
      skippedTotals++;
      continue;
    }
    let date = exportDate(cells[dateAt] ?? '');
    if (date && endsAt !== -1) {
      const ends = exportDate(cells[endsAt] ?? '');
      if (ends && ends !== date) date = ends;
    }
    if (!date) {
      problems.push({ row, message: t('import.notDate', { value: (cells[dateAt] ?? '').trim() }) });
      continue;
    }
    let targets = options.channel === undefined ? [] : [options.channel];
    if (source === 'ga4' && groupAt !== -1) targets = groupChannel!((cells[groupAt] ?? '').trim());
    if (!targets.length) continue;
    const channel = targets[0]!;
    for (const column of columns) {
      const value = exportNumber(cells[column.at] ?? '');
      if (value === null) continue;
      if (value === undefined) {
        problems.push({ row, message: t('import.notNumber', { column: column.name, value: (cells[column.at] ?? '').trim() }) });
        continue;
      }
      for (const target of targets) add(date, target, column.metric, value);
    }
    if (mailchimp) {
      const count = (at: number) => (at === -1 ? null : exportNumber(cells[at] ?? '') ?? null);
      const [unsubscribes, delivered, recipients] = [count(mailchimp.unsubscribes), count(mailchimp.delivered), count(mailchimp.recipients)];
      if (unsubscribes !== null && delivered) add(date, channel, 'unsubscribe_rate', +(unsubscribes / delivered).toPrecision(12));
      if (delivered !== null && recipients) add(date, channel, 'delivery_rate', +(delivered / recipients).toPrecision(12));
    }
  }
  if (skippedTotals) notes.push(t('import.totals', { count: skippedTotals, number: locale === 'en' ? String(skippedTotals) : formatNumber(skippedTotals, locale) }));

  let rows = [...flows.values(), ...derived(flows, source), ...levels];
  // Metrics no KPI of the channel tracks are left out (spend stays: the scorecard sets it against the budget).
  if (options.channels?.length) {
    const tracked = new Map(options.channels.filter(Boolean).map((c) => [c.id, new Set([SPEND, ...(c.kpis ?? []).filter(Boolean).map((k) => k.metric)])]));
    const dropped = new Map<string, Set<string>>();
    rows = rows.filter((r) => {
      if (tracked.get(r.channel)?.has(r.metric) ?? true) return true;
      (dropped.get(r.channel) ?? dropped.set(r.channel, new Set()).get(r.channel)!).add(r.metric);
      return false;
    });
    for (const [channel, set] of dropped) notes.push(t('import.notTracked', { metrics: [...set].sort().join(', '), channel, count: set.size }));
  }
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.channel.localeCompare(b.channel) || a.metric.localeCompare(b.metric) || a.value - b.value);
  return { rows, notes, problems };
}

/**
 * Maps a GA4 default channel group to the strategy channel of its type (none, with a note once, when none or
 * several fit). The website channel measures every visit: it gets each group's rows as well.
 */
function ga4Mapper(options: ImportOptions, notes: string[], and: (items: string[]) => string): (group: string) => string[] {
  const { t } = options.translator ?? ENGLISH;
  const channels = (options.channels ?? []).filter(Boolean);
  const sites = channels.filter((c) => c.type === 'website' && (!options.channel || c.id === options.channel)).map((c) => c.id);
  const seen = new Map<string, string[]>();
  return (group) => {
    const known = seen.get(group);
    if (known) return known;
    const types = GA4_GROUPS[lower(group)] ?? [];
    let fits = channels.filter((c) => types.includes(c.type));
    // Paid and organic social tell the same platform's ads from its posts.
    if (lower(group) === 'paid social' || lower(group) === 'organic social') {
      const paid = fits.filter((c) => c.content?.format === 'social-ad');
      const narrowed = lower(group) === 'paid social' ? paid : fits.filter((c) => !paid.includes(c));
      if (narrowed.length) fits = narrowed;
    }
    if (options.channel) fits = fits.filter((c) => c.id === options.channel);
    let mapped: string[] = [];
    if (fits.length === 1) mapped = [fits[0]!.id];
    else if (options.channel && !channels.length) mapped = [options.channel];
    else if (fits.length > 1) notes.push(t('import.groupFits', { group, channels: and(fits.map((c) => c.id)) }));
    const all = [...mapped, ...sites.filter((id) => !mapped.includes(id))];
    if (!all.length && !options.channel) notes.push(t('import.groupLeftOut', { group }));
    seen.set(group, all);
    return all;
  };
}

/** Rates computed per day from the counts added up: click-through rate, cost per click, return on ad spend, conversion rate. */
function derived(flows: Map<string, LongRow>, source: Source): LongRow[] {
  const byDay = new Map<string, Map<string, number>>();
  for (const row of flows.values()) {
    const key = `${row.date}\0${row.channel}`;
    (byDay.get(key) ?? byDay.set(key, new Map()).get(key)!).set(row.metric, row.value);
  }
  const ratios: [string, string, string][] = [
    ['click_through_rate', 'clicks', 'impressions'], ['cost_per_click', SPEND, 'clicks'], ['cost_per_acquisition', SPEND, 'conversions'],
    ['return_on_ad_spend', 'revenue', SPEND], ['conversion_rate', 'conversions', source === 'ga4' ? 'sessions' : 'clicks'],
  ];
  const rows: LongRow[] = [];
  for (const [key, values] of byDay) {
    const [date, channel] = key.split('\0') as [string, string];
    for (const [metric, top, bottom] of ratios) {
      const a = values.get(top);
      const b = values.get(bottom);
      if (a !== undefined && b) rows.push({ date, channel, metric, value: +(a / b).toPrecision(12) });
    }
  }
  return rows;
}

/** The rows as a results file: a header and one line per row. */
export function toLongCsv(rows: LongRow[]): string {
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return ['date,channel,metric,value', ...rows.map((r) => `${r.date},${quote(r.channel)},${quote(r.metric)},${r.value}`)].join('\n') + '\n';
}

