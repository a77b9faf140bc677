import { isCatalogMetric, metrics } from '../catalog/metrics.js';
import type { LintStrategy } from '../lint/define-rule.js';
import { closest } from '../text/suggest.js';
import { csvReason, readCsv } from './csv.js';
import { dayOf } from './dates.js';
import { traitsOf } from './metric.js';
import { ENGLISH, dateIn, type TrackTranslator } from './messages.js';
import { parseNumber } from './number.js';

/** One measurement: on `date`, `channel` measured `value` of `metric`. */
export interface ResultRow {
  date: string;
  channel: string;
  metric: string;
  value: number;
  file: string;
  /** The line of the file, 1-based (the header is row 1). */
  row: number;
}

/** A row mcm could not use, with where it is and why. Columns are 1-based. */
export interface ResultProblem {
  file: string;
  row: number;
  column: number;
  message: string;
}

export interface ParsedResults {
  rows: ResultRow[];
  problems: ResultProblem[];
  /** false when the file has no usable header, so nothing in it could be read. */
  readable: boolean;
}

/** The parts of a strategy results are checked against. */
export type ResultsStrategy = Pick<LintStrategy, 'channels' | 'period'>;

const COLUMNS = ['date', 'channel', 'metric', 'value'] as const;
/** Results may carry spend on any channel: the scorecard sets it against the budget of the flights. */
export const SPEND = 'spend';

/**
 * Reads a results file in long format (`date,channel,metric,value`, in any column order, other columns ignored)
 * and checks every row against the strategy: its channels, their KPI metrics, its period. Rows with a problem are
 * left out and each problem says where it is; the same unknown channel or metric is reported once, with a count.
 * Pure: takes the file's text, never throws.
 */
export function parseResults(text: string, file: string, strategy: ResultsStrategy, translator: TrackTranslator = ENGLISH): ParsedResults {
  const { t } = translator;
  const table = readCsv(text);
  const problems: ResultProblem[] = table.broken.map((b) => ({
    file, row: b.row, column: 1, message: t('csv.broken', { reason: csvReason(b.message, translator) }),
  }));
  const [header, ...records] = table.records;
  if (!header) {
    problems.push({ file, row: 1, column: 1, message: t('file.empty') });
    return { rows: [], problems, readable: false };
  }
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const index = Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const missing = COLUMNS.filter((c) => index[c] === -1);
  if (missing.length) {
    const found = header.cells.map((c) => `"${c.trim()}"`).join(', ');
    const hints = missing.flatMap((m) => {
      const near = closest(m, names.filter((n) => !COLUMNS.includes(n as (typeof COLUMNS)[number])));
      return near ? [t('file.headerHint', { near, column: m })] : [];
    });
    problems.push({
      file, row: header.row, column: 1,
      message: hints.length ? t('file.headerHints', { found, hints: hints.join(', ') }) : t('file.header', { found }),
    });
    return { rows: [], problems, readable: false };
  }

  const channels = new Map<string, Map<string, string>>();
  strategy.channels.forEach((channel) => {
    const kpis = new Map<string, string>();
    (channel.kpis ?? []).forEach((kpi) => kpi && kpis.set(kpi.metric, traitsOf(kpi).unit));
    if (!kpis.has(SPEND)) kpis.set(SPEND, 'money');
    channels.set(channel.id, kpis);
  });
  const period = strategy.period && dayOf(String(strategy.period.start)) !== undefined && dayOf(String(strategy.period.end)) !== undefined
    ? { start: String(strategy.period.start), end: String(strategy.period.end) } : undefined;

  // The same unknown channel or metric, once per file, with how many rows it cost.
  const grouped = new Map<string, { problem: ResultProblem; count: number }>();
  const once = (key: string, problem: ResultProblem) => {
    const seen = grouped.get(key);
    if (seen) seen.count++;
    else grouped.set(key, { problem, count: 1 });
  };

  const rows: ResultRow[] = [];
  for (const { cells, row } of records) {
    const cell = (name: (typeof COLUMNS)[number]) => (cells[index[name]] ?? '').trim();
    const at = (name: (typeof COLUMNS)[number], message: string): ResultProblem => ({ file, row, column: index[name] + 1, message });

    const date = cell('date');
    if (date === '') {
      problems.push(at('date', t('date.empty')));
      continue;
    }
    if (dayOf(date) === undefined) {
      problems.push(at('date', t(/^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(date) ? 'date.ambiguous' : 'date.invalid', { date })));
      continue;
    }
    if (period && (date < period.start || date > period.end)) {
      problems.push(at('date', t(date < period.start ? 'date.before' : 'date.after', { date: dateIn(date, translator), start: dateIn(period.start, translator), end: dateIn(period.end, translator) })));
      continue;
    }

    const channel = cell('channel');
    const kpis = channels.get(channel);
    if (!kpis) {
      const near = closest(channel, channels.keys());
      const message = channel === ''
        ? t('channel.empty')
        : near ? t('channel.unknownNear', { channel, near }) : t('channel.unknown', { channel, channels: [...channels.keys()].join(', ') });
      once(`channel\0${channel}`, at('channel', message));
      continue;
    }

    const metric = cell('metric');
    const unit = kpis.get(metric);
    if (unit === undefined) {
      const own = [...kpis.keys()].filter((m) => m !== SPEND || strategyHasSpendKpi(strategy, channel));
      const near = closest(metric, own) ?? (isCatalogMetric(metric) ? undefined : closest(metric, Object.keys(metrics)));
      const listed = own.join(', ');
      const message = metric === ''
        ? t('metric.empty')
        : isCatalogMetric(metric) && !near
          ? t(own.length ? 'metric.notTracked' : 'metric.notTrackedNone', { channel, metric, kpis: listed })
          : near ? t('metric.unknownNear', { metric, channel, near }) : t(own.length ? 'metric.unknown' : 'metric.unknownNone', { metric, channel, kpis: listed });
      once(`metric\0${channel}\0${metric}`, at('metric', message));
      continue;
    }

    const parsed = parseNumber(cell('value'), translator);
    if ('problem' in parsed) {
      problems.push(at('value', `${parsed.problem}.`));
      continue;
    }
    const { value } = parsed;
    if (unit === 'ratio' && (value > 1 || value < 0)) {
      const percent = value > 1 && value <= 100;
      problems.push(at('value', t(percent ? 'value.notFractionPercent' : 'value.notFraction', { value: cell('value'), metric, fraction: percent ? String(+(value / 100).toPrecision(12)) : undefined })));
      continue;
    }
    if (value < 0 && (unit === 'count' || metric === SPEND)) {
      problems.push(at('value', t('value.negative', { value: cell('value'), metric })));
      continue;
    }
    rows.push({ date, channel, metric, value, file, row });
  }

  for (const { problem, count } of grouped.values()) {
    problems.push(count === 1 ? problem : { ...problem, message: t('repeated', { message: problem.message, count }) });
  }
  problems.sort((a, b) => a.row - b.row || a.column - b.column);
  return { rows, problems, readable: true };
}

function strategyHasSpendKpi(strategy: ResultsStrategy, channel: string): boolean {
  return strategy.channels.some((c) => c?.id === channel && (c.kpis ?? []).some((k) => k?.metric === SPEND));
}
